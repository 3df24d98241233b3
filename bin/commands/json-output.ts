import { InputError } from '../../lib/errors';
import { reportInputError } from './cli-errors';

/**
 * The version of every `--json` document (docs/cli-json.md). It changes only when a field is
 * removed or changes meaning; fields may be added within a version.
 */
export const JSON_FORMAT_VERSION = 1;

/** The `--json` help line of every command that has it. */
export const JSON_OPTION_HELP = '--json         print the result as one JSON document on stdout (docs/cli-json.md); messages go to stderr';

/**
 * Where a command's output goes. Its human text goes to stdout, except under `--json` (the JSON
 * document is then the only thing on stdout) or when `toStderr` (inside `cdk8s synth`, which
 * discards the app's stdout); warnings always go to stderr.
 */
export class CommandOutput {
  constructor(public readonly json: boolean, private readonly toStderr = json) {}

  /** One line (or paragraph) of the human output. */
  text(line: string): void {
    if (this.toStderr) console.error(line);
    else console.log(line);
  }

  /** The command's result, as its JSON document, under `--json`. */
  result(command: string, document: object): void {
    if (this.json) console.log(JSON.stringify({ formatVersion: JSON_FORMAT_VERSION, command, ...document }, null, 2));
  }

  /**
   * Runs a command body: a user mistake (any `InputError`) is printed on stderr and gives exit 2,
   * as everywhere; under `--json` it is also the document `{formatVersion, command, error: {exitCode,
   * message}}` on stdout, so that a script always gets one JSON document. Anything else is a bug and
   * is rethrown for the CLI's top level to report.
   */
  async run(command: string, body: () => Promise<number>): Promise<number> {
    try {
      return await body();
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      const code = reportInputError(e);
      this.result(command, { error: { exitCode: code, message: e.message } });
      return code;
    }
  }
}

/** The output of a command run without `--json`. */
export const TEXT_OUTPUT = new CommandOutput(false);
