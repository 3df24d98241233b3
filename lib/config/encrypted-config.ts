import { randomBytes } from 'crypto';
import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import { decryptDataKey } from '../sops/age-keys';
import { shortRecipient } from '../sops/age-key-syntax';
import { DATA_KEY_BYTES } from '../sops/constants';
import { decryptSopsYamlWithDataKey, decryptTree, OpenedSopsYaml, openSopsYaml } from '../sops/decrypt-sops-yaml';
import { encryptSopsYaml } from '../sops/encrypt-sops-yaml';
import { compileRule } from '../sops/encryption-rule';
import { SopsInputError, SopsMacMismatchError } from '../sops/errors';
import { ageIdentitySources, loadAgeIdentities } from '../sops/load-age-identities';
import { treeToJs } from '../sops/tree';
import { mapLeaves } from '../sops/walk';
import { ConfigError, isSecretKey, SECRET_KEY_PATTERN } from './errors';

/**
 * A config file kept SOPS-encrypted (`langfuse.sops.yaml`). Only the values of secret keys (the
 * ones the tool masks, {@link isSecretKey}) are encrypted, through sops' own `encrypted_regex`
 * rule, so that every other key and value stays readable in review; `sops -d`, `sops edit` and Flux
 * open it like any sops file. It is decrypted in memory with the operator's age identities, and
 * its MAC is verified, before it is validated like a plain config.
 */

/**
 * The `encrypted_regex` of an encrypted config: every value below a key named like a secret.
 * sops matches it against every key of a value's path, so secrets inside `instances` entries are
 * encrypted too.
 */
export const CONFIG_ENCRYPTED_REGEX = SECRET_KEY_PATTERN;

/** Whether a config file's text is SOPS-encrypted: a top-level `sops` mapping (no config key has that name). */
export function isEncryptedConfigText(text: string): boolean {
  const doc = parseDocument(text);
  return isMap(doc.contents) && isMap(doc.contents.get('sops', true));
}

const problem = (source: string, message: string) => new ConfigError(source, [{ key: '(sops)', message }]);

/**
 * Decrypts an encrypted config's text with the age identities sops would use (`SOPS_AGE_KEY`,
 * `SOPS_AGE_KEY_FILE`, the default key file) and verifies its MAC. Returns the plain config value,
 * to be validated. Every failure is a `ConfigError` naming the file and never quoting key material
 * or a decrypted value: no identity, no identity that opens it, a MAC mismatch (the file changed
 * after it was encrypted), a secret key left in clear by its encryption rule.
 */
export async function decryptConfigText(text: string, source: string, env: NodeJS.ProcessEnv): Promise<unknown> {
  let opened: OpenedSopsYaml;
  try {
    opened = openSopsYaml(text);
  } catch (e) {
    throw problem(source, `is not a readable SOPS file: ${(e as Error).message}`);
  }
  if (opened.bodies.length !== 1) throw problem(source, `holds ${opened.bodies.length} YAML documents; a config is one`);
  const recipients = opened.metadata.age.map((entry) => shortRecipient(entry.recipient)).join(', ') || 'no age recipient';
  const identities = loadAgeIdentities(env);
  if (identities.length === 0) {
    throw problem(source, `is SOPS-encrypted (for ${recipients}), and no age identity was found to open it; looked at ${ageIdentitySources(env)}. `
      + 'Set SOPS_AGE_KEY_FILE to the key file of one of its recipients, or put that key in the default key file');
  }
  let dataKey: Buffer;
  try {
    dataKey = await decryptDataKey(opened.metadata.age, identities);
  } catch (e) {
    if (e instanceof SopsInputError) throw e;
    throw problem(source, `none of your ${identities.length} age identit${identities.length === 1 ? 'y' : 'ies'} (from ${ageIdentitySources(env)}) `
      + `opens it: it is encrypted for ${recipients}. Use the key of one of them, or re-encrypt it for yours ("sops updatekeys" with your recipient in .sops.yaml)`);
  }
  let plain;
  try {
    plain = decryptTree(opened, dataKey);
  } catch (e) {
    if (e instanceof SopsMacMismatchError) {
      throw problem(source, 'does not match its MAC: it was changed after it was encrypted (edited by hand, a bad merge, or tampered with). '
        + 'Nothing was read from it; restore it from Git, or edit it with "sops" itself, which keeps the MAC right');
    }
    throw problem(source, `cannot be decrypted: ${(e as Error).message} (edited by hand, or tampered with? add and change secrets with "sops" itself)`);
  }
  const clear = secretsInClear(opened);
  if (clear.length > 0) {
    throw new ConfigError(source, clear.map((key) => ({
      key,
      message: `is a secret but is not encrypted: the file's rule (${opened.metadata.rule.key} "${opened.metadata.rule.value}") leaves it in clear; `
        + `re-encrypt the file so that every secret is (encrypted_regex "${CONFIG_ENCRYPTED_REGEX}", as "langfuse-cdk8s init" writes it)`,
    })));
  }
  return treeToJs(plain[0]);
}

