import { ValidateTreeOptions } from '../../lib/validate/tree-validator';
import { CliCommand } from './command';
/** Options of {@link runValidate}. */
export interface RunValidateOptions extends ValidateTreeOptions {
    /** The tree root, like `dist`. */
    readonly dir: string;
}
/** Checks an emitted tree and prints the findings; 1 when any is an error. */
export declare function runValidate(options: RunValidateOptions): Promise<number>;
/** `langfuse-cdk8s validate`. */
export declare const validateCommand: CliCommand;
