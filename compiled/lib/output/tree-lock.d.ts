/** The lock file, at the output root, that serializes synths into one tree. */
export declare const TREE_LOCK_FILE = ".langfuse-cdk8s.lock";
/** How long a synth waits for another one's lock by default. */
export declare const DEFAULT_LOCK_TIMEOUT_MS = 60000;
/** Who holds a tree lock, as its file says. */
export interface TreeLockHolder {
    readonly pid: number;
    readonly hostname: string;
    /** ISO time the lock was taken. */
    readonly started: string;
}
/** The lock file of a tree, when there is one. */
export interface TreeLockState {
    /** The holder, unless the file is unreadable. */
    readonly holder?: TreeLockHolder;
    /** Whether the holder is known to be gone (its process is dead on this host, or the file is an old unreadable one). */
    readonly stale: boolean;
}
/**
 * Takes the tree's lock: creates `.langfuse-cdk8s.lock` exclusively (O_CREAT|O_EXCL, never through
 * a link) holding pid, hostname and start time. While another live synth holds it, waits up to
 * `timeoutMs`, then fails naming the lock file. A lock whose process is dead on this host is stale
 * and is broken. The lock is advisory: it serializes this tool's synths on one machine, not other
 * writers, and a holder on another host (a shared network folder) is never judged stale.
 *
 * @returns a function that releases the lock (only if it is still this process's)
 */
export declare function acquireTreeLock(root: string, timeoutMs?: number): () => void;
/** The state of a tree's lock file, or undefined when there is none. */
export declare function readTreeLock(root: string): TreeLockState | undefined;
/** Whether a process of this host runs with that pid (one of another user counts). */
export declare function processAlive(pid: number): boolean;
