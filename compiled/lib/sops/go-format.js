"use strict";
/**
 * The Go formatting and parsing rules sops relies on (strconv, time), so that values hashed into
 * the MAC and values written to YAML have exactly the bytes the Go implementation produces.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatGoFloatFixed = formatGoFloatFixed;
exports.formatGoFloatYaml = formatGoFloatYaml;
exports.parseGoBool = parseGoBool;
exports.parseGoDecimalInt = parseGoDecimalInt;
exports.parseGoIntBase0 = parseGoIntBase0;
exports.parseGoFloat = parseGoFloat;
exports.canonicalRfc3339 = canonicalRfc3339;
exports.canonicalRfc3339Nano = canonicalRfc3339Nano;
exports.parseYamlTimestamp = parseYamlTimestamp;
/** Shortest round-trip decimal digits and decimal exponent of a finite, non-zero number. */
function shortestDigits(value) {
    const [mantissa, exp] = Math.abs(value).toExponential().split('e');
    return { digits: mantissa.replace('.', ''), exponent: Number(exp) };
}
/** Go `strconv.FormatFloat(v, 'f', -1, 64)`: shortest round-trip decimal, never an exponent. */
function formatGoFloatFixed(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (value === Infinity)
        return '+Inf';
    if (value === -Infinity)
        return '-Inf';
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    if (value === 0)
        return `${sign}0`;
    const { digits, exponent } = shortestDigits(value);
    if (exponent >= digits.length - 1)
        return sign + digits + '0'.repeat(exponent - digits.length + 1);
    if (exponent >= 0)
        return `${sign}${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
    return `${sign}0.${'0'.repeat(-exponent - 1)}${digits}`;
}
/**
 * How go-yaml v3 writes a float64: `strconv.FormatFloat(v, 'g', -1, 64)`, which uses the exponent
 * form when the decimal exponent is below -4 or at least 6 (`1.234567e+06`), with `.inf`, `-.inf`
 * and `.nan` for the special values.
 */
function formatGoFloatYaml(value) {
    if (Number.isNaN(value))
        return '.nan';
    if (value === Infinity)
        return '.inf';
    if (value === -Infinity)
        return '-.inf';
    const sign = value < 0 || Object.is(value, -0) ? '-' : '';
    if (value === 0)
        return `${sign}0`;
    const { digits, exponent } = shortestDigits(value);
    // strconv ftoa.go: "if precision was the shortest possible, use precision 6 for this decision"
    if (exponent < -4 || exponent >= 6) {
        const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
        const expSign = exponent < 0 ? '-' : '+';
        return `${sign}${mantissa}e${expSign}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    return formatGoFloatFixed(value);
}
/** Go `strconv.ParseBool`. */
function parseGoBool(text) {
    if (['1', 't', 'T', 'TRUE', 'true', 'True'].includes(text))
        return true;
    if (['0', 'f', 'F', 'FALSE', 'false', 'False'].includes(text))
        return false;
    return undefined;
}
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
/** Go `strconv.Atoi` on a 64-bit platform (base 10, optional sign, int64 range). */
function parseGoDecimalInt(text) {
    if (!/^[+-]?[0-9]+$/.test(text))
        return undefined;
    const value = BigInt(text);
    return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}
/**
 * Go `strconv.ParseInt(s, 0, 64)`, falling back to `ParseUint(s, 0, 64)` for non-negative values
 * above the int64 range, as go-yaml v3 resolves plain scalars (after removing `_`).
 */
