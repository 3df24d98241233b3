"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitRecipients = splitRecipients;
exports.resolveAgeRecipients = resolveAgeRecipients;
const fs_1 = require("fs");
const path_1 = require("path");
const yaml_1 = require("yaml");
const encryption_rule_1 = require("./encryption-rule");
/** Splits a comma-separated recipient list (sops' format), trimming whitespace and newlines. */
function splitRecipients(value) {
    return value
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r !== '');
}
function ruleRecipients(age, where) {
    if (age === undefined || age === null)
        return [];
    if (typeof age === 'string')
        return splitRecipients(age);
    if (Array.isArray(age) && age.every((r) => typeof r === 'string'))
        return age.flatMap(splitRecipients);
    throw new Error(`invalid "age" in ${where}: expected a comma-separated string or a list of strings`);
}
/**
 * The age recipients for a file, as `sops --encrypt` would pick them: `SOPS_AGE_RECIPIENTS`
 * (comma-separated) wins; otherwise the first `creation_rules` entry of `<repoRoot>/.sops.yaml`
 * whose `path_regex` matches `outputPath` (a rule without `path_regex` matches every path) gives
 * its `age` field; otherwise the list is empty.
 */
function resolveAgeRecipients(input) {
    const fromEnv = input.env.SOPS_AGE_RECIPIENTS;
    if (fromEnv !== undefined && fromEnv.trim() !== '') {
        return { recipients: splitRecipients(fromEnv), source: 'SOPS_AGE_RECIPIENTS' };
    }
    const configPath = (0, path_1.join)(input.repoRoot, '.sops.yaml');
    if (!(0, fs_1.existsSync)(configPath))
        return { recipients: [], source: 'none' };
    let config;
    try {
        config = (0, yaml_1.parse)((0, fs_1.readFileSync)(configPath, 'utf8'));
    }
    catch (err) {
        throw new Error(`cannot parse "${configPath}": ${err.message}`);
    }
    const rules = config?.creation_rules;
    if (rules === undefined || rules === null)
        return { recipients: [], source: 'none' };
    if (!Array.isArray(rules))
        throw new Error(`invalid "${configPath}": creation_rules must be a list`);
    const filePath = input.outputPath.replace(/\\/g, '/').replace(/^\.\//, '');
    for (const [i, rule] of rules.entries()) {
        const where = `${configPath} creation_rules[${i}]`;
        if (typeof rule !== 'object' || rule === null)
            throw new Error(`invalid ${where}: expected a mapping`);
        const { path_regex: pathRegex, age, key_groups: keyGroups } = rule;
        if (pathRegex !== undefined && pathRegex !== null && pathRegex !== '') {
            if (typeof pathRegex !== 'string')
                throw new Error(`invalid path_regex in ${where}: expected a string`);
            if (!(0, encryption_rule_1.compileGoRegex)(pathRegex, `path_regex in ${where}`).test(filePath))
                continue;
        }
        if ((age === undefined || age === null) && keyGroups !== undefined && keyGroups !== null) {
            throw new Error(`unsupported key_groups in ${where}: use an "age" field`);
        }
        return { recipients: ruleRecipients(age, where), source: where };
    }
    return { recipients: [], source: 'none' };
}
