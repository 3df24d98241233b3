import { decryptDataKey } from './age-keys';
import { decryptScalar, isEncString, scalarBytes } from './aes-value';
import { compileRule } from './encryption-rule';
import { SopsMac, verifyMac } from './mac';
import { readMetadata, SopsMetadata, versionBefore } from './metadata';
import { MapNode, mapNode, showPath, TreeNode, treeToJs } from './tree';
import { mapLeaves, pathAad } from './walk';
import { parseYamlDocuments } from './yaml-parse';

/** An encrypted file split into its documents' content (without `sops`) and the metadata. */
export interface OpenedSopsYaml {
  readonly bodies: readonly MapNode[];
  readonly metadata: SopsMetadata;
}

/**
 * Parses sops YAML text and reads its `sops:` block; decrypts nothing. In a multi-document file
 * the metadata comes from the first document and `sops` is stripped from all of them, as sops does.
 */
export function openSopsYaml(text: string): OpenedSopsYaml {
  const docs = parseYamlDocuments(text);
  if (docs.length === 0) throw new Error('not a sops file: no yaml document');
  const bodies = docs.map((doc, i) => {
    if (doc.kind !== 'map') throw new Error(`not a sops file: document ${i + 1} is not a mapping`);
    return doc;
  });
  const sops = bodies[0].entries.find(([key]) => key === 'sops');
  if (sops === undefined) throw new Error('not a sops file: no top-level "sops" key');
  return { bodies: bodies.map((doc) => mapNode(doc.entries.filter(([key]) => key !== 'sops'))), metadata: readMetadata(sops[1]) };
}

/** Reads the `sops:` block of sops YAML text (recipients, rule, version...) without decrypting. */
export function readSopsMetadata(text: string): SopsMetadata {
  return openSopsYaml(text).metadata;
}

/**
 * Decrypts every value the rule selects and verifies the MAC: over every non-null leaf, or with
 * `mac_only_encrypted` over the selected leaves only. Throws `SopsMacMismatchError` on a mismatch.
 */
export function decryptTree(opened: OpenedSopsYaml, dataKey: Buffer): TreeNode[] {
  const { bodies, metadata } = opened;
  const shouldEncrypt = compileRule(metadata.rule);
  const mac = new SopsMac(metadata.macOnlyEncrypted);
  // sops before 3.10 has no time type: a clear timestamp is hashed as the text written
  const timeAsString = versionBefore(metadata.version, 3, 10);
  const plain = bodies.map((body) => mapLeaves(body, (leaf, path) => {
    const encrypted = shouldEncrypt(path);
    let value = leaf;
    if (encrypted && leaf.type !== 'null' && !(leaf.type === 'str' && leaf.value === '')) {
      if (leaf.type !== 'str' || !isEncString(leaf.value)) {
        throw new Error(`could not decrypt value at "${showPath(path)}": the rule encrypts it but it is not an ENC string`);
      }
      value = decryptScalar(leaf.value, dataKey, pathAad(path), showPath(path));
    }
    mac.add(scalarBytes(value, timeAsString)?.bytes, encrypted);
    return value;
  }));
  verifyMac(metadata.mac, dataKey, metadata.lastModified, mac.hex());
  return plain;
}

/**
 * Decrypts sops YAML text with a known data key (for tools that unwrap the key themselves, e.g.
 * with the `age` CLI), verifying the MAC. Returns the plaintext document without `sops`.
 */
export function decryptSopsYamlWithDataKey(text: string, dataKey: Buffer): object {
  return single(decryptTree(openSopsYaml(text), dataKey).map((tree) => treeToJs(tree) as object));
}

/**
 * Decrypts a sops-encrypted YAML document with age identities (`AGE-SECRET-KEY-...` strings) and
 * verifies its MAC. Returns the plaintext document without the `sops` block; ints are numbers,
 * clear timestamps stay strings.
 */
export async function decryptSopsYaml(text: string, identities: readonly string[]): Promise<object> {
  return single(await decryptSopsYamlDocuments(text, identities));
}

/** Decrypts every document of a (multi-document) sops YAML file, verifying the one MAC over all of them. */
export async function decryptSopsYamlDocuments(text: string, identities: readonly string[]): Promise<object[]> {
  const opened = openSopsYaml(text);
  const dataKey = await decryptDataKey(opened.metadata.age, identities);
  return decryptTree(opened, dataKey).map((tree) => treeToJs(tree) as object);
}

function single(docs: object[]): object {
  if (docs.length !== 1) throw new Error(`expected exactly one yaml document, got ${docs.length}`);
  return docs[0];
}
