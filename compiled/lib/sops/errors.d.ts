import { InputError } from '../errors';
/** The MAC stored in a sops file does not match the decrypted content: the file was tampered with. */
export declare class SopsMacMismatchError extends Error {
    /** The decrypted MAC from `sops.mac` (uppercase hex). */
    readonly stored: string;
    /** The MAC recomputed from the decrypted values (uppercase hex). */
    readonly computed: string;
    constructor(stored: string, computed: string);
}
/**
 * A problem with the SOPS setup the user gave: an age identity or recipient (in the environment,
 * a key file, `.sops.yaml` or a command-line argument) or a `.sops.yaml` that cannot be used. The
 * message names where the input came from and never quotes a key.
 */
export declare class SopsInputError extends InputError {
}
/** Secrets would be encrypted for a published test recipient, whose private key anyone has. */
export declare class PublishedTestKeyError extends InputError {
}
