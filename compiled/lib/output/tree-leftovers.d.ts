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
/**
 * Removes the temporary files older versions left when killed (`<file>.tmp-<pid>`) that are
 * provably theirs: next to a file this synth writes or removes and named after it, a regular file
 * reached without links, its pid no longer running, and holding the start of that file's old or new
 * content (a killed write leaves a prefix of what it wrote). Only those files' folders are read. Run
 * after a switch, under the lock.
 *
 * @param ownFiles the files this synth writes or removes, each with its new and its old content
 * @returns warnings: what was removed, and such files left in place (named)
 */
export declare function removeLegacyTempFiles(root: string, ownFiles: ReadonlyMap<string, readonly string[]>): string[];
