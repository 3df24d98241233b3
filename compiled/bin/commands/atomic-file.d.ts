/**
 * Writes a file through a temporary sibling that is created exclusively with a random name, then
 * renamed over the target: a planted file or symlink makes it fail, never redirects it, and a
 * reader sees the old or the new content, never a part.
 */
export declare function writeFileAtomic(file: string, text: string, mode: number): void;
