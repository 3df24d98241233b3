import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';

/** One YAML document of a file in an emitted tree. */
export interface TreeDocument {
  /** File path relative to the tree root, with "/" separators. */
  readonly file: string;
  /** Position of the document in its file, from 0. */
  readonly index: number;
  /** The parsed document. */
  readonly content: unknown;
}

/** A file that could not be parsed. */
export interface TreeParseError {
  readonly file: string;
  readonly message: string;
}

/** Every YAML document of a tree, and the files that did not parse. */
export interface LoadedTree {
  readonly root: string;
  readonly files: readonly string[];
  readonly documents: readonly TreeDocument[];
  readonly parseErrors: readonly TreeParseError[];
}

/** Every `*.yaml` / `*.yml` file below `root` (dot folders skipped), relative, sorted. */
export function listYamlFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.ya?ml$/.test(entry.name)) out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/** Reads and parses every YAML file of a tree; syntax errors are collected, not thrown. */
export function loadTree(root: string): LoadedTree {
  const files = listYamlFiles(root);
  const documents: TreeDocument[] = [];
  const parseErrors: TreeParseError[] = [];
  for (const file of files) {
    const docs = parseAllDocuments(fs.readFileSync(path.join(root, file), 'utf8'), { prettyErrors: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const errors = list.flatMap((d) => d.errors);
    if (errors.length > 0) {
      parseErrors.push({ file, message: errors[0].message.split('\n')[0] });
      continue;
    }
    list.forEach((doc, index) => {
      const content = doc.toJS();
      if (content !== null && content !== undefined) documents.push({ file, index, content });
    });
  }
  return { root, files, documents, parseErrors };
}

/** `Kind/name` of a document, for findings. */
export function documentLabel(content: unknown): string {
  if (!isMap(content)) return '(not a mapping)';
  const kind = typeof content.kind === 'string' ? content.kind : '(no kind)';
  const name = isMap(content.metadata) && typeof content.metadata.name === 'string' ? content.metadata.name : '(no name)';
  return `${kind}/${name}`;
}

/** Whether a value is a plain mapping. */
export function isMap(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
