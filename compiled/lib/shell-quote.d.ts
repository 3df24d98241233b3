/**
 * Quoting for the shell commands the CLI prints for operators to paste (doctor, init): every
 * value that comes from a config, a path or the cluster goes through {@link shellQuote}, so that no
 * value can end a word, start a command substitution or add a command, whatever characters it holds.
 */
/**
 * One shell word for any string (POSIX sh, bash, zsh): left as it is when it holds only safe
 * characters, else single-quoted with each `'` written as `'\''`. Inside single quotes nothing is
 * special, newlines included.
 */
export declare function shellQuote(value: string): string;
/** A command line of words, each quoted with {@link shellQuote}. */
export declare function shellCommand(...words: readonly string[]): string;
