import { existsSync } from 'fs';
import { dirname, join, resolve } from 'path';
import { parse } from 'yaml';
import { InputFileError, readInputFile } from '../input-file';
import { ageRecipientProblem } from './age-key-syntax';
import { COMMENT_RULE_KEYS, compileGoRegex, RULE_KEYS } from './encryption-rule';
import { SopsInputError } from './errors';

/**
 * `.sops.yaml` as sops 3.10 reads it (`config/config.go`, with the list form of `age` that sops
 * 3.11 added): the creation rules, each with its key sources, flat or in `key_groups` (with
 * `merge`). Only age keys can be written by this tool; other key types are named so that the
 * commands can refuse them cleanly when a rule that uses them applies.
 */

/** The name sops looks for, in the folder and then in every parent (up to 100 levels). */
export const SOPS_CONFIG_NAME = '.sops.yaml';

/** How many parent folders sops climbs looking for `.sops.yaml`. */
const MAX_DEPTH = 100;

/** The largest `.sops.yaml` read. */
const MAX_SOPS_CONFIG_BYTES = 1024 * 1024;

/** Flat key sources of a creation rule besides `age` (a comma-separated string or, since sops 3.11, a list). */
const FLAT_KEY_SOURCES = ['pgp', 'kms', 'gcp_kms', 'azure_keyvault', 'hc_vault_transit_uri', 'hckms'] as const;

/** Key sources of a key group besides `age` and `merge` (lists). */
const GROUP_KEY_SOURCES = ['pgp', 'kms', 'gcp_kms', 'azure_keyvault', 'hc_vault', 'hckms'] as const;

/** One creation rule of a `.sops.yaml`, checked for shape. */
export interface SopsCreationRule {
  /** `<path> creation_rules[<i>]`, for messages. */
  readonly where: string;
  readonly index: number;
  /** Absent: the rule matches every file. */
  readonly pathRegex?: RegExp;
  /** The key groups sops would encrypt for (a flat rule is one group); each group's age recipients, checked. */
  readonly ageRecipients: readonly (readonly string[])[];
  /** The other key sources, like `pgp` or `key_groups[1].kms` (this tool writes age stanzas only). */
  readonly otherKeys: readonly string[];
  /** Whether the rule lists its keys in `key_groups` (then sops ignores its flat key fields). */
  readonly usesKeyGroups: boolean;
  /** The encryption rules the rule sets (`encrypted_regex`, ...); sops refuses more than one. */
  readonly encryptionRules: readonly string[];
}

