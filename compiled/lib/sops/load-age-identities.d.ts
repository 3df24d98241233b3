/**
 * Parses an age identity file as `age.ParseIdentities` does: one identity per line, empty lines
 * and `#` comments ignored. Lines are never quoted in errors (they are secret keys).
 */
export declare function parseAgeIdentities(text: string, source: string): string[];
/**
 * The age identities sops would use, from `SOPS_AGE_KEY` (the identity file's content: one or more
 * lines, `#` comments allowed) and the file named by `SOPS_AGE_KEY_FILE`, in that order, without
 * duplicates. Returns [] when neither is set. The default `~/.config/sops/age/keys.txt` is
 * deliberately not read, so that results depend on the environment only.
 */
export declare function loadAgeIdentities(env: NodeJS.ProcessEnv): string[];
