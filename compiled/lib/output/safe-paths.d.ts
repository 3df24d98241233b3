/**
 * Folders that `--out` may never be (their subfolders are fine): a tree there would mix the tool's
 * files with the system's, and a later removal could reach them. The user's home folder and the
 * temporary folder are added at run time.
 */
export declare const SYSTEM_FOLDERS: readonly string[];
/** The largest tree file ever read: generated files are far smaller, so a bigger one is not the tool's. */
export declare const MAX_TREE_FILE_BYTES: number;
/** The names kustomize reads a folder's kustomization from, in its order. */
export declare const KUSTOMIZATION_FILE_NAMES: readonly ["kustomization.yaml", "kustomization.yml", "Kustomization"];
/**
 * Whether a relative path has the shape of a file the writer emits: `<folders>/ks.yaml` or
 * `<folders>/app/<name>.yaml`, with "/" separators and no folder starting with a dot. Only such
 * paths are ever written or removed, whatever an ownership manifest or journal lists.
 */
export declare function isTreeFilePath(p: string): boolean;
/**
 * Whether a relative path is a namespace folder's kustomization (`<folders>/kustomization.yaml`,
 * or `.yml`, or `Kustomization`), the parent that lists the apps' ks.yaml files: the one file the
 * writer merges into rather than owns (see `planParentKustomizations`).
 */
export declare function isParentKustomizationPath(p: string): boolean;
/** Whether a relative path is a folder the writer may create (and later remove when empty). */
export declare function isTreeFolderPath(p: string): boolean;
/**
 * The system folder (or pseudo filesystem) a resolved path is, if any: also when a symbolic link
 * on the way leads to one (the real path of its deepest existing folder is checked too), and
 * whatever links the home and temporary folders are reached through.
 */
export declare function systemFolderOf(dir: string, followLinks?: boolean): string | undefined;
/** A resolved path with the symbolic links of its deepest existing folder resolved, and the missing rest appended. */
export declare function realPathOf(resolved: string): string;
/**
 * Checks an output root before anything is read or written, and returns it resolved. Refuses a
 * system folder (also when a link resolves to one), a path that is a symbolic link (pass the real
 * folder), an existing path that is not a folder, and `cdk8s synth`'s own output folder.
 */
export declare function checkOutDir(outDir: string): string;
/** What is at a relative path of a tree, found without following any symbolic link. */
export type TreeEntry = 
/** Nothing; `folders` are the missing folders above it, outermost first (relative paths). */
{
    readonly kind: 'missing';
    readonly folders: readonly string[];
} | {
    readonly kind: 'file';
    readonly size: number;
} | {
    readonly kind: 'folder';
}
/** The path itself is a symbolic link. */
 | {
    readonly kind: 'link';
}
/** Something else: a FIFO, a socket, a device. */
 | {
    readonly kind: 'other';
}
/** A folder on the way (`at`, relative) is a symbolic link or not a folder. */
 | {
    readonly kind: 'blocked';
    readonly at: string;
    readonly reason: 'link' | 'not-a-folder';
};
/** Inspects `root/relative` component by component with lstat: no link is ever followed. */
export declare function inspectTreePath(root: string, relative: string): TreeEntry;
/** Why a path cannot be used, in words, for messages. */
export declare function describeBlocked(entry: TreeEntry & {
    kind: 'blocked';
}): string;
/**
 * The bytes of a regular file inside the tree, or undefined when there is none: the path and every
 * folder on the way are checked without following links, the file is opened with O_NOFOLLOW (and
 * O_NONBLOCK, so a FIFO swapped in cannot block), and files over `MAX_TREE_FILE_BYTES` are not read.
 */
export declare function readContainedFile(root: string, relative: string): Buffer | undefined;
/**
 * Reads a file of an output tree, or undefined when it is missing, is not a regular file, is
 * reached through a symbolic link, or the path is not a plain relative path inside the tree.
 */
export declare function readTreeFile(outDir: string, relative: string): string | undefined;
/** Hex SHA-256 of a file's content, as the ownership manifest records it. */
export declare function sha256(content: string | Buffer): string;
