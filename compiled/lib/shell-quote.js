"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.shellQuote = shellQuote;
exports.shellCommand = shellCommand;
/**
 * One argument for a POSIX shell: left as it is when it has only characters no shell treats
 * specially, else wrapped in single quotes (a single quote inside becomes `'\''`).
 */
function shellQuote(arg) {
    if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg))
        return arg;
    return `'${arg.replace(/'/g, "'\\''")}'`;
}
/** A command line from its arguments, each quoted on its own. */
function shellCommand(argv) {
    return argv.map(shellQuote).join(' ');
}
