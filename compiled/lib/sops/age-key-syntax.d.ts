/**
 * The text form of age keys, checked without the age library so that a typo is caught where the
 * key was read and reported by where it came from: recipients (`age1...`, `age1pq1...`) and
 * identities (`AGE-SECRET-KEY-1...`, `AGE-SECRET-KEY-PQ-1...`) are Bech32 strings (BIP 173, without
 * its 90-character limit, as age writes them) whose checksum catches any typo of up to four
 * characters. Problems never quote the key: an identity is a secret, and a recipient may be an
 * identity pasted in the wrong place.
 *
 * @see https://github.com/bitcoin/bips/blob/master/bip-0173.mediawiki
 * @see https://age-encryption.org/v1
 */
/** Whether a string is an age identity (a private key), valid or not. */
export declare function looksLikeAgeIdentity(text: string): boolean;
/** What is wrong with an age recipient (a public key), or undefined; never quotes it. */
export declare function ageRecipientProblem(text: string): string | undefined;
/** What is wrong with an age identity, or undefined; never quotes it. */
export declare function ageIdentityProblem(text: string): string | undefined;
/** A valid recipient shortened for messages (post-quantum recipients are about 2000 characters long). */
export declare function shortRecipient(recipient: string): string;
