/**
 * One argument for a POSIX shell: left as it is when it has only characters no shell treats
 * specially, else wrapped in single quotes (a single quote inside becomes `'\''`).
 */
export declare function shellQuote(arg: string): string;
/** A command line from its arguments, each quoted on its own. */
export declare function shellCommand(argv: readonly string[]): string;
