"use strict";
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
Object.defineProperty(exports, "__esModule", { value: true });
exports.looksLikeAgeIdentity = looksLikeAgeIdentity;
exports.ageRecipientProblem = ageRecipientProblem;
exports.ageIdentityProblem = ageIdentityProblem;
exports.shortRecipient = shortRecipient;
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
/** Human-readable parts of the age key types. */
const RECIPIENT_PREFIXES = { 'age': 32, 'age1pq': undefined };
const IDENTITY_PREFIXES = { 'age-secret-key-': 32, 'age-secret-key-pq-': undefined };
function polymod(values) {
    let checksum = 1;
    for (const value of values) {
        const top = checksum >>> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        for (let i = 0; i < 5; i++)
            if ((top >>> i) & 1)
                checksum ^= GENERATOR[i];
    }
    return checksum >>> 0;
}
function decodeBech32(text) {
    if (text !== text.toLowerCase() && text !== text.toUpperCase())
        return { problem: 'mixes upper and lower case' };
    const lower = text.toLowerCase();
    const separator = lower.lastIndexOf('1');
    if (separator < 1)
        return { problem: 'has no "1" separating its prefix from its data' };
    const prefix = lower.slice(0, separator);
    const data = lower.slice(separator + 1);
    if (data.length < 6)
        return { problem: 'is too short' };
    const values = [];
    for (const ch of data) {
        const value = CHARSET.indexOf(ch);
        if (value < 0)
            return { problem: 'contains a character that Bech32 does not use (only a-z and 0-9 without 1, b, i, o)' };
        values.push(value);
    }
    const expanded = [...prefix].map((c) => c.charCodeAt(0) >> 5).concat([0], [...prefix].map((c) => c.charCodeAt(0) & 31));
    if (polymod([...expanded, ...values]) !== 1)
        return { problem: 'has a wrong checksum (a typo, or a truncated copy)' };
    const bits = (values.length - 6) * 5;
    const padding = bits % 8;
    if (padding >= 5 || (values[values.length - 7] & ((1 << padding) - 1)) !== 0)
        return { problem: 'has invalid padding' };
    return { prefix, bytes: Math.floor(bits / 8) };
}
/** Whether a string is an age identity (a private key), valid or not. */
function looksLikeAgeIdentity(text) {
    return /^AGE-SECRET-KEY-/i.test(text.trim());
}
/** What is wrong with an age recipient (a public key), or undefined; never quotes it. */
function ageRecipientProblem(text) {
    if (looksLikeAgeIdentity(text)) {
        return 'is an age identity (a PRIVATE key), not a recipient: give its public key instead ("age-keygen -y key.txt" prints it); '
            + 'treat the private key as leaked if it was committed or shared';
    }
    if (!/^age1/.test(text))
        return 'is not an age recipient: expected a public key starting with "age1" (age-keygen prints it as "Public key: age1...")';
    return keyProblem(text, RECIPIENT_PREFIXES, 'age recipient');
}
/** What is wrong with an age identity, or undefined; never quotes it. */
function ageIdentityProblem(text) {
    if (!looksLikeAgeIdentity(text))
        return 'is not an age identity: expected a line starting with "AGE-SECRET-KEY-" (age-keygen writes one)';
    if (text !== text.toUpperCase())
        return 'is not an age identity: age writes identities in upper case';
    return keyProblem(text, IDENTITY_PREFIXES, 'age identity');
}
function keyProblem(text, prefixes, what) {
    const decoded = decodeBech32(text);
    if ('problem' in decoded)
        return `is not a valid ${what}: it ${decoded.problem}`;
    if (!Object.hasOwn(prefixes, decoded.prefix))
        return `is not a valid ${what}: unknown key type`;
    const bytes = prefixes[decoded.prefix];
    if (bytes !== undefined && decoded.bytes !== bytes)
        return `is not a valid ${what}: it holds ${decoded.bytes} bytes instead of ${bytes}`;
    return undefined;
}
/** A valid recipient shortened for messages (post-quantum recipients are about 2000 characters long). */
function shortRecipient(recipient) {
    if (ageRecipientProblem(recipient) !== undefined)
        return '(invalid recipient, not shown)';
    return recipient.length > 24 ? `${recipient.slice(0, 12)}...${recipient.slice(-8)}` : recipient;
}
