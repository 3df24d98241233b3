/**
 * The rule that selects which leaves sops encrypts. A file stores exactly one; without any, sops
 * assumes `unencrypted_suffix: _unencrypted`.
 */

/** The metadata keys of the supported rules. */
export const RULE_KEYS = ['unencrypted_suffix', 'encrypted_suffix', 'unencrypted_regex', 'encrypted_regex'] as const;

/** The comment rules (sops ≥ 3.9), which this library refuses. */
export const COMMENT_RULE_KEYS = ['unencrypted_comment_regex', 'encrypted_comment_regex'] as const;

/** The rule stored in a file's metadata. */
export interface EncryptionRule {
  /** The metadata key naming the rule, e.g. `encrypted_regex`. */
  readonly key: (typeof RULE_KEYS)[number];
  /** The suffix or Go regex. */
  readonly value: string;
}

/** The rule sops assumes when a file stores none. */
export const DEFAULT_RULE: EncryptionRule = { key: 'unencrypted_suffix', value: '_unencrypted' };

/**
 * Compiles a Go RE2 pattern as a JS RegExp. A leading inline flag group such as `(?i)` becomes a
 * RegExp flag and `(?P<name>` becomes `(?<name>`; the other common RE2 syntax means the same in JS.
 */
export function compileGoRegex(pattern: string, what: string): RegExp {
  const flags = /^\(\?([ims]+)\)/.exec(pattern);
  const body = (flags === null ? pattern : pattern.slice(flags[0].length)).replace(/\(\?P</g, '(?<');
  try {
    return new RegExp(body, flags === null ? '' : flags[1]);
  } catch (err) {
    throw new Error(`invalid ${what} "${pattern}": ${(err as Error).message}`);
  }
}

/**
 * Returns the predicate "is a leaf at this key path encrypted". Regexes are searched (not
 * anchored) in each path component separately, like Go `regexp.Match`.
 */
export function compileRule(rule: EncryptionRule): (path: readonly string[]) => boolean {
  switch (rule.key) {
    case 'unencrypted_suffix':
      return (path) => !path.some((k) => k.endsWith(rule.value));
    case 'encrypted_suffix':
      return (path) => path.some((k) => k.endsWith(rule.value));
    case 'unencrypted_regex': {
      const re = compileGoRegex(rule.value, rule.key);
      return (path) => !path.some((k) => re.test(k));
    }
    case 'encrypted_regex': {
      const re = compileGoRegex(rule.value, rule.key);
      return (path) => path.some((k) => re.test(k));
    }
  }
}
