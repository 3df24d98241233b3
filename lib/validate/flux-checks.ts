import * as fs from 'fs';
import * as path from 'path';
import { kustomizationNamespaceOf, parentNamespaceReader } from '../output/parent-kustomization';
import { readTreeFile } from '../output/safe-paths';
import { TreeFinding } from './tree-finding';
import { documentLabel, isMap, TreeDocument } from './tree-files';

/** Whether a document is a Flux (kustomize.toolkit.fluxcd.io) Kustomization. */
export function isFluxKustomization(content: unknown): content is Record<string, any> {
  return isMap(content) && content.kind === 'Kustomization' && String(content.apiVersion).startsWith('kustomize.toolkit.fluxcd.io/');
}

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
export function fluxFindings(root: string, documents: readonly TreeDocument[], files: readonly string[]): TreeFinding[] {
  const kustomizations = documents.filter((d) => isFluxKustomization(d.content));
  const parentNamespace = parentNamespaceReader((p) => readTreeFile(root, p));
  const namespaceOf = (doc: TreeDocument): string => kustomizationNamespaceOf(doc.file, parentNamespace)
    ?? (doc.content as Record<string, any>).metadata?.namespace ?? 'default';
  const defined = new Set<string>();
  const byName = new Map<string, string[]>();
  for (const doc of kustomizations) {
    const meta = (doc.content as Record<string, any>).metadata ?? {};
    const namespace = namespaceOf(doc);
    defined.add(`${namespace}/${meta.name}`);
    byName.set(meta.name, [...byName.get(meta.name) ?? [], namespace]);
  }
  const appFolders = appFolderKeys(root, files);
  const findings: TreeFinding[] = [];
  for (const doc of kustomizations) {
    const content = doc.content as Record<string, any>;
    const base = { file: doc.file, document: documentLabel(content) };
    const specPath = content.spec?.path;
    if (typeof specPath !== 'string' || specPath === '') {
      findings.push({
        ...base, severity: 'error', check: 'flux-path', field: 'spec.path',
        message: 'no path: Flux would apply the whole repository; set the app folder',
      });
    } else {
      const normalized = path.posix.normalize(specPath.replace(/^\.\//, ''));
      if (path.posix.isAbsolute(specPath) || normalized.startsWith('..')) {
        findings.push({
          ...base, severity: 'error', check: 'flux-path', field: 'spec.path',
          message: `path "${specPath}" must be relative to the repository root, like "./kubernetes/apps/<namespace>/<app>/app"`,
        });
      } else if (!isDirectory(path.join(root, normalized))) {
        findings.push({
          ...base, severity: 'error', check: 'flux-path', field: 'spec.path',
          message: `path "${specPath}" does not exist in the tree (looked for ${normalized}/)`,
        });
      }
    }
    const ownNamespace = namespaceOf(doc);
    const dependsOn: unknown[] = Array.isArray(content.spec?.dependsOn) ? content.spec.dependsOn : [];
    dependsOn.forEach((dep, i) => {
      if (!isMap(dep) || typeof dep.name !== 'string') {
        findings.push({ ...base, severity: 'error', check: 'flux-depends-on', field: `spec.dependsOn[${i}]`, message: 'entry has no name' });
        return;
      }
      const namespace = typeof dep.namespace === 'string' ? dep.namespace : ownNamespace;
      if (defined.has(`${namespace}/${dep.name}`)) return;
      const field = `spec.dependsOn[${i}]`;
      const elsewhere = byName.get(dep.name);
      if (elsewhere) {
        findings.push({
          ...base, severity: 'error', check: 'flux-depends-on', field,
          message: `depends on ${namespace}/${dep.name}, but the tree defines Kustomization ${dep.name} in namespace ${elsewhere.join(', ')}`,
        });
      } else if (appFolders.has(`${namespace}/${dep.name}`)) {
        findings.push({
          ...base, severity: 'error', check: 'flux-depends-on', field,
          message: `depends on ${namespace}/${dep.name}, whose app folder is in the tree but has no Kustomization (ks.yaml) named ${dep.name}`,
        });
      } else {
        findings.push({
          ...base, severity: 'warning', check: 'flux-depends-on', field,
          message: `depends on ${namespace}/${dep.name}, which is not in this tree; make sure the cluster has it`,
        });
      }
    });
  }
  return findings;
}

/** `<namespace>/<app>` of every app folder (one holding ks.yaml or app/). */
function appFolderKeys(root: string, files: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const file of files) {
    const parts = file.split('/');
    const appIndex = parts.lastIndexOf('app');
    const folder = parts[parts.length - 1] === 'ks.yaml' ? parts.slice(0, -1) : appIndex > 0 ? parts.slice(0, appIndex) : undefined;
    if (folder && folder.length >= 2 && isDirectory(path.join(root, ...folder))) keys.add(folder.slice(-2).join('/'));
  }
  return keys;
}

function isDirectory(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
