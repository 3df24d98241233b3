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
exports.validateTree = validateTree;
const path = __importStar(require("path"));
const tree_leftovers_1 = require("../output/tree-leftovers");
const chart_values_1 = require("./chart-values");
const flux_checks_1 = require("./flux-checks");
const app_folder_checks_1 = require("./app-folder-checks");
const kustomize_1 = require("./kustomize");
const kustomize_references_1 = require("./kustomize-references");
const policy_checks_1 = require("./policy-checks");
const schema_validator_1 = require("./schema-validator");
const tree_files_1 = require("./tree-files");
const tree_finding_1 = require("./tree-finding");
const CHART_VERSIONS = ['1.5.41', '2.0.0'];
/**
 * Checks an emitted Flux tree without a cluster: each document against its CRD or Kubernetes
 * schema, Langfuse HelmRelease values against the pinned chart's keys, `kubectl kustomize` of each
 * folder with a kustomization.yaml (when kubectl is there), Flux paths and dependencies, Secrets
 * only in SOPS form, resource requests and pinned images and chart versions.
 *
 * @param dir the tree root, like `dist`
 */
function validateTree(dir, options = {}) {
    const root = path.resolve(dir);
    const skip = new Set(options.skip ?? []);
    const tree = (0, tree_files_1.loadTree)(root);
    const findings = [];
    const add = (f) => {
        if (!skip.has(f.check))
            findings.push(f);
    };
    for (const error of tree.parseErrors) {
        add({ severity: 'error', check: 'yaml', file: error.file, document: '-', field: '-', message: error.message });
    }
    const objects = tree.documents.filter((d) => isKubernetesObject(d.content));
    const { schemasDir } = options;
    if (!skip.has('schema'))
        schemaFindings(objects, () => schema_validator_1.SchemaValidator.load({ schemasDir })).forEach(add);
    if (!skip.has('chart-values'))
        chartValueFindings(objects, (values, version) => (0, chart_values_1.checkChartValues)(values, version, schemasDir)).forEach(add);
    const kustomizations = tree.files.filter((f) => kustomize_references_1.KUSTOMIZATION_FILES.includes(path.posix.basename(f)));
    const kustomizationDirs = kustomizations.map((f) => path.posix.dirname(f));
    const references = (0, kustomize_references_1.checkKustomizeReferences)(root, kustomizations);
    if (!skip.has('kustomize'))
        kustomizeFindings(root, kustomizations, references, options.kubectl ?? (0, kustomize_1.kubectlAvailable)()).forEach(add);
    (0, app_folder_checks_1.unlistedFileFindings)(tree.files, kustomizationDirs, references).forEach(add);
    (0, app_folder_checks_1.orphanAppFindings)(objects, kustomizationDirs, references).forEach(add);
    (0, flux_checks_1.fluxFindings)(root, objects, tree.files).forEach(add);
    leftoverFindings(root).forEach(add);
    const oci = (0, policy_checks_1.ociRepositoriesOf)(objects);
    for (const doc of objects)
        (0, policy_checks_1.policyFindings)(doc, oci).forEach(add);
    const sorted = (0, tree_finding_1.sortFindings)(findings);
    return {
        findings: sorted,
        files: tree.files.length,
        documents: tree.documents.length,
        errors: sorted.filter((f) => f.severity === 'error').length,
    };
}
/** What interrupted synths left: an unfinished switch, a staging folder, temporary files, a lock. */
function leftoverFindings(root) {
    return (0, tree_leftovers_1.treeLeftovers)(root).map((l) => ({ severity: l.severity, check: 'leftovers', file: l.path, document: '-', field: '-', message: l.message }));
}
/** Kubernetes objects, not kustomize's own kustomization.yaml. */
function isKubernetesObject(content) {
    return (0, tree_files_1.isMap)(content) && typeof content.kind === 'string' && !String(content.apiVersion ?? '').startsWith('kustomize.config.k8s.io/');
}
/**
 * The object as the cluster sees it after Flux decrypts it: without the `sops` block, with each
 * `ENC[...]` value replaced by a placeholder that is valid base64 and a valid string.
 */
