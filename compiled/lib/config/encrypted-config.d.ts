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
export declare const CONFIG_ENCRYPTED_REGEX = "(password|_secret|_salt|encryption_key|access_key|secret_key|api_key|smtp_url)$";
/** Whether a config file's text is SOPS-encrypted: a top-level `sops` mapping (no config key has that name). */
export declare function isEncryptedConfigText(text: string): boolean;
/**
 * Decrypts an encrypted config's text with the age identities sops would use (`SOPS_AGE_KEY`,
 * `SOPS_AGE_KEY_FILE`, the default key file) and verifies its MAC. Returns the plain config value,
 * to be validated. Every failure is a `ConfigError` naming the file and never quoting key material
 * or a decrypted value: no identity, no identity that opens it, a MAC mismatch (the file changed
 * after it was encrypted), a secret key left in clear by its encryption rule.
 */
export declare function decryptConfigText(text: string, source: string, env: NodeJS.ProcessEnv): Promise<unknown>;
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
export declare function encryptConfigText(text: string, options: EncryptConfigOptions): Promise<string>;
