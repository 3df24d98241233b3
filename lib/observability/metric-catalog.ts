import { globMatches, PrometheusMetricType, STATSD_MAPPINGS, StatsdMetricType } from './statsd-mapping';

/**
 * The metrics that exist: what Langfuse really emits over DogStatsD (with the file it comes from),
 * what the statsd_exporter mapping turns it into, and the metrics that the scraped dependencies
 * document. Dashboards and alerts may query only names listed here; a test checks every panel.
 */

/** A metric Langfuse (or dd-trace inside it) sends over DogStatsD. */
export interface DogStatsdMetric {
  /** The StatsD name; `<queue>` stands for one dot-free component. */
  readonly name: string;
  readonly type: StatsdMetricType;
  /** DogStatsD tags it carries. */
  readonly tags: readonly string[];
  /** Repository and file that emits it. */
  readonly source: string;
}

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
export const LANGFUSE_DOGSTATSD_METRICS: readonly DogStatsdMetric[] = [
  { name: 'langfuse.queue.<queue>.depth', type: StatsdMetricType.GAUGE, tags: ['type', 'shard', 'unit'], source: QUEUE_METRICS_RUNNER },
  { name: 'langfuse.queue.<queue>.length', type: StatsdMetricType.GAUGE, tags: ['unit'], source: QUEUE_METRICS_RUNNER },
  { name: 'langfuse.queue.<queue>.dlq_length', type: StatsdMetricType.GAUGE, tags: ['unit'], source: QUEUE_METRICS_RUNNER },
  { name: 'langfuse.queue.<queue>.active', type: StatsdMetricType.GAUGE, tags: ['unit'], source: QUEUE_METRICS_RUNNER },
  { name: 'langfuse.queue.<queue>.rate', type: StatsdMetricType.COUNTER, tags: ['type', 'shard'], source: WORKER_MANAGER },
  { name: 'langfuse.queue.<queue>.time_distribution', type: StatsdMetricType.OBSERVER, tags: ['type', 'shard', 'unit'], source: WORKER_MANAGER },
  { name: 'langfuse.queue.<queue>.request', type: StatsdMetricType.COUNTER, tags: [], source: WORKER_MANAGER },
  { name: 'langfuse.queue.<queue>.failed', type: StatsdMetricType.COUNTER, tags: [], source: WORKER_MANAGER },
  { name: 'langfuse.queue.<queue>.error', type: StatsdMetricType.COUNTER, tags: [], source: WORKER_MANAGER },
  { name: 'langfuse.queue.<queue>.stalled', type: StatsdMetricType.COUNTER, tags: [], source: WORKER_MANAGER },
  ...['min', 'max', 'avg', 'median', '95percentile'].flatMap((stat) => [
    { name: `langfuse.queue.<queue>.wait_time.${stat}`, type: StatsdMetricType.GAUGE, tags: ['unit'], source: WORKER_MANAGER },
    { name: `langfuse.queue.<queue>.processing_time.${stat}`, type: StatsdMetricType.GAUGE, tags: ['unit'], source: WORKER_MANAGER },
  ]),
  ...['count', 'sum', 'total'].flatMap((stat) => [
    { name: `langfuse.queue.<queue>.wait_time.${stat}`, type: StatsdMetricType.COUNTER, tags: ['unit'], source: WORKER_MANAGER },
    { name: `langfuse.queue.<queue>.processing_time.${stat}`, type: StatsdMetricType.COUNTER, tags: ['unit'], source: WORKER_MANAGER },
  ]),
  ...['heap_used', 'heap_total', 'rss', 'external', 'total', 'free'].map((type) => (
    { name: `runtime.node.mem.${type}`, type: StatsdMetricType.GAUGE, tags: [], source: DD_RUNTIME_METRICS })),
  ...['user', 'system', 'total'].map((mode) => (
    { name: `runtime.node.cpu.${mode}`, type: StatsdMetricType.GAUGE, tags: [], source: DD_RUNTIME_METRICS })),
  ...['max', 'min', 'avg', 'median', '95percentile'].map((stat) => (
    { name: `runtime.node.event_loop.delay.${stat}`, type: StatsdMetricType.GAUGE, tags: [], source: DD_RUNTIME_METRICS })),
  { name: 'runtime.node.process.uptime', type: StatsdMetricType.GAUGE, tags: [], source: DD_RUNTIME_METRICS },
];

/** A Prometheus metric documented by a scraped component. */
export interface ComponentMetric {
  readonly name: string;
  readonly type: PrometheusMetricType;
}

/** Metrics a scraped component documents, with where they are documented. */
export interface ComponentMetrics {
  readonly component: string;
  readonly source: string;
  readonly metrics: readonly ComponentMetric[];
}

const gauge = (name: string): ComponentMetric => ({ name, type: PrometheusMetricType.GAUGE });
const counter = (name: string): ComponentMetric => ({ name, type: PrometheusMetricType.COUNTER });

