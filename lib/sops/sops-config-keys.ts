import { isMap, parseDocument } from 'yaml';
import { SopsInputError } from './errors';
import { checkedRecipients, readSopsConfig, splitRecipients } from './resolve-age-recipients';

/** Key sources of a sops creation rule besides `age`. */
const OTHER_KEY_SOURCES = ['pgp', 'kms', 'gcp_kms', 'azure_keyvault', 'hc_vault_transit_uri', 'hckms', 'key_groups'] as const;

/** The keys a `.sops.yaml` encrypts for, over all its creation rules. */
export interface SopsConfigKeys {
  /** Every age recipient, in rule order. */
  readonly ageRecipients: readonly string[];
  /** Every other key source, like `pgp in creation_rules[1]`. */
  readonly otherKeys: readonly string[];
  /** Indexes of the rules that have an `age` field. */
  readonly ageRules: readonly number[];
}

/**
 * Reads the keys of every creation rule of a `.sops.yaml`; a file that cannot be parsed, has the
 * wrong shape or holds a malformed recipient is a `SopsInputError` naming the rule.
 */
export function sopsConfigKeys(configPath: string): SopsConfigKeys {
  return keysOf(readSopsConfig(configPath), configPath);
}

function keysOf(config: unknown, configPath: string): SopsConfigKeys {
  if (config === null || config === undefined) return { ageRecipients: [], otherKeys: [], ageRules: [] };
  if (typeof config !== 'object' || Array.isArray(config)) throw new SopsInputError(`invalid ${configPath}: expected a mapping with creation_rules`);
  const rules = (config as Record<string, unknown>).creation_rules ?? [];
  if (!Array.isArray(rules)) throw new SopsInputError(`invalid ${configPath}: creation_rules must be a list`);
  const ageRecipients: string[] = [];
  const otherKeys: string[] = [];
  const ageRules: number[] = [];
  rules.forEach((rule, i) => {
    const where = `${configPath} creation_rules[${i}]`;
    if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) throw new SopsInputError(`invalid ${where}: expected a mapping`);
    const { age } = rule as Record<string, unknown>;
    if (age !== undefined && age !== null) {
      const list = typeof age === 'string' ? splitRecipients(age) : Array.isArray(age) && age.every((r) => typeof r === 'string') ? age.flatMap(splitRecipients) : undefined;
      if (list === undefined) throw new SopsInputError(`invalid "age" in ${where}: expected a comma-separated string or a list of strings`);
      ageRecipients.push(...checkedRecipients(list, `${where} age`));
      ageRules.push(i);
    }
    for (const source of OTHER_KEY_SOURCES) {
      const value = (rule as Record<string, unknown>)[source];
      if (value !== undefined && value !== null && value !== '') otherKeys.push(`${source} in creation_rules[${i}]`);
    }
  });
  return { ageRecipients, otherKeys, ageRules };
}

/** The creation rule for the Flux tree's Secret files, as init writes it. */
export const SECRET_FILES_RULE = {
  path_regex: '\\.sops\\.ya?ml$',
  encrypted_regex: '^(data|stringData)$',
  mac_only_encrypted: true,
} as const;

/**
 * The text of a `.sops.yaml` with the `age` field of its rules that have one set to `recipients`,
 * or, when no rule has one, with the rule for the tree's Secret files put first; everything else
 * (other rules and settings, comments inside) is kept. The leading comment becomes `header`.
 */
export function withAgeRecipients(text: string, recipients: readonly string[], header: string): string {
  const doc = parseDocument(text);
  const { ageRules } = keysOf(doc.toJS(), '.sops.yaml');
  if (ageRules.length > 0) {
    for (const i of ageRules) doc.setIn(['creation_rules', i, 'age'], recipients.join(','));
  } else {
    const rules = (doc.getIn(['creation_rules']) as { items?: unknown[] } | undefined)?.items ?? [];
    doc.setIn(['creation_rules'], doc.createNode([{ ...SECRET_FILES_RULE, age: recipients.join(',') }, ...rules]));
  }
  // the leading comment (the document's, or the first key's, where yaml keeps it) described the old keys
  doc.commentBefore = header;
  if (isMap(doc.contents)) {
    doc.contents.commentBefore = undefined;
    const first = doc.contents.items[0]?.key;
    if (first && typeof first === 'object' && 'commentBefore' in first) (first as { commentBefore?: string }).commentBefore = undefined;
  }
  return doc.toString();
}
