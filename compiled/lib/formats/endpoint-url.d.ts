/**
 * Endpoint URLs as the WHATWG URL parser (Node's `URL`) reads them, and only in the form it
 * writes back: a value must survive `new URL(value).href` unchanged (up to the "/" it adds to an
 * empty path), so the string the operator wrote is the one every consumer sees. On top of that the
 * host must be a DNS name, an IPv4 address or a bracketed IPv6 address (WHATWG allows `$`, `'`,
 * `(` and more in host names), and quotes, backslashes, whitespace and control characters are
 * refused anywhere.
 */
/** Options of {@link endpointUrlProblem}. */
export interface EndpointUrlOptions {
    /** Allowed schemes without the colon, like `['http', 'https']`. */
    readonly schemes: readonly string[];
    /** Whether `user:password@` may appear (SMTP connection URLs carry credentials). @default false */
    readonly userinfo?: boolean;
    /** Whether a path other than "/" may appear. @default true */
    readonly path?: boolean;
    /** Whether a query may appear. @default false */
    readonly query?: boolean;
}
/**
 * What is wrong with an endpoint URL, or undefined when it is acceptable. The message never
 * repeats the value (it may carry a password).
 */
export declare function endpointUrlProblem(value: string, options: EndpointUrlOptions): string | undefined;
/** A URL with user info, greedy up to the last "@" before whitespace (see `withoutUserinfo`); group 1 is the scheme and "://". */
export declare const URL_WITH_USERINFO: RegExp;
/**
 * A text as messages may show it: the user info of every URL in it (`scheme://user:password@`,
 * up to the last "@" before whitespace, so a password holding "/" or "@" is covered too) replaced
 * by `<hidden>@`. Every message that quotes a URL goes through this.
 */
export declare function withoutUserinfo(text: string): string;
