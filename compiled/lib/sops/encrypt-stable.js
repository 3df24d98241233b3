"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.encryptStable = encryptStable;
const age_keys_1 = require("./age-keys");
const constants_1 = require("./constants");
const decrypt_sops_yaml_1 = require("./decrypt-sops-yaml");
const encrypt_sops_yaml_1 = require("./encrypt-sops-yaml");
const tree_1 = require("./tree");
function sameSet(a, b) {
    const setA = new Set(a.map((s) => s.trim()));
    const setB = new Set(b.map((s) => s.trim()));
    return setA.size === setB.size && [...setA].every((s) => setB.has(s));
}
/** Why `existingText` cannot be kept for these options, or undefined when it can. */
async function whyNotReusable(opts, existingText) {
    let opened;
    try {
        opened = (0, decrypt_sops_yaml_1.openSopsYaml)(existingText);
    }
    catch (err) {
        return `existing file is not readable as sops yaml: ${err.message}`;
    }
    const { metadata } = opened;
    const regex = opts.encryptedRegex ?? constants_1.DEFAULT_ENCRYPTED_REGEX;
    if (metadata.rule.key !== 'encrypted_regex' || metadata.rule.value !== regex) {
        return `encryption rule changed (file has ${metadata.rule.key} "${metadata.rule.value}")`;
    }
    if (metadata.macOnlyEncrypted !== (opts.macOnlyEncrypted ?? true))
        return 'mac_only_encrypted changed';
    if (metadata.otherKeySources.length > 0)
        return `file also uses ${metadata.otherKeySources.join(', ')}`;
    const recipients = metadata.age.map((entry) => entry.recipient);
    if (metadata.age.length !== new Set(recipients).size || !sameSet(recipients, opts.recipients)) {
        return 'recipients changed';
    }
    let plain;
    try {
        plain = (0, decrypt_sops_yaml_1.decryptTree)(opened, await (0, age_keys_1.decryptDataKey)(metadata.age, opts.identities));
    }
    catch (err) {
        return `existing file cannot be decrypted: ${err.message}`;
    }
    const wanted = opts.docs.map((doc) => (0, tree_1.treeFromJs)(doc));
    return plain.length === wanted.length && plain.every((tree, i) => (0, tree_1.treesEqual)(tree, wanted[i])) ? undefined : 'plaintext changed';
}
/**
 * Encrypts `docs` unless `existingText` already holds it: when the existing file decrypts with
 * `identities` (MAC verified) to the same document (same keys in the same order, same values and
 * types), has exactly the requested recipients (in any order) and the same rule and
 * `mac_only_encrypted`, its text is returned byte for byte. This keeps regenerated sops files free
 * of churn in git. Otherwise a fresh encryption is returned.
 */
async function encryptStable(opts) {
    const reason = opts.existingText === undefined ? 'no existing file' : await whyNotReusable(opts, opts.existingText);
    if (reason === undefined && opts.existingText !== undefined) {
        return { text: opts.existingText, reused: true };
    }
    return { text: await (0, encrypt_sops_yaml_1.encryptSopsYamlDocuments)(opts.docs, opts), reused: false, reason };
}
