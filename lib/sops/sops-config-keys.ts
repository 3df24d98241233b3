import { isMap, parseDocument } from 'yaml';
import { creationRules, readSopsConfig, ruleRecipients } from './resolve-age-recipients';

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
  const ageRecipients: string[] = [];
  const otherKeys: string[] = [];
  const ageRules: number[] = [];
  creationRules(config, configPath).forEach((rule, i) => {
    const where = `${configPath} creation_rules[${i}]`;
    const { age } = rule;
    if (age !== undefined && age !== null) {
      ageRecipients.push(...ruleRecipients(age, where));
      ageRules.push(i);
    }
    for (const source of OTHER_KEY_SOURCES) {
      const value = rule[source];
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
