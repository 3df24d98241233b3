import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { compileGoRegex } from './encryption-rule';

/** Input of {@link resolveAgeRecipients}. */
export interface ResolveAgeRecipientsInput {
  readonly env: NodeJS.ProcessEnv;
  /** The repository root, where `.sops.yaml` lives. */
  readonly repoRoot: string;
  /** The file to encrypt, relative to `repoRoot` (matched against `path_regex`). */
  readonly outputPath: string;
}

/** The recipients to encrypt to and where they came from. */
export interface ResolvedAgeRecipients {
  readonly recipients: string[];
  /** `SOPS_AGE_RECIPIENTS`, `<path>/.sops.yaml creation_rules[<i>]`, or `none`. */
  readonly source: string;
}

/** Splits a comma-separated recipient list (sops' format), trimming whitespace and newlines. */
export function splitRecipients(value: string): string[] {
  return value
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
}

function ruleRecipients(age: unknown, where: string): string[] {
  if (age === undefined || age === null) return [];
  if (typeof age === 'string') return splitRecipients(age);
  if (Array.isArray(age) && age.every((r) => typeof r === 'string')) return age.flatMap(splitRecipients);
  throw new Error(`invalid "age" in ${where}: expected a comma-separated string or a list of strings`);
}

/**
 * The age recipients for a file, as `sops --encrypt` would pick them: `SOPS_AGE_RECIPIENTS`
 * (comma-separated) wins; otherwise the first `creation_rules` entry of `<repoRoot>/.sops.yaml`
 * whose `path_regex` matches `outputPath` (a rule without `path_regex` matches every path) gives
 * its `age` field; otherwise the list is empty.
 */
export function resolveAgeRecipients(input: ResolveAgeRecipientsInput): ResolvedAgeRecipients {
  const fromEnv = input.env.SOPS_AGE_RECIPIENTS;
  if (fromEnv !== undefined && fromEnv.trim() !== '') {
    return { recipients: splitRecipients(fromEnv), source: 'SOPS_AGE_RECIPIENTS' };
  }
  const configPath = join(input.repoRoot, '.sops.yaml');
  if (!existsSync(configPath)) return { recipients: [], source: 'none' };
  let config: unknown;
  try {
    config = parse(readFileSync(configPath, 'utf8'));
  } catch (err) {
    throw new Error(`cannot parse "${configPath}": ${(err as Error).message}`);
  }
  const rules = (config as { creation_rules?: unknown } | null)?.creation_rules;
  if (rules === undefined || rules === null) return { recipients: [], source: 'none' };
  if (!Array.isArray(rules)) throw new Error(`invalid "${configPath}": creation_rules must be a list`);
  const filePath = input.outputPath.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const [i, rule] of rules.entries()) {
    const where = `${configPath} creation_rules[${i}]`;
    if (typeof rule !== 'object' || rule === null) throw new Error(`invalid ${where}: expected a mapping`);
    const { path_regex: pathRegex, age, key_groups: keyGroups } = rule as Record<string, unknown>;
    if (pathRegex !== undefined && pathRegex !== null && pathRegex !== '') {
      if (typeof pathRegex !== 'string') throw new Error(`invalid path_regex in ${where}: expected a string`);
      if (!compileGoRegex(pathRegex, `path_regex in ${where}`).test(filePath)) continue;
    }
    if ((age === undefined || age === null) && keyGroups !== undefined && keyGroups !== null) {
      throw new Error(`unsupported key_groups in ${where}: use an "age" field`);
    }
    return { recipients: ruleRecipients(age, where), source: where };
  }
  return { recipients: [], source: 'none' };
}
