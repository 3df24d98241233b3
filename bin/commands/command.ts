import * as fs from 'fs';
import * as path from 'path';
import { parseArgs, ParseArgsConfig } from 'util';
import { InputError } from '../../lib/errors';
import { projectRoot } from '../../lib/validate/shared-paths';
import { EXIT, reportInputError } from './cli-errors';
import { UserError } from './synth';

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
export const CONFIG_OPTION_HELP = '--config FILE  config file (default: $LANGFUSE_CONFIG, else ./langfuse.yaml if it exists, '
  + 'else the shipped examples/langfuse.yaml)';

/**
 * The config a command reads when `--config` is not given: `$LANGFUSE_CONFIG`, else
 * `./langfuse.yaml` (what `init` writes), else the shipped example.
 */
export function defaultConfigPath(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (env.LANGFUSE_CONFIG) return env.LANGFUSE_CONFIG;
  const local = path.join(cwd, 'langfuse.yaml');
  return fs.existsSync(local) ? local : path.join(projectRoot(), 'examples', 'langfuse.yaml');
}

/** The tree root when `--out` is not given: `$LANGFUSE_OUT`, else `./dist`. */
export function defaultOutDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.LANGFUSE_OUT || path.join(cwd, 'dist');
}

/** Parsed options and positionals of a command. */
export interface ParsedCommandArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | boolean[] | undefined>>;
  readonly positionals: string[];
}

/**
 * `util.parseArgs` with every option plus `--help`; a parse error becomes a `UserError` that
 * names the command's usage.
 */
export function parseCommandArgs(
  args: readonly string[], options: NonNullable<ParseArgsConfig['options']>, usage: string, allowPositionals = false,
): ParsedCommandArgs {
  try {
    const parsed = parseArgs({ args: [...args], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals, strict: true });
    return { values: parsed.values as ParsedCommandArgs['values'], positionals: parsed.positionals };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) throw new UserError(`${(e as Error).message}\n\n${usage}`);
    throw e;
  }
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
 * A command whose only option is `--config FILE`: parses it (with `--help`), and runs `run` with
 * the config path, turning user mistakes into exit code 2.
 */
export function configCommand(name: string, summary: string, usage: string, run: (configPath: string) => Promise<number>): CliCommand {
  return {
    name,
    summary,
    usage,
    run: (args) => reportUserErrors(async () => {
      const { values } = parseCommandArgs(args, { config: { type: 'string' } }, usage);
      if (values.help) {
        console.log(usage);
        return EXIT.ok;
      }
      return run((values.config as string | undefined) ?? defaultConfigPath());
    }),
  };
}

/** A command that takes positional arguments only (and `--help`). */
export function positionalCommand(name: string, summary: string, usage: string, run: (positionals: string[]) => Promise<number>): CliCommand {
  return {
    name,
    summary,
    usage,
    run: (args) => reportUserErrors(async () => {
      const { values, positionals } = parseCommandArgs(args, {}, usage, true);
      if (values.help) {
        console.log(usage);
        return EXIT.ok;
      }
      return run(positionals);
    }),
  };
}
