"use strict";
/**
 * Passwords that Langfuse reads from inside a URL, whatever characters they hold.
 *
 * Chart 1.5.41 pastes `DATABASE_PASSWORD` and `REDIS_PASSWORD` unencoded into URLs: the Langfuse
 * entrypoints compose `DATABASE_URL=postgresql://USER:${DATABASE_PASSWORD}@HOST/NAME`
 * (web/entrypoint.sh and worker/entrypoint.sh at v3.224.1), and the chart renders
 * `REDIS_CONNECTION_STRING=redis://USER:$(REDIS_PASSWORD)@HOST:PORT/DB` (charts/langfuse/templates/
 * _helpers.tpl at langfuse-1.5.41). Both consumers percent-decode the user info: Prisma's URL parser
 * (quaint, `PostgresNativeUrl::password`) and ioredis 5 (`parseURL`, Node's `url.parse`, which
 * decodes `auth`). Neither variable is read anywhere else. So the Secret carries, next to the raw
 * password (which CloudNativePG's managed role and Dragonfly's ACL read), the password
 * percent-encoded, and the chart's password key points at it. A password of unreserved characters
 * only encodes to itself: it keeps the one key it always had.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.URL_ENCODED_PASSWORD_KEY = void 0;
exports.percentEncode = percentEncode;
exports.needsUrlEncoding = needsUrlEncoding;
exports.urlPasswordData = urlPasswordData;
exports.urlPasswordKey = urlPasswordKey;
/** The Secret key that holds the percent-encoded password, when the password needs encoding. */
exports.URL_ENCODED_PASSWORD_KEY = 'password-url-encoded';
/** RFC 3986 unreserved characters: the only ones that stand for themselves in every part of a URL. */
const UNRESERVED = /^[A-Za-z0-9._~-]$/;
/** Percent-encodes every character outside RFC 3986's unreserved set (UTF-8 bytes, uppercase hex). */
function percentEncode(value) {
    let out = '';
    for (const char of value) {
        if (UNRESERVED.test(char))
            out += char;
        else
            for (const byte of Buffer.from(char, 'utf8'))
                out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return out;
}
/** Whether a password changes when percent-encoded (so a consumer that decodes needs the encoded form). */
function needsUrlEncoding(password) {
    return percentEncode(password) !== password;
}
/** The Secret data for a password that is also read from a URL: `password`, plus the encoded form when it differs. */
function urlPasswordData(password) {
    return needsUrlEncoding(password) ? { password, [exports.URL_ENCODED_PASSWORD_KEY]: percentEncode(password) } : { password };
}
/** The key of that Secret the chart must paste into the URL. */
function urlPasswordKey(password) {
    return needsUrlEncoding(password) ? exports.URL_ENCODED_PASSWORD_KEY : 'password';
}
