"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resolvePlainScalar = resolvePlainScalar;
exports.plainWouldNotBeString = plainWouldNotBeString;
const go_format_1 = require("./go-format");
const tree_1 = require("./tree");
/**
 * go-yaml v3 `resolve` for plain (unquoted) scalars: which type a plain scalar decodes to when sops
 * reads a YAML file. The rules differ from the YAML 1.2 core schema of the npm `yaml` package
 * (`017` is octal, `1_000` is an int, unquoted timestamps are times).
 */
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const NANS = new Set(['.nan', '.NaN', '.NAN']);
const INFS = new Set(['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF']);
const NEG_INFS = new Set(['-.inf', '-.Inf', '-.INF']);
const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** The typed value of a plain scalar, as go-yaml v3 resolves it. */
function resolvePlainScalar(text) {
    if (NULLS.has(text))
        return tree_1.NULL_NODE;
    if (TRUES.has(text))
        return { kind: 'scalar', type: 'bool', value: true };
    if (FALSES.has(text))
        return { kind: 'scalar', type: 'bool', value: false };
    if (NANS.has(text))
        return { kind: 'scalar', type: 'float', value: NaN };
    if (INFS.has(text))
        return { kind: 'scalar', type: 'float', value: Infinity };
    if (NEG_INFS.has(text))
        return { kind: 'scalar', type: 'float', value: -Infinity };
    const first = text[0];
    if (first === '.') {
        const value = (0, go_format_1.parseGoFloat)(text);
        if (value !== undefined)
            return { kind: 'scalar', type: 'float', value };
    }
    else if (/[-+0-9]/.test(first)) {
        if ((0, go_format_1.parseYamlTimestamp)(text) !== undefined)
            return { kind: 'scalar', type: 'time', value: text };
        const plain = text.replace(/_/g, '');
        const int = (0, go_format_1.parseGoIntBase0)(plain);
        if (int !== undefined)
            return { kind: 'scalar', type: 'int', value: int };
        if (YAML_STYLE_FLOAT.test(plain)) {
            const value = (0, go_format_1.parseGoFloat)(plain);
            if (value !== undefined)
                return { kind: 'scalar', type: 'float', value };
        }
    }
    return (0, tree_1.strNode)(text);
}
const OLD_BOOLS = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF']);
const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;
/**
 * Whether go-yaml v3 must quote this string so that it reads back as a string: it would resolve to
 * another type, is the merge key `<<`, or is a YAML 1.1 bool or sexagesimal number.
 */
function plainWouldNotBeString(text) {
    return (resolvePlainScalar(text).type !== 'str' || text === '<<' || OLD_BOOLS.has(text) || BASE60_FLOAT.test(text));
}
