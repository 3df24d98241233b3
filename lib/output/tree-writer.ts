import * as fs from 'fs';
import * as path from 'path';
import { RenderedFile } from './flux-tree';

/** The file, at the output root, that lists every file the writer owns. */
export const OWNED_FILES_MANIFEST = '.langfuse-cdk8s-files.json';

/** What a write changed. */
export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
}

/** Reads a file of an output tree, or undefined. */
export function readTreeFile(outDir: string, relative: string): string | undefined {
  try {
    return fs.readFileSync(path.join(outDir, relative), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Writes a rendered tree into `outDir`. Each file is replaced atomically (write to a temporary
 * sibling, then rename); identical files are left alone; files the previous run wrote that are no
 * longer emitted are removed. Files it never wrote are never touched.
 */
export function writeTree(outDir: string, files: readonly RenderedFile[]): WriteReport {
  const previous = readOwnedFiles(outDir);
  const written: string[] = [];
  const unchanged: string[] = [];
  for (const file of files) {
    const target = path.join(outDir, file.path);
    if (readTreeFile(outDir, file.path) === file.content) {
      unchanged.push(file.path);
      continue;
    }
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.tmp-${process.pid}`;
    fs.writeFileSync(temp, file.content);
    fs.renameSync(temp, target);
    written.push(file.path);
  }
  const current = new Set(files.map((f) => f.path));
  const removed = previous.filter((p) => !current.has(p));
  for (const stale of removed) {
    fs.rmSync(path.join(outDir, stale), { force: true });
    removeEmptyParents(outDir, path.dirname(path.join(outDir, stale)));
  }
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, OWNED_FILES_MANIFEST), `${JSON.stringify([...current].sort(), null, 2)}\n`);
  return { written, unchanged, removed };
}

function readOwnedFiles(outDir: string): string[] {
  const text = readTreeFile(outDir, OWNED_FILES_MANIFEST);
  if (text === undefined) return [];
  const parsed: unknown = JSON.parse(text);
  if (!Array.isArray(parsed) || !parsed.every((p) => typeof p === 'string' && !p.startsWith('/') && !p.split('/').includes('..'))) {
    throw new Error(`${path.join(outDir, OWNED_FILES_MANIFEST)} is not a list of relative file paths; remove it to start over`);
  }
  return parsed;
}

function removeEmptyParents(root: string, dir: string): void {
  const stop = path.resolve(root);
  let current = path.resolve(dir);
  while (current.startsWith(stop) && current !== stop && fs.existsSync(current) && fs.readdirSync(current).length === 0) {
    fs.rmdirSync(current);
    current = path.dirname(current);
  }
}
