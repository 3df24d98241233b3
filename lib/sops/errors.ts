import { InputError } from '../errors';

/** The MAC stored in a sops file does not match the decrypted content: the file was tampered with. */
export class SopsMacMismatchError extends Error {
  /** The decrypted MAC from `sops.mac` (uppercase hex). */
  public readonly stored: string;
  /** The MAC recomputed from the decrypted values (uppercase hex). */
  public readonly computed: string;

  constructor(stored: string, computed: string) {
    super(`sops mac mismatch: file has "${stored}", computed "${computed}"`);
    this.name = 'SopsMacMismatchError';
    this.stored = stored;
    this.computed = computed;
  }
}

/**
 * A problem with the SOPS setup the user gave: an age identity or recipient (in the environment,
 * a key file, `.sops.yaml` or a command-line argument) or a `.sops.yaml` that cannot be used. The
 * message names where the input came from and never quotes a key.
 */
export class SopsInputError extends InputError {}

/** Secrets would be encrypted for a published test recipient, whose private key anyone has. */
export class PublishedTestKeyError extends InputError {}
