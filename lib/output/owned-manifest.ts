import { inspectTreePath, isParentKustomizationPath, isTreeFilePath, isTreeFolderPath, readContainedFile } from './safe-paths';

/** The file, at the output root, that lists every file (with its hash) and folder the writer owns. */
export const OWNED_FILES_MANIFEST = '.langfuse-cdk8s-files.json';

const FORMAT = 2;
const SHA256 = /^[0-9a-f]{64}$/;
/** Ignored entries named one by one in warnings before the rest are counted. */
const NAMED_ENTRIES = 10;

/**
 * What the ownership manifest claims. The manifest is committed with the tree, so anyone who can
 * send a pull request can edit it: it is read as a claim to check, never as a permission.
 */
export interface OwnedTree {
  /**
   * Files with the SHA-256 of what the writer wrote; `undefined` for entries of the old format
   * (a plain list), which are not provably the writer's and are never removed.
   */
  readonly files: ReadonlyMap<string, string | undefined>;
  /** Folders the writer created (removed again only when empty). */
  readonly folders: ReadonlySet<string>;
  /** Namespace folders' kustomizations the writer merges its apps' entries into, with what it did there. */
  readonly parents: ReadonlyMap<string, ManagedParent>;
  /** Entries that were ignored and why. */
  readonly warnings: readonly string[];
  /** The manifest's text, when it is a regular file. */
  readonly text?: string;
}

/** A parent kustomization the writer keeps its entries in (see `planParentKustomizations`). */
export interface ManagedParent {
  /** The writer created the file (it removes it again once no entry of anyone's is left). */
  readonly created: boolean;
  /** The `./<app>/ks.yaml` entries it added and keeps. */
  readonly entries: readonly string[];
}

/** A parent entry the writer adds: `./<app folder>/ks.yaml`. */
export const PARENT_ENTRY = /^\.\/[A-Za-z0-9_][A-Za-z0-9._-]*\/ks\.yaml$/;

/**
 * Reads `.langfuse-cdk8s-files.json` without trusting it. Entries that are not paths the writer
 * emits (absolute, `..`, dot folders like `.git`, anything but `ks.yaml` and `app/*.yaml`) are
 * dropped with a warning. A manifest that is not a regular file, not JSON or of an unknown shape
 * counts as listing nothing, with a warning: that can only make the writer remove less and stop on
 * more files (it never deletes or overwrites on the manifest's word alone), and a synth that finds
 * the tree as it would write it rewrites a good manifest, which mends a manifest broken by a git
 * merge conflict.
 */
export function readOwnedManifest(root: string): OwnedTree {
  const entry = inspectTreePath(root, OWNED_FILES_MANIFEST);
  if (entry.kind === 'missing') return { files: new Map(), folders: new Set(), parents: new Map(), warnings: [] };
  const ignored = (why: string): OwnedTree => ({
    files: new Map(), folders: new Set(), parents: new Map(),
    warnings: [`${OWNED_FILES_MANIFEST} ${why}: it is treated as listing nothing, so no file is removed; synth replaces it`],
  });
  const bytes = readContainedFile(root, OWNED_FILES_MANIFEST);
  if (bytes === undefined) return ignored(entry.kind === 'link' ? 'is a symbolic link' : 'is not a regular file of at most 16 MiB');
  const text = bytes.toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ...ignored(`is not valid JSON (${(e as Error).message})`), text };
  }
  if (Array.isArray(parsed)) return { ...legacyManifest(parsed), text };
  if (isRecord(parsed) && parsed.format === FORMAT && isRecord(parsed.files)) return { ...currentManifest(parsed), text };
  return { ...ignored(`is not a manifest of this tool (expected {"format": ${FORMAT}, "files": {...}})`), text };
}

function currentManifest(parsed: Record<string, unknown>): Omit<OwnedTree, 'text'> {
  const files = new Map<string, string | undefined>();
  const rejected: string[] = [];
  for (const [file, hash] of Object.entries(parsed.files as Record<string, unknown>)) {
    if (!isTreeFilePath(file)) rejected.push(`${JSON.stringify(file)} (not a file path the writer emits)`);
    else if (typeof hash !== 'string' || !SHA256.test(hash)) rejected.push(`${JSON.stringify(file)} (no valid sha256)`);
    else files.set(file, hash);
  }
  const folders = new Set<string>();
  for (const folder of Array.isArray(parsed.folders) ? parsed.folders : []) {
    if (typeof folder === 'string' && isTreeFolderPath(folder)) folders.add(folder);
    else rejected.push(`${JSON.stringify(folder)} (not a folder path the writer creates)`);
  }
  const parents = new Map<string, ManagedParent>();
  for (const [file, parent] of Object.entries(isRecord(parsed.parents) ? parsed.parents : {})) {
    const entries: unknown = isRecord(parent) ? parent.entries : undefined;
    if (!isParentKustomizationPath(file)) rejected.push(`${JSON.stringify(file)} (not a namespace folder's kustomization)`);
    else if (!isRecord(parent) || typeof parent.created !== 'boolean' || !Array.isArray(entries) || !entries.every((e) => typeof e === 'string' && PARENT_ENTRY.test(e))) {
      rejected.push(`${JSON.stringify(file)} (no valid created flag and ./<app>/ks.yaml entries)`);
    } else parents.set(file, { created: parent.created, entries: entries as string[] });
  }
  return { files, folders, parents, warnings: rejectedWarning(rejected) };
}

function legacyManifest(parsed: readonly unknown[]): Omit<OwnedTree, 'text'> {
  const files = new Map<string, string | undefined>();
  const rejected: string[] = [];
  for (const file of parsed) {
    if (typeof file === 'string' && isTreeFilePath(file)) files.set(file, undefined);
    else rejected.push(`${JSON.stringify(file)} (not a file path the writer emits)`);
  }
  const warnings = rejectedWarning(rejected);
  if (files.size > 0) {
    warnings.push(`${OWNED_FILES_MANIFEST} has the old format without hashes: the ${files.size} files it lists are not provably this tool's, `
      + 'so none is removed, and one that differs from what synth would write needs --adopt once');
  }
  return { files, folders: new Set(), parents: new Map(), warnings };
}

function rejectedWarning(rejected: readonly string[]): string[] {
  if (rejected.length === 0) return [];
  const named = rejected.slice(0, NAMED_ENTRIES).join(', ');
  const more = rejected.length > NAMED_ENTRIES ? ` and ${rejected.length - NAMED_ENTRIES} more` : '';
  return [`${OWNED_FILES_MANIFEST}: ignored ${rejected.length === 1 ? 'an entry' : `${rejected.length} entries`}, never touched: ${named}${more}`];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The manifest's text: files with their SHA-256, the folders the writer created and, when there
 * are any, the parent kustomizations it keeps entries in, sorted.
 */
export function ownedManifestText(files: ReadonlyMap<string, string>, folders: Iterable<string>, parents: ReadonlyMap<string, ManagedParent> = new Map()): string {
  const sorted = <T>(map: ReadonlyMap<string, T>) => Object.fromEntries([...map.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const managed = sorted(new Map([...parents].map(([p, m]) => [p, { created: m.created, entries: [...m.entries].sort() }])));
  const manifest = {
    generator: 'langfuse-cdk8s', format: FORMAT, hash: 'sha256', files: sorted(files), folders: [...new Set(folders)].sort(),
    ...(parents.size > 0 ? { parents: managed } : {}),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
