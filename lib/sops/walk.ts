import { ScalarNode, TreeNode } from './tree';

/**
 * Rebuilds a tree, replacing every scalar leaf with `visit(leaf, path)`, depth first in document
 * order. `path` holds the mapping keys from the root to the leaf; sequence indices are not part of
 * it (sops uses the key that holds the sequence for every item).
 */
export function mapLeaves(
  node: TreeNode,
  visit: (leaf: ScalarNode, path: readonly string[]) => TreeNode,
  path: readonly string[] = [],
): TreeNode {
  switch (node.kind) {
    case 'map':
      return {
        kind: 'map',
        entries: node.entries.map(([key, child]) => [key, mapLeaves(child, visit, [...path, key])] as const),
      };
    case 'seq':
      return { kind: 'seq', items: node.items.map((item) => mapLeaves(item, visit, path)) };
    case 'scalar':
      return visit(node, path);
  }
}

/** The additional data of a value: the key path joined with `:`, plus a trailing `:`. */
export function pathAad(path: readonly string[]): string {
  return `${path.join(':')}:`;
}
