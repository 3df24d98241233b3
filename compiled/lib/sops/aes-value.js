"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isEncString = isEncString;
exports.parseEncString = parseEncString;
exports.encryptBytes = encryptBytes;
exports.decryptBytes = decryptBytes;
exports.scalarBytes = scalarBytes;
exports.encryptScalar = encryptScalar;
exports.decryptScalar = decryptScalar;
const crypto_1 = require("crypto");
const constants_1 = require("./constants");
const go_format_1 = require("./go-format");
const tree_1 = require("./tree");
// anchored at the start only, like sops' reader
const ENC_PATTERN = /^ENC\[AES256_GCM,data:(.+),iv:(.+),tag:(.+),type:(.+)\]/s;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Whether a string is an sops ENC value. */
function isEncString(value) {
    return ENC_PATTERN.test(value);
}
function decodeBase64(text, field, where) {
    if (!BASE64.test(text))
        throw new Error(`invalid base64 in the ${field} of the value at "${where}": "${text}"`);
    return Buffer.from(text, 'base64');
}
/** Splits an ENC string into its parts; `where` names the value in error messages. */
function parseEncString(value, where) {
    const m = ENC_PATTERN.exec(value);
    if (m === null) {
        // the value is not quoted: it may be a secret left in clear
        throw new Error(`could not decrypt value at "${where}": not an ENC[AES256_GCM,...] string (${value.length} characters, not shown)`);
    }
    return {
        data: decodeBase64(m[1], 'data', where),
        iv: decodeBase64(m[2], 'iv', where),
        tag: decodeBase64(m[3], 'tag', where),
        type: m[4],
    };
}
function checkKey(key) {
    if (key.length !== constants_1.DATA_KEY_BYTES) {
        throw new Error(`invalid sops data key: expected ${constants_1.DATA_KEY_BYTES} bytes, got ${key.length}`);
    }
}
/** Encrypts bytes into an ENC string with a fresh random 32-byte IV. */
function encryptBytes(plaintext, key, aad, type) {
    checkKey(key);
    const iv = (0, crypto_1.randomBytes)(constants_1.IV_BYTES);
    const cipher = (0, crypto_1.createCipheriv)('aes-256-gcm', key, iv, { authTagLength: constants_1.TAG_BYTES });
    cipher.setAAD(Buffer.from(aad, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const tag = cipher.getAuthTag();
    return `ENC[AES256_GCM,data:${data.toString('base64')},iv:${iv.toString('base64')},tag:${tag.toString('base64')},type:${type}]`;
}
/** Decrypts an ENC string; fails when the key, the AAD or any byte of the value is wrong. */
function decryptBytes(value, key, aad, where) {
    checkKey(key);
    const parts = parseEncString(value, where);
    if (parts.tag.length !== constants_1.TAG_BYTES) {
        throw new Error(`could not decrypt value at "${where}": tag has ${parts.tag.length} bytes, expected ${constants_1.TAG_BYTES}`);
    }
    if (parts.iv.length === 0)
        throw new Error(`could not decrypt value at "${where}": empty iv`);
    const decipher = (0, crypto_1.createDecipheriv)('aes-256-gcm', key, parts.iv, { authTagLength: constants_1.TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(parts.tag);
    try {
        return { plaintext: Buffer.concat([decipher.update(parts.data), decipher.final()]), type: parts.type };
    }
    catch {
        throw new Error(`could not decrypt value at "${where}": authentication failed (wrong data key, tampered value or moved key)`);
    }
}
/**
 * The sops type name and plaintext bytes of a leaf (`ToBytes` in sops): strings as UTF-8, ints in
 * decimal, floats without exponent, bools as `True`/`False`, times as RFC 3339 with nanoseconds.
 * Returns undefined for null, which sops neither encrypts nor hashes.
 */
function scalarBytes(node, timeAsString = false) {
    switch (node.type) {
        case 'null':
            return undefined;
        case 'str':
            return { bytes: Buffer.from(node.value, 'utf8'), type: 'str' };
        case 'int':
            return { bytes: Buffer.from(node.value.toString(), 'utf8'), type: 'int' };
        case 'float':
            return { bytes: Buffer.from((0, go_format_1.formatGoFloatFixed)(node.value), 'utf8'), type: 'float' };
        case 'bool':
            return { bytes: Buffer.from(node.value ? 'True' : 'False', 'utf8'), type: 'bool' };
        case 'time': {
            const text = timeAsString ? node.value : ((0, go_format_1.parseYamlTimestamp)(node.value) ?? node.value);
            return { bytes: Buffer.from(text, 'utf8'), type: 'time' };
        }
        case 'bytes':
            return { bytes: node.value, type: 'bytes' };
    }
}
/** Encrypts a leaf as sops does; empty strings and nulls are returned unchanged. */
function encryptScalar(node, key, aad) {
    if (node.type === 'str' && node.value === '')
        return node;
    const plain = scalarBytes(node);
    if (plain === undefined)
        return node;
    return (0, tree_1.strNode)(encryptBytes(plain.bytes, key, aad, plain.type));
}
/** Decrypts an ENC string into a typed leaf, parsing the plaintext as sops does for its type. */
function decryptScalar(value, key, aad, where) {
    const { plaintext, type } = decryptBytes(value, key, aad, where);
    const text = plaintext.toString('utf8');
    // the plaintext is a secret: describe it, never quote it
    const bad = () => new Error(`invalid ${type} plaintext at "${where}" (${plaintext.length} bytes, not shown)`);
    switch (type) {
        case 'str':
            return (0, tree_1.strNode)(text);
        case 'int': {
            const int = (0, go_format_1.parseGoDecimalInt)(text);
            if (int === undefined)
                throw bad();
            return { kind: 'scalar', type: 'int', value: int };
        }
        case 'float': {
            const float = (0, go_format_1.parseGoFloat)(text);
            if (float === undefined)
                throw bad();
            return { kind: 'scalar', type: 'float', value: float };
        }
        case 'bool': {
            const bool = (0, go_format_1.parseGoBool)(text);
            if (bool === undefined)
                throw bad();
            return { kind: 'scalar', type: 'bool', value: bool };
        }
        case 'time': {
            const time = (0, go_format_1.canonicalRfc3339Nano)(text);
            if (time === undefined)
                throw bad();
            return { kind: 'scalar', type: 'time', value: time };
        }
        case 'bytes':
            return { kind: 'scalar', type: 'bytes', value: plaintext };
        default:
            throw new Error(`unknown sops value type "${type}" at "${where}"`);
    }
}
