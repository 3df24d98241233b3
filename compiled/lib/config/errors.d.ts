import { InputError } from '../errors';
/** One problem found in a config file. */
export interface ConfigProblem {
    /** The key path, like `langfuse_salt`. */
    readonly key: string;
    /** What is wrong and what is allowed. */
    readonly message: string;
    /** The value as printed (secrets are masked); absent when the key is missing. */
    readonly shownValue?: string;
    /** What a valid value looks like, when `message` does not say it. */
    readonly hint?: string;
}
/**
 * Every problem of a config file at once. The CLI and the synth entry point print `message` and
 * exit with status 2 without a stack trace.
 */
export declare class ConfigError extends InputError {
    readonly problems: readonly ConfigProblem[];
    readonly source: string;
    constructor(source: string, problems: readonly ConfigProblem[]);
}
/**
 * A validated config that a construct still refused while the app was built (a combination the
 * config rules do not catch yet). It is reported like a config problem, exit 2, and names the
 * instance; the construct's message quotes no secret.
 */
export declare class ConfigBuildError extends InputError {
    readonly instanceName: string;
    readonly reason: string;
    constructor(instanceName: string, reason: string);
}
/**
 * The names of the keys that hold secrets, as a regex source that means the same in JavaScript
 * and in Go's RE2 (an encrypted config's `encrypted_regex`).
 */
export declare const SECRET_KEY_PATTERN = "(password|_secret|_salt|encryption_key|access_key|secret_key|api_key|smtp_url)$";
/** Whether a key holds a secret whose value must never be printed. */
export declare function isSecretKey(key: string): boolean;
/** How a value is shown in an error: secrets are masked, long values cut. */
export declare function showValue(key: string, value: unknown): string;
/**
 * A value with the user info of every URL in it (`scheme://user:password@host`) replaced by
 * `<hidden>`, whatever the key: a URL may carry a password under any name.
 */
export declare function maskUserinfo(value: unknown): unknown;
/** Levenshtein distance with adjacent transpositions (optimal string alignment), for typo hints. */
export declare function editDistance(a: string, b: string): number;
export declare function suggestKeys(key: string, validKeys: readonly string[]): string[];
/** The valid key closest to `key` when exactly one is a likely typo or shortening of it (see {@link suggestKeys}). */
export declare function closestKey(key: string, validKeys: readonly string[]): string | undefined;
/** A "did you mean" hint for `key`, naming every candidate; undefined when there is none. */
export declare function didYouMean(key: string, validKeys: readonly string[]): string | undefined;
