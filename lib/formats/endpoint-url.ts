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

const DNS_NAME = /^(?=.{1,253}$)([a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?)*$/;
const IPV4 = /^(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])(\.(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3}$/;
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\s"'`\\<>^{}|\u0000-\u001f\u007f]/;

/**
 * What is wrong with an endpoint URL, or undefined when it is acceptable. The message never
 * repeats the value (it may carry a password).
 */
export function endpointUrlProblem(value: string, options: EndpointUrlOptions): string | undefined {
  const schemes = options.schemes.map((s) => `${s}://`).join(' or ');
  if (FORBIDDEN.test(value)) return `must be an ${schemes} URL without whitespace, quotes, backslashes or control characters`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `must be an ${schemes} URL`;
  }
  if (!options.schemes.includes(url.protocol.slice(0, -1)) || !value.startsWith(`${url.protocol}//`)) return `must be an ${schemes} URL`;
  if (!(options.userinfo ?? false) && (url.username !== '' || url.password !== '' || value.includes('@'))) {
    return 'must not contain a user name or password ("user:password@"); credentials go in their own keys';
  }
  const host = url.hostname;
  if (!(DNS_NAME.test(host) || IPV4.test(host) || /^\[[0-9a-f:.]+\]$/.test(host))) {
    return 'must name a host as a lowercase DNS name, an IPv4 address or a bracketed IPv6 address';
  }
  if (!(options.path ?? true) && url.pathname !== '/' && url.pathname !== '') return 'must have no path';
  if (!(options.query ?? false) && (url.search !== '' || value.includes('?'))) return 'must have no query ("?...")';
  if (url.hash !== '' || value.includes('#')) return 'must have no fragment ("#...")';
  const canonical = url.href;
  if (value !== canonical && !(url.pathname === '/' && url.search === '' && `${value}/` === canonical)) {
    return `must be written in canonical form (lowercase scheme and host, no default port, no "." or ".." path segments, percent-encoding where needed)${options.userinfo ? '' : `: "${canonical.replace(/\/$/, '')}"`}`;
  }
  return undefined;
}

/** A URL with user info, greedy up to the last "@" before whitespace (see `withoutUserinfo`); group 1 is the scheme and "://". */
export const URL_WITH_USERINFO = /([A-Za-z][A-Za-z0-9+.-]*:\/\/)\S*@/;

/**
 * A text as messages may show it: the user info of every URL in it (`scheme://user:password@`,
 * up to the last "@" before whitespace, so a password holding "/" or "@" is covered too) replaced
 * by `<hidden>@`. Every message that quotes a URL goes through this.
 */
export function withoutUserinfo(text: string): string {
  return text.replace(new RegExp(URL_WITH_USERINFO.source, 'g'), '$1<hidden>@');
}
