import { EncryptSopsYamlOptions } from './encrypt-sops-yaml';
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
/**
 * Encrypts `docs` unless `existingText` already holds it: when the existing file decrypts with
 * `identities` (MAC verified) to the same document (same keys in the same order, same values and
 * types), has exactly the requested recipients (in any order) and the same rule and
 * `mac_only_encrypted`, its text is returned byte for byte. This keeps regenerated sops files free
 * of churn in git. Otherwise a fresh encryption is returned.
 */
export declare function encryptStable(opts: EncryptStableOptions): Promise<EncryptStableResult>;
