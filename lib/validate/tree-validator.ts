import * as path from 'path';
import { treeLeftovers } from '../output/tree-leftovers';
import { checkChartValues, LangfuseChartVersion } from './chart-values';
import { fluxFindings } from './flux-checks';
import { orphanAppFindings, unlistedFileFindings } from './app-folder-checks';
import { kubectlAvailable, kustomizeBuild } from './kustomize';
import { checkKustomizeReferences, KUSTOMIZATION_FILES, KustomizeReferenceCheck } from './kustomize-references';
import { ociRepositoriesOf, policyFindings } from './policy-checks';
import { SchemaValidator } from './schema-validator';
import { documentLabel, isMap, loadTree, TreeDocument } from './tree-files';
import { sortFindings, TreeCheck, TreeFinding } from './tree-finding';

/** Options of {@link validateTree}. */
export interface ValidateTreeOptions {
  /**
   * Checks not to run, for example `secret-in-clear` for a plaintext tree of a local experiment.
   * @default - none
   */
  readonly skip?: readonly TreeCheck[];
  /**
   * The folder of the schemas and chart keys that `npm run import` derives. When a file is missing
   * there, the schema or chart-values check reports an error instead of running.
   * @default - the package's own imports/schemas
   */
  readonly schemasDir?: string;
  /**
   * Whether `kubectl kustomize` can run.
   * @default kubectlAvailable()
   */
  readonly kubectl?: boolean;
}

/** What {@link validateTree} found. */
export interface TreeValidation {
  /** Every finding, sorted. */
  readonly findings: readonly TreeFinding[];
  /** How many YAML files and documents were read. */
  readonly files: number;
  readonly documents: number;
  /** How many findings are errors. */
  readonly errors: number;
}

const CHART_VERSIONS: readonly string[] = ['1.5.41', '2.0.0'];

/**
 * Checks an emitted Flux tree without a cluster: each document against its CRD or Kubernetes
 * schema, Langfuse HelmRelease values against the pinned chart's keys, `kubectl kustomize` of each
 * folder with a kustomization.yaml (when kubectl is there), Flux paths and dependencies, Secrets
 * only in SOPS form, resource requests and pinned images and chart versions.
 *
 * @param dir the tree root, like `dist`
 */
export function validateTree(dir: string, options: ValidateTreeOptions = {}): TreeValidation {
  const root = path.resolve(dir);
  const skip = new Set(options.skip ?? []);
  const tree = loadTree(root);
  const findings: TreeFinding[] = [];
  const add = (f: TreeFinding) => {
    if (!skip.has(f.check)) findings.push(f);
  };

  for (const error of tree.parseErrors) {
    add({ severity: 'error', check: 'yaml', file: error.file, document: '-', field: '-', message: error.message });
  }
  const objects = tree.documents.filter((d) => isKubernetesObject(d.content));

  const { schemasDir } = options;
  if (!skip.has('schema')) schemaFindings(objects, () => SchemaValidator.load({ schemasDir })).forEach(add);
  if (!skip.has('chart-values')) chartValueFindings(objects, (values, version) => checkChartValues(values, version, schemasDir)).forEach(add);
  const kustomizations = tree.files.filter((f) => KUSTOMIZATION_FILES.includes(path.posix.basename(f)));
  const kustomizationDirs = kustomizations.map((f) => path.posix.dirname(f));
  const references = checkKustomizeReferences(root, kustomizations);
  if (!skip.has('kustomize')) kustomizeFindings(root, kustomizations, references, options.kubectl ?? kubectlAvailable()).forEach(add);
  unlistedFileFindings(tree.files, kustomizationDirs, references).forEach(add);
  orphanAppFindings(objects, kustomizationDirs, references).forEach(add);
  fluxFindings(root, objects, tree.files).forEach(add);
  leftoverFindings(root).forEach(add);
  const oci = ociRepositoriesOf(objects);
  for (const doc of objects) policyFindings(doc, oci).forEach(add);

  const sorted = sortFindings(findings);
  return {
    findings: sorted,
    files: tree.files.length,
    documents: tree.documents.length,
    errors: sorted.filter((f) => f.severity === 'error').length,
  };
}

