/** What becomes of `.gitignore` for one file that must never be committed. */
export type GitignorePlan = {
    readonly action: 'append';
    readonly file: string;
    readonly entry: string;
    readonly text: string;
} | {
    readonly action: 'none';
    readonly note: string;
};
/** A path as a `.gitignore` pattern that matches exactly it: anchored at the root, wildcards escaped. */
export declare function gitignoreEntry(relativePath: string): string;
/**
 * Plans the entry in `<repoRoot>/.gitignore` that keeps `file` out of Git: appended (the file is
 * created when missing), nothing when a line already names it (anchored or not), and a note when
 * the file is outside `repoRoot` or `.gitignore` is not a regular file (it is never written
 * through a link). Repeating it never duplicates a line.
 */
export declare function planGitignore(repoRoot: string, file: string, why: string): GitignorePlan;
