import { randomBytes } from 'crypto';
import { wrapDataKey } from './age-keys';
import { ageRecipientProblem } from './age-key-syntax';
import { encryptScalar, scalarBytes } from './aes-value';
import { DATA_KEY_BYTES, DEFAULT_ENCRYPTED_REGEX, DEFAULT_YAML_INDENT, SOPS_VERSION } from './constants';
import { compileRule, EncryptionRule } from './encryption-rule';
import { SopsInputError } from './errors';
import { encryptMac, SopsMac } from './mac';
import { metadataToTree } from './metadata';
import { mapNode, treeFromJs } from './tree';
import { mapLeaves, pathAad } from './walk';
import { emitYaml } from './yaml-emit';

/** Options of {@link encryptSopsYaml}. */
export interface EncryptSopsYamlOptions {
  /** age X25519 (`age1...`) or post-quantum (`age1pq1...`) recipients; one `sops.age` entry each. */
  readonly recipients: readonly string[];
  /** Which path components select encrypted values; default `^(data|stringData)$`. */
  readonly encryptedRegex?: string;
  /** The `lastmodified` time; default now. Whole seconds are kept. */
  readonly now?: Date;
  /** A fixed 32-byte data key, for tests only; default 32 random bytes. */
  readonly dataKey?: Buffer;
  /** Whether the MAC covers only encrypted values (`mac_only_encrypted: true`); default true. */
  readonly macOnlyEncrypted?: boolean;
  /** YAML indentation (sops' `stores.yaml.indent`); default 4, as sops. */
  readonly indent?: number;
}

/** `YYYY-MM-DDTHH:MM:SSZ`: the only `lastmodified` form whose text equals the MAC's AAD. */
export function formatLastModified(now: Date): string {
  if (Number.isNaN(now.getTime())) throw new Error(`invalid date "${String(now)}" for sops lastmodified`);
  return now.toISOString().replace(/\.[0-9]{3}Z$/, 'Z');
}

function checkRecipients(recipients: readonly string[]): string[] {
  const unique = [...new Set(recipients.map((r) => r.trim()))];
  if (unique.length === 0) throw new Error('no age recipients: set SOPS_AGE_RECIPIENTS or an "age" rule in .sops.yaml');
  for (const recipient of unique) {
    // never quoted: a "recipient" may be a private key pasted in the wrong place
    const problem = ageRecipientProblem(recipient);
    if (problem !== undefined) throw new SopsInputError(`an age recipient ${problem}`);
  }
  return unique;
}

/**
 * Encrypts a document (a Kubernetes manifest) the way `sops --encrypt` does with a `.sops.yaml`
 * rule `encrypted_regex: ^(data|stringData)$` and `mac_only_encrypted: true`, and returns the full
 * YAML text: selected values become `ENC[AES256_GCM,...,type:str]`, other values stay in clear, the
 * document keeps its key order, and the `sops:` block follows in the sops 3.10.2 layout.
 */
export async function encryptSopsYaml(doc: object, opts: EncryptSopsYamlOptions): Promise<string> {
  return encryptSopsYamlDocuments([doc], opts);
}

/**
 * Encrypts several documents into one multi-document file as sops does: one data key, one MAC
 * over every document in order, and the same `sops:` block appended to each document (Flux
 * decrypts each document on its own; `sops -d` reads the metadata of the first).
 */
export async function encryptSopsYamlDocuments(docs: readonly object[], opts: EncryptSopsYamlOptions): Promise<string> {
  const recipients = checkRecipients(opts.recipients);
  if (docs.length === 0) throw new Error('nothing to encrypt: no documents');
  const trees = docs.map((doc, i) => {
    const tree = treeFromJs(doc);
    if (tree.kind !== 'map') throw new Error(`document ${i + 1} to encrypt must be a mapping`);
    if (tree.entries.some(([key]) => key === 'sops')) throw new Error(`document ${i + 1} already has a top-level "sops" key`);
    return tree;
  });
  const dataKey = opts.dataKey ?? randomBytes(DATA_KEY_BYTES);
  if (dataKey.length !== DATA_KEY_BYTES) {
    throw new Error(`invalid sops data key: expected ${DATA_KEY_BYTES} bytes, got ${dataKey.length}`);
  }
  const rule: EncryptionRule = { key: 'encrypted_regex', value: opts.encryptedRegex ?? DEFAULT_ENCRYPTED_REGEX };
  const shouldEncrypt = compileRule(rule);
  const macOnlyEncrypted = opts.macOnlyEncrypted ?? true;
  const lastModified = formatLastModified(opts.now ?? new Date());
  const mac = new SopsMac(macOnlyEncrypted);
  const bodies = trees.map((tree) => mapLeaves(tree, (leaf, path) => {
    const encrypted = shouldEncrypt(path);
    mac.add(scalarBytes(leaf)?.bytes, encrypted);
    return encrypted ? encryptScalar(leaf, dataKey, pathAad(path)) : leaf;
  }));
  const age = [];
  for (const recipient of recipients) age.push(await wrapDataKey(dataKey, recipient));
  const sops = metadataToTree({
    age,
    lastModified,
    mac: encryptMac(mac.hex(), dataKey, lastModified),
    rule,
    macOnlyEncrypted,
    version: SOPS_VERSION,
  });
  const indent = opts.indent ?? DEFAULT_YAML_INDENT;
  // go-yaml's encoder separates documents with "---" and writes none before the first
  return bodies.map((body) => emitYaml(mapNode([...(body.kind === 'map' ? body.entries : []), ['sops', sops]]), { indent })).join('---\n');
}
