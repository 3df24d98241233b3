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
exports.unlistedFileFindings = unlistedFileFindings;
exports.orphanAppFindings = orphanAppFindings;
const path = __importStar(require("path"));
const flux_checks_1 = require("./flux-checks");
/**
 * Files of a kustomization's folder that it does not list: Flux never applies them, so they are
 * left-overs (a file of an earlier synth, a hand edit) that look deployed but are not. A file in a
 * subfolder with its own kustomization belongs to that one; a file inside a listed folder is listed.
 *
 * @param files every YAML file of the tree, relative to the root
 * @param kustomizationDirs the folders that hold a kustomization, relative to the root
 */
function unlistedFileFindings(files, kustomizationDirs, refs) {
    const findings = [];
    // the kustomization a file belongs to: the one of the deepest folder above it
    const owner = (file) => kustomizationDirs.filter((d) => d === '.' || file.startsWith(`${d}/`)).sort((a, b) => b.length - a.length)[0];
    for (const file of files) {
        const dir = owner(file);
        if (dir === undefined || (isKustomizationFile(file) && path.posix.dirname(file) === dir))
            continue;
        const listed = refs.referenced.get(dir);
        if (listed === undefined)
            continue; // its kustomization did not parse: reported by the yaml check
        if ([...listed].some((r) => file === r || file.startsWith(`${r}/`)))
            continue;
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
function orphanAppFindings(documents, kustomizationDirs, refs) {
    const pointed = new Set();
    const fluxFiles = new Set();
    for (const doc of documents) {
        if (!(0, flux_checks_1.isFluxKustomization)(doc.content))
            continue;
        fluxFiles.add(doc.file);
        const specPath = doc.content.spec?.path;
        if (typeof specPath === 'string')
            pointed.add(path.posix.normalize(specPath.replace(/^\.\//, '')).replace(/\/$/, ''));
    }
    for (const targets of refs.referenced.values())
        for (const target of targets)
            pointed.add(target);
    for (const [dir, targets] of refs.referenced)
        if ([...targets].some((t) => fluxFiles.has(t)))
            pointed.add(dir);
    return kustomizationDirs.filter((dir) => dir !== '.' && !pointed.has(dir)).map((dir) => ({
        severity: 'error', check: 'orphan-app', file: `${dir}/kustomization.yaml`, document: 'Kustomization', field: '-',
        message: `no Flux Kustomization (ks.yaml) has spec.path ./${dir} and no kustomization includes it: an orphaned app folder; remove it, or restore its ks.yaml`,
    }));
}
function isKustomizationFile(file) {
    return ['kustomization.yaml', 'kustomization.yml'].includes(path.posix.basename(file));
}
