"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PRUNE_DISABLED = void 0;
/**
 * Flux's per-object opt-out of garbage collection. A Kustomization with `prune: true` deletes every
 * object of its inventory that leaves the tree, and every object still carrying its owner labels
 * when the Kustomization itself is deleted (renamed, moved, or dropped from its parent). Objects
 * with this annotation are never deleted by Flux, so no rename or removal of an app can take a
 * database with it: the CloudNativePG Cluster (whose PVCs follow it), its Database, the backups'
 * ObjectStore, the operator's ClickHouse CRs (the whole analytics app), the Namespace, and the
 * Secrets they read. This is the one definition; every construct that emits such an object uses it.
 * @see https://fluxcd.io/flux/components/kustomize/kustomizations/#prune
 */
exports.PRUNE_DISABLED = { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' };
