import { TreeFinding } from './tree-finding';
import { TreeDocument } from './tree-files';
/** Whether a document is a Flux (kustomize.toolkit.fluxcd.io) Kustomization. */
export declare function isFluxKustomization(content: unknown): content is Record<string, any>;
/**
 * Flux Kustomization checks: `spec.path` (relative to the tree root, which Flux reads as the Git
 * repository root) must be a folder of the tree, and every `dependsOn` target must exist. A target
 * that is not in the tree at all is a warning (it may live elsewhere in the cluster, like
 * cloudnative-pg); a target whose app folder is in the tree but that no Kustomization defines, or
 * that a Kustomization of the tree defines in another namespace, is an error. A Kustomization's
 * namespace is the one kustomize gives it: an app's ks.yaml takes the `namespace:` of its namespace
 * folder's kustomization.yaml when that sets one (the reference deployment's parents do).
 *
 * @param root the tree root
 * @param documents every Kubernetes object of the tree
 * @param files every YAML file of the tree, relative to the root
 */
export declare function fluxFindings(root: string, documents: readonly TreeDocument[], files: readonly string[]): TreeFinding[];
