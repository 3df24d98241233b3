/**
 * The Go formatting and parsing rules sops relies on (strconv, time), so that values hashed into
 * the MAC and values written to YAML have exactly the bytes the Go implementation produces.
 */
/** Go `strconv.FormatFloat(v, 'f', -1, 64)`: shortest round-trip decimal, never an exponent. */
export declare function formatGoFloatFixed(value: number): string;
/**
 * How go-yaml v3 writes a float64: `strconv.FormatFloat(v, 'g', -1, 64)`, which uses the exponent
 * form when the decimal exponent is below -4 or at least 6 (`1.234567e+06`), with `.inf`, `-.inf`
 * and `.nan` for the special values.
 */
export declare function formatGoFloatYaml(value: number): string;
/** Go `strconv.ParseBool`. */
export declare function parseGoBool(text: string): boolean | undefined;
/** Go `strconv.Atoi` on a 64-bit platform (base 10, optional sign, int64 range). */
export declare function parseGoDecimalInt(text: string): bigint | undefined;
/**
 * Go `strconv.ParseInt(s, 0, 64)`, falling back to `ParseUint(s, 0, 64)` for non-negative values
 * above the int64 range, as go-yaml v3 resolves plain scalars (after removing `_`).
 */
export declare function parseGoIntBase0(text: string): bigint | undefined;
/** Go `strconv.ParseFloat(s, 64)` for the decimal forms sops writes (plus inf and nan). */
export declare function parseGoFloat(text: string): number | undefined;
/**
 * Go `time.Parse(time.RFC3339, s).Format(time.RFC3339)`: how sops turns `lastmodified` into the AAD
 * of the MAC (fractional seconds dropped, a zero offset written as `Z`).
 */
export declare function canonicalRfc3339(text: string): string | undefined;
/** Go `time.Parse(time.RFC3339, s)` then `MarshalText` (RFC 3339 with trimmed nanoseconds). */
export declare function canonicalRfc3339Nano(text: string): string | undefined;
/**
 * go-yaml v3 `parseTimestamp` (formats `2006-1-2T15:4:5.999999999Z07:00`, the same with `t`,
 * `2006-1-2 15:4:5.999999999` and `2006-1-2`), returned as Go `MarshalText` would print the time,
 * or undefined when the text is not a timestamp.
 */
export declare function parseYamlTimestamp(text: string): string | undefined;
