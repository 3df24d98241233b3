import type Ajv from 'ajv';
/**
 * A Go duration as `time.ParseDuration` accepts it: `0`, or one or more decimal numbers each
 * followed by a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), with an optional sign.
 *
 * In a CRD, `format: duration` means this, not the ISO 8601 duration of ajv-formats.
 */
export declare const GO_DURATION: RegExp;
/**
 * Checks a CIDR the way Go's `net.ParseCIDR` does: an IPv4 or IPv6 address, a slash and a prefix
 * length within the address size.
 *
 * @param value the string to check
 */
export declare function isCidr(value: string): boolean;
/**
 * Registers every format the CRDs and the Kubernetes definitions use.
 *
 * - ajv-formats: `date-time`, `ipv4`, `ipv6`, `uri`, `int32`, `int64`, `float`, `double`, `byte`
 *   (base64) and the rest of its set.
 * - `duration` is replaced by a Go duration ({@link GO_DURATION}).
 * - `cidr` (Cilium) is an IP prefix such as `10.0.0.0/8` ({@link isCidr}).
 * - `idn-hostname` accepts any string: in these CRDs it marks Cilium's HTTP `host` rule, which is a
 *   POSIX regular expression (`foo\.bar\.com`), and the API server does not check that format.
 *
 * @param ajv the instance to extend
 */
export declare function addKubernetesFormats(ajv: Ajv): void;
/**
 * Rewrites Go RE2 one-letter Unicode classes (`\pL`, `\PC`) to the JavaScript form (`\p{L}`,
 * `\P{C}`). An escaped backslash before `p` (`\\p`) is left alone.
 *
 * @param pattern a Go regular expression
 */
export declare function rewriteGoPattern(pattern: string): string;
/**
 * Compiles a Go pattern for JavaScript: rewrites it with {@link rewriteGoPattern} and returns
 * `undefined` when it still does not compile (for example the inline flag group `(?i)`).
 *
 * @param pattern a Go regular expression
 * @param flags JavaScript flags (ajv passes `u`)
 */
export declare function compileGoPattern(pattern: string, flags?: string): RegExp | undefined;
/** What ajv calls instead of `new RegExp` (its `code.regExp` option). */
export type RegExpEngine = ((pattern: string, flags: string) => RegExp) & {
    code: string;
};
/**
 * Builds the `code.regExp` engine for ajv: Go patterns are rewritten, and a pattern that still does
 * not compile accepts every value and is passed to `onSkip`, so the gap can be reported.
 *
 * @param onSkip called with each pattern that had to be skipped
 */
export declare function goRegExpEngine(onSkip: (pattern: string) => void): RegExpEngine;
