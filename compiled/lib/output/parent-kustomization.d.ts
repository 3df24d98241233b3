import { RenderedFile } from './flux-tree';
import { ManagedParent, OwnedTree } from './owned-manifest';
import type { PlannedRemoval, PlannedWrite } from './tree-plan';
/**
 * The Flux boundary: the cluster's root Kustomization applies the apps path (`kubernetes/apps`),
 * and each namespace folder's kustomization (`kubernetes/apps/<namespace>/kustomization.yaml`)
 * lists `./<app>/ks.yaml` of every app in it. Without that list Flux never applies an app (or,
 * with a generated root kustomization, applies its `app/` folder directly: without its
 * namespace, decryption or dependencies).
 *
 * The writer keeps those entries true without ever overwriting the file blindly:
 * - no file: it creates one, listing its apps, and records it as created;
 * - a file it created or merged into before (its manifest's `parents`): it adds missing entries and
 *   removes the entries of apps it removes, keeping every other line, comment and the order;
 * - a file it did not write that lists every app already: it leaves it alone;
 * - a file it did not write that lacks an entry (or lists an app synth removes): synth stops and
 *   prints the exact lines; `--adopt` lets it merge them in (and keep them from then on).
 * A `namespace:` in the file is reported: kustomize rewrites the namespace of the Flux
 * Kustomizations it lists, so their dependencies and decryption secret are looked up elsewhere.
 */
/** What the parents need: writes (some of files it does not own), removals, the new manifest records, warnings. */
export interface ParentPlan {
    readonly writes: readonly PlannedWrite[];
    readonly removals: readonly PlannedRemoval[];
    readonly managed: ReadonlyMap<string, ManagedParent>;
    readonly warnings: readonly string[];
    /** Parents the writer cannot read (a link, not YAML): each stops the write. */
    readonly blocked: readonly string[];
}
/** A resources entry as synth writes it: `./<app>/ks.yaml`. */
export declare const normalizeEntry: (entry: string) => string;
/**
 * Plans every parent kustomization: those of the apps rendered now and those the previous synth
 * kept entries in. `removed` are the tree files this synth removes (an entry goes only with its
 * app's ks.yaml, which proves it was this tool's).
 */
export declare function planParentKustomizations(root: string, files: readonly RenderedFile[], owned: OwnedTree, removed: ReadonlySet<string>): ParentPlan;
/**
 * The namespace kustomize gives a Flux Kustomization of a tree file when it builds the apps path:
 * for an app's `<folder>/<app>/ks.yaml`, the `namespace:` of `<folder>/kustomization.yaml`
 * (`parentNamespaceReader`); undefined when that sets none (the object keeps its own).
 */
export declare function kustomizationNamespaceOf(file: string, parentNamespace: (folder: string) => string | undefined): string | undefined;
/**
 * The namespace a namespace folder's kustomization.yaml gives the Flux Kustomizations it lists
 * (kustomize's namespace transformer: `namespace:` overrides the one each `ks.yaml` writes), read
 * from the tree on disk; undefined when the folder has no such file or it sets none.
 * @param read reads a tree file (relative path) without following links
 */
export declare function parentNamespaceReader(read: (relative: string) => string | undefined): (folder: string) => string | undefined;
/**
 * Why `staged` is not a rewrite of the namespace folder's kustomization `current` (undefined: none
 * yet) that synth could have made: synth only adds and removes `resources:` entries of the apps it
 * writes or removes (`changedEntries`, as `./<app>/ks.yaml`), and keeps everything else as it is.
 * undefined when it is such a rewrite.
 */
export declare function parentRewriteProblem(current: string | undefined, staged: string, changedEntries: ReadonlySet<string>): string | undefined;
