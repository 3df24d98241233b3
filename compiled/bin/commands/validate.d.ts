import { TreeFinding } from '../../lib/validate/tree-finding';
import { ValidateTreeOptions } from '../../lib/validate/tree-validator';
import { CliCommand } from './command';
import { CommandOutput } from './json-output';
/** Options of {@link runValidate}. */
export interface RunValidateOptions extends ValidateTreeOptions {
    /** The tree root, like `dist`. */
    readonly dir: string;
    /** Text or `--json`. @default - text on stdout */
    readonly output?: CommandOutput;
}
/** The `--json` document of validate (docs/cli-json.md). */
export interface ValidateSummary {
    /** The tree root, absolute. */
    readonly dir: string;
    readonly files: number;
    readonly documents: number;
    readonly errors: number;
    readonly warnings: number;
    /** Sorted as the text lines are. */
    readonly findings: readonly TreeFinding[];
}
/** Checks an emitted tree and prints the findings; 1 when any is an error. */
export declare function runValidate(options: RunValidateOptions): Promise<number>;
/** `langfuse-cdk8s validate`. */
export declare const validateCommand: CliCommand;