/** What interrupted synths left: an unfinished switch, a staging folder, temporary files, a lock. */
function leftoverFindings(root: string): TreeFinding[] {
  return treeLeftovers(root).map((l) => ({ severity: l.severity, check: 'leftovers', file: l.path, document: '-', field: '-', message: l.message }));
}

/** Kubernetes objects, not kustomize's own kustomization.yaml. */
function isKubernetesObject(content: unknown): boolean {
  return isMap(content) && typeof content.kind === 'string' && !String(content.apiVersion ?? '').startsWith('kustomize.config.k8s.io/');
}

/**
 * The object as the cluster sees it after Flux decrypts it: without the `sops` block, with each
 * `ENC[...]` value replaced by a placeholder that is valid base64 and a valid string.
 */
function asDecrypted(content: Record<string, any>): Record<string, any> {
  const { sops: _sops, ...rest } = content;
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string' && value.startsWith('ENC[')) return 'ZW5j';
    if (Array.isArray(value)) return value.map(replace);
    if (isMap(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    return value;
  };
  return replace(rest) as Record<string, any>;
}

function schemaFindings(objects: readonly TreeDocument[], load: () => SchemaValidator): TreeFinding[] {
  let validator: SchemaValidator;
  try {
    validator = load();
  } catch (e) {
    return [{ severity: 'error', check: 'schema', file: '.', document: '-', field: '-', message: `schema check cannot run: ${(e as Error).message}` }];
  }
  const findings: TreeFinding[] = [];
  for (const doc of objects) {
    const content = asDecrypted(doc.content as Record<string, any>);
    const label = documentLabel(content);
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
function pointerToField(pointer: string): string {
  if (pointer === '/' || pointer === '') return '(document)';
  return pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc ? `${acc}.${part}` : part), '');
}

function chartValueFindings(objects: readonly TreeDocument[], check: (values: object, version: LangfuseChartVersion) => string[]): TreeFinding[] {
  const findings: TreeFinding[] = [];
  for (const doc of objects) {
    const content = doc.content as Record<string, any>;
    const chart = content.spec?.chart?.spec;
    if (content.kind !== 'HelmRelease' || chart?.chart !== 'langfuse') continue;
    const base = { file: doc.file, document: documentLabel(content), check: 'chart-values' as const };
    const version = String(chart.version ?? '');
    if (!CHART_VERSIONS.includes(version)) {
      findings.push({
        ...base, severity: 'warning', field: 'spec.chart.spec.version',
        message: `no reference values for langfuse chart "${version}" (known: ${CHART_VERSIONS.join(', ')}); value keys not checked`,
      });
      continue;
    }
    let unknown: string[];
    try {
      unknown = check(isMap(content.spec.values) ? content.spec.values : {}, version as LangfuseChartVersion);
    } catch (e) {
      findings.push({ ...base, severity: 'error', field: 'spec.values', message: `chart value keys cannot be checked: ${(e as Error).message}` });
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
function kustomizeFindings(root: string, kustomizations: readonly string[], references: KustomizeReferenceCheck, kubectl: boolean): TreeFinding[] {
  const findings: TreeFinding[] = [...references.findings];
  for (const file of kubectl ? kustomizations : []) {
    const dir = path.posix.dirname(file);
    if (references.unsafe.has(dir)) {
      findings.push({
        severity: 'error', check: 'kustomize', file, document: 'Kustomization', field: '-',
        message: 'kubectl kustomize not run: the folder (or one it includes) names a remote, outside or missing resource',
      });
      continue;
    }
    const result = kustomizeBuild(path.join(root, dir));
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
