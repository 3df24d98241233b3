import { createHash, Hash, timingSafeEqual } from 'crypto';
import { decryptBytes, encryptBytes } from './aes-value';
import { SopsMacMismatchError } from './errors';
import { canonicalRfc3339 } from './go-format';

/** SHA-256 of the ASCII `sops`: the prefix of the MAC when `mac_only_encrypted` is set. */
const MAC_ONLY_ENCRYPTED_PREFIX = createHash('sha256').update('sops').digest();

/** The running SHA-512 over the plaintext bytes of every hashed leaf, in walk order. */
export class SopsMac {
  private readonly hash: Hash = createHash('sha512');

  constructor(public readonly macOnlyEncrypted: boolean) {
    if (macOnlyEncrypted) this.hash.update(MAC_ONLY_ENCRYPTED_PREFIX);
  }

  /** Adds a leaf; with `mac_only_encrypted`, only leaves the rule encrypts are hashed. */
  add(bytes: Buffer | undefined, encrypted: boolean): void {
    if (bytes !== undefined && (encrypted || !this.macOnlyEncrypted)) this.hash.update(bytes);
  }

  /** The digest as uppercase hex, as sops writes it. */
  hex(): string {
    return this.hash.digest('hex').toUpperCase();
  }
}

/** The MAC's AAD: `lastmodified` re-formatted as Go RFC 3339, as sops does before using it. */
function macAad(lastModified: string): string {
  const aad = canonicalRfc3339(lastModified);
  if (aad === undefined) throw new Error(`invalid sops lastmodified "${lastModified}": expected an RFC 3339 time`);
  return aad;
}

/** Encrypts the MAC hex with `lastmodified` as AAD. */
export function encryptMac(macHex: string, dataKey: Buffer, lastModified: string): string {
  return encryptBytes(Buffer.from(macHex, 'utf8'), dataKey, macAad(lastModified), 'str');
}

/** Decrypts `sops.mac` and compares it with the recomputed MAC; throws on any difference. */
export function verifyMac(encryptedMac: string, dataKey: Buffer, lastModified: string, computedHex: string): void {
  let stored: string;
  try {
    stored = decryptBytes(encryptedMac, dataKey, macAad(lastModified), 'sops.mac').plaintext.toString('utf8');
  } catch (err) {
    throw new Error(`could not decrypt the sops mac (tampered mac or lastmodified?): ${(err as Error).message}`);
  }
  const a = Buffer.from(stored, 'utf8');
  const b = Buffer.from(computedHex, 'utf8');
  if (a.length !== b.length || !timingSafeEqual(a, b)) throw new SopsMacMismatchError(stored, computedHex);
}
