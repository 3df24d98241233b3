"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.wrapDataKey = wrapDataKey;
exports.decryptDataKey = decryptDataKey;
exports.recipientOf = recipientOf;
const age_key_syntax_1 = require("./age-key-syntax");
const constants_1 = require("./constants");
const errors_1 = require("./errors");
let ageModule;
/**
 * Loads `age-encryption` on first use. The package is ESM-only; this project compiles to CommonJS,
 * so TypeScript turns this `import()` into `require()`, which Node ≥ 20.19 serves through
 * require(esm) (package.json `engines` says so). Jest's module system has no require(esm); there
 * `jest.config.js` transforms the package and its ESM dependencies to CommonJS. Loading lazily keeps
 * the cost and any load failure at the first age operation rather than at import time, behind the
 * async API the package imposes anyway (WebCrypto).
 */
function loadAge() {
    ageModule ??= Promise.resolve().then(() => __importStar(require('age-encryption')));
    return ageModule;
}
/**
 * Encrypts the data key to one age recipient, as sops does: an age file with one stanza whose
 * plaintext is the raw 32 key bytes, ASCII-armored (64-column lines, trailing newline).
 */
async function wrapDataKey(dataKey, recipient) {
    // The age library's messages quote the key (Bech32 errors print the whole string), and a
    // "recipient" may be a private key pasted in the wrong place: report our own text only.
    const problem = (0, age_key_syntax_1.ageRecipientProblem)(recipient);
    if (problem !== undefined)
        throw new errors_1.SopsInputError(`an age recipient ${problem}`);
    const age = await loadAge();
    const encrypter = new age.Encrypter();
    try {
        encrypter.addRecipient(recipient);
    }
    catch {
        throw new errors_1.SopsInputError(`the age recipient ${(0, age_key_syntax_1.shortRecipient)(recipient)} is not supported by the age library`);
    }
    // a fresh Uint8Array: Jest's sandbox has its own Uint8Array, and @noble rejects a foreign Buffer
    const file = await encrypter.encrypt(new Uint8Array(dataKey));
    return { recipient, enc: age.armor.encode(file) };
}
/**
 * Recovers the 32-byte sops data key from the `sops.age` entries with any of the identities
 * (`AGE-SECRET-KEY-1...` or `AGE-SECRET-KEY-PQ-1...` strings), trying each entry in turn.
 */
async function decryptDataKey(entries, identities) {
    if (entries.length === 0)
        throw new Error('the sops file has no age recipients');
    if (identities.length === 0) {
        throw new Error('no age identities to decrypt the sops data key: set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE');
    }
    const age = await loadAge();
    const decrypter = new age.Decrypter();
    identities.forEach((identity, i) => {
        // the identity is a secret, and the library's messages quote it: name its position only
        const problem = (0, age_key_syntax_1.ageIdentityProblem)(identity);
        if (problem !== undefined)
            throw new errors_1.SopsInputError(`age identity #${i + 1} ${problem} (not shown)`);
        try {
            decrypter.addIdentity(identity);
        }
        catch {
            throw new errors_1.SopsInputError(`age identity #${i + 1} is not supported by the age library (not shown)`);
        }
    });
    const failures = [];
    for (const entry of entries) {
        try {
            const key = Buffer.from(await decrypter.decrypt(age.armor.decode(entry.enc)));
            if (key.length !== constants_1.DATA_KEY_BYTES) {
                throw new Error(`data key has ${key.length} bytes, expected ${constants_1.DATA_KEY_BYTES}`);
            }
            return key;
        }
        catch (err) {
            failures.push(`"${(0, age_key_syntax_1.shortRecipient)(entry.recipient)}": ${err.message}`);
        }
    }
    throw new Error(`none of ${identities.length} age identities decrypts the sops data key (${failures.join('; ')})`);
}
/** The recipient (public key) of an age identity; undefined for one the age library cannot read. */
async function recipientOf(identity) {
    if ((0, age_key_syntax_1.ageIdentityProblem)(identity) !== undefined)
        return undefined;
    try {
        return await (await loadAge()).identityToRecipient(identity);
    }
    catch {
        return undefined;
    }
}
