/** The MAC stored in a sops file does not match the decrypted content: the file was tampered with. */
export declare class SopsMacMismatchError extends Error {
    /** The decrypted MAC from `sops.mac` (uppercase hex). */
    readonly stored: string;
    /** The MAC recomputed from the decrypted values (uppercase hex). */
    readonly computed: string;
    constructor(stored: string, computed: string);
}
