/** One YAML document of a file in an emitted tree. */
export interface TreeDocument {
    /** File path relative to the tree root, with "/" separators. */
    readonly file: string;
    /** Position of the document in its file, from 0. */
    readonly index: number;
    /** The parsed document. */
    readonly content: unknown;
}
/** A file that could not be parsed. */
export interface TreeParseError {
    readonly file: string;
    readonly message: string;
}
/** Every YAML document of a tree, and the files that did not parse. */
export interface LoadedTree {
    readonly root: string;
    readonly files: readonly string[];
    readonly documents: readonly TreeDocument[];
    readonly parseErrors: readonly TreeParseError[];
}
/**
 * Every `*.yaml` / `*.yml` file below `root` (dot folders skipped), relative, sorted. Symlinks
 * are not followed (a link could lead out of the tree or to a device); every entry that is not a
 * regular file or a folder is listed in `special` instead of being read.
 */
export declare function listYamlFiles(root: string, special?: string[]): string[];
/** Reads and parses every YAML file of a tree; syntax errors are collected, not thrown. */
export declare function loadTree(root: string): LoadedTree;
/** `Kind/name` of a document, for findings. */
export declare function documentLabel(content: unknown): string;
/** Whether a value is a plain mapping. */
export declare function isMap(value: unknown): value is Record<string, any>;
