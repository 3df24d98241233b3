/**
 * The ordered document tree sops works on. JS objects cannot be used directly: they reorder
 * integer-like keys, and the MAC and the emitted YAML depend on the document order.
 */
/** A scalar leaf, typed the way go-yaml v3 decodes it for sops. */
export type ScalarNode = {
    readonly kind: 'scalar';
    readonly type: 'str';
    readonly value: string;
} | {
    readonly kind: 'scalar';
    readonly type: 'int';
    readonly value: bigint;
} | {
    readonly kind: 'scalar';
    readonly type: 'float';
    readonly value: number;
} | {
    readonly kind: 'scalar';
    readonly type: 'bool';
    readonly value: boolean;
}
/** A YAML timestamp; `value` is the text as written. */
 | {
    readonly kind: 'scalar';
    readonly type: 'time';
    readonly value: string;
} | {
    readonly kind: 'scalar';
    readonly type: 'bytes';
    readonly value: Buffer;
} | {
    readonly kind: 'scalar';
    readonly type: 'null';
};
/** A mapping with string keys, in document order. */
export interface MapNode {
    readonly kind: 'map';
    readonly entries: ReadonlyArray<readonly [string, TreeNode]>;
}
/** A sequence. */
export interface SeqNode {
    readonly kind: 'seq';
    readonly items: readonly TreeNode[];
}
/** Any node of the tree. */
export type TreeNode = MapNode | SeqNode | ScalarNode;
/** The null leaf. */
export declare const NULL_NODE: ScalarNode;
/** A string leaf. */
export declare function strNode(value: string): ScalarNode;
/** A mapping from entries in order. */
export declare function mapNode(entries: ReadonlyArray<readonly [string, TreeNode]>): MapNode;
/** The value under `key` of a mapping, or undefined. */
export declare function getEntry(node: MapNode, key: string): TreeNode | undefined;
/** `a.b.c` for error messages. */
export declare function showPath(path: readonly string[]): string;
/**
 * Converts a plain JS value into a tree, keeping the key order of `Object.keys`. Strings, finite or
 * infinite numbers, booleans, bigints, null, arrays and plain objects are accepted; `undefined`
 * object properties are dropped (as JSON does).
 */
export declare function treeFromJs(value: unknown, path?: readonly string[]): TreeNode;
/**
 * Converts a tree back into plain JS: ints become numbers (bigints when outside the safe range),
 * timestamps stay strings as written, bytes become Buffers.
 */
export declare function treeToJs(node: TreeNode): unknown;
/** Whether two trees are equal, including key order and scalar types. */
export declare function treesEqual(a: TreeNode, b: TreeNode): boolean;
