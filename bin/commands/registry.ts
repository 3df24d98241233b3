import { CliCommand } from './command';
import { decryptCommand } from './decrypt';
import { diffCommand } from './diff';
import { doctorCommand } from './doctor';
import { explainCommand } from './explain';
import { importReferenceCommand } from './import-reference';
import { initCommand } from './init';
import { secretsCommand } from './secrets';
import { validateCommand } from './validate';

/** The subcommands besides synth, in the order the help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  initCommand, importReferenceCommand, secretsCommand, explainCommand, diffCommand, validateCommand, doctorCommand, decryptCommand,
];

/** The command list of the top-level help: `name  summary` lines. */
export function commandList(indent = '  '): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length), 'synth'.length);
  return COMMANDS.map((c) => `${indent}${c.name.padEnd(width)}  ${c.summary}`).join('\n');
}
