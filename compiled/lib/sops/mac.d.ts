/** The running SHA-512 over the plaintext bytes of every hashed leaf, in walk order. */
export declare class SopsMac {
    readonly macOnlyEncrypted: boolean;
    private readonly hash;
    constructor(macOnlyEncrypted: boolean);
    /** Adds a leaf; with `mac_only_encrypted`, only leaves the rule encrypts are hashed. */
    add(bytes: Buffer | undefined, encrypted: boolean): void;
    /** The digest as uppercase hex, as sops writes it. */
    hex(): string;
}
/** Encrypts the MAC hex with `lastmodified` as AAD. */
export declare function encryptMac(macHex: string, dataKey: Buffer, lastModified: string): string;
/** Decrypts `sops.mac` and compares it with the recomputed MAC; throws on any difference. */
export declare function verifyMac(encryptedMac: string, dataKey: Buffer, lastModified: string, computedHex: string): void;
