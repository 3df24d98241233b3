"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXIT = exports.UserError = void 0;
exports.enableDebug = enableDebug;
exports.debugEnabled = debugEnabled;
exports.reportInputError = reportInputError;
exports.reportError = reportError;
const errors_1 = require("../../lib/errors");
/** A mistake of the user's (usage, arguments) that is reported without a stack trace, exit 2. */
class UserError extends errors_1.InputError {
}
exports.UserError = UserError;
/** Exit codes of the CLI and of `cdk8s synth`. */
exports.EXIT = { ok: 0, failure: 1, badConfig: 2 };
let debugFlag = false;
/** Turns on stack traces for this process (the global `--debug` flag). */
function enableDebug() {
    debugFlag = true;
}
/** Whether stack traces are printed: `--debug`, or `LANGFUSE_DEBUG=1` (or `true`) in the environment. */
function debugEnabled(env = process.env) {
    return debugFlag || env.LANGFUSE_DEBUG === '1' || env.LANGFUSE_DEBUG?.toLowerCase() === 'true';
}
/** Prints a user mistake (its message, the stack only with --debug) and returns exit code 2. */
function reportInputError(e) {
    console.error(e.message);
    if (debugEnabled())
        console.error(e.stack);
    return exports.EXIT.badConfig;
}
/**
 * Prints any failure the way every command does and returns its exit code: a user mistake is
 * its message and exit 2; anything else is a bug, reported in one line with a hint to rerun with
 * --debug, exit 1. Never a stack trace without --debug.
 */
function reportError(e) {
    if (e instanceof errors_1.InputError)
        return reportInputError(e);
    // util.parseArgs' errors (a TypeError with a code; not matched by class, which differs between realms such as Jest's)
    const code = e?.code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
        console.error(e.message);
        return exports.EXIT.badConfig;
    }
    const message = e instanceof Error ? e.message : String(e);
    const firstLine = message.split('\n').find((l) => l.trim() !== '') ?? '(no message)';
    console.error(`langfuse-cdk8s: unexpected error (a bug): ${firstLine}`);
    if (debugEnabled())
        console.error(e instanceof Error ? e.stack : String(e));
    else
        console.error('rerun with --debug (or LANGFUSE_DEBUG=1) for the stack trace, and report it');
    return exports.EXIT.failure;
}
