"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.randomUrlSafe = randomUrlSafe;
exports.randomHex = randomHex;
exports.deriveSecret = deriveSecret;
const crypto_1 = require("crypto");
/**
 * Secret values: random ones for new configs, and ones derived deterministically from
 * `langfuse_salt` for the chart's bundled stores, so that a minimal config needs no extra secret.
 */
const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
/** Bytes at or above this are rejected, so that `byte % 62` is uniform (248 = 4 * 62). */
const REJECT_FROM = 256 - (256 % ALPHANUMERIC.length);
const MAX_LENGTH = 4096;
/** HKDF salt of {@link deriveSecret}: fixed, for domain separation from other uses of the same input. */
const DERIVE_SALT = 'langfuse-cdk8s/derive-secret/v1';
function checkLength(length, what) {
    if (!Number.isInteger(length) || length < 1 || length > MAX_LENGTH) {
        throw new Error(`invalid ${what} "${String(length)}": expected an integer from 1 to ${MAX_LENGTH}`);
    }
}
/** Maps bytes to alphanumeric characters by rejection sampling; returns the characters produced. */
function alphanumericFrom(bytes, length) {
    let out = '';
    for (const byte of bytes) {
        if (out.length === length)
            break;
        if (byte < REJECT_FROM)
            out += ALPHANUMERIC[byte % ALPHANUMERIC.length];
    }
    return out;
}
/**
 * A random string of `length` characters from `A-Za-z0-9` (safe in URLs, env files and YAML),
 * uniform thanks to rejection sampling over `crypto.randomBytes`. 32 characters give ~190 bits.
 */
function randomUrlSafe(length) {
    checkLength(length, 'length');
    let out = '';
    while (out.length < length) {
        out += alphanumericFrom((0, crypto_1.randomBytes)(length - out.length + 16), length - out.length);
    }
    return out;
}
/** `bytes` random bytes as lowercase hex (e.g. 32 bytes for a 256-bit encryption key). */
function randomHex(bytes) {
    checkLength(bytes, 'byte count');
    return (0, crypto_1.randomBytes)(bytes).toString('hex');
}
/**
 * A deterministic `A-Za-z0-9` secret of `length` characters derived from `salt` (the input keying
 * material, itself a secret) and `label` (what the value is for): HKDF-SHA256 with a fixed HKDF salt
 * and `label` as info, mapped to characters by rejection sampling. If the output block runs short
 * (probability ~2^-200 for the default length), further blocks use the info `<label>\0<n>`.
 * The same inputs always give the same value; different labels give independent values (a
 * shorter length for the same salt and label gives a prefix of the longer value).
 */
function deriveSecret(salt, label, length = 32) {
    if (salt === '')
        throw new Error('deriveSecret needs a non-empty salt');
    if (label === '')
        throw new Error('deriveSecret needs a non-empty label');
    checkLength(length, 'length');
    let out = '';
    for (let block = 0; out.length < length; block++) {
        const info = block === 0 ? label : `${label}\0${block}`;
        // HKDF-SHA256 yields at most 255 * 32 bytes per call
        const bytes = Buffer.from((0, crypto_1.hkdfSync)('sha256', salt, DERIVE_SALT, info, Math.min(2 * length + 32, 255 * 32)));
        out += alphanumericFrom(bytes, length - out.length);
    }
    return out;
}
