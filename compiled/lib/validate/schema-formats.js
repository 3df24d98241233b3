"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.GO_DURATION = void 0;
exports.isCidr = isCidr;
exports.addKubernetesFormats = addKubernetesFormats;
exports.rewriteGoPattern = rewriteGoPattern;
exports.compileGoPattern = compileGoPattern;
exports.goRegExpEngine = goRegExpEngine;
const ajv_formats_1 = __importDefault(require("ajv-formats"));
/**
 * A Go duration as `time.ParseDuration` accepts it: `0`, or one or more decimal numbers each
 * followed by a unit (`ns`, `us`, `µs`, `ms`, `s`, `m`, `h`), with an optional sign.
 *
 * In a CRD, `format: duration` means this, not the ISO 8601 duration of ajv-formats.
 */
exports.GO_DURATION = /^[-+]?(?:0|(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+)$/;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/**
 * Checks a CIDR the way Go's `net.ParseCIDR` does: an IPv4 or IPv6 address, a slash and a prefix
 * length within the address size.
 *
 * @param value the string to check
 */
function isCidr(value) {
    const slash = value.lastIndexOf('/');
    if (slash < 0) {
        return false;
    }
    const ip = value.slice(0, slash);
    const bits = value.slice(slash + 1);
    if (!/^\d{1,3}$/.test(bits)) {
        return false;
    }
    if (IPV4.test(ip)) {
        return Number(bits) <= 32;
    }
    return isIpv6(ip) && Number(bits) <= 128;
}
function isIpv6(ip) {
    if (!/^[0-9a-fA-F:.]+$/.test(ip) || ip.split('::').length > 2) {
        return false;
    }
    let groups = ip.split(':');
    let needed = 8;
    const last = groups[groups.length - 1];
    if (last.includes('.')) {
        if (!IPV4.test(last)) {
            return false;
        }
        groups = groups.slice(0, -1);
        needed = 6;
    }
    const compressed = ip.includes('::');
    const filled = groups.filter((g) => g !== '');
    if (filled.some((g) => !/^[0-9a-fA-F]{1,4}$/.test(g))) {
        return false;
    }
    return compressed ? filled.length < needed : filled.length === needed && groups.length === needed;
}
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
function addKubernetesFormats(ajv) {
    (0, ajv_formats_1.default)(ajv);
    ajv.addFormat('duration', exports.GO_DURATION);
    ajv.addFormat('cidr', { type: 'string', validate: isCidr });
    ajv.addFormat('idn-hostname', { type: 'string', validate: () => true });
}
/**
 * Rewrites Go RE2 one-letter Unicode classes (`\pL`, `\PC`) to the JavaScript form (`\p{L}`,
 * `\P{C}`). An escaped backslash before `p` (`\\p`) is left alone.
 *
 * @param pattern a Go regular expression
 */
function rewriteGoPattern(pattern) {
    // each match is one escape sequence, so `\\` is consumed whole and never starts a class
    return pattern.replace(/\\(?:([pP])([A-Za-z])|[\s\S])/g, (escape, p, cls) => (p ? `\\${p}{${cls}}` : escape));
}
/**
 * Compiles a Go pattern for JavaScript: rewrites it with {@link rewriteGoPattern} and returns
 * `undefined` when it still does not compile (for example the inline flag group `(?i)`).
 *
 * @param pattern a Go regular expression
 * @param flags JavaScript flags (ajv passes `u`)
 */
function compileGoPattern(pattern, flags = 'u') {
    try {
        return new RegExp(rewriteGoPattern(pattern), flags);
    }
    catch {
        return undefined;
    }
}
/**
 * Builds the `code.regExp` engine for ajv: Go patterns are rewritten, and a pattern that still does
 * not compile accepts every value and is passed to `onSkip`, so the gap can be reported.
 *
 * @param onSkip called with each pattern that had to be skipped
 */
function goRegExpEngine(onSkip) {
    const engine = (pattern, flags) => {
        const compiled = compileGoPattern(pattern, flags);
        if (compiled) {
            return compiled;
        }
        onSkip(pattern);
        return /(?:)/;
    };
    return Object.assign(engine, { code: 'goRegExp' });
}
