import { RenderedFile } from './flux-tree';
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
export declare function writeTree(outDir: string, files: readonly RenderedFile[], options?: WriteTreeOptions): WriteReport;
