import { CliCommand } from './command';
/** `decrypt FILE`: a SOPS file of the tree, decrypted and MAC-verified, on stdout. */
export declare const decryptCommand: CliCommand;
/** Decrypts `file` and prints it; a missing identity or a failed MAC check is exit 1. */
export declare function runDecrypt(file: string, env: NodeJS.ProcessEnv): Promise<number>;
