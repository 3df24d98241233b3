import * as fs from 'fs';
import * as path from 'path';
import { RenderedFile } from './flux-tree';
import { planParentKustomizations } from './parent-kustomization';
import { OutputTreeError } from './output-tree-error';
import { ownedManifestText, readOwnedManifest } from './owned-manifest';
import { describeBlocked, inspectTreePath, isTreeFilePath, readContainedFile, sha256 } from './safe-paths';

/** A file a synth writes: new, or replacing one with other content. */
export interface PlannedWrite {
  readonly path: string;
  readonly content: string;
  readonly sha256: string;
  /** The content it replaces; undefined for a new file. */
  readonly existing?: string;
  /** SHA-256 of the file it replaces. */
  readonly previous?: string;
  /** Why the file it replaces is not provably the writer's (overwriting it needs `adopt`); undefined when it is. */
  readonly unowned?: string;
}

/** A file of the previous tree a synth removes: listed in the manifest, and still holding the recorded content. */
export interface PlannedRemoval {
  readonly path: string;
  readonly sha256: string;
  readonly content: string;
}

/** Everything a synth would change in a tree, found without writing anything. */
export interface TreePlan {
  readonly writes: readonly PlannedWrite[];
  readonly unchanged: readonly string[];
  readonly removals: readonly PlannedRemoval[];
  /** Folders to create, outermost first. */
  readonly mkdirs: readonly string[];
  /** Folders the writer created that the removals leave empty, innermost first. */
  readonly rmdirs: readonly string[];
  /** The new ownership manifest. */
  readonly manifestText: string;
  /** SHA-256 of the current manifest, when it is a regular file. */
  readonly manifestPrevious?: string;
  readonly manifestChanged: boolean;
  /** Manifest entries ignored or files left in place, and why. */
  readonly warnings: readonly string[];
}

/**
 * Compares rendered files with the tree under `root` (read without following links) and its
 * ownership manifest. A file the writer would write that is reached through a symbolic link, is a
 * link itself or is not a regular file stops the plan with an `OutputTreeError` naming every such
 * path; a file that exists with other content and is not in the manifest with a matching hash is
 * planned as `unowned`. Removals are manifest entries no longer emitted whose file still has the
 * recorded hash; the others are left in place with a warning.
 */
export function planTreeWrite(root: string, files: readonly RenderedFile[]): TreePlan {
  const owned = readOwnedManifest(root);
  const warnings = [...owned.warnings];
  const blocked: string[] = [];
  const writes: PlannedWrite[] = [];
  const unchanged: string[] = [];
  const mkdirs = new Set<string>();
  const emitted = new Set<string>();
  for (const file of files) {
    if (!isTreeFilePath(file.path)) {
      throw new OutputTreeError(`refusing to write "${file.path}": not a path inside the tree (<folders>/ks.yaml or <folders>/app/<name>.yaml, `
        + 'no folder starting with a dot)');
    }
    if (emitted.has(file.path)) throw new Error(`${file.path} is rendered twice`);
    emitted.add(file.path);
    const entry = inspectTreePath(root, file.path);
    const content = Buffer.from(file.content, 'utf8');
    const planned = { path: file.path, content: file.content, sha256: sha256(content) };
    if (entry.kind === 'blocked') blocked.push(`${file.path}: ${describeBlocked(entry)}`);
    else if (entry.kind === 'link') blocked.push(`${file.path} is a symbolic link`);
    else if (entry.kind === 'folder' || entry.kind === 'other') blocked.push(`${file.path} is not a regular file`);
    else if (entry.kind === 'missing') {
      writes.push(planned);
      entry.folders.forEach((f) => mkdirs.add(f));
    } else {
      const existing = readContainedFile(root, file.path);
      if (existing === undefined) blocked.push(`${file.path} is larger than any file this tool writes`);
      else if (existing.equals(content)) unchanged.push(file.path);
      else {
        const previous = sha256(existing);
        writes.push({ ...planned, existing: existing.toString('utf8'), previous, unowned: unownedReason(owned.files, file.path, previous) });
      }
    }
  }
  if (blocked.length > 0) {
    throw new OutputTreeError(`cannot write the tree under ${root}: ${blocked.join('; ')}. langfuse-cdk8s never writes through or over symbolic `
      + 'links and only replaces regular files: replace each with a real folder or file (or remove it), then synth again');
  }

  const removals: PlannedRemoval[] = [];
  for (const [file, hash] of owned.files) {
    if (emitted.has(file)) continue;
    const removal = plannedRemoval(root, file, hash);
    if (typeof removal === 'string') warnings.push(removal);
    else if (removal) removals.push(removal);
  }
  removals.splice(0, removals.length, ...withinManagedApps(root, removals, emitted, warnings));
  const parents = planParentKustomizations(root, files, owned, new Set(removals.map((r) => r.path)));
  if (parents.blocked.length > 0) {
    throw new OutputTreeError(`cannot update the namespace folders' kustomizations under ${root}: ${parents.blocked.join('; ')}`);
  }
  writes.push(...parents.writes);
  removals.push(...parents.removals);
  warnings.push(...parents.warnings);
  for (const write of parents.writes) {
    emitted.add(write.path);
    const entry = inspectTreePath(root, write.path);
    if (entry.kind === 'missing') entry.folders.forEach((f) => mkdirs.add(f));
  }
  const rmdirs = emptiedFolders(root, owned.folders, removals, emitted);
  const folders = [...owned.folders].filter((f) => !rmdirs.includes(f) && inspectTreePath(root, f).kind === 'folder').concat([...mkdirs]);
  const manifestText = ownedManifestText(new Map(files.map((f) => [f.path, sha256(f.content)])), folders, parents.managed);
  return {
    writes, unchanged, removals, mkdirs: [...mkdirs], rmdirs, manifestText,
    manifestPrevious: owned.text === undefined ? undefined : sha256(owned.text),
    manifestChanged: manifestText !== owned.text,
    warnings,
  };
}

