/**
 * Quoting for the shell commands the CLI prints for operators to paste (doctor, init): every
 * value that comes from a config, a path or the cluster goes through {@link shellQuote}, so that no
 * value can end a word, start a command substitution or add a command, whatever characters it holds.
 */

/** Words that need no quotes: letters, digits and `@%+=:,./_-` only (no glob, no expansion, no separator). */
const PLAIN_WORD = /^[A-Za-z0-9@%+=:,./_-]+$/;

/**
 * One shell word for any string (POSIX sh, bash, zsh): left as it is when it holds only safe
 * characters, else single-quoted with each `'` written as `'\''`. Inside single quotes nothing is
 * special, newlines included.
 */
export function shellQuote(value: string): string {
  if (value !== '' && PLAIN_WORD.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A command line of words, each quoted with {@link shellQuote}. */
export function shellCommand(...words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
}
