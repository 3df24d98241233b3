/**
 * One argument for a POSIX shell: left as it is when it has only characters no shell treats
 * specially, else wrapped in single quotes (a single quote inside becomes `'\''`).
 */
export function shellQuote(arg: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, "'\\''")}'`;
}

/** A command line from its arguments, each quoted on its own. */
export function shellCommand(argv: readonly string[]): string {
  return argv.map(shellQuote).join(' ');
}
