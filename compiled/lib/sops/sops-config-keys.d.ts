/** The keys a `.sops.yaml` encrypts for, over all its creation rules. */
export interface SopsConfigKeys {
    /** Every age recipient, in rule order. */
    readonly ageRecipients: readonly string[];
    /**
     * Every other key source, like `pgp in creation_rules[1]`, and `key_groups in creation_rules[2]`
     * for a rule with several key groups (whose age recipients are listed too, but which init does
     * not edit).
     */
    readonly otherKeys: readonly string[];
    /** Indexes of the rules that have a flat `age` field (and no key groups). */
    readonly ageRules: readonly number[];
    /** Indexes of the rules with one key group of age recipients only: init edits them as it edits `age`. */
    readonly ageKeyGroupRules: readonly number[];
}
/**
 * Reads the keys of every creation rule of a `.sops.yaml`; a file that cannot be parsed, has the
 * wrong shape or holds a malformed recipient is a `SopsInputError` naming the rule.
 */
export declare function sopsConfigKeys(configPath: string): SopsConfigKeys;
/** The creation rule for the Flux tree's Secret files, as init writes it. */
export declare const SECRET_FILES_RULE: {
    readonly path_regex: "\\.sops\\.ya?ml$";
    readonly encrypted_regex: "^(data|stringData)$";
    readonly mac_only_encrypted: true;
};
/**
 * The text of a `.sops.yaml` with the `age` field of its rules that have one set to `recipients`
 * (and the key group of its rules with one key group of age recipients replaced by them),
 * or, when no rule has one, with the rule for the tree's Secret files put first; everything else
 * (other rules and settings, comments inside) is kept. The leading comment becomes `header`.
 */
export declare function withAgeRecipients(text: string, recipients: readonly string[], header: string): string;
/** A creation rule for one encrypted config file: only its secret values, as `init` encrypts it. */
export interface ConfigFileRule {
    readonly path_regex: string;
    readonly encrypted_regex: string;
    readonly mac_only_encrypted: true;
}
/**
 * The creation rule for an encrypted config at `relativePath` (from the folder of `.sops.yaml`),
 * so that the sops CLI encrypts such a file (`sops encrypt --filename-override`, `sops updatekeys`)
 * with the same rule as init. It goes before the tree's rule, whose `path_regex` matches the config's
 * name too.
 */
export declare function configFileRule(relativePath: string, encryptedRegex: string): ConfigFileRule;
/** The text of a `.sops.yaml` with `rule` (and `age: recipients`) put first, unless a rule with its path_regex exists. */
export declare function withFirstRule(text: string, rule: ConfigFileRule, recipients: readonly string[]): string;