/** The paths of secret values (non-empty, under a key named like a secret) that the file's rule leaves unencrypted. */
function secretsInClear(opened: OpenedSopsYaml): string[] {
  const encrypted = compileRule(opened.metadata.rule);
  const clear = new Set<string>();
  mapLeaves(opened.bodies[0], (leaf, path) => {
    const empty = leaf.type === 'null' || (leaf.type === 'str' && leaf.value === '');
    if (!empty && path.some(isSecretKey) && !encrypted(path)) clear.add(path.join('.'));
    return leaf;
  });
  return [...clear].sort();
}

/** Options of {@link encryptConfigText}. */
export interface EncryptConfigOptions {
  /** age recipients (`age1...`) that may open the file. */
  readonly recipients: readonly string[];
  /** The `lastmodified` time. @default - now */
  readonly now?: Date;
}

/**
 * Encrypts a config's YAML text as sops would with `encrypted_regex: CONFIG_ENCRYPTED_REGEX` and
 * `mac_only_encrypted: true`, keeping the comments before its top-level keys (and after the last
 * one) in clear, where sops keeps them: comments are outside the MAC, and at the top level no key of
 * their path matches the rule. Comments inside values are dropped: they could be about a secret.
 * The result is decrypted again with the data key and compared, so that nothing is written that
 * would not open.
 */
export async function encryptConfigText(text: string, options: EncryptConfigOptions): Promise<string> {
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0 || !isMap(doc.contents)) throw new Error('the config to encrypt must be a YAML mapping');
  const value = doc.toJS() as object;
  const dataKey = randomBytes(DATA_KEY_BYTES);
  const encrypted = await encryptSopsYaml(value, {
    recipients: options.recipients, encryptedRegex: CONFIG_ENCRYPTED_REGEX, macOnlyEncrypted: true, now: options.now, dataKey,
  });
  const withComments = insertTopLevelComments(encrypted, topLevelComments(doc));
  if (JSON.stringify(decryptSopsYamlWithDataKey(withComments, dataKey)) !== JSON.stringify(value)) {
    throw new Error('the encrypted config does not decrypt to the config (a bug)');
  }
  return withComments;
}

/** Comment lines (`#...`, blank lines kept) from a `yaml` comment string. */
const commentLines = (comment: string | null | undefined): string[] => (comment ? comment.split('\n').map((l) => (l === '' ? '' : `#${l}`.trimEnd())) : []);

/** The comments of a mapping document: before each top-level key (by key), and after the last one (under `''`). */
function topLevelComments(doc: ReturnType<typeof parseDocument>): Map<string, string[]> {
  const map = doc.contents;
  const comments = new Map<string, string[]>();
  if (!isMap(map)) return comments;
  map.items.forEach((pair, i) => {
    if (!isScalar(pair.key) || typeof pair.key.value !== 'string') return;
    const key = pair.key as Scalar;
    const lines = [
      ...(i === 0 ? [...commentLines(doc.commentBefore), ...(doc.commentBefore ? [''] : []), ...commentLines(map.commentBefore)] : []),
      ...(i > 0 && key.spaceBefore ? [''] : []),
      ...commentLines(key.commentBefore),
      // a comment after the value on its line ("key: value  # note") becomes the last comment line
      ...(isScalar(pair.value) && pair.value.comment ? commentLines(pair.value.comment) : []),
    ];
    comments.set(String(key.value), lines);
  });
  comments.set('', [...commentLines(map.comment), ...commentLines(doc.comment)]);
  return comments;
}

/** Puts comment lines before the top-level key lines of emitted YAML (the trailing ones before `sops:`). */
function insertTopLevelComments(text: string, comments: Map<string, string[]>): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const key = /^([A-Za-z_][A-Za-z0-9_]*):(?: |$)/.exec(line)?.[1];
    if (key === 'sops') {
      const trailing = comments.get('') ?? [];
      if (trailing.length > 0) out.push('', ...trailing, '');
    } else if (key !== undefined) {
      out.push(...(comments.get(key) ?? []));
    }
    out.push(line);
  }
  return out.join('\n');
}
