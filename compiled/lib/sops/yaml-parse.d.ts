import { TreeNode } from './tree';
/**
 * Parses YAML text into ordered trees, one per document. Every scalar is read as text (failsafe
 * schema) and typed with go-yaml v3's rules, so that values match what sops hashes. Duplicate keys,
 * aliases and explicit non-string tags are rejected.
 */
export declare function parseYamlDocuments(text: string): TreeNode[];
