"use strict";
/**
 * The rule that selects which leaves sops encrypts. A file stores exactly one; without any, sops
 * assumes `unencrypted_suffix: _unencrypted`.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_RULE = exports.COMMENT_RULE_KEYS = exports.RULE_KEYS = void 0;
exports.compileGoRegex = compileGoRegex;
exports.compileRule = compileRule;
/** The metadata keys of the supported rules. */
exports.RULE_KEYS = ['unencrypted_suffix', 'encrypted_suffix', 'unencrypted_regex', 'encrypted_regex'];
/** The comment rules (sops ≥ 3.9), which this library refuses. */
exports.COMMENT_RULE_KEYS = ['unencrypted_comment_regex', 'encrypted_comment_regex'];
/** The rule sops assumes when a file stores none. */
exports.DEFAULT_RULE = { key: 'unencrypted_suffix', value: '_unencrypted' };
/**
 * Compiles a Go RE2 pattern as a JS RegExp. A leading inline flag group such as `(?i)` becomes a
 * RegExp flag and `(?P<name>` becomes `(?<name>`; the other common RE2 syntax means the same in JS.
 */
function compileGoRegex(pattern, what) {
    const flags = /^\(\?([ims]+)\)/.exec(pattern);
    const body = (flags === null ? pattern : pattern.slice(flags[0].length)).replace(/\(\?P</g, '(?<');
    try {
        return new RegExp(body, flags === null ? '' : flags[1]);
    }
    catch (err) {
        throw new Error(`invalid ${what} "${pattern}": ${err.message}`);
    }
}
/**
 * Returns the predicate "is a leaf at this key path encrypted". Regexes are searched (not
 * anchored) in each path component separately, like Go `regexp.Match`.
 */
function compileRule(rule) {
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
