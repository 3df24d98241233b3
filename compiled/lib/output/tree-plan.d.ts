import { RenderedFile } from './flux-tree';
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
export declare function planTreeWrite(root: string, files: readonly RenderedFile[]): TreePlan;
