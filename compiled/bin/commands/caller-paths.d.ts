/**
 * The folder the user ran the command in. `npm run cli -- ...` (and `npm run synth`) run in the
 * package root, and npm says where it was started in `INIT_CWD`; that folder is the user's. It is
 * trusted only while this process is the npm script itself (its folder is the one of
 * `npm_package_json`): a process that merely inherited the variables, like a test's child in
 * another folder, uses its own working folder.
 */
export declare function callerDir(env?: NodeJS.ProcessEnv, cwd?: string): string;
/**
 * A path the user gave (an option, an argument, an environment variable), made absolute against
 * the folder they ran the command in ({@link callerDir}); absolute paths are kept as they are.
 */
export declare function callerPath(given: string, env?: NodeJS.ProcessEnv, cwd?: string): string;
/** An absolute path as the user would type it: relative to their folder when inside it, else absolute. */
export declare function shownPath(absolute: string, env?: NodeJS.ProcessEnv, cwd?: string): string;
