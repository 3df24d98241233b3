/**
 * Parses an age identity file as `age.ParseIdentities` does: one identity per line, empty lines
 * and `#` comments ignored. Each identity is checked (prefix, Bech32 checksum, length); a bad one
 * is reported by its source and line, never quoted (it is a secret key, typo or not).
 *
 * @param source where the text came from, like `SOPS_AGE_KEY_FILE=/home/me/key.txt`
 */
export declare function parseAgeIdentities(text: string, source: string): string[];
/**
 * The age key file sops reads in every case (since 3.6), besides `SOPS_AGE_KEY` and
 * `SOPS_AGE_KEY_FILE`: `sops/age/keys.txt` in the user's config folder, which sops 3.10 takes from
 * Go's `os.UserConfigDir`: `$XDG_CONFIG_HOME` (it must be absolute), else `$HOME/.config` on Linux
 * and the other Unixes; on macOS `$XDG_CONFIG_HOME` (sops' own override), else
 * `$HOME/Library/Application Support`; on Windows `%AppData%`. Undefined when the environment names
 * no such folder. Only `env` is read, so that a test's environment decides alone.
 */
export declare function defaultAgeKeyFile(env: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string | undefined;
/** Where {@link loadAgeIdentities} looks, for a message that says why it found nothing. */
export declare function ageIdentitySources(env: NodeJS.ProcessEnv): string;
/**
 * The age identities sops would use, all of them, in sops' order: `SOPS_AGE_KEY` (the identity
 * file's content: one or more lines, `#` comments allowed), the file named by `SOPS_AGE_KEY_FILE`,
 * and the default key file ({@link defaultAgeKeyFile}) when it exists; without duplicates. Returns
 * [] when there is none. Every key file must be a regular file of at most 1 MiB.
 * `SOPS_AGE_KEY_CMD` and SSH keys, which sops also reads, are not supported.
 */
export declare function loadAgeIdentities(env: NodeJS.ProcessEnv): string[];