/** The nearest `.sops.yaml`, in `startDir` or a parent folder, as sops looks it up; undefined when none. */
export function findSopsConfig(startDir: string): string | undefined {
  let dir = resolve(startDir);
  for (let i = 0; i < MAX_DEPTH; i++) {
    const candidate = join(dir, SOPS_CONFIG_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

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

/** Splits a comma-separated recipient list (sops' format), trimming whitespace and newlines. */
export function splitRecipients(value: string): string[] {
  return value
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
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

const isMapping = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isSet = (value: unknown) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && value.length === 0);

/** The checked recipients of an `age` field: a comma-separated string or a list of them (`listOnly` in key groups, as sops). */
export function ruleRecipients(age: unknown, where: string, listOnly = false): string[] {
  if (age === undefined || age === null) return [];
  if (typeof age === 'string' && !listOnly) return checkedRecipients(splitRecipients(age), `${where} age`);
  if (Array.isArray(age) && age.every((r) => typeof r === 'string')) return checkedRecipients(age.flatMap(splitRecipients), `${where} age`);
  throw new SopsInputError(`invalid "age" in ${where}: expected ${listOnly ? 'a list of strings' : 'a comma-separated string or a list of strings'}`);
}

/** The age recipients and other key sources of one key group, its `merge` groups included. */
function groupKeys(group: unknown, where: string): { age: string[]; other: string[] } {
  if (!isMapping(group)) throw new SopsInputError(`invalid ${where}: a key group must be a mapping of key lists (age, pgp, ...)`);
  const age = ruleRecipients(group.age, where, true);
  const other = GROUP_KEY_SOURCES.filter((source) => isSet(group[source])).map((source) => `${where}.${source}`);
  const merge = group.merge ?? [];
  if (!Array.isArray(merge)) throw new SopsInputError(`invalid "merge" in ${where}: expected a list of key groups`);
  merge.forEach((inner, i) => {
    const keys = groupKeys(inner, `${where}.merge[${i}]`);
    age.push(...keys.age);
    other.push(...keys.other);
  });
  return { age: [...new Set(age)], other };
}

function parseRule(rule: unknown, index: number, configPath: string): SopsCreationRule {
  const where = `${configPath} creation_rules[${index}]`;
  if (!isMapping(rule)) throw new SopsInputError(`invalid ${where}: expected a mapping`);
  const { path_regex: pathRegex, key_groups: keyGroups } = rule;
  if (pathRegex !== undefined && pathRegex !== null && typeof pathRegex !== 'string') throw new SopsInputError(`invalid path_regex in ${where}: expected a string`);
  const encryptionRules = [...RULE_KEYS, ...COMMENT_RULE_KEYS].filter((key) => isSet(rule[key]));
  for (const key of encryptionRules) {
    if (typeof rule[key] !== 'string') throw new SopsInputError(`invalid ${key} in ${where}: expected a string`);
  }
  const base = { where, index, pathRegex: pathRegex ? compileUserRegex(pathRegex, `path_regex in ${where}`) : undefined, encryptionRules };
  if (keyGroups !== undefined && keyGroups !== null && !(Array.isArray(keyGroups) && keyGroups.length === 0)) {
    if (!Array.isArray(keyGroups)) throw new SopsInputError(`invalid key_groups in ${where}: expected a list of key groups`);
    const groups = keyGroups.map((group, i) => groupKeys(group, `${where} key_groups[${i}]`));
    return { ...base, usesKeyGroups: true, ageRecipients: groups.map((g) => g.age), otherKeys: groups.flatMap((g) => g.other) };
  }
  for (const source of FLAT_KEY_SOURCES) {
    const value = rule[source];
    if (isSet(value) && typeof value !== 'string' && !(Array.isArray(value) && value.every((v) => typeof v === 'string'))) {
      throw new SopsInputError(`invalid "${source}" in ${where}: expected a comma-separated string or a list of strings`);
    }
  }
  return {
    ...base,
    usesKeyGroups: false,
    ageRecipients: [ruleRecipients(rule.age, where)],
    otherKeys: FLAT_KEY_SOURCES.filter((source) => isSet(rule[source])).map((source) => `${where} ${source}`),
  };
}

/**
 * The creation rules of a parsed `.sops.yaml`, each checked for shape as sops' strict types do (a
 * rule is a mapping, `path_regex` a valid regex, `age` a string or list, `key_groups` a list of
 * mappings of lists, every age recipient well formed); none when it has none.
 */
export function parseCreationRules(config: unknown, configPath: string): SopsCreationRule[] {
  if (config === null || config === undefined) return [];
  if (!isMapping(config)) throw new SopsInputError(`invalid ${configPath}: expected a mapping with creation_rules`);
  const rules = config.creation_rules ?? [];
  if (!Array.isArray(rules)) throw new SopsInputError(`invalid ${configPath}: creation_rules must be a list`);
  return rules.map((rule, i) => parseRule(rule, i, configPath));
}

/** The first rule that applies to `filePath` (relative to the folder of `.sops.yaml`), as sops picks it. */
export function matchingRule(rules: readonly SopsCreationRule[], filePath: string): SopsCreationRule | undefined {
  const normalized = filePath.replace(/\\/g, '/').replace(/^\.\//, '');
  return rules.find((rule) => rule.pathRegex === undefined || rule.pathRegex.test(normalized));
}

/**
 * The age recipients a rule makes sops encrypt for, or a `SopsInputError` saying why this tool
 * cannot write what sops would: another key type (its files could not be opened with it), several
 * key groups (Shamir secret sharing, which splits the data key between groups), or more than one
 * encryption rule (which sops itself refuses).
 */
export function usableRecipients(rule: SopsCreationRule): string[] {
  if (rule.encryptionRules.length > 1) {
    throw new SopsInputError(`invalid ${rule.where}: it sets ${rule.encryptionRules.join(' and ')}; sops allows only one of ${[...RULE_KEYS, ...COMMENT_RULE_KEYS].join(', ')} per rule`);
  }
  if (rule.otherKeys.length > 0) {
    throw new SopsInputError(`unsupported keys in ${rule.where}: ${rule.otherKeys.map((k) => k.slice(rule.where.length).trim()).join(', ')}. `
      + 'Only age recipients are supported here (files encrypted by this tool open with age keys only): give the files it '
      + 'writes a rule (path_regex) of age recipients alone, or set SOPS_AGE_RECIPIENTS');
  }
  if (rule.ageRecipients.length > 1) {
    throw new SopsInputError(`unsupported key_groups in ${rule.where}: ${rule.ageRecipients.length} key groups mean Shamir secret sharing, `
      + 'which this tool does not write; put every age recipient into one key group (or into the rule\'s "age" field)');
  }
  return [...new Set(rule.ageRecipients[0] ?? [])];
}

function compileUserRegex(pattern: string, what: string): RegExp {
  try {
    return compileGoRegex(pattern, what);
  } catch (err) {
    throw new SopsInputError((err as Error).message);
  }
}
