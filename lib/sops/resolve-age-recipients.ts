import { existsSync } from 'fs';
import { join } from 'path';
import { parse } from 'yaml';
import { InputFileError, readInputFile } from '../input-file';
import { ageRecipientProblem } from './age-key-syntax';
import { compileGoRegex } from './encryption-rule';
import { SopsInputError } from './errors';

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

/** The creation rules of a parsed `.sops.yaml` (none when it has none), each checked to be a mapping. */
export function creationRules(config: unknown, configPath: string): Array<Record<string, unknown>> {
  if (config === null || config === undefined) return [];
  if (typeof config !== 'object' || Array.isArray(config)) throw new SopsInputError(`invalid ${configPath}: expected a mapping with creation_rules`);
  const rules = (config as Record<string, unknown>).creation_rules ?? [];
  if (!Array.isArray(rules)) throw new SopsInputError(`invalid ${configPath}: creation_rules must be a list`);
  rules.forEach((rule, i) => {
    if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) throw new SopsInputError(`invalid ${configPath} creation_rules[${i}]: expected a mapping`);
  });
  return rules as Array<Record<string, unknown>>;
}

/** The checked recipients of a creation rule's `age` field (a comma-separated string or a list). */
export function ruleRecipients(age: unknown, where: string): string[] {
  if (age === undefined || age === null) return [];
  if (typeof age === 'string') return checkedRecipients(splitRecipients(age), `${where} age`);
  if (Array.isArray(age) && age.every((r) => typeof r === 'string')) return checkedRecipients(age.flatMap(splitRecipients), `${where} age`);
  throw new SopsInputError(`invalid "age" in ${where}: expected a comma-separated string or a list of strings`);
}

/**
 * Checks each recipient's syntax and Bech32 checksum; a bad one is named by its source and
 * position, never quoted (it may be a private key pasted as a recipient).
 *
 * @param where the source, like `SOPS_AGE_RECIPIENTS` or `.sops.yaml creation_rules[0] age`
 */
export function checkedRecipients(recipients: readonly string[], where: string): string[] {
  recipients.forEach((recipient, i) => {
    const problem = ageRecipientProblem(recipient);
    if (problem !== undefined) throw new SopsInputError(`${where}, entry ${i + 1}: the value ${problem} (the value is not shown)`);
  });
  return [...recipients];
}

/** The largest `.sops.yaml` read. */
const MAX_SOPS_CONFIG_BYTES = 1024 * 1024;

/**
 * Reads and parses a `.sops.yaml` (a regular file of at most 1 MiB, few YAML aliases); problems
 * are `SopsInputError`s naming the file.
 */
export function readSopsConfig(configPath: string): unknown {
  let text: string;
  try {
    text = readInputFile(configPath, MAX_SOPS_CONFIG_BYTES);
  } catch (e) {
    if (e instanceof InputFileError) throw new SopsInputError(`${configPath} ${e.reason}`);
    throw e;
  }
  try {
    return parse(text, { maxAliasCount: 100 });
  } catch (err) {
    throw new SopsInputError(`cannot parse ${configPath}: ${(err as Error).message.split('\n')[0]}`);
  }
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
    return { recipients: checkedRecipients(splitRecipients(fromEnv), 'SOPS_AGE_RECIPIENTS'), source: 'SOPS_AGE_RECIPIENTS' };
  }
  const configPath = join(input.repoRoot, '.sops.yaml');
  if (!existsSync(configPath)) return { recipients: [], source: 'none' };
  const rules = creationRules(readSopsConfig(configPath), configPath);
  const filePath = input.outputPath.replace(/\\/g, '/').replace(/^\.\//, '');
  for (const [i, rule] of rules.entries()) {
    const where = `${configPath} creation_rules[${i}]`;
    const { path_regex: pathRegex, age, key_groups: keyGroups } = rule;
    if (pathRegex !== undefined && pathRegex !== null && pathRegex !== '') {
      if (typeof pathRegex !== 'string') throw new SopsInputError(`invalid path_regex in ${where}: expected a string`);
      if (!compileUserRegex(pathRegex, `path_regex in ${where}`).test(filePath)) continue;
    }
    if ((age === undefined || age === null) && keyGroups !== undefined && keyGroups !== null) {
      throw new SopsInputError(`unsupported key_groups in ${where}: use an "age" field`);
    }
    return { recipients: ruleRecipients(age, where), source: where };
  }
  return { recipients: [], source: 'none' };
}

function compileUserRegex(pattern: string, what: string): RegExp {
  try {
    return compileGoRegex(pattern, what);
  } catch (err) {
    throw new SopsInputError((err as Error).message);
  }
}
