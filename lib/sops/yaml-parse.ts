import { isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import { NULL_NODE, showPath, strNode, TreeNode } from './tree';
import { resolvePlainScalar } from './yaml-resolve';

const STR_TAGS = new Set(['tag:yaml.org,2002:str', '!!str']);

function toTree(node: unknown, path: readonly string[]): TreeNode {
  if (node === null || node === undefined) return NULL_NODE;
  if (isAlias(node)) {
    throw new Error(`unsupported yaml alias "*${node.source}" at "${showPath(path)}"`);
  }
  if (isMap(node)) {
    const entries = node.items.map((pair) => {
      if (!isScalar(pair.key) || typeof pair.key.value !== 'string') {
        throw new Error(`unsupported non-string mapping key under "${showPath(path)}"`);
      }
      const key = pair.key.value;
      return [key, toTree(pair.value, [...path, key])] as const;
    });
    return { kind: 'map', entries };
  }
  if (isSeq(node)) {
    return { kind: 'seq', items: node.items.map((item) => toTree(item, path)) };
  }
  if (isScalar(node)) {
    const text = String(node.value);
    if (node.tag !== undefined) {
      if (STR_TAGS.has(node.tag)) return strNode(text);
      throw new Error(`unsupported yaml tag "${node.tag}" at "${showPath(path)}"`);
    }
    return node.type === 'PLAIN' ? resolvePlainScalar(text) : strNode(text);
  }
  throw new Error(`unsupported yaml node at "${showPath(path)}"`);
}

/**
 * Parses YAML text into ordered trees, one per document. Every scalar is read as text (failsafe
 * schema) and typed with go-yaml v3's rules, so that values match what sops hashes. Duplicate keys,
 * aliases and explicit non-string tags are rejected.
 */
export function parseYamlDocuments(text: string): TreeNode[] {
  const docs = parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: true });
  if (!Array.isArray(docs)) return [];
  return docs.map((doc) => {
    const problem = doc.errors[0] ?? doc.warnings[0];
    if (problem !== undefined) throw new Error(`cannot parse yaml: ${problem.message}`);
    return toTree(doc.contents, []);
  });
}
