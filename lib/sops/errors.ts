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
