import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, ParseArgsConfig } from 'util';
import { InputError } from '../../lib/errors';
import { projectRoot } from '../../lib/validate/shared-paths';
import { callerDir, callerPath, shownPath } from './caller-paths';
import { EXIT, reportInputError, UserError } from './cli-errors';
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
export const EXIT_CODES_HELP = 'exit codes: 0 success, 1 findings or failure, 2 invalid config or usage';

/** The `--config` help line, shared by every command that reads a config. */
export const CONFIG_OPTION_HELP = '--config FILE  config file, plain or SOPS-encrypted (default: $LANGFUSE_CONFIG, else ./langfuse.yaml\n'
  + '                 or ./langfuse.sops.yaml if there is one, else the shipped examples/langfuse.yaml)';

/** The names a config has in the current folder: what `init` writes, in clear or encrypted. */
export const LOCAL_CONFIG_NAMES = ['langfuse.yaml', 'langfuse.sops.yaml'] as const;

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
export function chooseConfig(given?: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): ConfigChoice {
  if (given !== undefined) return { path: callerPath(given, env, cwd), source: 'option' };
  if (env.LANGFUSE_CONFIG) return { path: callerPath(env.LANGFUSE_CONFIG, env, cwd), source: 'env' };
  const dir = callerDir(env, cwd);
  const found = LOCAL_CONFIG_NAMES.map((name) => path.join(dir, name)).filter((p) => fs.existsSync(p));
  if (found.length > 1) {
    throw new UserError(`${dir} holds both ${LOCAL_CONFIG_NAMES.join(' and ')}: pass --config (or set LANGFUSE_CONFIG) to say which one to read, `
      + 'and remove the other (a decrypted copy of langfuse.sops.yaml is usually the stale one)');
  }
  if (found.length === 1) return { path: found[0], source: 'current-folder' };
  return { path: path.join(projectRoot(), 'examples', 'langfuse.yaml'), source: 'example' };
}

/** One line saying which config a command read, and why that one. */
export function describeConfigChoice(choice: ConfigChoice, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const shown = shownPath(choice.path, env, cwd);
  switch (choice.source) {
    case 'option': return `config ${shown}`;
    case 'env': return `config ${shown} (from $LANGFUSE_CONFIG)`;
    case 'current-folder': return `config ${shown} (found in the current folder)`;
    case 'example': return `config ${shown}: the SHIPPED EXAMPLE, since ${callerDir(env, cwd)} has no ${LOCAL_CONFIG_NAMES.join(' or ')} `
      + '(langfuse-cdk8s init writes one; --config or $LANGFUSE_CONFIG names another)';
  }
}

/** The config path a command reads when `--config` is not given (see {@link chooseConfig}). */
export function defaultConfigPath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return chooseConfig(undefined, env, cwd).path;
}

/** The tree root when `--out` is not given: `$LANGFUSE_OUT`, else `./dist`, in the caller's folder. */
export function defaultOutDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return callerPath(env.LANGFUSE_OUT || 'dist', env, cwd);
}

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
export function parseCommandArgs(
  args: readonly string[], options: Readonly<Record<string, CommandOption>>, usage: string, positionals: boolean | 'paths' = false,
): ParsedCommandArgs {
  const parseOptions = Object.fromEntries(Object.entries(options).map(([name, { path: _path, ...option }]) => [name, option]));
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...args], options: { ...parseOptions, help: { type: 'boolean', short: 'h' } }, allowPositionals: positionals !== false, strict: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UserError(`${(e as Error).message}\n\n${usage}`);
    throw e;
  }
  const values = { ...parsed.values } as Record<string, string | boolean | string[] | boolean[] | undefined>;
  for (const [name, option] of Object.entries(options)) {
    const value = values[name];
    if (!option.path || value === undefined) continue;
    values[name] = Array.isArray(value) ? value.map((v) => callerPath(String(v))) : callerPath(String(value));
  }
  return { values, positionals: positionals === 'paths' ? parsed.positionals.map((p) => callerPath(p)) : parsed.positionals };
}

/**
 * Runs a command body and turns user mistakes (any `InputError`: a bad config, bad usage, a bad
 * key or `.sops.yaml`) into their message on stderr and exit code 2, without a stack trace (unless
 * --debug). Anything else is a bug and is rethrown, for the CLI's top level to report.
 */
export async function reportUserErrors(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof InputError) return reportInputError(e);
    throw e;
  }
}

/**
 * A command that takes positional arguments only (and `--help`); with `kind: 'paths'` they name
 * files or folders and come resolved against the caller's folder.
 */
export function positionalCommand(
  name: string, summary: string, usage: string, run: (positionals: string[]) => Promise<number>, kind: true | 'paths' = true,
): CliCommand {
  return defineCommand({ name, summary, usage, options: {}, positionals: kind }, ({ positionals }) => run(positionals));
}

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
export function defineCommand(spec: CommandSpec, body: (args: ParsedCommandArgs, output: CommandOutput) => Promise<number>): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    run: (args) => reportUserErrors(async () => {
      const options = spec.json ? { ...spec.options, json: { type: 'boolean' as const } } : spec.options;
      const parsed = parseCommandArgs(args, options, spec.usage, spec.positionals ?? false);
      if (parsed.values.help) {
        console.log(spec.usage);
        return EXIT.ok;
      }
      const json = parsed.values.json === true;
      const output = new CommandOutput(json, json || (spec.textToStderr?.() ?? false));
      return output.run(spec.name, () => body(parsed, output));
    }),
  };
}