function unownedReason(owned: ReadonlyMap<string, string | undefined>, file: string, hash: string): string | undefined {
  if (!owned.has(file)) return 'not written by langfuse-cdk8s (not in its manifest)';
  const recorded = owned.get(file);
  if (recorded === undefined) return 'listed by an old-format manifest without a hash';
  return recorded === hash ? undefined : 'changed since langfuse-cdk8s wrote it';
}

/** The removal of a manifest entry no longer emitted; a warning when it stays; undefined when it is already gone. */
function plannedRemoval(root: string, file: string, hash: string | undefined): PlannedRemoval | string | undefined {
  const entry = inspectTreePath(root, file);
  if (entry.kind === 'missing') return undefined;
  const kept = (why: string) => `${file} is no longer emitted but is left in place: ${why}`;
  if (hash === undefined) return kept('an old-format manifest lists it without a hash, so it is not provably this tool\'s');
  if (entry.kind === 'blocked') return kept(`${describeBlocked(entry)} (never followed)`);
  const bytes = readContainedFile(root, file);
  if (bytes === undefined) return kept('it is not a regular file');
  if (sha256(bytes) !== hash) return kept('it changed since langfuse-cdk8s wrote it');
  return { path: file, sha256: hash, content: bytes.toString('utf8') };
}

/**
 * The removals of app files (`<app>/app/<name>.yaml`), except in an app whose `ks.yaml` is on disk
 * and that this synth neither writes nor removes (through the deletion guard): a Flux app it does
 * not manage. A matching hash proves a file unchanged, not written by this tool: a manifest entry
 * added by hand for a hand-written file with identical content would otherwise delete it.
 */
function withinManagedApps(root: string, removals: readonly PlannedRemoval[], emitted: ReadonlySet<string>, warnings: string[]): PlannedRemoval[] {
  const removed = new Set(removals.map((r) => r.path));
  return removals.filter((r) => {
    const app = /^(.+)\/app\/[^/]+$/.exec(r.path)?.[1];
    const ks = `${app}/ks.yaml`;
    if (app === undefined || emitted.has(ks) || removed.has(ks) || inspectTreePath(root, ks).kind === 'missing') return true;
    warnings.push(`${r.path} is no longer emitted but is left in place: synth neither writes nor removes ${app}/ks.yaml, so the app is not one it manages`);
    return false;
  });
}

/**
 * Folders the writer created (listed in the manifest) that hold nothing but removed files and
 * other such folders after the switch, innermost first. Folders it did not create are never removed.
 */
function emptiedFolders(root: string, ownedFolders: ReadonlySet<string>, removals: readonly PlannedRemoval[], emitted: ReadonlySet<string>): string[] {
  const ancestors = (file: string) => file.split('/').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  const needed = new Set([...emitted].flatMap(ancestors));
  const removed = new Set(removals.map((r) => r.path));
  const candidates = [...new Set(removals.flatMap((r) => ancestors(r.path)))]
    .filter((f) => ownedFolders.has(f) && !needed.has(f))
    .sort((a, b) => b.split('/').length - a.split('/').length || a.localeCompare(b));
  const emptied: string[] = [];
  for (const folder of candidates) {
    if (inspectTreePath(root, folder).kind !== 'folder') continue;
    const entries = fs.readdirSync(path.join(root, folder)).map((name) => `${folder}/${name}`);
    if (entries.every((e) => removed.has(e) || emptied.includes(e))) emptied.push(folder);
  }
  return emptied;
}
