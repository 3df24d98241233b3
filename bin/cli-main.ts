// The langfuse-cdk8s command line (bin/cli.ts runs it): `npm run cli -- <command> [options]`.
import * as fs from 'fs';
import * as path from 'path';
import { closestKey } from '../lib/config/errors';
import { projectRoot } from '../lib/validate/shared-paths';
import { enableDebug, EXIT, reportError } from './commands/cli-errors';
import { commandList, COMMANDS, findCommand } from './commands/registry';

const USAGE = `usage: langfuse-cdk8s <command> [options]

commands:
${commandList()}

a first deployment: init -> explain -> synth -> validate -> git commit; later: diff before synth, doctor when
something is wrong in the cluster. Run "langfuse-cdk8s help <command>" (or "<command> --help") for the
options of a command. Relative paths are taken from the folder you run it in, with "npm run cli --" too.

global options:
  --debug     print stack traces of errors (also LANGFUSE_DEBUG=1)
  --version   print the version of langfuse-cdk8s

exit codes: 0 success, 1 findings or failure (validate: errors found; diff: changes), 2 invalid config or usage`;

/** The version of this package, from its package.json. */
export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version: string }).version;
}

/**
 * Runs the CLI on its arguments and resolves to the exit code; never rejects: every error is
 * reported (a user mistake in one paragraph with exit 2, a bug in one line with exit 1) without a
 * stack trace unless `--debug` is given anywhere before `--`, or LANGFUSE_DEBUG=1.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.includes('--debug')) enableDebug();
  const args = [...options.filter((a) => a !== '--debug'), ...(end < 0 ? [] : argv.slice(end))];
  try {
    return await main(args);
  } catch (e) {
    return reportError(e);
  }
}

function unknownCommand(command: string): number {
  const suggestion = closestKey(command, COMMANDS.map((c) => c.name));
  console.error(`unknown command "${command}"${suggestion ? `; did you mean "${suggestion}"?` : ''}\n\n${USAGE}`);
  return EXIT.badConfig;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    console.error(USAGE);
    return EXIT.badConfig;
  }
  if (command === '--version') {
    console.log(`langfuse-cdk8s ${packageVersion()}`);
    return EXIT.ok;
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    if (rest.length === 0) {
      console.log(USAGE);
      return EXIT.ok;
    }
    const topic = rest.length === 1 ? findCommand(rest[0]) : undefined;
    if (topic === undefined) return unknownCommand(rest.join(' '));
    console.log(topic.usage);
    return EXIT.ok;
  }
  const found = findCommand(command);
  return found ? found.run(rest) : unknownCommand(command);
}
