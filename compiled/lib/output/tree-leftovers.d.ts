/** Something an interrupted or running synth left in a tree. */
export interface TreeLeftover {
    /** Path relative to the tree root. */
    readonly path: string;
    /** Errors mean the tree is not one complete synth's output (or carries junk to commit); warnings do not. */
    readonly severity: 'error' | 'warning';
    readonly message: string;
}
/**
 * What interrupted synths left under `root`: an unfinished journal (the tree may mix two synths
 * until the next synth completes it), a staging folder, the lock of a synth (running or dead), and
 * temporary files of older versions. Read only; links are never followed.
 */
export declare function treeLeftovers(root: string): TreeLeftover[];
