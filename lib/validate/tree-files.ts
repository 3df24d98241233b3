import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { InputFileError, readInputFile } from '../input-file';

/** The largest tree file read (Kubernetes objects are at most about 1.5 MiB each). */
const MAX_TREE_FILE_BYTES = 8 * 1024 * 1024;

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

/**
 * Every `*.yaml` / `*.yml` file below `root` (dot folders skipped), relative, sorted. Symlinks
 * are not followed (a link could lead out of the tree or to a device); every entry that is not a
 * regular file or a folder is listed in `special` instead of being read.
 */
export function listYamlFiles(root: string, special: string[] = []): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const relative = path.relative(root, full).split(path.sep).join('/');
      if (entry.isDirectory()) walk(full);
      else if (!entry.isFile()) special.push(relative);
      else if (/\.ya?ml$/.test(entry.name)) out.push(relative);
    }
  };
  walk(root);
  special.sort();
  return out.sort();
}

/** Reads and parses every YAML file of a tree; syntax errors are collected, not thrown. */
export function loadTree(root: string): LoadedTree {
  const special: string[] = [];
  const files = listYamlFiles(root, special);
  const documents: TreeDocument[] = [];
  const parseErrors: TreeParseError[] = special.map((file) => ({ file, message: 'not read: a symlink or special file, and a Flux tree holds regular files only' }));
  for (const file of files) {
    let text: string;
    try {
      text = readInputFile(path.join(root, file), MAX_TREE_FILE_BYTES);
    } catch (e) {
      if (!(e instanceof InputFileError)) throw e;
      parseErrors.push({ file, message: `not read: the file ${e.reason}` });
      continue;
    }
    const docs = parseAllDocuments(text, { prettyErrors: true });
    const list = Array.isArray(docs) ? docs : [docs];
    const errors = list.flatMap((d) => d.errors);
    if (errors.length > 0) {
      parseErrors.push({ file, message: `not valid YAML: ${errors[0].message.split('\n')[0]}` });
      continue;
    }
    try {
      const contents = list.map((doc) => doc.toJS({ maxAliasCount: 100 }));
      contents.forEach((content, index) => {
        if (content !== null && content !== undefined) documents.push({ file, index, content });
      });
    } catch (e) {
      parseErrors.push({ file, message: `not valid YAML: ${(e as Error).message.split('\n')[0]}` });
    }
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