function parseGoIntBase0(text) {
    const match = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(text);
    if (match === null)
        return undefined;
    const [, sign, body] = match;
    let magnitude;
    if (/^0[oO]/.test(body))
        magnitude = BigInt(`0o${body.slice(2)}`);
    else if (/^0[xXbB]/.test(body))
        magnitude = BigInt(body.toLowerCase());
    else if (body.length > 1 && body.startsWith('0'))
        magnitude = BigInt(`0o${body.slice(1)}`);
    else
        magnitude = BigInt(body);
    const value = sign === '-' ? -magnitude : magnitude;
    if (value >= INT64_MIN && value <= INT64_MAX)
        return value;
    return sign === '' && value <= UINT64_MAX ? value : undefined;
}
/** Go `strconv.ParseFloat(s, 64)` for the decimal forms sops writes (plus inf and nan). */
function parseGoFloat(text) {
    if (/^[+-]?(inf|infinity)$/i.test(text))
        return text.startsWith('-') ? -Infinity : Infinity;
    if (/^nan$/i.test(text))
        return NaN;
    if (!/^[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?$/.test(text))
        return undefined;
    const value = Number(text);
    // ParseFloat reports out-of-range values as errors
    return Number.isFinite(value) ? value : undefined;
}
function daysInMonth(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
function validTime(p) {
    return (p.month >= 1 &&
        p.month <= 12 &&
        p.day >= 1 &&
        p.day <= daysInMonth(p.year, p.month) &&
        p.hour <= 23 &&
        p.minute <= 59 &&
        p.second <= 59 &&
        Math.abs(p.offsetMinutes) < 25 * 60);
}
function parseOffset(zone) {
    if (zone === undefined || zone === 'Z')
        return 0;
    const sign = zone.startsWith('-') ? -1 : 1;
    return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}
function pad(n, width) {
    return String(n).padStart(width, '0');
}
function formatTime(p, withFraction) {
    const date = `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
    const clock = `${pad(p.hour, 2)}:${pad(p.minute, 2)}:${pad(p.second, 2)}`;
    const nanos = p.fraction.slice(0, 9).replace(/0+$/, '');
    const fraction = withFraction && nanos !== '' ? `.${nanos}` : '';
    const abs = Math.abs(p.offsetMinutes);
    const zone = p.offsetMinutes === 0 ? 'Z' : `${p.offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    return `${date}T${clock}${fraction}${zone}`;
}
const RFC3339 = /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})$/;
function parseRfc3339Parts(text) {
    const m = RFC3339.exec(text);
    if (m === null)
        return undefined;
    const parts = {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        hour: Number(m[4]),
        minute: Number(m[5]),
        second: Number(m[6]),
        fraction: m[7] ?? '',
        offsetMinutes: parseOffset(m[8]),
    };
    return validTime(parts) ? parts : undefined;
}
/**
 * Go `time.Parse(time.RFC3339, s).Format(time.RFC3339)`: how sops turns `lastmodified` into the AAD
 * of the MAC (fractional seconds dropped, a zero offset written as `Z`).
 */
function canonicalRfc3339(text) {
    const parts = parseRfc3339Parts(text);
    return parts === undefined ? undefined : formatTime(parts, false);
}
/** Go `time.Parse(time.RFC3339, s)` then `MarshalText` (RFC 3339 with trimmed nanoseconds). */
function canonicalRfc3339Nano(text) {
    const parts = parseRfc3339Parts(text);
    return parts === undefined ? undefined : formatTime(parts, true);
}
const YAML_TIMESTAMP = /^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:[Tt]([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\.([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2}))|(?: ([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2})(?:\.([0-9]+))?))?$/;
/**
 * go-yaml v3 `parseTimestamp` (formats `2006-1-2T15:4:5.999999999Z07:00`, the same with `t`,
 * `2006-1-2 15:4:5.999999999` and `2006-1-2`), returned as Go `MarshalText` would print the time,
 * or undefined when the text is not a timestamp.
 */
function parseYamlTimestamp(text) {
    const m = YAML_TIMESTAMP.exec(text);
    if (m === null)
        return undefined;
    const spaced = m[9] !== undefined;
    const parts = {
        year: Number(m[1]),
        month: Number(m[2]),
        day: Number(m[3]),
        hour: Number(spaced ? m[9] : (m[4] ?? 0)),
        minute: Number(spaced ? m[10] : (m[5] ?? 0)),
        second: Number(spaced ? m[11] : (m[6] ?? 0)),
        fraction: (spaced ? m[12] : m[7]) ?? '',
        offsetMinutes: parseOffset(m[8]),
    };
    return validTime(parts) ? formatTime(parts, true) : undefined;
}
