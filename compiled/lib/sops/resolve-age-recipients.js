"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitRecipients = splitRecipients;
exports.creationRules = creationRules;
exports.ruleRecipients = ruleRecipients;
exports.checkedRecipients = checkedRecipients;
exports.readSopsConfig = readSopsConfig;
exports.resolveAgeRecipients = resolveAgeRecipients;
const fs_1 = require("fs");
const path_1 = require("path");
const yaml_1 = require("yaml");
const input_file_1 = require("../input-file");
const age_key_syntax_1 = require("./age-key-syntax");
const encryption_rule_1 = require("./encryption-rule");
const errors_1 = require("./errors");
/** Splits a comma-separated recipient list (sops' format), trimming whitespace and newlines. */
function splitRecipients(value) {
    return value
        .split(',')
        .map((r) => r.trim())
        .filter((r) => r !== '');
}
/** The creation rules of a parsed `.sops.yaml` (none when it has none), each checked to be a mapping. */
function creationRules(config, configPath) {
    if (config === null || config === undefined)
        return [];
    if (typeof config !== 'object' || Array.isArray(config))
        throw new errors_1.SopsInputError(`invalid ${configPath}: expected a mapping with creation_rules`);
    const rules = config.creation_rules ?? [];
    if (!Array.isArray(rules))
        throw new errors_1.SopsInputError(`invalid ${configPath}: creation_rules must be a list`);
    rules.forEach((rule, i) => {
        if (rule === null || typeof rule !== 'object' || Array.isArray(rule))
            throw new errors_1.SopsInputError(`invalid ${configPath} creation_rules[${i}]: expected a mapping`);
    });
    return rules;
}
/** The checked recipients of a creation rule's `age` field (a comma-separated string or a list). */
function ruleRecipients(age, where) {
    if (age === undefined || age === null)
        return [];
    if (typeof age === 'string')
        return checkedRecipients(splitRecipients(age), `${where} age`);
    if (Array.isArray(age) && age.every((r) => typeof r === 'string'))
        return checkedRecipients(age.flatMap(splitRecipients), `${where} age`);
    throw new errors_1.SopsInputError(`invalid "age" in ${where}: expected a comma-separated string or a list of strings`);
}
/**
 * Checks each recipient's syntax and Bech32 checksum; a bad one is named by its source and
 * position, never quoted (it may be a private key pasted as a recipient).
 *
 * @param where the source, like `SOPS_AGE_RECIPIENTS` or `.sops.yaml creation_rules[0] age`
 */
function checkedRecipients(recipients, where) {
    recipients.forEach((recipient, i) => {
        const problem = (0, age_key_syntax_1.ageRecipientProblem)(recipient);
        if (problem !== undefined)
            throw new errors_1.SopsInputError(`${where}, entry ${i + 1}: the value ${problem} (the value is not shown)`);
    });
    return [...recipients];
}
/** The largest `.sops.yaml` read. */
const MAX_SOPS_CONFIG_BYTES = 1024 * 1024;
/**
 * Reads and parses a `.sops.yaml` (a regular file of at most 1 MiB, few YAML aliases); problems
 * are `SopsInputError`s naming the file.
 */
function readSopsConfig(configPath) {
    let text;
    try {
        text = (0, input_file_1.readInputFile)(configPath, MAX_SOPS_CONFIG_BYTES);
    }
    catch (e) {
        if (e instanceof input_file_1.InputFileError)
            throw new errors_1.SopsInputError(`${configPath} ${e.reason}`);
        throw e;
    }
    try {
        return (0, yaml_1.parse)(text, { maxAliasCount: 100 });
    }
    catch (err) {
        throw new errors_1.SopsInputError(`cannot parse ${configPath}: ${err.message.split('\n')[0]}`);
    }
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
        return { recipients: checkedRecipients(splitRecipients(fromEnv), 'SOPS_AGE_RECIPIENTS'), source: 'SOPS_AGE_RECIPIENTS' };
    }
    const configPath = (0, path_1.join)(input.repoRoot, '.sops.yaml');
    if (!(0, fs_1.existsSync)(configPath))
        return { recipients: [], source: 'none' };
    const rules = creationRules(readSopsConfig(configPath), configPath);
    const filePath = input.outputPath.replace(/\\/g, '/').replace(/^\.\//, '');
    for (const [i, rule] of rules.entries()) {
        const where = `${configPath} creation_rules[${i}]`;
        const { path_regex: pathRegex, age, key_groups: keyGroups } = rule;
        if (pathRegex !== undefined && pathRegex !== null && pathRegex !== '') {
            if (typeof pathRegex !== 'string')
                throw new errors_1.SopsInputError(`invalid path_regex in ${where}: expected a string`);
            if (!compileUserRegex(pathRegex, `path_regex in ${where}`).test(filePath))
                continue;
        }
        if ((age === undefined || age === null) && keyGroups !== undefined && keyGroups !== null) {
            throw new errors_1.SopsInputError(`unsupported key_groups in ${where}: use an "age" field`);
        }
        return { recipients: ruleRecipients(age, where), source: where };
    }
    return { recipients: [], source: 'none' };
}
function compileUserRegex(pattern, what) {
    try {
        return (0, encryption_rule_1.compileGoRegex)(pattern, what);
    }
    catch (err) {
        throw new errors_1.SopsInputError(err.message);
    }
}
