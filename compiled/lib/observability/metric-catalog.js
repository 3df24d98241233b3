"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLUSTER_STACK_METRICS = exports.KUBELET_METRICS = exports.KUBE_STATE_METRICS = exports.COMPONENT_METRICS = exports.DRAGONFLY_METRICS = exports.CLICKHOUSE_KEEPER_METRICS = exports.CLICKHOUSE_METRICS = exports.BARMAN_CLOUD_PLUGIN_METRICS = exports.CNPG_METRICS = exports.STATSD_EXPORTER_METRICS = exports.LANGFUSE_DOGSTATSD_METRICS = void 0;
exports.mappedMetricNames = mappedMetricNames;
exports.componentSeriesNames = componentSeriesNames;
exports.knownMetricNames = knownMetricNames;
exports.mappingRuleFor = mappingRuleFor;
const statsd_mapping_1 = require("./statsd-mapping");
const WORKER_MANAGER = 'langfuse/langfuse worker/src/queues/workerManager.ts (metricWrapper and worker event handlers)';
const QUEUE_METRICS_RUNNER = 'langfuse/langfuse worker/src/features/queue-metrics-runner/index.ts (emitDepth and legacy gauges)';
const DD_RUNTIME_METRICS = 'DataDog/dd-trace-js packages/dd-trace/src/runtime_metrics (enabled by tracer.init({ runtimeMetrics: true }) in Langfuse)';
/**
 * Langfuse's queue metrics. Queue names go through `convertQueueNameToMetricName`
 * (packages/shared/src/server/instrumentation/index.ts): `langfuse.queue.` + the BullMQ queue name
 * with `-` as `_` and a trailing `_queue` removed, so `ingestion-queue` is `langfuse.queue.ingestion`.
 * recordIncrement/recordGauge/recordHistogram/recordDistribution call dd-trace's
 * `dogstatsd.increment/gauge/histogram/distribution`; dd-trace aggregates histograms client-side
 * into `.min/.max/.avg/.median/.95percentile` gauges and `.count/.sum/.total` counters.
 */
