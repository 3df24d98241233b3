/**
 * Parses an age identity file as `age.ParseIdentities` does: one identity per line, empty lines
 * and `#` comments ignored. Each identity is checked (prefix, Bech32 checksum, length); a bad one
 * is reported by its source and line, never quoted (it is a secret key, typo or not).
 *
 * @param source where the text came from, like `SOPS_AGE_KEY_FILE=/home/me/key.txt`
 */
export declare function parseAgeIdentities(text: string, source: string): string[];
/**
 * The age identities sops would use, from `SOPS_AGE_KEY` (the identity file's content: one or more
 * lines, `#` comments allowed) and the file named by `SOPS_AGE_KEY_FILE`, in that order, without
 * duplicates. Returns [] when neither is set. The default `~/.config/sops/age/keys.txt` is
 * deliberately not read, so that results depend on the environment only. The key file must be a
 * regular file of at most 1 MiB.
 */
export declare function loadAgeIdentities(env: NodeJS.ProcessEnv): string[];
