"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mapLeaves = mapLeaves;
exports.pathAad = pathAad;
/**
 * Rebuilds a tree, replacing every scalar leaf with `visit(leaf, path)`, depth first in document
 * order. `path` holds the mapping keys from the root to the leaf; sequence indices are not part of
 * it (sops uses the key that holds the sequence for every item).
 */
function mapLeaves(node, visit, path = []) {
    switch (node.kind) {
        case 'map':
            return {
                kind: 'map',
                entries: node.entries.map(([key, child]) => [key, mapLeaves(child, visit, [...path, key])]),
            };
        case 'seq':
            return { kind: 'seq', items: node.items.map((item) => mapLeaves(item, visit, path)) };
        case 'scalar':
            return visit(node, path);
    }
}
/** The additional data of a value: the key path joined with `:`, plus a trailing `:`. */
function pathAad(path) {
    return `${path.join(':')}:`;
}