exports.LANGFUSE_DOGSTATSD_METRICS = [
    { name: 'langfuse.queue.<queue>.depth', type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: ['type', 'shard', 'unit'], source: QUEUE_METRICS_RUNNER },
    { name: 'langfuse.queue.<queue>.length', type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: ['unit'], source: QUEUE_METRICS_RUNNER },
    { name: 'langfuse.queue.<queue>.dlq_length', type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: ['unit'], source: QUEUE_METRICS_RUNNER },
    { name: 'langfuse.queue.<queue>.active', type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: ['unit'], source: QUEUE_METRICS_RUNNER },
    { name: 'langfuse.queue.<queue>.rate', type: statsd_mapping_1.StatsdMetricType.COUNTER, tags: ['type', 'shard'], source: WORKER_MANAGER },
    { name: 'langfuse.queue.<queue>.time_distribution', type: statsd_mapping_1.StatsdMetricType.OBSERVER, tags: ['type', 'shard', 'unit'], source: WORKER_MANAGER },
    { name: 'langfuse.queue.<queue>.request', type: statsd_mapping_1.StatsdMetricType.COUNTER, tags: [], source: WORKER_MANAGER },
    { name: 'langfuse.queue.<queue>.failed', type: statsd_mapping_1.StatsdMetricType.COUNTER, tags: [], source: WORKER_MANAGER },
    { name: 'langfuse.queue.<queue>.error', type: statsd_mapping_1.StatsdMetricType.COUNTER, tags: [], source: WORKER_MANAGER },
    { name: 'langfuse.queue.<queue>.stalled', type: statsd_mapping_1.StatsdMetricType.COUNTER, tags: [], source: WORKER_MANAGER },
    ...['min', 'max', 'avg', 'median', '95percentile'].flatMap((stat) => [
        { name: `langfuse.queue.<queue>.wait_time.${stat}`, type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: ['unit'], source: WORKER_MANAGER },
        { name: `langfuse.queue.<queue>.processing_time.${stat}`, type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: ['unit'], source: WORKER_MANAGER },
    ]),
    ...['count', 'sum', 'total'].flatMap((stat) => [
        { name: `langfuse.queue.<queue>.wait_time.${stat}`, type: statsd_mapping_1.StatsdMetricType.COUNTER, tags: ['unit'], source: WORKER_MANAGER },
        { name: `langfuse.queue.<queue>.processing_time.${stat}`, type: statsd_mapping_1.StatsdMetricType.COUNTER, tags: ['unit'], source: WORKER_MANAGER },
    ]),
    ...['heap_used', 'heap_total', 'rss', 'external', 'total', 'free'].map((type) => ({ name: `runtime.node.mem.${type}`, type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: [], source: DD_RUNTIME_METRICS })),
    ...['user', 'system', 'total'].map((mode) => ({ name: `runtime.node.cpu.${mode}`, type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: [], source: DD_RUNTIME_METRICS })),
    ...['max', 'min', 'avg', 'median', '95percentile'].map((stat) => ({ name: `runtime.node.event_loop.delay.${stat}`, type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: [], source: DD_RUNTIME_METRICS })),
    { name: 'runtime.node.process.uptime', type: statsd_mapping_1.StatsdMetricType.GAUGE, tags: [], source: DD_RUNTIME_METRICS },
];
const gauge = (name) => ({ name, type: statsd_mapping_1.PrometheusMetricType.GAUGE });
const counter = (name) => ({ name, type: statsd_mapping_1.PrometheusMetricType.COUNTER });
/** The statsd_exporter's own metrics: proof that the sidecar receives anything at all. */
exports.STATSD_EXPORTER_METRICS = {
    component: 'statsd-exporter',
    source: 'prometheus/statsd_exporter (exporter self-metrics)',
    metrics: [counter('statsd_exporter_events_total'), counter('statsd_exporter_events_unmapped_total'),
        counter('statsd_exporter_udp_packets_total'), counter('statsd_exporter_samples_total'), gauge('statsd_exporter_loaded_mappings')],
};
/** CloudNativePG instance metrics (port `metrics`, 9187) from its default monitoring queries. */
exports.CNPG_METRICS = {
    component: 'cloudnative-pg',
    source: 'https://cloudnative-pg.io/documentation/current/monitoring/ (predefined metrics and default-monitoring queries)',
    metrics: [
        gauge('cnpg_collector_up'), gauge('cnpg_collector_postgres_version'), gauge('cnpg_collector_pg_wal'),
        gauge('cnpg_collector_pg_wal_archive_status'),
        gauge('cnpg_collector_fencing_on'), gauge('cnpg_collector_nodes_used'), gauge('cnpg_collector_last_available_backup_timestamp'),
        gauge('cnpg_collector_first_recoverability_point'), gauge('cnpg_backends_total'), gauge('cnpg_pg_database_size_bytes'),
        counter('cnpg_pg_stat_archiver_archived_count'), counter('cnpg_pg_stat_archiver_failed_count'),
        gauge('cnpg_pg_stat_archiver_seconds_since_last_archival'), gauge('cnpg_pg_stat_archiver_last_archived_time'),
        gauge('cnpg_pg_stat_archiver_last_failed_time'), counter('cnpg_pg_stat_database_xact_commit'),
        counter('cnpg_pg_stat_database_xact_rollback'),
    ],
};
/** Metrics the Barman Cloud plugin adds to the instance exporter (they replace the cnpg_collector backup timestamps). */
exports.BARMAN_CLOUD_PLUGIN_METRICS = {
    component: 'barman-cloud-plugin',
    source: 'https://cloudnative-pg.io/plugin-barman-cloud/docs/observability',
    metrics: [
        gauge('barman_cloud_cloudnative_pg_io_last_available_backup_timestamp'),
        gauge('barman_cloud_cloudnative_pg_io_last_failed_backup_timestamp'),
        gauge('barman_cloud_cloudnative_pg_io_first_recoverability_point'),
    ],
};
/**
 * ClickHouse's built-in Prometheus endpoint: system.events/metrics/asynchronous_metrics. The bundled
 * ClickHouse serves it on port 8001 (Bitnami `metrics.enabled`), the operator's servers on 9363
 * (`prometheus` protocol in internal/controller/clickhouse/templates.go, events, metrics and
 * asynchronous metrics on).
 */
exports.CLICKHOUSE_METRICS = {
    component: 'clickhouse',
    source: 'https://clickhouse.com/docs/operations/server-configuration-parameters/settings#prometheus '
        + '(prefixes ClickHouseProfileEvents_, ClickHouseMetrics_, ClickHouseAsyncMetrics_)',
    metrics: [
        counter('ClickHouseProfileEvents_Query'), counter('ClickHouseProfileEvents_SelectQuery'), counter('ClickHouseProfileEvents_InsertQuery'),
        counter('ClickHouseProfileEvents_FailedQuery'), counter('ClickHouseProfileEvents_InsertedRows'), counter('ClickHouseProfileEvents_InsertedBytes'),
        gauge('ClickHouseMetrics_Query'), gauge('ClickHouseMetrics_MemoryTracking'), gauge('ClickHouseMetrics_TCPConnection'),
        gauge('ClickHouseMetrics_HTTPConnection'), gauge('ClickHouseAsyncMetrics_Uptime'), gauge('ClickHouseAsyncMetrics_TotalPartsOfMergeTreeTables'),
        gauge('ClickHouseMetrics_ZooKeeperSession'),
        // Size and use of the disk "default" (the data path), from src/Interpreters/ServerAsynchronousMetrics.cpp (DiskTotal_<disk>, DiskUsed_<disk>).
        gauge('ClickHouseAsyncMetrics_DiskTotal_default'), gauge('ClickHouseAsyncMetrics_DiskUsed_default'),
    ],
};
/**
 * ClickHouse Keeper's endpoint (port 9090 under the operator: `controller.DefaultPrometheusConfig`
 * in internal/controller/keeper/templates.go), the same writer with Keeper's asynchronous metrics.
 */
