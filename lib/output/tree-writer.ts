import * as fs from 'fs';
import { DeletionGuardError, guardedDeletions } from './deletion-guard';
import { RenderedFile } from './flux-tree';
import { OutputTreeError } from './output-tree-error';
import { OWNED_FILES_MANIFEST } from './owned-manifest';
import { parentNamespaceReader } from './parent-kustomization';
import { checkOutDir, readTreeFile, sha256 } from './safe-paths';
import {
  applyJournal, commitJournal, createStaging, JOURNAL_FILE, recoverTree, removeStaging, stageFile, STAGING_FOLDER, TreeJournal,
} from './tree-journal';
import { removeLegacyTempFiles } from './tree-leftovers';
import { acquireTreeLock } from './tree-lock';
import { planTreeWrite, PlannedWrite, TreePlan } from './tree-plan';

export { DeletionGuardError, guardedDeletions, STATEFUL_KINDS } from './deletion-guard';
export type { GuardedDeletion } from './deletion-guard';
export { OutputTreeError } from './output-tree-error';
export { OWNED_FILES_MANIFEST } from './owned-manifest';
export { checkOutDir, readTreeFile, SYSTEM_FOLDERS } from './safe-paths';
export { JOURNAL_FILE, STAGING_FOLDER } from './tree-journal';
export { treeLeftovers } from './tree-leftovers';
export type { TreeLeftover } from './tree-leftovers';
export { DEFAULT_LOCK_TIMEOUT_MS, TREE_LOCK_FILE } from './tree-lock';

/** Options of {@link writeTree}. */
export interface WriteTreeOptions {
  /**
   * Take over files at paths the tree emits that this tool did not write (not in its manifest
   * with a matching hash), overwriting them: for a switch from hand-written or templated manifests.
   * @default false - such files stop the write before anything is changed
   */
  readonly adopt?: boolean;
  /**
   * How long to wait for another synth's lock on the tree, in milliseconds.
   * @default DEFAULT_LOCK_TIMEOUT_MS (60 s)
   */
  readonly lockTimeoutMs?: number;
  /**
   * Write even when the new tree drops a whole Flux app (a `ks.yaml`) or a stateful object (see
   * `guardedDeletions`): a deliberate removal.
   * @default false - such a write stops with a `DeletionGuardError` before anything is changed
   */
  readonly allowDelete?: boolean;
  /**
   * Flux apps, by their `ks.yaml` path, whose removal the config asks for and that hold no data,
   * like the ClickHouse migration's Jobs at cleanup: their Kustomization going is no guarded
   * deletion (a stateful object in them still is).
   * @default - none
   */
  readonly retiredApps?: readonly string[];
}

/** What a write changed. */
export interface WriteReport {
  readonly written: readonly string[];
  readonly unchanged: readonly string[];
  readonly removed: readonly string[];
  /** Files written over that this tool had not written (only with `adopt`). */
  readonly adopted: readonly string[];
  /** Manifest entries ignored, files left in place, an interrupted synth completed. */
  readonly warnings: readonly string[];
}

/**
 * Writes a rendered tree into `outDir`, which ends up holding either the complete previous tree or
 * the complete new one, whenever the process dies:
 *
 * 1. `outDir` is checked (no system folder, no link, no file) and locked (`.langfuse-cdk8s.lock`);
 * 2. a switch an interrupted synth left is completed, or its staging folder removed;
 * 3. the plan compares the files with the tree and its ownership manifest, read without following
 *    links: a file at an emitted path that this tool did not write stops everything (unless
 *    `adopt`), as does a symbolic link on the way, and so does the removal of a whole Flux app or
 *    a stateful object (unless `allowDelete`); identical files are left untouched;
 * 4. new and changed files and the new manifest are written to `.langfuse-cdk8s-staging/` and
 *    flushed, then a journal of the switch is committed with one atomic rename;
 * 5. the journal is applied: renames into place, removal of files this tool wrote that are no
 *    longer emitted (only while they hold what it wrote) and of the folders it created that are
 *    left empty, the manifest last; then the journal and the staging folder are removed.
 *
 * Before step 4 nothing in the tree has changed; from step 4 on, the next run completes the switch.
 */
