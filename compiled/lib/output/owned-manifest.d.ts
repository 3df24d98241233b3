/** The file, at the output root, that lists every file (with its hash) and folder the writer owns. */
export declare const OWNED_FILES_MANIFEST = ".langfuse-cdk8s-files.json";
/**
 * What the ownership manifest claims. The manifest is committed with the tree, so anyone who can
 * send a pull request can edit it: it is read as a claim to check, never as a permission.
 */
export interface OwnedTree {
    /**
     * Files with the SHA-256 of what the writer wrote; `undefined` for entries of the old format
     * (a plain list), which are not provably the writer's and are never removed.
     */
    readonly files: ReadonlyMap<string, string | undefined>;
    /** Folders the writer created (removed again only when empty). */
    readonly folders: ReadonlySet<string>;
    /** Namespace folders' kustomizations the writer merges its apps' entries into, with what it did there. */
    readonly parents: ReadonlyMap<string, ManagedParent>;
    /** Entries that were ignored and why. */
    readonly warnings: readonly string[];
    /** The manifest's text, when it is a regular file. */
    readonly text?: string;
}
/** A parent kustomization the writer keeps its entries in (see `planParentKustomizations`). */
export interface ManagedParent {
    /** The writer created the file (it removes it again once no entry of anyone's is left). */
    readonly created: boolean;
    /** The `./<app>/ks.yaml` entries it added and keeps. */
    readonly entries: readonly string[];
}
/** A parent entry the writer adds: `./<app folder>/ks.yaml`. */
export declare const PARENT_ENTRY: RegExp;
/**
 * Reads `.langfuse-cdk8s-files.json` without trusting it. Entries that are not paths the writer
 * emits (absolute, `..`, dot folders like `.git`, anything but `ks.yaml` and `app/*.yaml`) are
 * dropped with a warning. A manifest that is not a regular file, not JSON or of an unknown shape
 * counts as listing nothing, with a warning: that can only make the writer remove less and stop on
 * more files (it never deletes or overwrites on the manifest's word alone), and a synth that finds
 * the tree as it would write it rewrites a good manifest, which mends a manifest broken by a git
 * merge conflict.
 */
export declare function readOwnedManifest(root: string): OwnedTree;
/**
 * The manifest's text: files with their SHA-256, the folders the writer created and, when there
 * are any, the parent kustomizations it keeps entries in, sorted.
 */
export declare function ownedManifestText(files: ReadonlyMap<string, string>, folders: Iterable<string>, parents?: ReadonlyMap<string, ManagedParent>): string;
