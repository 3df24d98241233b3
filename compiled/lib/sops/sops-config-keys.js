"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECRET_FILES_RULE = void 0;
exports.sopsConfigKeys = sopsConfigKeys;
exports.withAgeRecipients = withAgeRecipients;
const yaml_1 = require("yaml");
const resolve_age_recipients_1 = require("./resolve-age-recipients");
/** Key sources of a sops creation rule besides `age`. */
const OTHER_KEY_SOURCES = ['pgp', 'kms', 'gcp_kms', 'azure_keyvault', 'hc_vault_transit_uri', 'hckms', 'key_groups'];
/**
 * Reads the keys of every creation rule of a `.sops.yaml`; a file that cannot be parsed, has the
 * wrong shape or holds a malformed recipient is a `SopsInputError` naming the rule.
 */
function sopsConfigKeys(configPath) {
    return keysOf((0, resolve_age_recipients_1.readSopsConfig)(configPath), configPath);
}
function keysOf(config, configPath) {
    const ageRecipients = [];
    const otherKeys = [];
    const ageRules = [];
    (0, resolve_age_recipients_1.creationRules)(config, configPath).forEach((rule, i) => {
        const where = `${configPath} creation_rules[${i}]`;
        const { age } = rule;
        if (age !== undefined && age !== null) {
            ageRecipients.push(...(0, resolve_age_recipients_1.ruleRecipients)(age, where));
            ageRules.push(i);
        }
        for (const source of OTHER_KEY_SOURCES) {
            const value = rule[source];
            if (value !== undefined && value !== null && value !== '')
                otherKeys.push(`${source} in creation_rules[${i}]`);
        }
    });
    return { ageRecipients, otherKeys, ageRules };
}
/** The creation rule for the Flux tree's Secret files, as init writes it. */
exports.SECRET_FILES_RULE = {
    path_regex: '\\.sops\\.ya?ml$',
    encrypted_regex: '^(data|stringData)$',
    mac_only_encrypted: true,
};
/**
 * The text of a `.sops.yaml` with the `age` field of its rules that have one set to `recipients`,
 * or, when no rule has one, with the rule for the tree's Secret files put first; everything else
 * (other rules and settings, comments inside) is kept. The leading comment becomes `header`.
 */
function withAgeRecipients(text, recipients, header) {
    const doc = (0, yaml_1.parseDocument)(text);
    const { ageRules } = keysOf(doc.toJS(), '.sops.yaml');
    if (ageRules.length > 0) {
        for (const i of ageRules)
            doc.setIn(['creation_rules', i, 'age'], recipients.join(','));
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
