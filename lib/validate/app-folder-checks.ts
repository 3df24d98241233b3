import * as path from 'path';
import { isFluxKustomization } from './flux-checks';
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
export function unlistedFileFindings(files: readonly string[], kustomizationDirs: readonly string[], refs: KustomizeReferenceCheck): TreeFinding[] {
  const findings: TreeFinding[] = [];
  // the kustomization a file belongs to: the one of the deepest folder above it
  const owner = (file: string) => kustomizationDirs.filter((d) => d === '.' || file.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0];
  for (const file of files) {
    const dir = owner(file);
    if (dir === undefined || (isKustomizationFile(file) && path.posix.dirname(file) === dir)) continue;
    const listed = refs.referenced.get(dir);
    if (listed === undefined) continue; // its kustomization did not parse: reported by the yaml check
    if ([...listed].some((r) => file === r || file.startsWith(`${r}/`))) continue;
    findings.push({
      severity: 'error', check: 'unlisted-file', file, document: '-', field: '-',
      message: `not listed in ${dir === '.' ? '' : `${dir}/`}kustomization.yaml: Flux never applies it; remove it, or list it if it belongs to the app`,
    });
  }
  return findings;
}

/**
 * Kustomization folders that no Flux Kustomization of the tree points at (`spec.path`) and no
 * other kustomization includes: an app left behind (its ks.yaml removed), which the parent Flux
 * Kustomization would apply without the app's namespace, decryption or dependencies. A namespace
 * folder's kustomization that lists apps' ks.yaml files is no app: the cluster's root Kustomization,
 * outside the tree, applies it.
 *
 * @param documents every Kubernetes object of the tree
 */
export function orphanAppFindings(documents: readonly TreeDocument[], kustomizationDirs: readonly string[], refs: KustomizeReferenceCheck): TreeFinding[] {
  const pointed = new Set<string>();
  const fluxFiles = new Set<string>();
  for (const doc of documents) {
    if (!isFluxKustomization(doc.content)) continue;
    fluxFiles.add(doc.file);
    const specPath = (doc.content as Record<string, any>).spec?.path;
    if (typeof specPath === 'string') pointed.add(path.posix.normalize(specPath.replace(/^\.\//, '')).replace(/\/$/, ''));
  }
  for (const targets of refs.referenced.values()) for (const target of targets) pointed.add(target);
  for (const [dir, targets] of refs.referenced) if ([...targets].some((t) => fluxFiles.has(t))) pointed.add(dir);
  return kustomizationDirs.filter((dir) => dir !== '.' && !pointed.has(dir)).map((dir) => ({
    severity: 'error' as const, check: 'orphan-app' as const, file: `${dir}/kustomization.yaml`, document: 'Kustomization', field: '-',
    message: `no Flux Kustomization (ks.yaml) has spec.path ./${dir} and no kustomization includes it: an orphaned app folder; remove it, or restore its ks.yaml`,
  }));
}

function isKustomizationFile(file: string): boolean {
  return ['kustomization.yaml', 'kustomization.yml'].includes(path.posix.basename(file));
}
