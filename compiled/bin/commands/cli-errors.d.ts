import { InputError } from '../../lib/errors';
/** A mistake of the user's (usage, arguments) that is reported without a stack trace, exit 2. */
export declare class UserError extends InputError {
}
/** Exit codes of the CLI and of `cdk8s synth`. */
export declare const EXIT: {
    readonly ok: 0;
    readonly failure: 1;
    readonly badConfig: 2;
};
/** Turns on stack traces for this process (the global `--debug` flag). */
export declare function enableDebug(): void;
/** Whether stack traces are printed: `--debug`, or `LANGFUSE_DEBUG=1` (or `true`) in the environment. */
export declare function debugEnabled(env?: NodeJS.ProcessEnv): boolean;
/** Prints a user mistake (its message, the stack only with --debug) and returns exit code 2. */
export declare function reportInputError(e: InputError): number;
/**
 * Prints any failure the way every command does and returns its exit code: a user mistake is
 * its message and exit 2; anything else is a bug, reported in one line with a hint to rerun with
 * --debug, exit 1. Never a stack trace without --debug.
 */
export declare function reportError(e: unknown): number;
