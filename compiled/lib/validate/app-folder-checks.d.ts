import { KustomizeReferenceCheck } from './kustomize-references';
import { TreeFinding } from './tree-finding';
import { TreeDocument } from './tree-files';
/**
 * Files of a kustomization's folder that it does not list: Flux never applies them, so they are
 * left-overs (a file of an earlier synth, a hand edit) that look deployed but are not. A file in a
 * subfolder with its own kustomization belongs to that one; a file inside a listed folder is listed.
 *
 * @param files every YAML file of the tree, relative to the root
 * @param kustomizationDirs the folders that hold a kustomization, relative to the root
 */
export declare function unlistedFileFindings(files: readonly string[], kustomizationDirs: readonly string[], refs: KustomizeReferenceCheck): TreeFinding[];
/**
 * Kustomization folders that no Flux Kustomization of the tree points at (`spec.path`) and no
 * other kustomization includes: an app left behind (its ks.yaml removed), which the parent Flux
 * Kustomization would apply without the app's namespace, decryption or dependencies. A namespace
 * folder's kustomization that lists apps' ks.yaml files is no app: the cluster's root Kustomization,
 * outside the tree, applies it.
 *
 * @param documents every Kubernetes object of the tree
 */
export declare function orphanAppFindings(documents: readonly TreeDocument[], kustomizationDirs: readonly string[], refs: KustomizeReferenceCheck): TreeFinding[];
