import { isMap, parseDocument } from 'yaml';
import { parseCreationRules, readSopsConfig } from './sops-config';

/** The keys a `.sops.yaml` encrypts for, over all its creation rules. */
export interface SopsConfigKeys {
  /** Every age recipient, in rule order. */
  readonly ageRecipients: readonly string[];
  /**
   * Every other key source, like `pgp in creation_rules[1]`, and `key_groups in creation_rules[2]`
   * for a rule with several key groups (whose age recipients are listed too, but which init does
   * not edit).
   */
  readonly otherKeys: readonly string[];
  /** Indexes of the rules that have a flat `age` field (and no key groups). */
  readonly ageRules: readonly number[];
  /** Indexes of the rules with one key group of age recipients only: init edits them as it edits `age`. */
  readonly ageKeyGroupRules: readonly number[];
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
  const ageKeyGroupRules: number[] = [];
  const raw = (config as { creation_rules?: Array<Record<string, unknown>> } | null)?.creation_rules;
  for (const rule of parseCreationRules(config, configPath)) {
    ageRecipients.push(...rule.ageRecipients.flat());
    const at = `creation_rules[${rule.index}]`;
    otherKeys.push(...rule.otherKeys.map((k) => `${k.slice(rule.where.length).trim()} in ${at}`));
    if (rule.usesKeyGroups && rule.ageRecipients.length === 1 && rule.otherKeys.length === 0) ageKeyGroupRules.push(rule.index);
    else if (rule.usesKeyGroups) otherKeys.push(`key_groups in ${at}`);
    else if (raw?.[rule.index]?.age !== undefined && raw[rule.index].age !== null) ageRules.push(rule.index);
  }
  return { ageRecipients, otherKeys, ageRules, ageKeyGroupRules };
}

/** The creation rule for the Flux tree's Secret files, as init writes it. */
export const SECRET_FILES_RULE = {
  path_regex: '\\.sops\\.ya?ml$',
  encrypted_regex: '^(data|stringData)$',
  mac_only_encrypted: true,
} as const;

/**
 * The text of a `.sops.yaml` with the `age` field of its rules that have one set to `recipients`
 * (and the key group of its rules with one key group of age recipients replaced by them),
 * or, when no rule has one, with the rule for the tree's Secret files put first; everything else
 * (other rules and settings, comments inside) is kept. The leading comment becomes `header`.
 */
export function withAgeRecipients(text: string, recipients: readonly string[], header: string): string {
  const doc = parseDocument(text);
  const { ageRules, ageKeyGroupRules } = keysOf(doc.toJS(), '.sops.yaml');
  if (ageRules.length > 0 || ageKeyGroupRules.length > 0) {
    for (const i of ageRules) doc.setIn(['creation_rules', i, 'age'], recipients.join(','));
    // the one key group (its merged groups included) becomes one group of the new recipients
    for (const i of ageKeyGroupRules) doc.setIn(['creation_rules', i, 'key_groups'], doc.createNode([{ age: [...recipients] }]));
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

/** A creation rule for one encrypted config file: only its secret values, as `init` encrypts it. */
export interface ConfigFileRule {
  readonly path_regex: string;
  readonly encrypted_regex: string;
  readonly mac_only_encrypted: true;
}

/**
 * The creation rule for an encrypted config at `relativePath` (from the folder of `.sops.yaml`),
 * so that the sops CLI encrypts such a file (`sops encrypt --filename-override`, `sops updatekeys`)
 * with the same rule as init. It goes before the tree's rule, whose `path_regex` matches the config's
 * name too.
 */
export function configFileRule(relativePath: string, encryptedRegex: string): ConfigFileRule {
  return { path_regex: `^${relativePath.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, encrypted_regex: encryptedRegex, mac_only_encrypted: true };
}

/** The text of a `.sops.yaml` with `rule` (and `age: recipients`) put first, unless a rule with its path_regex exists. */
export function withFirstRule(text: string, rule: ConfigFileRule, recipients: readonly string[]): string {
  const doc = parseDocument(text);
  const rules = (doc.getIn(['creation_rules']) as { items?: unknown[] } | undefined)?.items ?? [];
  const existing = (doc.toJS() as { creation_rules?: Array<{ path_regex?: unknown } | null> } | null)?.creation_rules ?? [];
  if (existing.some((r) => r?.path_regex === rule.path_regex)) return doc.toString();
  doc.setIn(['creation_rules'], doc.createNode([{ ...rule, age: recipients.join(',') }, ...rules]));
  return doc.toString();
}
