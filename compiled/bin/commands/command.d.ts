import { ParseArgsConfig } from 'util';
import { CommandOutput } from './json-output';
/** One subcommand of the CLI. */
export interface CliCommand {
    readonly name: string;
    /** One line for the command list. */
    readonly summary: string;
    /** The `--help` text. */
    readonly usage: string;
    /** Parses its arguments and runs; resolves to the exit code. */
    run(args: readonly string[]): Promise<number>;
}
/** The exit-code paragraph every `--help` ends with. */
export declare const EXIT_CODES_HELP = "exit codes: 0 success, 1 findings or failure, 2 invalid config or usage";
/** The `--config` help line, shared by every command that reads a config. */
export declare const CONFIG_OPTION_HELP: string;
/** The names a config has in the current folder: what `init` writes, in clear or encrypted. */
export declare const LOCAL_CONFIG_NAMES: readonly ["langfuse.yaml", "langfuse.sops.yaml"];
/** Where the config a command reads came from. */
export type ConfigSource = 'option' | 'env' | 'current-folder' | 'example';
/** The config a command reads, and why that one. */
export interface ConfigChoice {
    /** Absolute path. */
    readonly path: string;
    readonly source: ConfigSource;
}
/**
 * The config a command reads: `--config` (`given`), else `$LANGFUSE_CONFIG`, else `langfuse.yaml`
 * or `langfuse.sops.yaml` in the caller's folder (both there is an error: which one is current is
 * not ours to guess), else the shipped example. Relative paths are the caller's ({@link callerPath}).
 */
export declare function chooseConfig(given?: string, env?: NodeJS.ProcessEnv, cwd?: string): ConfigChoice;
/** One line saying which config a command read, and why that one. */
export declare function describeConfigChoice(choice: ConfigChoice, env?: NodeJS.ProcessEnv, cwd?: string): string;
/** The config path a command reads when `--config` is not given (see {@link chooseConfig}). */
export declare function defaultConfigPath(env?: NodeJS.ProcessEnv, cwd?: string): string;
/** The tree root when `--out` is not given: `$LANGFUSE_OUT`, else `./dist`, in the caller's folder. */
export declare function defaultOutDir(env?: NodeJS.ProcessEnv, cwd?: string): string;
/** An option of a command: `util.parseArgs`' option, with `path: true` for a file or folder. */
export type CommandOption = NonNullable<ParseArgsConfig['options']>[string] & {
    /** The value names a file or folder: it is made absolute against the caller's folder ({@link callerPath}). */
    readonly path?: boolean;
};
/** Parsed options and positionals of a command. */
export interface ParsedCommandArgs {
    readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
    readonly positionals: string[];
}
/**
 * `util.parseArgs` with every option plus `--help`; a parse error becomes a `UserError` that
 * names the command's usage. Values of `path` options, and the positionals when `positionals` is
 * `'paths'`, come back absolute, resolved against the caller's folder (so that `npm run cli --`
 * reads and writes where the user is, not in the package root).
 */
export declare function parseCommandArgs(args: readonly string[], options: Readonly<Record<string, CommandOption>>, usage: string, positionals?: boolean | 'paths'): ParsedCommandArgs;
/**
 * Runs a command body and turns user mistakes (any `InputError`: a bad config, bad usage, a bad
 * key or `.sops.yaml`) into their message on stderr and exit code 2, without a stack trace (unless
 * --debug). Anything else is a bug and is rethrown, for the CLI's top level to report.
 */
export declare function reportUserErrors(body: () => Promise<number>): Promise<number>;
/**
 * A command that takes positional arguments only (and `--help`); with `kind: 'paths'` they name
 * files or folders and come resolved against the caller's folder.
 */
export declare function positionalCommand(name: string, summary: string, usage: string, run: (positionals: string[]) => Promise<number>, kind?: true | 'paths'): CliCommand;
/** What {@link defineCommand} needs besides the body. */
export interface CommandSpec {
    readonly name: string;
    readonly summary: string;
    readonly usage: string;
    /** The options besides `--help` (and `--json`). */
    readonly options: Readonly<Record<string, CommandOption>>;
    /** Whether positionals are allowed, and whether they name paths. @default false */
    readonly positionals?: boolean | 'paths';
    /** The command has `--json` (its usage documents it with JSON_OPTION_HELP). @default false */
    readonly json?: boolean;
    /** Whether its human text goes to stderr even without `--json`, decided when it runs. @default - stdout */
    readonly textToStderr?: () => boolean;
}
/**
 * A command from its spec: parses the arguments (paths resolved, {@link parseCommandArgs}),
 * answers `--help`, and runs `body` with them and its {@link CommandOutput}; a user mistake is its
 * message and exit 2, under `--json` also the JSON error document on stdout.
 */
export declare function defineCommand(spec: CommandSpec, body: (args: ParsedCommandArgs, output: CommandOutput) => Promise<number>): CliCommand;
