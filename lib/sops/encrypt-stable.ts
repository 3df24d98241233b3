import { decryptDataKey } from './age-keys';
import { DEFAULT_ENCRYPTED_REGEX } from './constants';
import { decryptTree, openSopsYaml } from './decrypt-sops-yaml';
import { encryptSopsYamlDocuments, EncryptSopsYamlOptions } from './encrypt-sops-yaml';
import { treeFromJs, treesEqual } from './tree';

/** Options of {@link encryptStable}. */
export interface EncryptStableOptions extends EncryptSopsYamlOptions {
  /** The plaintext documents to write, in order (one for a single-document file). */
  readonly docs: readonly object[];
  /** The current content of the output file, if it exists. */
  readonly existingText?: string;
  /** Identities that may decrypt `existingText` (`AGE-SECRET-KEY-...`). */
  readonly identities: readonly string[];
}

/** Result of {@link encryptStable}. */
export interface EncryptStableResult {
  /** The text to write. */
  readonly text: string;
  /** True when `text` is `existingText`, unchanged. */
  readonly reused: boolean;
  /** Why the existing text was not reused (absent when reused). */
  readonly reason?: string;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const setA = new Set(a.map((s) => s.trim()));
  const setB = new Set(b.map((s) => s.trim()));
  return setA.size === setB.size && [...setA].every((s) => setB.has(s));
}

/** Why `existingText` cannot be kept for these options, or undefined when it can. */
async function whyNotReusable(opts: EncryptStableOptions, existingText: string): Promise<string | undefined> {
  let opened;
  try {
    opened = openSopsYaml(existingText);
  } catch (err) {
    return `existing file is not readable as sops yaml: ${(err as Error).message}`;
  }
  const { metadata } = opened;
  const regex = opts.encryptedRegex ?? DEFAULT_ENCRYPTED_REGEX;
  if (metadata.rule.key !== 'encrypted_regex' || metadata.rule.value !== regex) {
    return `encryption rule changed (file has ${metadata.rule.key} "${metadata.rule.value}")`;
  }
  if (metadata.macOnlyEncrypted !== (opts.macOnlyEncrypted ?? true)) return 'mac_only_encrypted changed';
  if (metadata.otherKeySources.length > 0) return `file also uses ${metadata.otherKeySources.join(', ')}`;
  const recipients = metadata.age.map((entry) => entry.recipient);
  if (metadata.age.length !== new Set(recipients).size || !sameSet(recipients, opts.recipients)) {
    return 'recipients changed';
  }
  let plain;
  try {
    plain = decryptTree(opened, await decryptDataKey(metadata.age, opts.identities));
  } catch (err) {
    return `existing file cannot be decrypted: ${(err as Error).message}`;
  }
  const wanted = opts.docs.map((doc) => treeFromJs(doc));
  return plain.length === wanted.length && plain.every((tree, i) => treesEqual(tree, wanted[i])) ? undefined : 'plaintext changed';
}

/**
 * Encrypts `docs` unless `existingText` already holds it: when the existing file decrypts with
 * `identities` (MAC verified) to the same document (same keys in the same order, same values and
 * types), has exactly the requested recipients (in any order) and the same rule and
 * `mac_only_encrypted`, its text is returned byte for byte. This keeps regenerated sops files free
 * of churn in git. Otherwise a fresh encryption is returned.
 */
export async function encryptStable(opts: EncryptStableOptions): Promise<EncryptStableResult> {
  const reason = opts.existingText === undefined ? 'no existing file' : await whyNotReusable(opts, opts.existingText);
  if (reason === undefined && opts.existingText !== undefined) {
    return { text: opts.existingText, reused: true };
  }
  return { text: await encryptSopsYamlDocuments(opts.docs, opts), reused: false, reason };
}
