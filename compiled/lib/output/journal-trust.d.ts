import type { TreeJournal } from './tree-journal';
/**
 * What a roll-forward may do that a normal synth could only do with a flag. There is no `adopt`:
 * a journal never replaces a file the tool does not own, not even under synth --adopt (that synth
 * adopts what it renders itself, after the journal is set aside).
 */
export interface JournalTrustOptions {
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
