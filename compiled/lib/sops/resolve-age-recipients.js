"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolveAgeRecipients = resolveAgeRecipients;
const path_1 = require("path");
const sops_config_1 = require("./sops-config");
/**
 * The age recipients for a file, as `sops --encrypt` would pick them: `SOPS_AGE_RECIPIENTS`
 * (comma-separated) wins; otherwise the nearest `.sops.yaml` (in `repoRoot` or a parent folder)
 * gives the first creation rule whose `path_regex` matches the file's path relative to it (a
 * rule without `path_regex` matches every path): its `age` field, or its one key group. A rule
 * that names other key types or several key groups is refused (see `usableRecipients`). Without
 * a matching rule the list is empty.
 */
function resolveAgeRecipients(input) {
    const fromEnv = input.env.SOPS_AGE_RECIPIENTS;
    if (fromEnv !== undefined && fromEnv.trim() !== '') {
        return { recipients: (0, sops_config_1.checkedRecipients)((0, sops_config_1.splitRecipients)(fromEnv), 'SOPS_AGE_RECIPIENTS'), source: 'SOPS_AGE_RECIPIENTS' };
    }
    const configPath = (0, sops_config_1.findSopsConfig)(input.repoRoot);
    if (configPath === undefined)
        return { recipients: [], source: 'none' };
    const rules = (0, sops_config_1.parseCreationRules)((0, sops_config_1.readSopsConfig)(configPath), configPath);
    const filePath = (0, path_1.relative)((0, path_1.dirname)(configPath), (0, path_1.join)(input.repoRoot, input.outputPath)).split(path_1.sep).join('/');
    const rule = (0, sops_config_1.matchingRule)(rules, filePath);
    if (rule === undefined)
        return { recipients: [], source: 'none' };
    return { recipients: (0, sops_config_1.usableRecipients)(rule), source: rule.where };
}
