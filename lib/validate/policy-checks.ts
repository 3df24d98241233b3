import { TreeFinding } from './tree-finding';
import { documentLabel, isMap, TreeDocument } from './tree-files';

/**
 * Policy checks on the documents of an emitted tree that no schema states: Secrets only in SOPS
 * form, resource requests on every workload, pinned images and chart versions.
 */

type Finding = Omit<TreeFinding, 'file' | 'document'>;

/** Pod spec locations of the workload kinds. */
const POD_SPEC_PATHS: Readonly<Record<string, readonly string[]>> = {
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Pod: ['spec'],
};

/** An exact semantic version, as Flux needs to pin a chart (no range, no "*"). */
export const EXACT_SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

/** Why an image reference is not pinned, or undefined when it has a tag (not latest) or a digest. */
export function imagePinProblem(image: string): string | undefined {
  if (/@sha256:[0-9a-f]{64}$/.test(image)) return undefined;
  const lastSegment = image.slice(image.lastIndexOf('/') + 1);
  const colon = lastSegment.lastIndexOf(':');
  if (colon < 0) return `image "${image}" has no tag; pin a version tag or digest`;
  const tag = lastSegment.slice(colon + 1);
  if (tag === 'latest' || tag === '') return `image "${image}" uses ${tag === '' ? 'an empty tag' : ':latest'}; pin a version tag or digest`;
  return undefined;
}

const get = (obj: unknown, path: readonly string[]): unknown => path.reduce<unknown>((o, k) => (isMap(o) ? o[k] : undefined), obj);

/** Secrets must be in SOPS form: a `sops` block with a MAC, and every data value `ENC[...]`. */
export function checkSecretEncrypted(doc: Record<string, any>): Finding[] {
  if (doc.kind !== 'Secret') return [];
  const sops = doc.sops;
  if (!isMap(sops)) {
    return [{
      severity: 'error', check: 'secret-in-clear', field: 'sops',
      message: 'Secret in clear: the document has no sops block; encrypt the file with sops (synth does this with an age recipient)',
    }];
  }
  const findings: Finding[] = [];
  if (typeof sops.mac !== 'string' || !sops.mac.startsWith('ENC[')) {
    findings.push({
      severity: 'error', check: 'secret-in-clear', field: 'sops.mac',
      message: 'the sops block has no encrypted mac; re-encrypt the file with sops',
    });
  }
  for (const section of ['data', 'stringData']) {
    const values = doc[section];
    if (!isMap(values)) continue;
    for (const [key, value] of Object.entries(values)) {
      if (typeof value !== 'string' || !value.startsWith('ENC[')) {
        findings.push({
          severity: 'error', check: 'secret-in-clear', field: `${section}.${key}`,
          message: 'value in clear (not ENC[...]); re-encrypt the file with sops',
        });
      }
    }
  }
  return findings;
}

function checkRequests(resources: unknown, field: string): Finding[] {
  const requests = get(resources, ['requests']);
  const missing = ['cpu', 'memory'].filter((r) => !isMap(requests) || requests[r] === undefined || requests[r] === null || requests[r] === '');
  if (missing.length === 0) return [];
  return [{
    severity: 'error', check: 'resources', field: `${field}.requests`,
    message: `no ${missing.join(' and ')} request; set resources.requests so the scheduler can place the pod`,
  }];
}

