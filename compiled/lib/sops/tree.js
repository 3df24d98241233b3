"use strict";
/**
 * The ordered document tree sops works on. JS objects cannot be used directly: they reorder
 * integer-like keys, and the MAC and the emitted YAML depend on the document order.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.NULL_NODE = void 0;
exports.strNode = strNode;
exports.mapNode = mapNode;
exports.getEntry = getEntry;
exports.showPath = showPath;
exports.treeFromJs = treeFromJs;
exports.treeToJs = treeToJs;
exports.treesEqual = treesEqual;
/** The null leaf. */
exports.NULL_NODE = { kind: 'scalar', type: 'null' };
/** A string leaf. */
function strNode(value) {
    return { kind: 'scalar', type: 'str', value };
}
/** A mapping from entries in order. */
function mapNode(entries) {
    return { kind: 'map', entries };
}
/** The value under `key` of a mapping, or undefined. */
function getEntry(node, key) {
    const entry = node.entries.find(([k]) => k === key);
    return entry === undefined ? undefined : entry[1];
}
/** `a.b.c` for error messages. */
function showPath(path) {
    return path.length === 0 ? '<root>' : path.join('.');
}
/**
 * Converts a plain JS value into a tree, keeping the key order of `Object.keys`. Strings, finite or
 * infinite numbers, booleans, bigints, null, arrays and plain objects are accepted; `undefined`
 * object properties are dropped (as JSON does).
 */
function treeFromJs(value, path = []) {
    if (value === null || value === undefined)
        return exports.NULL_NODE;
    switch (typeof value) {
        case 'string':
            return strNode(value);
        case 'boolean':
            return { kind: 'scalar', type: 'bool', value };
        case 'bigint':
            return { kind: 'scalar', type: 'int', value };
        case 'number':
            return Number.isSafeInteger(value)
                ? { kind: 'scalar', type: 'int', value: BigInt(value) }
                : { kind: 'scalar', type: 'float', value };
        case 'object':
            break;
        default:
            throw new Error(`unsupported value of type "${typeof value}" at "${showPath(path)}"`);
    }
    if (Array.isArray(value)) {
        return { kind: 'seq', items: value.map((item) => treeFromJs(item, path)) };
    }
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
        const name = value.constructor?.name ?? 'unknown';
        throw new Error(`unsupported value of class "${name}" at "${showPath(path)}": only plain objects, arrays and scalars`);
    }
    const entries = [];
    for (const [key, child] of Object.entries(value)) {
        if (child === undefined)
            continue;
        entries.push([key, treeFromJs(child, [...path, key])]);
    }
    return mapNode(entries);
}
/**
 * Converts a tree back into plain JS: ints become numbers (bigints when outside the safe range),
 * timestamps stay strings as written, bytes become Buffers.
 */
function treeToJs(node) {
    switch (node.kind) {
        case 'map': {
            const out = {};
            for (const [key, child] of node.entries) {
                // defineProperty, so that a "__proto__" key stays an ordinary property
                Object.defineProperty(out, key, { value: treeToJs(child), enumerable: true, writable: true, configurable: true });
            }
            return out;
        }
        case 'seq':
            return node.items.map(treeToJs);
        case 'scalar':
            switch (node.type) {
                case 'null':
                    return null;
                case 'int': {
                    const asNumber = Number(node.value);
                    return Number.isSafeInteger(asNumber) ? asNumber : node.value;
                }
                default:
                    return node.value;
            }
    }
}
/** Whether two trees are equal, including key order and scalar types. */
function treesEqual(a, b) {
    if (a.kind === 'map' && b.kind === 'map') {
        return (a.entries.length === b.entries.length &&
            a.entries.every(([key, child], i) => b.entries[i][0] === key && treesEqual(child, b.entries[i][1])));
    }
    if (a.kind === 'seq' && b.kind === 'seq') {
        return a.items.length === b.items.length && a.items.every((item, i) => treesEqual(item, b.items[i]));
    }
    if (a.kind === 'scalar' && b.kind === 'scalar') {
        if (a.type !== b.type)
            return false;
        if (a.type === 'null' || b.type === 'null')
            return true;
        if (a.type === 'bytes' && b.type === 'bytes')
            return a.value.equals(b.value);
        if (a.type === 'float' && b.type === 'float')
            return Object.is(a.value, b.value);
        return a.value === b.value;
    }
    return false;
}
