import { ScalarNode, TreeNode } from './tree';
/**
 * Rebuilds a tree, replacing every scalar leaf with `visit(leaf, path)`, depth first in document
 * order. `path` holds the mapping keys from the root to the leaf; sequence indices are not part of
 * it (sops uses the key that holds the sequence for every item).
 */
export declare function mapLeaves(node: TreeNode, visit: (leaf: ScalarNode, path: readonly string[]) => TreeNode, path?: readonly string[]): TreeNode;
/** The additional data of a value: the key path joined with `:`, plus a trailing `:`. */
export declare function pathAad(path: readonly string[]): string;
