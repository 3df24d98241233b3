/**
 * A problem with what the user gave the tool: a config file, a command-line argument, an
 * environment variable, a key file, a `.sops.yaml`. Commands print its message without a stack
 * trace and exit with status 2; every other error is a bug (exit 1). Messages never contain a
 * secret value: they name where the bad input came from instead.
 */
export declare class InputError extends Error {
    constructor(message: string);
}
