import { TreeFinding } from './tree-finding';
/**
 * What a kustomization.yaml makes kustomize load: every file, folder and URL it names, found
 * before kustomize runs, so that validate can refuse anything it would fetch (kustomize has no
 * switch to turn remote loading off: it downloads http(s) URLs itself and runs git for
 * repositories) or read from outside the tree.
 */
/** One entry of a kustomization that names something to load. */
export interface KustomizeReference {
    /** Where it is, like `resources[2]` or `patches[0].path`. */
    readonly field: string;
    readonly value: string;
}
/** The kustomization file names kustomize looks for, in its order. */
export declare const KUSTOMIZATION_FILES: string[];
/**
 * Whether kustomize would load an entry from the network: URLs (`https://`, `ssh://`, `file://`
 * and other schemes), go-getter forms (`git::`), scp-like git addresses (`git@host:`), and the
 * host-first forms kustomize accepts for repositories (`github.com/org/repo`, `host.tld/org/repo//dir?ref=v1`).
 */
export declare function isRemoteReference(value: string): boolean;
/** Every reference of a parsed kustomization, with its field. */
export declare function kustomizeReferences(content: unknown): {
    references: KustomizeReference[];
    helm: string[];
};
/** The result of {@link checkKustomizeReferences}. */
export interface KustomizeReferenceCheck {
    readonly findings: TreeFinding[];
    /** Folders (relative, "/"-separated) that kustomize must not build: they, or a folder they include, reach outside the tree. */
    readonly unsafe: ReadonlySet<string>;
    /** Every local file and folder each kustomization folder references, relative to the root. */
    readonly referenced: ReadonlyMap<string, ReadonlySet<string>>;
}
/**
 * Checks every reference of every kustomization of the tree: a remote one (kustomize would
 * fetch it), a Helm chart (it would download it), one that leaves the tree (`../..` above the
 * root, an absolute path, a symlink out) and one that does not exist (kustomize would then try it
 * as a remote) are errors. A folder with such a reference, or that includes one, is unsafe to build.
 *
 * @param root the tree root
 * @param kustomizations kustomization files, relative to the root
 */
export declare function checkKustomizeReferences(root: string, kustomizations: readonly string[]): KustomizeReferenceCheck;
