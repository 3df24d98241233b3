/**
 * A random string of `length` characters from `A-Za-z0-9` (safe in URLs, env files and YAML),
 * uniform thanks to rejection sampling over `crypto.randomBytes`. 32 characters give ~190 bits.
 */
export declare function randomUrlSafe(length: number): string;
/** `bytes` random bytes as lowercase hex (e.g. 32 bytes for a 256-bit encryption key). */
export declare function randomHex(bytes: number): string;
/**
 * A deterministic `A-Za-z0-9` secret of `length` characters derived from `salt` (the input keying
 * material, itself a secret) and `label` (what the value is for): HKDF-SHA256 with a fixed HKDF salt
 * and `label` as info, mapped to characters by rejection sampling. If the output block runs short
 * (probability ~2^-200 for the default length), further blocks use the info `<label>\0<n>`.
 * The same inputs always give the same value; different labels give independent values (a
 * shorter length for the same salt and label gives a prefix of the longer value).
 */
export declare function deriveSecret(salt: string, label: string, length?: number): string;
