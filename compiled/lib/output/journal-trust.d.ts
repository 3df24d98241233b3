import type { TreeJournal } from './tree-journal';
/** What a roll-forward may do that a normal synth could only do with a flag. */
export interface JournalTrustOptions {
    /** Files this tool does not own may be replaced (synth --adopt). */
    readonly adopt?: boolean;
    /** Flux apps and stateful objects may be removed (synth --allow-delete). */
    readonly allowDelete?: boolean;
    /** `ks.yaml` paths the config retires on purpose (see `guardedDeletions`). */
    readonly retiredApps?: readonly string[];
}
/**
 * Why a journal cannot be trusted to roll forward: it is committed in the tree, so a pull request
 * can plant one, and its own hashes prove nothing. A file it replaces or removes must be listed in
 * the ownership manifest on disk (the previous synth's) with its current content (or `adopt`),
 * and its removals must pass the deletion guard (or `allowDelete`), exactly as in a normal synth.
 * An empty list means the journal only does what the synth that wrote it was allowed to do.
 *
 * @param stagedText the content of a file in the staging folder, by its staged name
 */
export declare function journalTrustProblems(root: string, journal: TreeJournal, stagedText: (from: string) => string | undefined, options?: JournalTrustOptions): string[];
