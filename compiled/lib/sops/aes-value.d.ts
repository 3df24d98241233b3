import { ScalarNode } from './tree';
/** The parts of an `ENC[AES256_GCM,data:…,iv:…,tag:…,type:…]` string. */
export interface EncParts {
    readonly data: Buffer;
    readonly iv: Buffer;
    readonly tag: Buffer;
    readonly type: string;
}
/** Whether a string is an sops ENC value. */
export declare function isEncString(value: string): boolean;
/** Splits an ENC string into its parts; `where` names the value in error messages. */
export declare function parseEncString(value: string, where: string): EncParts;
/** Encrypts bytes into an ENC string with a fresh random 32-byte IV. */
export declare function encryptBytes(plaintext: Buffer, key: Buffer, aad: string, type: string): string;
/** Decrypts an ENC string; fails when the key, the AAD or any byte of the value is wrong. */
export declare function decryptBytes(value: string, key: Buffer, aad: string, where: string): {
    plaintext: Buffer;
    type: string;
};
/**
 * The sops type name and plaintext bytes of a leaf (`ToBytes` in sops): strings as UTF-8, ints in
 * decimal, floats without exponent, bools as `True`/`False`, times as RFC 3339 with nanoseconds.
 * Returns undefined for null, which sops neither encrypts nor hashes.
 */
export declare function scalarBytes(node: ScalarNode, timeAsString?: boolean): {
    bytes: Buffer;
    type: string;
} | undefined;
/** Encrypts a leaf as sops does; empty strings and nulls are returned unchanged. */
export declare function encryptScalar(node: ScalarNode, key: Buffer, aad: string): ScalarNode;
/** Decrypts an ENC string into a typed leaf, parsing the plaintext as sops does for its type. */
export declare function decryptScalar(value: string, key: Buffer, aad: string, where: string): ScalarNode;
