import { parseGoBool } from './go-format';
import { COMMENT_RULE_KEYS, DEFAULT_RULE, EncryptionRule, RULE_KEYS } from './encryption-rule';
import { getEntry, MapNode, mapNode, strNode, TreeNode } from './tree';

/** One `sops.age` entry: an age recipient and the data key encrypted to it (armored age file). */
export interface SopsAgeEntry {
  /** The `age1...` public key. */
  readonly recipient: string;
  /** The armored age file holding the 32-byte data key (ends with a newline). */
  readonly enc: string;
}

/** The parts of the `sops:` block this library reads and writes. */
export interface SopsMetadata {
  /** One entry per age recipient (from `sops.age`, or from a single `key_groups` entry). */
  readonly age: readonly SopsAgeEntry[];
  /** As written in the file, e.g. `2024-11-12T13:33:42Z`. */
  readonly lastModified: string;
  /** The encrypted MAC (ENC string). */
  readonly mac: string;
  /** The one encryption rule (`unencrypted_suffix: _unencrypted` when the file stores none). */
  readonly rule: EncryptionRule;
  /** Whether the MAC covers only encrypted values. */
  readonly macOnlyEncrypted: boolean;
  /** The sops version that wrote the file (semver). */
  readonly version: string;
  /** Names of non-age key sources holding entries (`pgp`, `kms`, ...); this library cannot use them. */
  readonly otherKeySources: readonly string[];
}

const OTHER_KEY_SOURCES = ['kms', 'gcp_kms', 'azure_kv', 'hc_vault', 'hckms', 'pgp'] as const;

function stringField(map: MapNode, key: string, where: string): string | undefined {
  const node = getEntry(map, key);
  if (node === undefined || (node.kind === 'scalar' && node.type === 'null')) return undefined;
  // an unquoted lastmodified reads as a timestamp; its text is what sops 3.7-3.12 use
  if (node.kind === 'scalar' && (node.type === 'str' || node.type === 'time')) return node.value;
  throw new Error(`invalid sops metadata: "${where}.${key}" must be a string`);
}

function requiredString(map: MapNode, key: string, where: string): string {
  const value = stringField(map, key, where);
  if (value === undefined) throw new Error(`invalid sops metadata: "${where}.${key}" is missing`);
  return value;
}

function ageEntries(node: TreeNode | undefined, where: string): SopsAgeEntry[] {
  if (node === undefined || (node.kind === 'scalar' && node.type === 'null')) return [];
  if (node.kind !== 'seq') throw new Error(`invalid sops metadata: "${where}" must be a list`);
  return node.items.map((item, i) => {
    if (item.kind !== 'map') throw new Error(`invalid sops metadata: "${where}[${i}]" must be a mapping`);
    return { recipient: requiredString(item, 'recipient', `${where}[${i}]`), enc: requiredString(item, 'enc', `${where}[${i}]`) };
  });
}

/** A bool field; like sops' weakly typed decoding, `"true"`/`"false"` strings count and absent or `""` is false. */
function readBool(node: TreeNode | undefined, where: string): boolean {
  if (node === undefined) return false;
  if (node.kind === 'scalar') {
    if (node.type === 'null') return false;
    if (node.type === 'bool') return node.value;
    if (node.type === 'str') {
      if (node.value === '') return false;
      const value = parseGoBool(node.value);
      if (value !== undefined) return value;
    }
  }
  throw new Error(`invalid sops metadata: "${where}" must be a boolean`);
}

function isNonEmptyList(node: TreeNode | undefined): boolean {
  return node !== undefined && node.kind === 'seq' && node.items.length > 0;
}

function readRule(sops: MapNode): EncryptionRule {
  for (const key of COMMENT_RULE_KEYS) {
    if (stringField(sops, key, 'sops')) throw new Error(`unsupported sops rule "${key}"`);
  }
  const rules: EncryptionRule[] = [];
  for (const key of RULE_KEYS) {
    const value = stringField(sops, key, 'sops');
    if (value) rules.push({ key, value });
  }
  if (rules.length > 1) {
    throw new Error(`invalid sops metadata: more than one rule (${rules.map((r) => `"${r.key}"`).join(', ')})`);
  }
  return rules.length === 1 ? rules[0] : DEFAULT_RULE;
}

/** Reads the `sops:` block of a document. */
export function readMetadata(sops: TreeNode): SopsMetadata {
  if (sops.kind !== 'map') throw new Error('invalid sops metadata: "sops" must be a mapping');
  let age = ageEntries(getEntry(sops, 'age'), 'sops.age');
  const otherKeySources: string[] = OTHER_KEY_SOURCES.filter((key) => isNonEmptyList(getEntry(sops, key)));
  const groups = getEntry(sops, 'key_groups');
  if (isNonEmptyList(groups) && groups?.kind === 'seq') {
    if (groups.items.length > 1) throw new Error('unsupported sops metadata: several key_groups (shamir secret sharing)');
    const group = groups.items[0];
    if (group.kind !== 'map') throw new Error('invalid sops metadata: "sops.key_groups[0]" must be a mapping');
    age = [...age, ...ageEntries(getEntry(group, 'age'), 'sops.key_groups[0].age')];
    otherKeySources.push(...OTHER_KEY_SOURCES.filter((key) => isNonEmptyList(getEntry(group, key))));
  }
  const mac = requiredString(sops, 'mac', 'sops');
  if (mac === '') throw new Error('invalid sops metadata: "sops.mac" is empty');
  const macOnlyEncrypted = readBool(getEntry(sops, 'mac_only_encrypted'), 'sops.mac_only_encrypted');
  const version = requiredString(sops, 'version', 'sops');
  if (!/^[0-9]+\.[0-9]+\.[0-9]+/.test(version)) throw new Error(`invalid sops version "${version}": expected semver`);
  return {
    age,
    lastModified: requiredString(sops, 'lastmodified', 'sops'),
    mac,
    rule: readRule(sops),
    macOnlyEncrypted,
    version,
    otherKeySources,
  };
}

/** Whether a semver version string is older than `major.minor`. */
export function versionBefore(version: string, major: number, minor: number): boolean {
  const [maj, min] = version.split('.').map(Number);
  return maj < major || (maj === major && min < minor);
}

/**
 * The `sops:` block in the field order of sops 3.10.2: `age, lastmodified, mac, <rule>,
 * mac_only_encrypted (only when true), version`.
 */
export function metadataToTree(meta: Omit<SopsMetadata, 'otherKeySources'>): MapNode {
  const age: TreeNode = {
    kind: 'seq',
    items: meta.age.map((entry) => mapNode([['recipient', strNode(entry.recipient)], ['enc', strNode(entry.enc)]])),
  };
  const entries: Array<readonly [string, TreeNode]> = [
    ['age', age],
    ['lastmodified', strNode(meta.lastModified)],
    ['mac', strNode(meta.mac)],
    [meta.rule.key, strNode(meta.rule.value)],
  ];
  if (meta.macOnlyEncrypted) entries.push(['mac_only_encrypted', { kind: 'scalar', type: 'bool', value: true }]);
  entries.push(['version', strNode(meta.version)]);
  return mapNode(entries);
}
