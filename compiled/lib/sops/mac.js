"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SopsMac = void 0;
exports.encryptMac = encryptMac;
exports.verifyMac = verifyMac;
const crypto_1 = require("crypto");
const aes_value_1 = require("./aes-value");
const errors_1 = require("./errors");
const go_format_1 = require("./go-format");
/** SHA-256 of the ASCII `sops`: the prefix of the MAC when `mac_only_encrypted` is set. */
const MAC_ONLY_ENCRYPTED_PREFIX = (0, crypto_1.createHash)('sha256').update('sops').digest();
/** The running SHA-512 over the plaintext bytes of every hashed leaf, in walk order. */
class SopsMac {
    macOnlyEncrypted;
    hash = (0, crypto_1.createHash)('sha512');
    constructor(macOnlyEncrypted) {
        this.macOnlyEncrypted = macOnlyEncrypted;
        if (macOnlyEncrypted)
            this.hash.update(MAC_ONLY_ENCRYPTED_PREFIX);
    }
    /** Adds a leaf; with `mac_only_encrypted`, only leaves the rule encrypts are hashed. */
    add(bytes, encrypted) {
        if (bytes !== undefined && (encrypted || !this.macOnlyEncrypted))
            this.hash.update(bytes);
    }
    /** The digest as uppercase hex, as sops writes it. */
    hex() {
        return this.hash.digest('hex').toUpperCase();
    }
}
exports.SopsMac = SopsMac;
/** The MAC's AAD: `lastmodified` re-formatted as Go RFC 3339, as sops does before using it. */
function macAad(lastModified) {
    const aad = (0, go_format_1.canonicalRfc3339)(lastModified);
    if (aad === undefined)
        throw new Error(`invalid sops lastmodified "${lastModified}": expected an RFC 3339 time`);
    return aad;
}
/** Encrypts the MAC hex with `lastmodified` as AAD. */
function encryptMac(macHex, dataKey, lastModified) {
    return (0, aes_value_1.encryptBytes)(Buffer.from(macHex, 'utf8'), dataKey, macAad(lastModified), 'str');
}
/** Decrypts `sops.mac` and compares it with the recomputed MAC; throws on any difference. */
function verifyMac(encryptedMac, dataKey, lastModified, computedHex) {
    let stored;
    try {
        stored = (0, aes_value_1.decryptBytes)(encryptedMac, dataKey, macAad(lastModified), 'sops.mac').plaintext.toString('utf8');
    }
    catch (err) {
        throw new Error(`could not decrypt the sops mac (tampered mac or lastmodified?): ${err.message}`);
    }
    const a = Buffer.from(stored, 'utf8');
    const b = Buffer.from(computedHex, 'utf8');
    if (a.length !== b.length || !(0, crypto_1.timingSafeEqual)(a, b))
        throw new errors_1.SopsMacMismatchError(stored, computedHex);
}
