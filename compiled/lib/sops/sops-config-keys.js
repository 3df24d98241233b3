"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECRET_FILES_RULE = void 0;
exports.sopsConfigKeys = sopsConfigKeys;
exports.withAgeRecipients = withAgeRecipients;
exports.configFileRule = configFileRule;
exports.withFirstRule = withFirstRule;
const yaml_1 = require("yaml");
const sops_config_1 = require("./sops-config");
/**
 * Reads the keys of every creation rule of a `.sops.yaml`; a file that cannot be parsed, has the
 * wrong shape or holds a malformed recipient is a `SopsInputError` naming the rule.
 */
function sopsConfigKeys(configPath) {
    return keysOf((0, sops_config_1.readSopsConfig)(configPath), configPath);
}
function keysOf(config, configPath) {
    const ageRecipients = [];
    const otherKeys = [];
    const ageRules = [];
    const ageKeyGroupRules = [];
    const raw = config?.creation_rules;
    for (const rule of (0, sops_config_1.parseCreationRules)(config, configPath)) {
        ageRecipients.push(...rule.ageRecipients.flat());
        const at = `creation_rules[${rule.index}]`;
        otherKeys.push(...rule.otherKeys.map((k) => `${k.slice(rule.where.length).trim()} in ${at}`));
        if (rule.usesKeyGroups && rule.ageRecipients.length === 1 && rule.otherKeys.length === 0)
            ageKeyGroupRules.push(rule.index);
        else if (rule.usesKeyGroups)
            otherKeys.push(`key_groups in ${at}`);
        else if (raw?.[rule.index]?.age !== undefined && raw[rule.index].age !== null)
            ageRules.push(rule.index);
    }
    return { ageRecipients, otherKeys, ageRules, ageKeyGroupRules };
}
/** The creation rule for the Flux tree's Secret files, as init writes it. */
exports.SECRET_FILES_RULE = {
    path_regex: '\\.sops\\.ya?ml$',
    encrypted_regex: '^(data|stringData)$',
    mac_only_encrypted: true,
};
/**
 * The text of a `.sops.yaml` with the `age` field of its rules that have one set to `recipients`
 * (and the key group of its rules with one key group of age recipients replaced by them),
 * or, when no rule has one, with the rule for the tree's Secret files put first; everything else
 * (other rules and settings, comments inside) is kept. The leading comment becomes `header`.
 */
function withAgeRecipients(text, recipients, header) {
    const doc = (0, yaml_1.parseDocument)(text);
    const { ageRules, ageKeyGroupRules } = keysOf(doc.toJS(), '.sops.yaml');
    if (ageRules.length > 0 || ageKeyGroupRules.length > 0) {
        for (const i of ageRules)
            doc.setIn(['creation_rules', i, 'age'], recipients.join(','));
        // the one key group (its merged groups included) becomes one group of the new recipients
        for (const i of ageKeyGroupRules)
            doc.setIn(['creation_rules', i, 'key_groups'], doc.createNode([{ age: [...recipients] }]));
    }
    else {
        const rules = doc.getIn(['creation_rules'])?.items ?? [];
        doc.setIn(['creation_rules'], doc.createNode([{ ...exports.SECRET_FILES_RULE, age: recipients.join(',') }, ...rules]));
    }
    // the leading comment (the document's, or the first key's, where yaml keeps it) described the old keys
    doc.commentBefore = header;
    if ((0, yaml_1.isMap)(doc.contents)) {
        doc.contents.commentBefore = undefined;
        const first = doc.contents.items[0]?.key;
        if (first && typeof first === 'object' && 'commentBefore' in first)
            first.commentBefore = undefined;
    }
    return doc.toString();
}
/**
 * The creation rule for an encrypted config at `relativePath` (from the folder of `.sops.yaml`),
 * so that the sops CLI encrypts such a file (`sops encrypt --filename-override`, `sops updatekeys`)
 * with the same rule as init. It goes before the tree's rule, whose `path_regex` matches the config's
 * name too.
 */
function configFileRule(relativePath, encryptedRegex) {
    return { path_regex: `^${relativePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, encrypted_regex: encryptedRegex, mac_only_encrypted: true };
}
/** The text of a `.sops.yaml` with `rule` (and `age: recipients`) put first, unless a rule with its path_regex exists. */
function withFirstRule(text, rule, recipients) {
    const doc = (0, yaml_1.parseDocument)(text);
    const rules = doc.getIn(['creation_rules'])?.items ?? [];
    const existing = doc.toJS()?.creation_rules ?? [];
    if (existing.some((r) => r?.path_regex === rule.path_regex))
        return doc.toString();
    doc.setIn(['creation_rules'], doc.createNode([{ ...rule, age: recipients.join(',') }, ...rules]));
    return doc.toString();
}
