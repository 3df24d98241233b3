import { RenderedFile } from './flux-tree';
import { OutputTreeError } from './output-tree-error';
import { TreePlan } from './tree-plan';
/** Kinds whose deletion loses data: the Postgres cluster and database, its backup store, the operator's ClickHouse. */
export declare const STATEFUL_KINDS: Readonly<Record<string, readonly string[]>>;
/** A deletion synth refuses without `allowDelete`: a whole Flux app, a stateful object, or a Secret one uses. */
export interface GuardedDeletion {
    /** The tree file it is removed from (removed itself, or rewritten without it). */
    readonly path: string;
    /** What goes, like `Cluster ai-system/langfuse-postgresql (postgresql.cnpg.io/v1)`. */
    readonly object: string;
    /** What that means in the cluster. */
    readonly effect: string;
}
/**
 * What a planned write would delete that loses data or a whole app, found by comparing the tree
 * on disk (the files this tool wrote: the removed ones and the old content of the rewritten ones)
 * with the rendered files:
 *
 * - a Flux Kustomization (an app's `ks.yaml`) the new tree no longer has, also one that moves to
 *   another namespace: Flux deletes it and, with prune, every object it applied;
 * - a CloudNativePG `Cluster`, `Database` or Barman Cloud `ObjectStore`, or a ClickHouse
 *   `KeeperCluster` or `ClickHouseCluster`, that the new tree no longer has anywhere;
 * - a Secret such an object names (its credentials) that the new tree no longer has;
 * - an encrypted Secret file removed whose objects cannot be read.
 *
 * An object that moves to another file of the tree is not a deletion, and neither is the
 * Kustomization of a `retiredApps` entry (a `ks.yaml` path: an app the config retires on purpose
 * that holds no data, like the ClickHouse migration's Jobs at cleanup). A Flux Kustomization's
 * namespace is the one it has in the cluster: its `ks.yaml`'s, unless the namespace folder's
 * kustomization.yaml sets `namespace:` (`parentNamespace`; the reference deployment does).
 */
export declare function guardedDeletions(plan: Pick<TreePlan, 'removals' | 'writes'>, files: readonly RenderedFile[], retiredApps?: readonly string[], parentNamespace?: (folder: string) => string | undefined): GuardedDeletion[];
/** A synth that would delete stateful objects or whole apps: nothing was written (exit 2). */
export declare class DeletionGuardError extends OutputTreeError {
    readonly deletions: readonly GuardedDeletion[];
    constructor(root: string, deletions: readonly GuardedDeletion[]);
}
