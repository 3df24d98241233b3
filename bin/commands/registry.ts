import { CliCommand } from './command';
import { decryptCommand } from './decrypt';
import { diffCommand } from './diff';
import { doctorCommand } from './doctor';
import { explainCommand } from './explain';
import { importReferenceCommand } from './import-reference';
import { initCommand } from './init';
import { secretsCommand } from './secrets';
import { synthCommand } from './synth';
import { upgradeCommand } from './upgrade';
import { validateCommand } from './validate';

/** The subcommands, in the order the help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  synthCommand, initCommand, importReferenceCommand, secretsCommand, explainCommand, diffCommand, validateCommand, doctorCommand, upgradeCommand,
  decryptCommand,
];

/** The command of that name, if there is one. */
export function findCommand(name: string): CliCommand | undefined {
  return COMMANDS.find((c) => c.name === name);
}

/** The command list of the top-level help: `name  summary` lines. */
export function commandList(indent = '  '): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return COMMANDS.map((c) => `${indent}${c.name.padEnd(width)}  ${c.summary}`).join('\n');
}