export function writeTree(outDir: string, files: readonly RenderedFile[], options: WriteTreeOptions = {}): WriteReport {
  const root = checkOutDir(outDir);
  makeRoot(root, outDir);
  const release = acquireTreeLock(root, options.lockTimeoutMs);
  try {
    const recovered = recoverTree(root, options);
    const plan = planTreeWrite(root, files);
    const unowned = plan.writes.filter((w) => w.unowned !== undefined);
    if (unowned.length > 0 && !options.adopt) throw unownedFilesError(root, unowned);
    if (!options.allowDelete) {
      const deletions = guardedDeletions(plan, files, options.retiredApps, parentNamespaceReader((p) => readTreeFile(root, p)));
      if (deletions.length > 0) throw new DeletionGuardError(root, deletions);
    }
    const notes = hasChanges(plan) ? switchTree(root, plan) : [];
    const contents = new Map<string, string[]>(files.map((f) => [f.path, [f.content]]));
    for (const w of plan.writes) if (w.existing !== undefined) contents.get(w.path)?.push(w.existing);
    for (const r of plan.removals) contents.set(r.path, [r.content]);
    const temps = removeLegacyTempFiles(root, contents);
    return {
      written: plan.writes.map((w) => w.path),
      unchanged: plan.unchanged,
      removed: plan.removals.map((r) => r.path),
      adopted: unowned.map((w) => w.path),
      warnings: [...recovered, ...plan.warnings, ...notes, ...temps],
    };
  } finally {
    release();
  }
}

function makeRoot(root: string, outDir: string): void {
  try {
    fs.mkdirSync(root, { recursive: true });
  } catch (e) {
    throw new OutputTreeError(`--out "${outDir}" cannot be created (${(e as NodeJS.ErrnoException).code}): a part of the path is a file or not writable`);
  }
}

function hasChanges(plan: TreePlan): boolean {
  return plan.writes.length > 0 || plan.removals.length > 0 || plan.rmdirs.length > 0 || plan.manifestChanged;
}

/** Stages every new file, commits the journal and applies it (see writeTree, steps 4 and 5). */
function switchTree(root: string, plan: TreePlan): string[] {
  let journal: TreeJournal | undefined;
  try {
    const staging = createStaging(root);
    const manifestSha = sha256(plan.manifestText);
    journal = {
      format: 1,
      mkdirs: plan.mkdirs,
      renames: plan.writes.map((w) => ({ from: stageFile(staging, w.content), to: w.path, sha256: w.sha256, previous: w.previous ?? null })),
      removals: plan.removals.map((r) => ({ path: r.path, sha256: r.sha256 })),
      rmdirs: plan.rmdirs,
      manifest: { from: stageFile(staging, plan.manifestText), to: OWNED_FILES_MANIFEST, sha256: manifestSha, previous: plan.manifestPrevious ?? null },
    };
    commitJournal(staging, journal);
  } catch (e) {
    removeStagingQuietly(root);
    if (e instanceof OutputTreeError) throw e;
    throw new Error(`cannot write the tree under ${root}: ${(e as Error).message}; the previous tree is unchanged`, { cause: e });
  }
  try {
    return applyJournal(root, journal);
  } catch (e) {
    if (e instanceof OutputTreeError) throw e;
    throw new Error(`the switch to the new tree under ${root} was interrupted: ${(e as Error).message}; `
      + `the next synth completes it (${STAGING_FOLDER}/${JOURNAL_FILE})`, { cause: e });
  }
}

function removeStagingQuietly(root: string): void {
  try {
    removeStaging(root);
  } catch {
    // the next run removes it (recovery), and diff and validate report it meanwhile
  }
}

function unownedFilesError(root: string, unowned: readonly PlannedWrite[]): OutputTreeError {
  const list = unowned.map((w) => `  ${w.path}: ${w.unowned}`).join('\n');
  return new OutputTreeError(`synth stopped before writing anything: ${unowned.length === 1 ? 'a file' : `${unowned.length} files`} under ${root} `
    + `would be overwritten that langfuse-cdk8s did not write (it only overwrites files listed in ${OWNED_FILES_MANIFEST} `
    + `with a matching hash):\n${list}\n`
    + 'Move them away, or take them over on purpose with synth --adopt (LANGFUSE_ADOPT=1 for cdk8s synth): they are then overwritten and owned');
}
