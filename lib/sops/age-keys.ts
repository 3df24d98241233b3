import { ageIdentityProblem, ageRecipientProblem, shortRecipient } from './age-key-syntax';
import { DATA_KEY_BYTES } from './constants';
import { SopsInputError } from './errors';
import { SopsAgeEntry } from './metadata';

type AgeModule = typeof import('age-encryption');

let ageModule: Promise<AgeModule> | undefined;

/**
 * Loads `age-encryption` on first use. The package is ESM-only; this project compiles to CommonJS,
 * so TypeScript turns this `import()` into `require()`, which Node ≥ 20.19 serves through
 * require(esm) (package.json `engines` says so). Jest's module system has no require(esm); there
 * `jest.config.js` transforms the package and its ESM dependencies to CommonJS. Loading lazily keeps
 * the cost and any load failure at the first age operation rather than at import time, behind the
 * async API the package imposes anyway (WebCrypto).
 */
function loadAge(): Promise<AgeModule> {
  ageModule ??= import('age-encryption');
  return ageModule;
}

/**
 * Encrypts the data key to one age recipient, as sops does: an age file with one stanza whose
 * plaintext is the raw 32 key bytes, ASCII-armored (64-column lines, trailing newline).
 */
export async function wrapDataKey(dataKey: Buffer, recipient: string): Promise<SopsAgeEntry> {
  // The age library's messages quote the key (Bech32 errors print the whole string), and a
  // "recipient" may be a private key pasted in the wrong place: report our own text only.
  const problem = ageRecipientProblem(recipient);
  if (problem !== undefined) throw new SopsInputError(`an age recipient ${problem}`);
  const age = await loadAge();
  const encrypter = new age.Encrypter();
  try {
    encrypter.addRecipient(recipient);
  } catch {
    throw new SopsInputError(`the age recipient ${shortRecipient(recipient)} is not supported by the age library`);
  }
  // a fresh Uint8Array: Jest's sandbox has its own Uint8Array, and @noble rejects a foreign Buffer
  const file = await encrypter.encrypt(new Uint8Array(dataKey));
  return { recipient, enc: age.armor.encode(file) };
}

/**
 * Recovers the 32-byte sops data key from the `sops.age` entries with any of the identities
 * (`AGE-SECRET-KEY-1...` or `AGE-SECRET-KEY-PQ-1...` strings), trying each entry in turn.
 */
export async function decryptDataKey(entries: readonly SopsAgeEntry[], identities: readonly string[]): Promise<Buffer> {
  if (entries.length === 0) throw new Error('the sops file has no age recipients');
  if (identities.length === 0) {
    throw new Error('no age identities to decrypt the sops data key: set SOPS_AGE_KEY or SOPS_AGE_KEY_FILE');
  }
  const age = await loadAge();
  const decrypter = new age.Decrypter();
  identities.forEach((identity, i) => {
    // the identity is a secret, and the library's messages quote it: name its position only
    const problem = ageIdentityProblem(identity);
    if (problem !== undefined) throw new SopsInputError(`age identity #${i + 1} ${problem} (not shown)`);
    try {
      decrypter.addIdentity(identity);
    } catch {
      throw new SopsInputError(`age identity #${i + 1} is not supported by the age library (not shown)`);
    }
  });
  const failures: string[] = [];
  for (const entry of entries) {
    try {
      const key = Buffer.from(await decrypter.decrypt(age.armor.decode(entry.enc)));
      if (key.length !== DATA_KEY_BYTES) {
        throw new Error(`data key has ${key.length} bytes, expected ${DATA_KEY_BYTES}`);
      }
      return key;
    } catch (err) {
      failures.push(`"${shortRecipient(entry.recipient)}": ${(err as Error).message}`);
    }
  }
  throw new Error(
    `none of ${identities.length} age identities decrypts the sops data key (${failures.join('; ')})`,
  );
}

/** The recipient (public key) of an age identity; undefined for one the age library cannot read. */
export async function recipientOf(identity: string): Promise<string | undefined> {
  if (ageIdentityProblem(identity) !== undefined) return undefined;
  try {
    return await (await loadAge()).identityToRecipient(identity);
  } catch {
    return undefined;
  }
}
