/** The version of this package, from its package.json. */
export declare function packageVersion(): string;
/**
 * Runs the CLI on its arguments and resolves to the exit code; never rejects: every error is
 * reported (a user mistake in one paragraph with exit 2, a bug in one line with exit 1) without a
 * stack trace unless `--debug` is given anywhere before `--`, or LANGFUSE_DEBUG=1.
 */
export declare function runCli(argv: readonly string[]): Promise<number>;
