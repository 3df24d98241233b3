import { CliCommand } from './command';
/** The subcommands besides synth, in the order the help lists them. */
export declare const COMMANDS: readonly CliCommand[];
/** The command list of the top-level help: `name  summary` lines. */
export declare function commandList(indent?: string): string;
