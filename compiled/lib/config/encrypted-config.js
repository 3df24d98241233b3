"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONFIG_ENCRYPTED_REGEX = void 0;
exports.isEncryptedConfigText = isEncryptedConfigText;
exports.decryptConfigText = decryptConfigText;
exports.encryptConfigText = encryptConfigText;
const crypto_1 = require("crypto");
const yaml_1 = require("yaml");
const age_keys_1 = require("../sops/age-keys");
const age_key_syntax_1 = require("../sops/age-key-syntax");
const constants_1 = require("../sops/constants");
const decrypt_sops_yaml_1 = require("../sops/decrypt-sops-yaml");
const encrypt_sops_yaml_1 = require("../sops/encrypt-sops-yaml");
const encryption_rule_1 = require("../sops/encryption-rule");
const errors_1 = require("../sops/errors");
const load_age_identities_1 = require("../sops/load-age-identities");
const tree_1 = require("../sops/tree");
const walk_1 = require("../sops/walk");
const errors_2 = require("./errors");
/**
 * A config file kept SOPS-encrypted (`langfuse.sops.yaml`). Only the values of secret keys (the
 * ones the tool masks, {@link isSecretKey}) are encrypted, through sops' own `encrypted_regex`
 * rule, so that every other key and value stays readable in review; `sops -d`, `sops edit` and Flux
 * open it like any sops file. It is decrypted in memory with the operator's age identities, and
 * its MAC is verified, before it is validated like a plain config.
 */
/**
 * The `encrypted_regex` of an encrypted config: every value below a key named like a secret.
 * sops matches it against every key of a value's path, so secrets inside `instances` entries are
 * encrypted too.
 */
exports.CONFIG_ENCRYPTED_REGEX = errors_2.SECRET_KEY_PATTERN;
/** Whether a config file's text is SOPS-encrypted: a top-level `sops` mapping (no config key has that name). */
function isEncryptedConfigText(text) {
    const doc = (0, yaml_1.parseDocument)(text);
    return (0, yaml_1.isMap)(doc.contents) && (0, yaml_1.isMap)(doc.contents.get('sops', true));
}
const problem = (source, message) => new errors_2.ConfigError(source, [{ key: '(sops)', message }]);
/**
 * Decrypts an encrypted config's text with the age identities sops would use (`SOPS_AGE_KEY`,
 * `SOPS_AGE_KEY_FILE`, the default key file) and verifies its MAC. Returns the plain config value,
 * to be validated. Every failure is a `ConfigError` naming the file and never quoting key material
 * or a decrypted value: no identity, no identity that opens it, a MAC mismatch (the file changed
 * after it was encrypted), a secret key left in clear by its encryption rule.
 */
async function decryptConfigText(text, source, env) {
    let opened;
    try {
        opened = (0, decrypt_sops_yaml_1.openSopsYaml)(text);
    }
    catch (e) {
        throw problem(source, `is not a readable SOPS file: ${e.message}`);
    }
    if (opened.bodies.length !== 1)
        throw problem(source, `holds ${opened.bodies.length} YAML documents; a config is one`);
    const recipients = opened.metadata.age.map((entry) => (0, age_key_syntax_1.shortRecipient)(entry.recipient)).join(', ') || 'no age recipient';
    const identities = (0, load_age_identities_1.loadAgeIdentities)(env);
    if (identities.length === 0) {
        throw problem(source, `is SOPS-encrypted (for ${recipients}), and no age identity was found to open it; looked at ${(0, load_age_identities_1.ageIdentitySources)(env)}. `
            + 'Set SOPS_AGE_KEY_FILE to the key file of one of its recipients, or put that key in the default key file');
    }
    let dataKey;
    try {
        dataKey = await (0, age_keys_1.decryptDataKey)(opened.metadata.age, identities);
    }
    catch (e) {
        if (e instanceof errors_1.SopsInputError)
            throw e;
        throw problem(source, `none of your ${identities.length} age identit${identities.length === 1 ? 'y' : 'ies'} (from ${(0, load_age_identities_1.ageIdentitySources)(env)}) `
            + `opens it: it is encrypted for ${recipients}. Use the key of one of them, or re-encrypt it for yours ("sops updatekeys" with your recipient in .sops.yaml)`);
    }
    let plain;
    try {
        plain = (0, decrypt_sops_yaml_1.decryptTree)(opened, dataKey);
    }
    catch (e) {
        if (e instanceof errors_1.SopsMacMismatchError) {
            throw problem(source, 'does not match its MAC: it was changed after it was encrypted (edited by hand, a bad merge, or tampered with). '
                + 'Nothing was read from it; restore it from Git, or edit it with "sops" itself, which keeps the MAC right');
        }
        throw problem(source, `cannot be decrypted: ${e.message} (edited by hand, or tampered with? add and change secrets with "sops" itself)`);
    }
    const clear = secretsInClear(opened);
    if (clear.length > 0) {
        throw new errors_2.ConfigError(source, clear.map((key) => ({
            key,
            message: `is a secret but is not encrypted: the file's rule (${opened.metadata.rule.key} "${opened.metadata.rule.value}") leaves it in clear; `
                + `re-encrypt the file so that every secret is (encrypted_regex "${exports.CONFIG_ENCRYPTED_REGEX}", as "langfuse-cdk8s init" writes it)`,
        })));
    }
    return (0, tree_1.treeToJs)(plain[0]);
}
/** The paths of secret values (non-empty, under a key named like a secret) that the file's rule leaves unencrypted. */
function secretsInClear(opened) {
    const encrypted = (0, encryption_rule_1.compileRule)(opened.metadata.rule);
    const clear = new Set();
    (0, walk_1.mapLeaves)(opened.bodies[0], (leaf, path) => {
        const empty = leaf.type === 'null' || (leaf.type === 'str' && leaf.value === '');
        if (!empty && path.some(errors_2.isSecretKey) && !encrypted(path))
            clear.add(path.join('.'));
        return leaf;
    });
    return [...clear].sort();
}
/**
 * Encrypts a config's YAML text as sops would with `encrypted_regex: CONFIG_ENCRYPTED_REGEX` and
 * `mac_only_encrypted: true`, keeping the comments before its top-level keys (and after the last
 * one) in clear, where sops keeps them: comments are outside the MAC, and at the top level no key of
 * their path matches the rule. Comments inside values are dropped: they could be about a secret.
 * The result is decrypted again with the data key and compared, so that nothing is written that
 * would not open.
 */
