import { InputError } from '../errors';
/**
 * A problem with the output tree that the operator must fix (a file the tool did not write at a
 * path it would write, a symbolic link inside the tree, an unsafe `--out`, a lock held by another
 * synth): reported as one paragraph without a stack trace, exit code 2. Nothing was written.
 */
export declare class OutputTreeError extends InputError {
}