function asDecrypted(content) {
    const { sops: _sops, ...rest } = content;
    const replace = (value) => {
        if (typeof value === 'string' && value.startsWith('ENC['))
            return 'ZW5j';
        if (Array.isArray(value))
            return value.map(replace);
        if ((0, tree_files_1.isMap)(value))
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
        return value;
    };
    return replace(rest);
}
function schemaFindings(objects, load) {
    let validator;
    try {
        validator = load();
    }
    catch (e) {
        return [{ severity: 'error', check: 'schema', file: '.', document: '-', field: '-', message: `schema check cannot run: ${e.message}` }];
    }
    const findings = [];
    for (const doc of objects) {
        const content = asDecrypted(doc.content);
        const label = (0, tree_files_1.documentLabel)(content);
        if (!validator.hasSchema(content.apiVersion, content.kind)) {
            findings.push({
                severity: 'warning', check: 'schema', file: doc.file, document: label, field: 'apiVersion',
                message: `no schema known for ${content.apiVersion} ${content.kind}; not checked`,
            });
            continue;
        }
        const prefix = `${content.apiVersion} ${content.kind} ${content.metadata?.name ?? '<unnamed>'}: `;
        for (const error of validator.validate(content)) {
            const text = error.startsWith(prefix) ? error.slice(prefix.length) : error;
            const space = text.indexOf(' ');
            const pointer = space > 0 ? text.slice(0, space) : '/';
            findings.push({
                severity: 'error', check: 'schema', file: doc.file, document: label, field: pointerToField(pointer),
                message: space > 0 ? text.slice(space + 1) : text,
            });
        }
    }
    return findings;
}
/** `/spec/containers/0/image` → `spec.containers[0].image`. */
function pointerToField(pointer) {
    if (pointer === '/' || pointer === '')
        return '(document)';
    return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}
function chartValueFindings(objects, check) {
    const findings = [];
    for (const doc of objects) {
        const content = doc.content;
        const chart = content.spec?.chart?.spec;
        if (content.kind !== 'HelmRelease' || chart?.chart !== 'langfuse')
            continue;
        const base = { file: doc.file, document: (0, tree_files_1.documentLabel)(content), check: 'chart-values' };
        const version = String(chart.version ?? '');
        if (!CHART_VERSIONS.includes(version)) {
            findings.push({
                ...base, severity: 'warning', field: 'spec.chart.spec.version',
                message: `no reference values for langfuse chart "${version}" (known: ${CHART_VERSIONS.join(', ')}); value keys not checked`,
            });
            continue;
        }
        let unknown;
        try {
            unknown = check((0, tree_files_1.isMap)(content.spec.values) ? content.spec.values : {}, version);
        }
        catch (e) {
            findings.push({ ...base, severity: 'error', field: 'spec.values', message: `chart value keys cannot be checked: ${e.message}` });
            continue;
        }
        for (const key of unknown) {
            findings.push({
                ...base, severity: 'error', field: `spec.values.${key}`,
                message: `the langfuse chart ${version} has no such value; the chart would silently ignore it`,
            });
        }
    }
    return findings;
}
/**
 * The reference findings (remote, outside the tree, missing), and `kubectl kustomize` of every
 * folder whose references are all local: a folder that would fetch anything is never built.
 */
function kustomizeFindings(root, kustomizations, references, kubectl) {
    const findings = [...references.findings];
    for (const file of kubectl ? kustomizations : []) {
        const dir = path.posix.dirname(file);
        if (references.unsafe.has(dir)) {
            findings.push({
                severity: 'error', check: 'kustomize', file, document: 'Kustomization', field: '-',
                message: 'kubectl kustomize not run: the folder (or one it includes) names a remote, outside or missing resource',
            });
            continue;
        }
        const result = (0, kustomize_1.kustomizeBuild)(path.join(root, dir));
        if (!result.ok) {
            const message = (result.error ?? 'failed').split('\n').filter((l) => l.trim() !== '').slice(0, 3).join(' ');
            findings.push({
                severity: 'error', check: 'kustomize', file, document: 'Kustomization', field: '-',
                message: `kubectl kustomize fails: ${message}`,
            });
        }
    }
    if (!kubectl && kustomizations.length > 0) {
        findings.push({
            severity: 'warning', check: 'kustomize', file: '.', document: '-', field: '-',
            message: 'kubectl not found: kustomize builds not run (only listed resources were checked)',
        });
    }
    return findings;
}
