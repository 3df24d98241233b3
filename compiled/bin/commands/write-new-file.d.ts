/**
 * Writes a file that a command creates for the user (mode `mode`), never through a symbolic link
 * and never over an existing file unless `force`: a new file is created exclusively
 * (`O_CREAT | O_EXCL | O_NOFOLLOW`, so a file or link that appears meanwhile is not overwritten);
 * with `force`, an existing regular file is replaced by renaming a fully written sibling over it
 * (the rename replaces the path itself and never follows a link). The folder must exist.
 *
 * @param shown the path as the user gave it, for messages
 */
export declare function writeNewFile(file: string, text: string, options: {
    readonly force: boolean;
    readonly mode: number;
    readonly shown: string;
}): void;
