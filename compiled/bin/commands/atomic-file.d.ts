/** Options of {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
    /**
     * Whether an existing file at the path is replaced. When false, a file (or link) that is there,
     * or that appears while the content is written, makes the write fail with `EEXIST`.
     * @default true
     */
    readonly replace?: boolean;
}
/**
 * Writes a file through a temporary sibling that is created exclusively with a random name, flushed
 * to disk, then moved onto the target: renamed over it, or (without `replace`) hard-linked to its
 * name, which fails when the name exists. A planted file or symlink makes it fail, never redirects
 * it (neither a rename nor a link follows a link at the target), and a reader sees the old or the
 * new content, never a part.
 */
export declare function writeFileAtomic(file: string, text: string, mode: number, options?: AtomicWriteOptions): void;
/** Options of {@link writeUserFile}. */
export interface UserFileOptions {
    /** Replace an existing regular file (the command's `--force`). */
    readonly force: boolean;
    readonly mode: number;
    /** The path as the user gave it, for messages. */
    readonly shown: string;
}
/**
 * Writes a file a command creates for the user, by {@link writeFileAtomic}: never through a
 * symbolic link, never over anything but a regular file, never over an existing file unless
 * `force` (a file that appears meanwhile is not overwritten either), and only into a folder that
 * exists. Every refusal is a `UserError` naming the path.
 */
export declare function writeUserFile(file: string, text: string, options: UserFileOptions): void;
