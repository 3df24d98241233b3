import { RenderedFile } from './flux-tree';
/** The file, at the output root, that lists every file the writer owns. */
export declare const OWNED_FILES_MANIFEST = ".langfuse-cdk8s-files.json";
/** What a write changed. */
export interface WriteReport {
    readonly written: readonly string[];
    readonly unchanged: readonly string[];
    readonly removed: readonly string[];
}
/** Reads a file of an output tree, or undefined. */
export declare function readTreeFile(outDir: string, relative: string): string | undefined;
/**
 * Writes a rendered tree into `outDir`. Each file is replaced atomically (write to a temporary
 * sibling, then rename); identical files are left alone; files the previous run wrote that are no
 * longer emitted are removed. Files it never wrote are never touched.
 */
export declare function writeTree(outDir: string, files: readonly RenderedFile[]): WriteReport;
