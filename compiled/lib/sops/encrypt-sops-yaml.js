"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatLastModified = formatLastModified;
exports.encryptSopsYaml = encryptSopsYaml;
exports.encryptSopsYamlDocuments = encryptSopsYamlDocuments;
const crypto_1 = require("crypto");
const age_keys_1 = require("./age-keys");
const age_key_syntax_1 = require("./age-key-syntax");
const aes_value_1 = require("./aes-value");
const constants_1 = require("./constants");
const encryption_rule_1 = require("./encryption-rule");
const errors_1 = require("./errors");
const mac_1 = require("./mac");
const metadata_1 = require("./metadata");
const tree_1 = require("./tree");
const walk_1 = require("./walk");
const yaml_emit_1 = require("./yaml-emit");
/** `YYYY-MM-DDTHH:MM:SSZ`: the only `lastmodified` form whose text equals the MAC's AAD. */
function formatLastModified(now) {
    if (Number.isNaN(now.getTime()))
        throw new Error(`invalid date "${String(now)}" for sops lastmodified`);
    return now.toISOString().replace(/\.[0-9]{3}Z$/, 'Z');
}
function checkRecipients(recipients) {
    const unique = [...new Set(recipients.map((r) => r.trim()))];
    if (unique.length === 0)
        throw new Error('no age recipients: set SOPS_AGE_RECIPIENTS or an "age" rule in .sops.yaml');
    for (const recipient of unique) {
        // never quoted: a "recipient" may be a private key pasted in the wrong place
        const problem = (0, age_key_syntax_1.ageRecipientProblem)(recipient);
        if (problem !== undefined)
            throw new errors_1.SopsInputError(`an age recipient ${problem}`);
    }
    return unique;
}
/**
 * Encrypts a document (a Kubernetes manifest) the way `sops --encrypt` does with a `.sops.yaml`
 * rule `encrypted_regex: ^(data|stringData)$` and `mac_only_encrypted: true`, and returns the full
 * YAML text: selected values become `ENC[AES256_GCM,...,type:str]`, other values stay in clear, the
 * document keeps its key order, and the `sops:` block follows in the sops 3.10.2 layout.
 */
async function encryptSopsYaml(doc, opts) {
    return encryptSopsYamlDocuments([doc], opts);
}
/**
 * Encrypts several documents into one multi-document file as sops does: one data key, one MAC
 * over every document in order, and the same `sops:` block appended to each document (Flux
 * decrypts each document on its own; `sops -d` reads the metadata of the first).
 */
async function encryptSopsYamlDocuments(docs, opts) {
    const recipients = checkRecipients(opts.recipients);
    if (docs.length === 0)
        throw new Error('nothing to encrypt: no documents');
    const trees = docs.map((doc, i) => {
        const tree = (0, tree_1.treeFromJs)(doc);
        if (tree.kind !== 'map')
            throw new Error(`document ${i + 1} to encrypt must be a mapping`);
        if (tree.entries.some(([key]) => key === 'sops'))
            throw new Error(`document ${i + 1} already has a top-level "sops" key`);
        return tree;
    });
    const dataKey = opts.dataKey ?? (0, crypto_1.randomBytes)(constants_1.DATA_KEY_BYTES);
    if (dataKey.length !== constants_1.DATA_KEY_BYTES) {
        throw new Error(`invalid sops data key: expected ${constants_1.DATA_KEY_BYTES} bytes, got ${dataKey.length}`);
    }
    const rule = { key: 'encrypted_regex', value: opts.encryptedRegex ?? constants_1.DEFAULT_ENCRYPTED_REGEX };
    const shouldEncrypt = (0, encryption_rule_1.compileRule)(rule);
    const macOnlyEncrypted = opts.macOnlyEncrypted ?? true;
    const lastModified = formatLastModified(opts.now ?? new Date());
    const mac = new mac_1.SopsMac(macOnlyEncrypted);
    const bodies = trees.map((tree) => (0, walk_1.mapLeaves)(tree, (leaf, path) => {
        const encrypted = shouldEncrypt(path);
        mac.add((0, aes_value_1.scalarBytes)(leaf)?.bytes, encrypted);
        return encrypted ? (0, aes_value_1.encryptScalar)(leaf, dataKey, (0, walk_1.pathAad)(path)) : leaf;
    }));
    const age = [];
    for (const recipient of recipients)
        age.push(await (0, age_keys_1.wrapDataKey)(dataKey, recipient));
    const sops = (0, metadata_1.metadataToTree)({
        age,
        lastModified,
        mac: (0, mac_1.encryptMac)(mac.hex(), dataKey, lastModified),
        rule,
        macOnlyEncrypted,
        version: constants_1.SOPS_VERSION,
    });
    const indent = opts.indent ?? constants_1.DEFAULT_YAML_INDENT;
    // go-yaml's encoder separates documents with "---" and writes none before the first
    return bodies.map((body) => (0, yaml_emit_1.emitYaml)((0, tree_1.mapNode)([...(body.kind === 'map' ? body.entries : []), ['sops', sops]]), { indent })).join('---\n');
}