/** Workloads must request CPU and memory for every container. */
export function checkWorkloadRequests(doc: Record<string, any>): Finding[] {
  const podPath = POD_SPEC_PATHS[doc.kind];
  if (podPath) {
    const podSpec = get(doc, podPath);
    const findings: Finding[] = [];
    for (const list of ['initContainers', 'containers']) {
      const containers = get(podSpec, [list]);
      if (!Array.isArray(containers)) continue;
      containers.forEach((c, i) => findings.push(...checkRequests(get(c, ['resources']), `${podPath.join('.')}.${list}[${i}].resources`)));
    }
    return findings;
  }
  if (doc.kind === 'Cluster' && String(doc.apiVersion).startsWith('postgresql.cnpg.io/')) {
    return checkRequests(get(doc, ['spec', 'resources']), 'spec.resources');
  }
  if (doc.kind === 'HelmRelease' && get(doc, ['spec', 'chart', 'spec', 'chart']) === 'langfuse') {
    return langfuseValueRequests(get(doc, ['spec', 'values']));
  }
  if ((doc.kind === 'ClickHouseCluster' || doc.kind === 'KeeperCluster') && String(doc.apiVersion).startsWith('clickhouse.com/')) {
    return checkRequests(get(doc, ['spec', 'containerTemplate', 'resources']), 'spec.containerTemplate.resources');
  }
  return [];
}

/** The Langfuse chart's own workloads: web and worker (with the global fallback), and the bundled ClickHouse. */
function langfuseValueRequests(values: unknown): Finding[] {
  const findings: Finding[] = [];
  for (const component of ['web', 'worker']) {
    const own = get(values, ['langfuse', component, 'resources']);
    const global = get(values, ['langfuse', 'resources']);
    // web.* and worker.* override the global langfuse.resources
    if (!isMap(get(own, ['requests'])) && isMap(get(global, ['requests']))) findings.push(...checkRequests(global, 'spec.values.langfuse.resources'));
    else findings.push(...checkRequests(own, `spec.values.langfuse.${component}.resources`));
  }
  if (get(values, ['clickhouse', 'deploy']) !== false) {
    findings.push(...checkRequests(get(values, ['clickhouse', 'resources']), 'spec.values.clickhouse.resources'));
    if (get(values, ['clickhouse', 'zookeeper', 'enabled']) === true) {
      findings.push(...checkRequests(get(values, ['clickhouse', 'zookeeper', 'resources']), 'spec.values.clickhouse.zookeeper.resources'));
    }
  }
  return findings;
}

/**
 * Every image reference pinned (a tag other than latest, or a digest), every HelmRelease chart
 * version exact; `chartRefs` resolves `spec.chartRef` to the OCIRepository in the tree.
 */
