"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.isFluxKustomization = isFluxKustomization;
exports.fluxFindings = fluxFindings;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const parent_kustomization_1 = require("../output/parent-kustomization");
const safe_paths_1 = require("../output/safe-paths");
const tree_files_1 = require("./tree-files");
/** Whether a document is a Flux (kustomize.toolkit.fluxcd.io) Kustomization. */
function isFluxKustomization(content) {
    return (0, tree_files_1.isMap)(content) && content.kind === 'Kustomization' && String(content.apiVersion).startsWith('kustomize.toolkit.fluxcd.io/');
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
function fluxFindings(root, documents, files) {
    const kustomizations = documents.filter((d) => isFluxKustomization(d.content));
    const parentNamespace = (0, parent_kustomization_1.parentNamespaceReader)((p) => (0, safe_paths_1.readTreeFile)(root, p));
    const namespaceOf = (doc) => (0, parent_kustomization_1.kustomizationNamespaceOf)(doc.file, parentNamespace)
        ?? doc.content.metadata?.namespace ?? 'default';
    const defined = new Set();
    const byName = new Map();
    for (const doc of kustomizations) {
        const meta = doc.content.metadata ?? {};
        const namespace = namespaceOf(doc);
        defined.add(`${namespace}/${meta.name}`);
        byName.set(meta.name, [...byName.get(meta.name) ?? [], namespace]);
    }
    const appFolders = appFolderKeys(root, files);
    const findings = [];
    for (const doc of kustomizations) {
        const content = doc.content;
        const base = { file: doc.file, document: (0, tree_files_1.documentLabel)(content) };
        const specPath = content.spec?.path;
        if (typeof specPath !== 'string' || specPath === '') {
            findings.push({
                ...base, severity: 'error', check: 'flux-path', field: 'spec.path',
                message: 'no path: Flux would apply the whole repository; set the app folder',
            });
        }
        else {
            const normalized = path.posix.normalize(specPath.replace(/^\.\//, ''));
            if (path.posix.isAbsolute(specPath) || normalized.startsWith('..')) {
                findings.push({
                    ...base, severity: 'error', check: 'flux-path', field: 'spec.path',
                    message: `path "${specPath}" must be relative to the repository root, like "./kubernetes/apps/<namespace>/<app>/app"`,
                });
            }
            else if (!isDirectory(path.join(root, normalized))) {
                findings.push({
                    ...base, severity: 'error', check: 'flux-path', field: 'spec.path',
                    message: `path "${specPath}" does not exist in the tree (looked for ${normalized}/)`,
                });
            }
        }
        const ownNamespace = namespaceOf(doc);
        const dependsOn = Array.isArray(content.spec?.dependsOn) ? content.spec.dependsOn : [];
        dependsOn.forEach((dep, i) => {
            if (!(0, tree_files_1.isMap)(dep) || typeof dep.name !== 'string') {
                findings.push({ ...base, severity: 'error', check: 'flux-depends-on', field: `spec.dependsOn[${i}]`, message: 'entry has no name' });
                return;
            }
            const namespace = typeof dep.namespace === 'string' ? dep.namespace : ownNamespace;
            if (defined.has(`${namespace}/${dep.name}`))
                return;
            const field = `spec.dependsOn[${i}]`;
            const elsewhere = byName.get(dep.name);
            if (elsewhere) {
                findings.push({
                    ...base, severity: 'error', check: 'flux-depends-on', field,
                    message: `depends on ${namespace}/${dep.name}, but the tree defines Kustomization ${dep.name} in namespace ${elsewhere.join(', ')}`,
                });
            }
            else if (appFolders.has(`${namespace}/${dep.name}`)) {
                findings.push({
                    ...base, severity: 'error', check: 'flux-depends-on', field,
                    message: `depends on ${namespace}/${dep.name}, whose app folder is in the tree but has no Kustomization (ks.yaml) named ${dep.name}`,
                });
            }
            else {
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
function appFolderKeys(root, files) {
    const keys = new Set();
    for (const file of files) {
        const parts = file.split('/');
        const appIndex = parts.lastIndexOf('app');
        const folder = parts[parts.length - 1] === 'ks.yaml' ? parts.slice(0, -1) : appIndex > 0 ? parts.slice(0, appIndex) : undefined;
        if (folder && folder.length >= 2 && isDirectory(path.join(root, ...folder)))
            keys.add(folder.slice(-2).join('/'));
    }
    return keys;
}
function isDirectory(p) {
    try {
        return fs.statSync(p).isDirectory();
    }
    catch {
        return false;
    }
}
