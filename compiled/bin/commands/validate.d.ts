import { ValidateTreeOptions } from '../../lib/validate/tree-validator';
import { CliCommand } from './command';
/** Options of {@link runValidate}. */
export interface RunValidateOptions extends ValidateTreeOptions {
    /** The tree root, like `dist`. */
    readonly dir: string;
    /** The config the tree was synthesized from: its keys that do nothing are reported too. @default - the tree only */
    readonly configPath?: string;
    /** Keys the config sets that do nothing are errors, not warnings. @default false */
    readonly strict?: boolean;
}
/** Checks an emitted tree and prints the findings; 1 when any is an error. */
export declare function runValidate(options: RunValidateOptions): Promise<number>;
/** `langfuse-cdk8s validate`. */
export declare const validateCommand: CliCommand;
