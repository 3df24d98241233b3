"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseYamlDocuments = parseYamlDocuments;
const yaml_1 = require("yaml");
const tree_1 = require("./tree");
const yaml_resolve_1 = require("./yaml-resolve");
const STR_TAGS = new Set(['tag:yaml.org,2002:str', '!!str']);
function toTree(node, path) {
    if (node === null || node === undefined)
        return tree_1.NULL_NODE;
    if ((0, yaml_1.isAlias)(node)) {
        throw new Error(`unsupported yaml alias "*${node.source}" at "${(0, tree_1.showPath)(path)}"`);
    }
    if ((0, yaml_1.isMap)(node)) {
        const entries = node.items.map((pair) => {
            if (!(0, yaml_1.isScalar)(pair.key) || typeof pair.key.value !== 'string') {
                throw new Error(`unsupported non-string mapping key under "${(0, tree_1.showPath)(path)}"`);
            }
            const key = pair.key.value;
            return [key, toTree(pair.value, [...path, key])];
        });
        return { kind: 'map', entries };
    }
    if ((0, yaml_1.isSeq)(node)) {
        return { kind: 'seq', items: node.items.map((item) => toTree(item, path)) };
    }
    if ((0, yaml_1.isScalar)(node)) {
        const text = String(node.value);
        if (node.tag !== undefined) {
            if (STR_TAGS.has(node.tag))
                return (0, tree_1.strNode)(text);
            throw new Error(`unsupported yaml tag "${node.tag}" at "${(0, tree_1.showPath)(path)}"`);
        }
        return node.type === 'PLAIN' ? (0, yaml_resolve_1.resolvePlainScalar)(text) : (0, tree_1.strNode)(text);
    }
    throw new Error(`unsupported yaml node at "${(0, tree_1.showPath)(path)}"`);
}
/**
 * Parses YAML text into ordered trees, one per document. Every scalar is read as text (failsafe
 * schema) and typed with go-yaml v3's rules, so that values match what sops hashes. Duplicate keys,
 * aliases and explicit non-string tags are rejected.
 */
function parseYamlDocuments(text) {
    const docs = (0, yaml_1.parseAllDocuments)(text, { schema: 'failsafe', uniqueKeys: true });
    if (!Array.isArray(docs))
        return [];
    return docs.map((doc) => {
        const problem = doc.errors[0] ?? doc.warnings[0];
        if (problem !== undefined)
            throw new Error(`cannot parse yaml: ${problem.message}`);
        return toTree(doc.contents, []);
    });
}
