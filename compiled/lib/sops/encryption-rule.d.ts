/**
 * The rule that selects which leaves sops encrypts. A file stores exactly one; without any, sops
 * assumes `unencrypted_suffix: _unencrypted`.
 */
/** The metadata keys of the supported rules. */
export declare const RULE_KEYS: readonly ["unencrypted_suffix", "encrypted_suffix", "unencrypted_regex", "encrypted_regex"];
/** The comment rules (sops ≥ 3.9), which this library refuses. */
export declare const COMMENT_RULE_KEYS: readonly ["unencrypted_comment_regex", "encrypted_comment_regex"];
/** The rule stored in a file's metadata. */
export interface EncryptionRule {
    /** The metadata key naming the rule, e.g. `encrypted_regex`. */
    readonly key: (typeof RULE_KEYS)[number];
    /** The suffix or Go regex. */
    readonly value: string;
}
/** The rule sops assumes when a file stores none. */
export declare const DEFAULT_RULE: EncryptionRule;
/**
 * Compiles a Go RE2 pattern as a JS RegExp. A leading inline flag group such as `(?i)` becomes a
 * RegExp flag and `(?P<name>` becomes `(?<name>`; the other common RE2 syntax means the same in JS.
 */
export declare function compileGoRegex(pattern: string, what: string): RegExp;
/**
 * Returns the predicate "is a leaf at this key path encrypted". Regexes are searched (not
 * anchored) in each path component separately, like Go `regexp.Match`.
 */
export declare function compileRule(rule: EncryptionRule): (path: readonly string[]) => boolean;
