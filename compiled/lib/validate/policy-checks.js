"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLICKHOUSE_REPLICATION_WARNING = exports.CLICKHOUSE_MIGRATION_NOTE = exports.EXACT_SEMVER = void 0;
exports.imagePinProblem = imagePinProblem;
exports.checkSecretEncrypted = checkSecretEncrypted;
exports.checkWorkloadRequests = checkWorkloadRequests;
exports.checkPinned = checkPinned;
exports.ociRepositoriesOf = ociRepositoriesOf;
exports.checkClickhouseCluster = checkClickhouseCluster;
exports.policyFindings = policyFindings;
const tree_files_1 = require("./tree-files");
/** Pod spec locations of the workload kinds. */
const POD_SPEC_PATHS = {
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    Pod: ['spec'],
};
/** An exact semantic version, as Flux needs to pin a chart (no range, no "*"). */
exports.EXACT_SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;
/** Why an image reference is not pinned, or undefined when it has a tag (not latest) or a digest. */
function imagePinProblem(image) {
    if (/@sha256:[0-9a-f]{64}$/.test(image))
        return undefined;
    const lastSegment = image.slice(image.lastIndexOf('/') + 1);
    const colon = lastSegment.lastIndexOf(':');
    if (colon < 0)
        return `image "${image}" has no tag; pin a version tag or digest`;
    const tag = lastSegment.slice(colon + 1);
    if (tag === 'latest' || tag === '')
        return `image "${image}" uses ${tag === '' ? 'an empty tag' : ':latest'}; pin a version tag or digest`;
    return undefined;
}
const get = (obj, path) => path.reduce((o, k) => ((0, tree_files_1.isMap)(o) ? o[k] : undefined), obj);
/** Secrets must be in SOPS form: a `sops` block with a MAC, and every data value `ENC[...]`. */
function checkSecretEncrypted(doc) {
    if (doc.kind !== 'Secret')
        return [];
    const sops = doc.sops;
    if (!(0, tree_files_1.isMap)(sops)) {
        return [{
                severity: 'error', check: 'secret-in-clear', field: 'sops',
                message: 'Secret in clear: the document has no sops block; encrypt the file with sops (synth does this with an age recipient)',
            }];
    }
    const findings = [];
    if (typeof sops.mac !== 'string' || !sops.mac.startsWith('ENC[')) {
        findings.push({
            severity: 'error', check: 'secret-in-clear', field: 'sops.mac',
            message: 'the sops block has no encrypted mac; re-encrypt the file with sops',
        });
    }
    for (const section of ['data', 'stringData']) {
        const values = doc[section];
        if (!(0, tree_files_1.isMap)(values))
            continue;
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
function checkRequests(resources, field) {
    const requests = get(resources, ['requests']);
    const missing = ['cpu', 'memory'].filter((r) => !(0, tree_files_1.isMap)(requests) || requests[r] === undefined || requests[r] === null || requests[r] === '');
    if (missing.length === 0)
        return [];
    return [{
            severity: 'error', check: 'resources', field: `${field}.requests`,
            message: `no ${missing.join(' and ')} request; set resources.requests so the scheduler can place the pod`,
        }];
}
/** Workloads must request CPU and memory for every container. */
function checkWorkloadRequests(doc) {
    const podPath = POD_SPEC_PATHS[doc.kind];
    if (podPath) {
        const podSpec = get(doc, podPath);
        const findings = [];
        for (const list of ['initContainers', 'containers']) {
            const containers = get(podSpec, [list]);
            if (!Array.isArray(containers))
                continue;
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
function langfuseValueRequests(values) {
    const findings = [];
    for (const component of ['web', 'worker']) {
        const own = get(values, ['langfuse', component, 'resources']);
        const global = get(values, ['langfuse', 'resources']);
        // web.* and worker.* override the global langfuse.resources
        if (!(0, tree_files_1.isMap)(get(own, ['requests'])) && (0, tree_files_1.isMap)(get(global, ['requests'])))
            findings.push(...checkRequests(global, 'spec.values.langfuse.resources'));
        else
            findings.push(...checkRequests(own, `spec.values.langfuse.${component}.resources`));
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
function checkPinned(doc, ociRepositories) {
    if (doc.kind === 'Secret' || doc.kind === 'ConfigMap')
        return [];
    const findings = [];
    const walk = (value, field) => {
        if (Array.isArray(value)) {
            value.forEach((v, i) => walk(v, `${field}[${i}]`));
            return;
        }
        if (!(0, tree_files_1.isMap)(value))
            return;
        for (const [key, child] of Object.entries(value)) {
            const childField = field ? `${field}.${key}` : key;
            if ((key === 'image' || key === 'imageName') && typeof child === 'string') {
                const problem = imagePinProblem(child);
                if (problem)
                    findings.push({ severity: 'error', check: 'pinned', field: childField, message: problem });
            }
            else if (key === 'image' && (0, tree_files_1.isMap)(child) && 'tag' in child) {
                const tag = child.tag;
                if (tag === 'latest' || tag === '' || tag === null) {
                    findings.push({
                        severity: 'error', check: 'pinned', field: `${childField}.tag`,
                        message: `image tag ${JSON.stringify(tag)} is not pinned; set a version`,
                    });
                }
                walk(child, childField);
            }
            else {
                walk(child, childField);
            }
        }
    };
    walk(doc.spec, 'spec');
    if (doc.kind === 'HelmRelease')
        findings.push(...checkChartPinned(doc, ociRepositories));
    return findings;
}
function checkChartPinned(doc, ociRepositories) {
    const chartSpec = get(doc, ['spec', 'chart', 'spec']);
    const chartRef = get(doc, ['spec', 'chartRef']);
    const findings = [];
    if ((0, tree_files_1.isMap)(chartSpec)) {
        const version = chartSpec.version;
        if (version === undefined || version === null || version === '') {
            findings.push({
                severity: 'error', check: 'pinned', field: 'spec.chart.spec.version',
                message: 'no chart version: Flux then installs the newest chart; pin an exact version',
            });
        }
        else if (!exports.EXACT_SEMVER.test(String(version))) {
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
    }
    else if ((0, tree_files_1.isMap)(chartRef)) {
        const key = `${chartRef.namespace ?? doc.metadata?.namespace ?? ''}/${chartRef.name}`;
        const repository = ociRepositories.get(key);
        if (!repository) {
            findings.push({
                severity: 'warning', check: 'pinned', field: 'spec.chartRef',
                message: `chart source ${chartRef.kind ?? 'OCIRepository'} ${key} is not in this tree; its version cannot be checked`,
            });
        }
        else {
            const ref = get(repository, ['spec', 'ref']);
            const tag = get(ref, ['tag']);
            if (!get(ref, ['digest']) && !(typeof tag === 'string' && exports.EXACT_SEMVER.test(tag))) {
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
function ociRepositoriesOf(documents) {
    const map = new Map();
    for (const { content } of documents) {
        if ((0, tree_files_1.isMap)(content) && content.kind === 'OCIRepository' && (0, tree_files_1.isMap)(content.metadata)) {
            map.set(`${content.metadata.namespace ?? ''}/${content.metadata.name}`, content);
        }
    }
    return map;
}
/** Why moving a single-node ClickHouse to cluster mode needs care. */
exports.CLICKHOUSE_MIGRATION_NOTE = 'switching needs a data migration (the existing tables are not replicated, and Langfuse\'s '
    + 'clustered migrations do not convert them); migrate the data or start from an empty ClickHouse';
/** The warning every replicated ClickHouse gets: moving to it from a single node loses data. */
exports.CLICKHOUSE_REPLICATION_WARNING = `replicated ClickHouse (cluster mode): if this release ran a single-node ClickHouse before, ${exports.CLICKHOUSE_MIGRATION_NOTE}`;
/** A warning on a Langfuse HelmRelease whose bundled ClickHouse runs in cluster mode. */
function checkClickhouseCluster(doc) {
    if (doc.kind !== 'HelmRelease' || get(doc, ['spec', 'chart', 'spec', 'chart']) !== 'langfuse')
        return [];
    if (get(doc, ['spec', 'values', 'clickhouse', 'clusterEnabled']) !== true || get(doc, ['spec', 'values', 'clickhouse', 'deploy']) === false)
        return [];
    return [{ severity: 'warning', check: 'clickhouse-cluster', field: 'spec.values.clickhouse.clusterEnabled', message: exports.CLICKHOUSE_REPLICATION_WARNING }];
}
/** Policy findings of one document, with its file and label filled in. */
function policyFindings(doc, ociRepositories) {
    if (!(0, tree_files_1.isMap)(doc.content))
        return [];
    const content = doc.content;
    const label = (0, tree_files_1.documentLabel)(content);
    return [...checkSecretEncrypted(content), ...checkWorkloadRequests(content), ...checkPinned(content, ociRepositories), ...checkClickhouseCluster(content)]
        .map((f) => ({ ...f, file: doc.file, document: label }));
}