exports.CLICKHOUSE_KEEPER_METRICS = {
    component: 'clickhouse-keeper',
    source: 'ClickHouse/ClickHouse src/Coordination/KeeperAsynchronousMetrics.cpp (KeeperIsLeader, KeeperIsFollower, ...) '
        + 'under the ClickHouseAsyncMetrics_ prefix of src/Server/PrometheusMetricsWriter.h',
    metrics: [
        gauge('ClickHouseAsyncMetrics_KeeperIsLeader'), gauge('ClickHouseAsyncMetrics_KeeperIsFollower'),
        gauge('ClickHouseAsyncMetrics_KeeperSyncedFollowers'), gauge('ClickHouseAsyncMetrics_KeeperLastLogTerm'),
    ],
};
/** Dragonfly's `/metrics` (the operator's `admin` port), as the Grafana Dragonfly mixin queries them. */
exports.DRAGONFLY_METRICS = {
    component: 'dragonfly',
    source: 'https://www.dragonflydb.io/docs/managing-dragonfly/monitoring and grafana/jsonnet-libs dragonfly-mixin',
    metrics: [
        gauge('dragonfly_uptime_in_seconds'), gauge('dragonfly_connected_clients'), gauge('dragonfly_memory_used_bytes'),
        gauge('dragonfly_memory_max_bytes'),
        gauge('dragonfly_used_memory_rss_bytes'), counter('dragonfly_commands_total'), counter('dragonfly_keyspace_hits_total'),
        counter('dragonfly_keyspace_misses_total'), gauge('dragonfly_db_keys'), counter('dragonfly_evicted_keys_total'),
        counter('dragonfly_expired_keys_total'),
    ],
};
/** Every component list. */
exports.COMPONENT_METRICS = [
    exports.STATSD_EXPORTER_METRICS, exports.CNPG_METRICS, exports.BARMAN_CLOUD_PLUGIN_METRICS, exports.CLICKHOUSE_METRICS, exports.CLICKHOUSE_KEEPER_METRICS, exports.DRAGONFLY_METRICS,
];
/**
 * kube-state-metrics' CronJob series (labels `namespace`, `cronjob`), as kube-prometheus-stack
 * scrapes it (its ServiceMonitor keeps the object's `namespace` label, `honorLabels`).
 */
exports.KUBE_STATE_METRICS = {
    component: 'kube-state-metrics',
    source: 'kubernetes/kube-state-metrics docs/metrics/workload/cronjob-metrics.md (STABLE)',
    metrics: [
        gauge('kube_cronjob_status_last_successful_time'), gauge('kube_cronjob_created'), gauge('kube_cronjob_status_active'),
        gauge('kube_cronjob_next_schedule_time'),
    ],
};
/**
 * The kubelet's volume statistics (labels `namespace`, `persistentvolumeclaim`), from
 * kube-prometheus-stack's kubelet ServiceMonitor. Volumes the kubelet cannot measure report none:
 * hostPath-backed ones, like those of the local-path provisioner.
 */
exports.KUBELET_METRICS = {
    component: 'kubelet',
    source: 'kubernetes pkg/kubelet/metrics/collectors/volume_stats.go (kubelet /metrics)',
    metrics: [gauge('kubelet_volume_stats_used_bytes'), gauge('kubelet_volume_stats_capacity_bytes'), gauge('kubelet_volume_stats_available_bytes')],
};
/**
 * What the cluster's standard monitoring stack scrapes without any monitor of ours: the
 * kube-prometheus-stack Helm chart's kube-state-metrics and kubelet jobs. Alerts and panels may
 * query these too; docs/disaster-recovery.md names this dependency.
 */
exports.CLUSTER_STACK_METRICS = [exports.KUBE_STATE_METRICS, exports.KUBELET_METRICS];
/** The Prometheus series names a metric of a type is scraped as. */
function seriesNames(name, type) {
    return type === statsd_mapping_1.PrometheusMetricType.HISTOGRAM ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name];
}
/** Every Prometheus series name the statsd-exporter mapping produces. */
function mappedMetricNames() {
    return statsd_mapping_1.STATSD_MAPPINGS.filter((r) => !r.drop).flatMap((r) => seriesNames(r.name, r.prometheusType));
}
/** The series names of component lists. */
function componentSeriesNames(components) {
    return components.flatMap((c) => c.metrics.flatMap((m) => seriesNames(m.name, m.type)));
}
/**
 * Every series name that exists: mapped Langfuse metrics, the scraped components' documented
 * metrics and the cluster stack's.
 */
function knownMetricNames() {
    return new Set([...mappedMetricNames(), ...componentSeriesNames(exports.COMPONENT_METRICS), ...componentSeriesNames(exports.CLUSTER_STACK_METRICS)]);
}
/** The rule that handles a DogStatsD metric (the first glob of its type that matches), if any. */
function mappingRuleFor(metric) {
    const example = metric.name.replace('<queue>', 'ingestion');
    return statsd_mapping_1.STATSD_MAPPINGS.find((r) => r.matchMetricType === metric.type && (0, statsd_mapping_1.globMatches)(r.match, example));
}
