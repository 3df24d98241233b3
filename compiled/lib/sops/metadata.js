"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.readMetadata = readMetadata;
exports.versionBefore = versionBefore;
exports.metadataToTree = metadataToTree;
const go_format_1 = require("./go-format");
const encryption_rule_1 = require("./encryption-rule");
const tree_1 = require("./tree");
const OTHER_KEY_SOURCES = ['kms', 'gcp_kms', 'azure_kv', 'hc_vault', 'hckms', 'pgp'];
function stringField(map, key, where) {
    const node = (0, tree_1.getEntry)(map, key);
    if (node === undefined || (node.kind === 'scalar' && node.type === 'null'))
        return undefined;
    // an unquoted lastmodified reads as a timestamp; its text is what sops 3.7-3.12 use
    if (node.kind === 'scalar' && (node.type === 'str' || node.type === 'time'))
        return node.value;
    throw new Error(`invalid sops metadata: "${where}.${key}" must be a string`);
}
function requiredString(map, key, where) {
    const value = stringField(map, key, where);
    if (value === undefined)
        throw new Error(`invalid sops metadata: "${where}.${key}" is missing`);
    return value;
}
function ageEntries(node, where) {
    if (node === undefined || (node.kind === 'scalar' && node.type === 'null'))
        return [];
    if (node.kind !== 'seq')
        throw new Error(`invalid sops metadata: "${where}" must be a list`);
    return node.items.map((item, i) => {
        if (item.kind !== 'map')
            throw new Error(`invalid sops metadata: "${where}[${i}]" must be a mapping`);
        return { recipient: requiredString(item, 'recipient', `${where}[${i}]`), enc: requiredString(item, 'enc', `${where}[${i}]`) };
    });
}
/** A bool field; like sops' weakly typed decoding, `"true"`/`"false"` strings count and absent or `""` is false. */
function readBool(node, where) {
    if (node === undefined)
        return false;
    if (node.kind === 'scalar') {
        if (node.type === 'null')
            return false;
        if (node.type === 'bool')
            return node.value;
        if (node.type === 'str') {
            if (node.value === '')
                return false;
            const value = (0, go_format_1.parseGoBool)(node.value);
            if (value !== undefined)
                return value;
        }
    }
    throw new Error(`invalid sops metadata: "${where}" must be a boolean`);
}
function isNonEmptyList(node) {
    return node !== undefined && node.kind === 'seq' && node.items.length > 0;
}
function readRule(sops) {
    for (const key of encryption_rule_1.COMMENT_RULE_KEYS) {
        if (stringField(sops, key, 'sops'))
            throw new Error(`unsupported sops rule "${key}"`);
    }
    const rules = [];
    for (const key of encryption_rule_1.RULE_KEYS) {
        const value = stringField(sops, key, 'sops');
        if (value)
            rules.push({ key, value });
    }
    if (rules.length > 1) {
        throw new Error(`invalid sops metadata: more than one rule (${rules.map((r) => `"${r.key}"`).join(', ')})`);
    }
    return rules.length === 1 ? rules[0] : encryption_rule_1.DEFAULT_RULE;
}
/** Reads the `sops:` block of a document. */
function readMetadata(sops) {
    if (sops.kind !== 'map')
        throw new Error('invalid sops metadata: "sops" must be a mapping');
    let age = ageEntries((0, tree_1.getEntry)(sops, 'age'), 'sops.age');
    const otherKeySources = OTHER_KEY_SOURCES.filter((key) => isNonEmptyList((0, tree_1.getEntry)(sops, key)));
    const groups = (0, tree_1.getEntry)(sops, 'key_groups');
    if (isNonEmptyList(groups) && groups?.kind === 'seq') {
        if (groups.items.length > 1)
            throw new Error('unsupported sops metadata: several key_groups (shamir secret sharing)');
        const group = groups.items[0];
        if (group.kind !== 'map')
            throw new Error('invalid sops metadata: "sops.key_groups[0]" must be a mapping');
        age = [...age, ...ageEntries((0, tree_1.getEntry)(group, 'age'), 'sops.key_groups[0].age')];
        otherKeySources.push(...OTHER_KEY_SOURCES.filter((key) => isNonEmptyList((0, tree_1.getEntry)(group, key))));
    }
    const mac = requiredString(sops, 'mac', 'sops');
    if (mac === '')
        throw new Error('invalid sops metadata: "sops.mac" is empty');
    const macOnlyEncrypted = readBool((0, tree_1.getEntry)(sops, 'mac_only_encrypted'), 'sops.mac_only_encrypted');
    const version = requiredString(sops, 'version', 'sops');
    if (!/^[0-9]+\.[0-9]+\.[0-9]+/.test(version))
        throw new Error(`invalid sops version "${version}": expected semver`);
    return {
        age,
        lastModified: requiredString(sops, 'lastmodified', 'sops'),
        mac,
        rule: readRule(sops),
        macOnlyEncrypted,
        version,
        otherKeySources,
    };
}
/** Whether a semver version string is older than `major.minor`. */
function versionBefore(version, major, minor) {
    const [maj, min] = version.split('.').map(Number);
    return maj < major || (maj === major && min < minor);
}
/**
 * The `sops:` block in the field order of sops 3.10.2: `age, lastmodified, mac, <rule>,
 * mac_only_encrypted (only when true), version`.
 */
function metadataToTree(meta) {
    const age = {
        kind: 'seq',
        items: meta.age.map((entry) => (0, tree_1.mapNode)([['recipient', (0, tree_1.strNode)(entry.recipient)], ['enc', (0, tree_1.strNode)(entry.enc)]])),
    };
    const entries = [
        ['age', age],
        ['lastmodified', (0, tree_1.strNode)(meta.lastModified)],
        ['mac', (0, tree_1.strNode)(meta.mac)],
        [meta.rule.key, (0, tree_1.strNode)(meta.rule.value)],
    ];
    if (meta.macOnlyEncrypted)
        entries.push(['mac_only_encrypted', { kind: 'scalar', type: 'bool', value: true }]);
    entries.push(['version', (0, tree_1.strNode)(meta.version)]);
    return (0, tree_1.mapNode)(entries);
}
