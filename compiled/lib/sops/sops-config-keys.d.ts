/** The keys a `.sops.yaml` encrypts for, over all its creation rules. */
export interface SopsConfigKeys {
    /** Every age recipient, in rule order. */
    readonly ageRecipients: readonly string[];
    /** Every other key source, like `pgp in creation_rules[1]`. */
    readonly otherKeys: readonly string[];
    /** Indexes of the rules that have an `age` field. */
    readonly ageRules: readonly number[];
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
 * The text of a `.sops.yaml` with the `age` field of its rules that have one set to `recipients`,
 * or, when no rule has one, with the rule for the tree's Secret files put first; everything else
 * (other rules and settings, comments inside) is kept. The leading comment becomes `header`.
 */
export declare function withAgeRecipients(text: string, recipients: readonly string[], header: string): string;