/** The statsd_exporter's own metrics: proof that the sidecar receives anything at all. */
export const STATSD_EXPORTER_METRICS: ComponentMetrics = {
  component: 'statsd-exporter',
  source: 'prometheus/statsd_exporter (exporter self-metrics)',
  metrics: [counter('statsd_exporter_events_total'), counter('statsd_exporter_events_unmapped_total'),
    counter('statsd_exporter_udp_packets_total'), counter('statsd_exporter_samples_total'), gauge('statsd_exporter_loaded_mappings')],
};

/** CloudNativePG instance metrics (port `metrics`, 9187) from its default monitoring queries. */
export const CNPG_METRICS: ComponentMetrics = {
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
export const BARMAN_CLOUD_PLUGIN_METRICS: ComponentMetrics = {
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
export const CLICKHOUSE_METRICS: ComponentMetrics = {
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
export const CLICKHOUSE_KEEPER_METRICS: ComponentMetrics = {
  component: 'clickhouse-keeper',
  source: 'ClickHouse/ClickHouse src/Coordination/KeeperAsynchronousMetrics.cpp (KeeperIsLeader, KeeperIsFollower, ...) '
    + 'under the ClickHouseAsyncMetrics_ prefix of src/Server/PrometheusMetricsWriter.h',
  metrics: [
    gauge('ClickHouseAsyncMetrics_KeeperIsLeader'), gauge('ClickHouseAsyncMetrics_KeeperIsFollower'),
    gauge('ClickHouseAsyncMetrics_KeeperSyncedFollowers'), gauge('ClickHouseAsyncMetrics_KeeperLastLogTerm'),
  ],
};

/** Dragonfly's `/metrics` (the operator's `admin` port), as the Grafana Dragonfly mixin queries them. */
export const DRAGONFLY_METRICS: ComponentMetrics = {
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
export const COMPONENT_METRICS: readonly ComponentMetrics[] = [
  STATSD_EXPORTER_METRICS, CNPG_METRICS, BARMAN_CLOUD_PLUGIN_METRICS, CLICKHOUSE_METRICS, CLICKHOUSE_KEEPER_METRICS, DRAGONFLY_METRICS,
];

/**
 * kube-state-metrics' CronJob series (labels `namespace`, `cronjob`), as kube-prometheus-stack
 * scrapes it (its ServiceMonitor keeps the object's `namespace` label, `honorLabels`).
 */
export const KUBE_STATE_METRICS: ComponentMetrics = {
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
export const KUBELET_METRICS: ComponentMetrics = {
  component: 'kubelet',
  source: 'kubernetes pkg/kubelet/metrics/collectors/volume_stats.go (kubelet /metrics)',
  metrics: [gauge('kubelet_volume_stats_used_bytes'), gauge('kubelet_volume_stats_capacity_bytes'), gauge('kubelet_volume_stats_available_bytes')],
};

/**
 * What the cluster's standard monitoring stack scrapes without any monitor of ours: the
 * kube-prometheus-stack Helm chart's kube-state-metrics and kubelet jobs. Alerts and panels may
 * query these too; docs/disaster-recovery.md names this dependency.
 */
export const CLUSTER_STACK_METRICS: readonly ComponentMetrics[] = [KUBE_STATE_METRICS, KUBELET_METRICS];

/** The Prometheus series names a metric of a type is scraped as. */
function seriesNames(name: string, type: PrometheusMetricType): string[] {
  return type === PrometheusMetricType.HISTOGRAM ? [`${name}_bucket`, `${name}_sum`, `${name}_count`] : [name];
}

/** Every Prometheus series name the statsd-exporter mapping produces. */
export function mappedMetricNames(): string[] {
  return STATSD_MAPPINGS.filter((r) => !r.drop).flatMap((r) => seriesNames(r.name!, r.prometheusType!));
}

/** The series names of component lists. */
export function componentSeriesNames(components: readonly ComponentMetrics[]): string[] {
  return components.flatMap((c) => c.metrics.flatMap((m) => seriesNames(m.name, m.type)));
}

/**
 * Every series name that exists: mapped Langfuse metrics, the scraped components' documented
 * metrics and the cluster stack's.
 */
export function knownMetricNames(): ReadonlySet<string> {
  return new Set([...mappedMetricNames(), ...componentSeriesNames(COMPONENT_METRICS), ...componentSeriesNames(CLUSTER_STACK_METRICS)]);
}

/** The rule that handles a DogStatsD metric (the first glob of its type that matches), if any. */
export function mappingRuleFor(metric: DogStatsdMetric): (typeof STATSD_MAPPINGS)[number] | undefined {
  const example = metric.name.replace('<queue>', 'ingestion');
  return STATSD_MAPPINGS.find((r) => r.matchMetricType === metric.type && globMatches(r.match, example));
}
