import { SopsAgeEntry } from './metadata';
/**
 * Encrypts the data key to one age recipient, as sops does: an age file with one stanza whose
 * plaintext is the raw 32 key bytes, ASCII-armored (64-column lines, trailing newline).
 */
export declare function wrapDataKey(dataKey: Buffer, recipient: string): Promise<SopsAgeEntry>;
/**
 * Recovers the 32-byte sops data key from the `sops.age` entries with any of the identities
 * (`AGE-SECRET-KEY-1...` or `AGE-SECRET-KEY-PQ-1...` strings), trying each entry in turn.
 */
export declare function decryptDataKey(entries: readonly SopsAgeEntry[], identities: readonly string[]): Promise<Buffer>;
/** The recipient (public key) of an age identity; undefined for one the age library cannot read. */
export declare function recipientOf(identity: string): Promise<string | undefined>;
