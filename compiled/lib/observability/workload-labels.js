"use strict";
/**
 * The labels that other software puts on the pods and Services our monitors select, written down
 * once with their source, so that selectors are built from them and tests can check that every
 * selector matches what really runs. A selector with a label the target does not carry selects
 * nothing, silently (the reference deployment's ServiceMonitor selected `component: web`, which the
 * chart's Service does not have).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.langfusePodLabels = langfusePodLabels;
exports.langfusePodSelector = langfusePodSelector;
exports.cnpgInstancePodLabels = cnpgInstancePodLabels;
exports.clickhouseServiceLabels = clickhouseServiceLabels;
exports.dragonflyPodLabels = dragonflyPodLabels;
exports.selects = selects;
/**
 * Labels on the web or worker pods of the langfuse chart 1.5.41 (`langfuse.selectorLabels` plus
 * `app: web|worker` in templates/web/deployment.yaml and templates/worker/deployment.yaml).
 * `app.kubernetes.io/name` is the chart name, `langfuse`, unless `nameOverride` is set.
 */
function langfusePodLabels(release, component) {
    return {
        labels: { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/instance': release, 'app': component },
        source: 'langfuse/langfuse-k8s charts/langfuse/templates/{web,worker}/deployment.yaml (selectorLabels + app)',
    };
}
/** The labels selecting both Langfuse pods, web and worker (the chart's selector labels). */
function langfusePodSelector(release) {
    return { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/instance': release };
}
/** Labels CloudNativePG puts on every instance pod of a cluster. */
function cnpgInstancePodLabels(cluster) {
    return {
        labels: { 'cnpg.io/cluster': cluster, 'cnpg.io/podRole': 'instance' },
        source: 'https://cloudnative-pg.io/documentation/current/monitoring/ (PodMonitor selects cnpg.io/cluster)',
    };
}
/**
 * Labels on the ClickHouse Service of the Bitnami sub-chart (templates/service.yaml:
 * `common.labels.standard` + `app.kubernetes.io/component: clickhouse`). The release is the parent
 * release; the headless Service carries the same labels but no `http-metrics` port.
 */
function clickhouseServiceLabels(release) {
    return {
        labels: { 'app.kubernetes.io/name': 'clickhouse', 'app.kubernetes.io/instance': release, 'app.kubernetes.io/component': 'clickhouse' },
        source: 'bitnami/charts bitnami/clickhouse/templates/service.yaml (port http-metrics when metrics.enabled)',
    };
}
/** Labels the Dragonfly operator puts on the pods of a `Dragonfly` resource. */
function dragonflyPodLabels(name) {
    return {
        labels: { 'app': name, 'app.kubernetes.io/name': 'dragonfly', 'app.kubernetes.io/instance': name },
        source: 'dragonflydb/dragonfly-operator docs/podmonitor.md (select `app: <resource name>`, port `admin`)',
    };
}
/** Whether a selector (matchLabels) selects an object with these labels. */
function selects(selector, labels) {
    return Object.entries(selector).every(([key, value]) => labels[key] === value);
}
