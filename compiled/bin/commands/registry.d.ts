import { CliCommand } from './command';
/** The subcommands, in the order the help lists them. */
export declare const COMMANDS: readonly CliCommand[];
/** The command of that name, if there is one. */
export declare function findCommand(name: string): CliCommand | undefined;
/** The command list of the top-level help: `name  summary` lines. */
export declare function commandList(indent?: string): string;
