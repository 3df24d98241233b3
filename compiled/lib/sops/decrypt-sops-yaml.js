"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openSopsYaml = openSopsYaml;
exports.readSopsMetadata = readSopsMetadata;
exports.decryptTree = decryptTree;
exports.decryptSopsYamlWithDataKey = decryptSopsYamlWithDataKey;
exports.decryptSopsYaml = decryptSopsYaml;
exports.decryptSopsYamlDocuments = decryptSopsYamlDocuments;
const age_keys_1 = require("./age-keys");
const aes_value_1 = require("./aes-value");
const encryption_rule_1 = require("./encryption-rule");
const mac_1 = require("./mac");
const metadata_1 = require("./metadata");
const tree_1 = require("./tree");
const walk_1 = require("./walk");
const yaml_parse_1 = require("./yaml-parse");
/**
 * Parses sops YAML text and reads its `sops:` block; decrypts nothing. In a multi-document file
 * the metadata comes from the first document and `sops` is stripped from all of them, as sops does.
 */
function openSopsYaml(text) {
    const docs = (0, yaml_parse_1.parseYamlDocuments)(text);
    if (docs.length === 0)
        throw new Error('not a sops file: no yaml document');
    const bodies = docs.map((doc, i) => {
        if (doc.kind !== 'map')
            throw new Error(`not a sops file: document ${i + 1} is not a mapping`);
        return doc;
    });
    const sops = bodies[0].entries.find(([key]) => key === 'sops');
    if (sops === undefined)
        throw new Error('not a sops file: no top-level "sops" key');
    return { bodies: bodies.map((doc) => (0, tree_1.mapNode)(doc.entries.filter(([key]) => key !== 'sops'))), metadata: (0, metadata_1.readMetadata)(sops[1]) };
}
/** Reads the `sops:` block of sops YAML text (recipients, rule, version...) without decrypting. */
function readSopsMetadata(text) {
    return openSopsYaml(text).metadata;
}
/**
 * Decrypts every value the rule selects and verifies the MAC: over every non-null leaf, or with
 * `mac_only_encrypted` over the selected leaves only. Throws `SopsMacMismatchError` on a mismatch.
 */
function decryptTree(opened, dataKey) {
    const { bodies, metadata } = opened;
    const shouldEncrypt = (0, encryption_rule_1.compileRule)(metadata.rule);
    const mac = new mac_1.SopsMac(metadata.macOnlyEncrypted);
    // sops before 3.10 has no time type: a clear timestamp is hashed as the text written
    const timeAsString = (0, metadata_1.versionBefore)(metadata.version, 3, 10);
    const plain = bodies.map((body) => (0, walk_1.mapLeaves)(body, (leaf, path) => {
        const encrypted = shouldEncrypt(path);
        let value = leaf;
        if (encrypted && leaf.type !== 'null' && !(leaf.type === 'str' && leaf.value === '')) {
            if (leaf.type !== 'str' || !(0, aes_value_1.isEncString)(leaf.value)) {
                throw new Error(`could not decrypt value at "${(0, tree_1.showPath)(path)}": the rule encrypts it but it is not an ENC string`);
            }
            value = (0, aes_value_1.decryptScalar)(leaf.value, dataKey, (0, walk_1.pathAad)(path), (0, tree_1.showPath)(path));
        }
        mac.add((0, aes_value_1.scalarBytes)(value, timeAsString)?.bytes, encrypted);
        return value;
    }));
    (0, mac_1.verifyMac)(metadata.mac, dataKey, metadata.lastModified, mac.hex());
    return plain;
}
/**
 * Decrypts sops YAML text with a known data key (for tools that unwrap the key themselves, e.g.
 * with the `age` CLI), verifying the MAC. Returns the plaintext document without `sops`.
 */
function decryptSopsYamlWithDataKey(text, dataKey) {
    return single(decryptTree(openSopsYaml(text), dataKey).map((tree) => (0, tree_1.treeToJs)(tree)));
}
/**
 * Decrypts a sops-encrypted YAML document with age identities (`AGE-SECRET-KEY-...` strings) and
 * verifies its MAC. Returns the plaintext document without the `sops` block; ints are numbers,
 * clear timestamps stay strings.
 */
async function decryptSopsYaml(text, identities) {
    return single(await decryptSopsYamlDocuments(text, identities));
}
/** Decrypts every document of a (multi-document) sops YAML file, verifying the one MAC over all of them. */
async function decryptSopsYamlDocuments(text, identities) {
    const opened = openSopsYaml(text);
    const dataKey = await (0, age_keys_1.decryptDataKey)(opened.metadata.age, identities);
    return decryptTree(opened, dataKey).map((tree) => (0, tree_1.treeToJs)(tree));
}
function single(docs) {
    if (docs.length !== 1)
        throw new Error(`expected exactly one yaml document, got ${docs.length}`);
    return docs[0];
}
