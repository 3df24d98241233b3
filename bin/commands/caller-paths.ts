import * as fs from 'fs';
import * as path from 'path';

/**
 * The folder the user ran the command in. `npm run cli -- ...` (and `npm run synth`) run in the
 * package root, and npm says where it was started in `INIT_CWD`; that folder is the user's. It is
 * trusted only while this process is the npm script itself (its folder is the one of
 * `npm_package_json`): a process that merely inherited the variables, like a test's child in
 * another folder, uses its own working folder.
 */
export function callerDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const initCwd = env.INIT_CWD;
  const packageJson = env.npm_package_json;
  if (initCwd && path.isAbsolute(initCwd) && packageJson && samePath(path.dirname(packageJson), cwd)) return initCwd;
  return cwd;
}

function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

/**
 * A path the user gave (an option, an argument, an environment variable), made absolute against
 * the folder they ran the command in ({@link callerDir}); absolute paths are kept as they are.
 */
export function callerPath(given: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return path.resolve(callerDir(env, cwd), given);
}

/** An absolute path as the user would type it: relative to their folder when inside it, else absolute. */
export function shownPath(absolute: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const relative = path.relative(callerDir(env, cwd), absolute);
  if (relative === '') return '.';
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative;
}
