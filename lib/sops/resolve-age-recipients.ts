import { dirname, join, relative, sep } from 'path';
import { checkedRecipients, findSopsConfig, matchingRule, parseCreationRules, readSopsConfig, splitRecipients, usableRecipients } from './sops-config';

/** Input of {@link resolveAgeRecipients}. */
export interface ResolveAgeRecipientsInput {
  readonly env: NodeJS.ProcessEnv;
  /** The folder sops would run in: `.sops.yaml` is looked up there and in its parents. */
  readonly repoRoot: string;
  /** The file to encrypt, relative to `repoRoot` (matched against `path_regex` relative to the folder of `.sops.yaml`). */
  readonly outputPath: string;
}

/** The recipients to encrypt to and where they came from. */
export interface ResolvedAgeRecipients {
  readonly recipients: string[];
  /** `SOPS_AGE_RECIPIENTS`, `<path>/.sops.yaml creation_rules[<i>]`, or `none`. */
  readonly source: string;
}

/**
 * The age recipients for a file, as `sops --encrypt` would pick them: `SOPS_AGE_RECIPIENTS`
 * (comma-separated) wins; otherwise the nearest `.sops.yaml` (in `repoRoot` or a parent folder)
 * gives the first creation rule whose `path_regex` matches the file's path relative to it (a
 * rule without `path_regex` matches every path): its `age` field, or its one key group. A rule
 * that names other key types or several key groups is refused (see `usableRecipients`). Without
 * a matching rule the list is empty.
 */
export function resolveAgeRecipients(input: ResolveAgeRecipientsInput): ResolvedAgeRecipients {
  const fromEnv = input.env.SOPS_AGE_RECIPIENTS;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { recipients: checkedRecipients(splitRecipients(fromEnv), 'SOPS_AGE_RECIPIENTS'), source: 'SOPS_AGE_RECIPIENTS' };
  }
  const configPath = findSopsConfig(input.repoRoot);
  if (configPath === undefined) return { recipients: [], source: 'none' };
  const rules = parseCreationRules(readSopsConfig(configPath), configPath);
  const filePath = relative(dirname(configPath), join(input.repoRoot, input.outputPath)).split(sep).join('/');
  const rule = matchingRule(rules, filePath);
  if (rule === undefined) return { recipients: [], source: 'none' };
  return { recipients: usableRecipients(rule), source: rule.where };
}
