import { JournalTrustOptions } from './journal-trust';
/**
 * The folder, at the output root, where a synth builds every new or changed file before switching
 * them in. Inside the output root, so always on its filesystem (rename cannot cross filesystems).
 */
export declare const STAGING_FOLDER = ".langfuse-cdk8s-staging";
/** The journal, in the staging folder: once it exists, the switch is decided and the next run completes it. */
export declare const JOURNAL_FILE = "journal.json";
declare const JOURNAL_FORMAT = 1;
/** A staged file and where it goes. */
export interface JournalRename {
    /** Its name in the staging folder. */
    readonly from: string;
    /** Its path in the tree. */
    readonly to: string;
    readonly sha256: string;
    /** SHA-256 of the file it replaces; null when there is none. */
    readonly previous: string | null;
}
/** A file of the previous tree to remove: only while it still has the recorded content. */
export interface JournalRemoval {
    readonly path: string;
    readonly sha256: string;
}
/**
 * The intent of one switch, written (atomically) only after every staged file is on disk. Applied
 * in order: folders created, files renamed into place, old files removed, emptied folders removed,
 * the manifest renamed last. Each step can be repeated, so an interrupted switch is completed by
 * applying the journal again.
 */
export interface TreeJournal {
    readonly format: typeof JOURNAL_FORMAT;
    readonly mkdirs: readonly string[];
    readonly renames: readonly JournalRename[];
    readonly removals: readonly JournalRemoval[];
    readonly rmdirs: readonly string[];
    readonly manifest: JournalRename;
}
/** Creates an empty staging folder (failing if anything is at its name: recovery removes leftovers first). */
export declare function createStaging(root: string): string;
/**
 * Writes one staged file under a fresh random name, created exclusively (O_CREAT|O_EXCL|O_NOFOLLOW:
 * a planted file or link at that name makes it fail instead of being written through), and
 * flushed to disk.
 *
 * @returns its name in the staging folder
 */
export declare function stageFile(staging: string, content: string): string;
/** Writes the journal atomically (staged, then renamed into place) after flushing the staging folder. */
export declare function commitJournal(staging: string, journal: TreeJournal): void;
/**
 * Applies a committed journal, then removes it and the staging folder. Steps already done by an
 * interrupted run are skipped: a staged file that is gone was renamed, a removed file is missing.
 *
 * @returns notes on files left in place because they changed since the plan
 */
export declare function applyJournal(root: string, journal: TreeJournal): string[];
/**
 * Brings a tree left by an interrupted synth back to a complete one, before anything else reads
 * or writes it: with a journal, the switch it records is completed (rolled forward, after checking
 * that every file is still in its old or its new state); without one, the tree was never touched
 * and the staging folder is removed.
 *
 * A journal that would replace or remove a file this tool does not own, or delete a Flux app or
 * stateful object without `allowDelete` (see `journalTrustProblems`), is not applied: it is
 * removed with the staging folder, with a warning, and the synth then writes the tree with every
 * check of a normal run.
 *
 * @returns what was done, for the synth's warnings
 */
export declare function recoverTree(root: string, options?: JournalTrustOptions): string[];
/** The committed journal of the tree, or undefined; a journal that is not this tool's is an error. */
export declare function readJournal(root: string): TreeJournal | undefined;
/** Removes the staging folder and everything in it (the tool only ever puts files there; links are removed, not followed). */
export declare function removeStaging(root: string): void;
export {};
