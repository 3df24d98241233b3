import { ParseArgsConfig } from 'util';
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
/**
 * The config a command reads when `--config` is not given: `$LANGFUSE_CONFIG`, else
 * `./langfuse.yaml` (what `init` writes), else the shipped example.
 */
export declare function defaultConfigPath(env?: NodeJS.ProcessEnv, cwd?: string): string;
/** The tree root when `--out` is not given: `$LANGFUSE_OUT`, else `./dist`. */
export declare function defaultOutDir(env?: NodeJS.ProcessEnv, cwd?: string): string;
/** Parsed options and positionals of a command. */
export interface ParsedCommandArgs {
    readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
    readonly positionals: string[];
}
/**
 * `util.parseArgs` with every option plus `--help`; a parse error becomes a `UserError` that
 * names the command's usage.
 */
export declare function parseCommandArgs(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>, usage: string, allowPositionals?: boolean): ParsedCommandArgs;
/**
 * Runs a command body and turns user mistakes (any `InputError`: a bad config, bad usage, a bad
 * key or `.sops.yaml`) into their message on stderr and exit code 2, without a stack trace (unless
 * --debug). Anything else is a bug and is rethrown, for the CLI's top level to report.
 */
export declare function reportUserErrors(body: () => Promise<number>): Promise<number>;
/**
 * A command whose only option is `--config FILE`: parses it (with `--help`), and runs `run` with
 * the config path, turning user mistakes into exit code 2.
 */
export declare function configCommand(name: string, summary: string, usage: string, run: (configPath: string) => Promise<number>): CliCommand;
/** A command that takes positional arguments only (and `--help`). */
export declare function positionalCommand(name: string, summary: string, usage: string, run: (positionals: string[]) => Promise<number>): CliCommand;