export function checkPinned(doc: Record<string, any>, ociRepositories: ReadonlyMap<string, Record<string, any>>): Finding[] {
  if (doc.kind === 'Secret' || doc.kind === 'ConfigMap') return [];
  const findings: Finding[] = [];
  const walk = (value: unknown, field: string) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${field}[${i}]`));
      return;
    }
    if (!isMap(value)) return;
    for (const [key, child] of Object.entries(value)) {
      const childField = field ? `${field}.${key}` : key;
      if ((key === 'image' || key === 'imageName') && typeof child === 'string') {
        const problem = imagePinProblem(child);
        if (problem) findings.push({ severity: 'error', check: 'pinned', field: childField, message: problem });
      } else if (key === 'image' && isMap(child) && 'tag' in child) {
        const tag = child.tag;
        if (tag === 'latest' || tag === '' || tag === null) {
          findings.push({
            severity: 'error', check: 'pinned', field: `${childField}.tag`,
            message: `image tag ${JSON.stringify(tag)} is not pinned; set a version`,
          });
        }
        walk(child, childField);
      } else {
        walk(child, childField);
      }
    }
  };
  walk(doc.spec, 'spec');
  if (doc.kind === 'HelmRelease') findings.push(...checkChartPinned(doc, ociRepositories));
  return findings;
}

function checkChartPinned(doc: Record<string, any>, ociRepositories: ReadonlyMap<string, Record<string, any>>): Finding[] {
  const chartSpec = get(doc, ['spec', 'chart', 'spec']);
  const chartRef = get(doc, ['spec', 'chartRef']);
  const findings: Finding[] = [];
  if (isMap(chartSpec)) {
    const version = chartSpec.version;
    if (version === undefined || version === null || version === '') {
      findings.push({
        severity: 'error', check: 'pinned', field: 'spec.chart.spec.version',
        message: 'no chart version: Flux then installs the newest chart; pin an exact version',
      });
    } else if (!EXACT_SEMVER.test(String(version))) {
      findings.push({
        severity: 'error', check: 'pinned', field: 'spec.chart.spec.version',
        message: `chart version "${version}" is a range, not an exact version; pin one like "1.5.41"`,
      });
    }
    if (chartSpec.chart === 'langfuse' && typeof get(doc, ['spec', 'values', 'langfuse', 'image', 'tag']) !== 'string') {
      findings.push({
        severity: 'error', check: 'pinned', field: 'spec.values.langfuse.image.tag',
        message: 'no Langfuse image tag; pin langfuse.image.tag (a chart upgrade would otherwise change the app version)',
      });
    }
  } else if (isMap(chartRef)) {
    const key = `${chartRef.namespace ?? doc.metadata?.namespace ?? ''}/${chartRef.name}`;
    const repository = ociRepositories.get(key);
    if (!repository) {
      findings.push({
        severity: 'warning', check: 'pinned', field: 'spec.chartRef',
        message: `chart source ${chartRef.kind ?? 'OCIRepository'} ${key} is not in this tree; its version cannot be checked`,
      });
    } else {
      const ref = get(repository, ['spec', 'ref']);
      const tag = get(ref, ['tag']);
      if (!get(ref, ['digest']) && !(typeof tag === 'string' && EXACT_SEMVER.test(tag))) {
        findings.push({
          severity: 'error', check: 'pinned', field: 'spec.chartRef',
          message: `OCIRepository ${key} is not pinned to an exact tag or digest (spec.ref ${JSON.stringify(ref ?? null)})`,
        });
      }
    }
  }
  return findings;
}

/** The OCIRepositories of a tree by `namespace/name`, for chartRef lookups. */
export function ociRepositoriesOf(documents: readonly TreeDocument[]): Map<string, Record<string, any>> {
  const map = new Map<string, Record<string, any>>();
  for (const { content } of documents) {
    if (isMap(content) && content.kind === 'OCIRepository' && isMap(content.metadata)) {
      map.set(`${content.metadata.namespace ?? ''}/${content.metadata.name}`, content);
    }
  }
  return map;
}

/** Why moving a single-node ClickHouse to cluster mode needs care. */
export const CLICKHOUSE_MIGRATION_NOTE = 'switching needs a data migration (the existing tables are not replicated, and Langfuse\'s '
  + 'clustered migrations do not convert them); migrate the data or start from an empty ClickHouse';

/** The warning every replicated ClickHouse gets: moving to it from a single node loses data. */
export const CLICKHOUSE_REPLICATION_WARNING = `replicated ClickHouse (cluster mode): if this release ran a single-node ClickHouse before, ${CLICKHOUSE_MIGRATION_NOTE}`;

/** A warning on a Langfuse HelmRelease whose bundled ClickHouse runs in cluster mode. */
export function checkClickhouseCluster(doc: Record<string, any>): Finding[] {
  if (doc.kind !== 'HelmRelease' || get(doc, ['spec', 'chart', 'spec', 'chart']) !== 'langfuse') return [];
  if (get(doc, ['spec', 'values', 'clickhouse', 'clusterEnabled']) !== true || get(doc, ['spec', 'values', 'clickhouse', 'deploy']) === false) return [];
  return [{ severity: 'warning', check: 'clickhouse-cluster', field: 'spec.values.clickhouse.clusterEnabled', message: CLICKHOUSE_REPLICATION_WARNING }];
}

/** Policy findings of one document, with its file and label filled in. */
export function policyFindings(doc: TreeDocument, ociRepositories: ReadonlyMap<string, Record<string, any>>): TreeFinding[] {
  if (!isMap(doc.content)) return [];
  const content = doc.content;
  const label = documentLabel(content);
  return [...checkSecretEncrypted(content), ...checkWorkloadRequests(content), ...checkPinned(content, ociRepositories), ...checkClickhouseCluster(content)]
    .map((f) => ({ ...f, file: doc.file, document: label }));
}