async function encryptConfigText(text, options) {
    const doc = (0, yaml_1.parseDocument)(text, { uniqueKeys: true });
    if (doc.errors.length > 0 || !(0, yaml_1.isMap)(doc.contents))
        throw new Error('the config to encrypt must be a YAML mapping');
    const value = doc.toJS();
    const dataKey = (0, crypto_1.randomBytes)(constants_1.DATA_KEY_BYTES);
    const encrypted = await (0, encrypt_sops_yaml_1.encryptSopsYaml)(value, {
        recipients: options.recipients, encryptedRegex: exports.CONFIG_ENCRYPTED_REGEX, macOnlyEncrypted: true, now: options.now, dataKey,
    });
    const withComments = insertTopLevelComments(encrypted, topLevelComments(doc));
    if (JSON.stringify((0, decrypt_sops_yaml_1.decryptSopsYamlWithDataKey)(withComments, dataKey)) !== JSON.stringify(value)) {
        throw new Error('the encrypted config does not decrypt to the config (a bug)');
    }
    return withComments;
}
/** Comment lines (`#...`, blank lines kept) from a `yaml` comment string. */
const commentLines = (comment) => (comment ? comment.split('\n').map((l) => (l === '' ? '' : `#${l}`.trimEnd())) : []);
/** The comments of a mapping document: before each top-level key (by key), and after the last one (under `''`). */
function topLevelComments(doc) {
    const map = doc.contents;
    const comments = new Map();
    if (!(0, yaml_1.isMap)(map))
        return comments;
    map.items.forEach((pair, i) => {
        if (!(0, yaml_1.isScalar)(pair.key) || typeof pair.key.value !== 'string')
            return;
        const key = pair.key;
        const lines = [
            ...(i === 0 ? [...commentLines(doc.commentBefore), ...(doc.commentBefore ? [''] : []), ...commentLines(map.commentBefore)] : []),
            ...(i > 0 && key.spaceBefore ? [''] : []),
            ...commentLines(key.commentBefore),
            // a comment after the value on its line ("key: value  # note") becomes the last comment line
            ...((0, yaml_1.isScalar)(pair.value) && pair.value.comment ? commentLines(pair.value.comment) : []),
        ];
        comments.set(String(key.value), lines);
    });
    comments.set('', [...commentLines(map.comment), ...commentLines(doc.comment)]);
    return comments;
}
/** Puts comment lines before the top-level key lines of emitted YAML (the trailing ones before `sops:`). */
function insertTopLevelComments(text, comments) {
    const out = [];
    for (const line of text.split('\n')) {
        const key = /^([A-Za-z_][A-Za-z0-9_]*):(?: |$)/.exec(line)?.[1];
        if (key === 'sops') {
            const trailing = comments.get('') ?? [];
            if (trailing.length > 0)
                out.push('', ...trailing, '');
        }
        else if (key !== undefined) {
            out.push(...(comments.get(key) ?? []));
        }
        out.push(line);
    }
    return out.join('\n');
}
