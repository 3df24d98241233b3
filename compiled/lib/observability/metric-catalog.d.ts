import { PrometheusMetricType, STATSD_MAPPINGS, StatsdMetricType } from './statsd-mapping';
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
/**
 * Langfuse's queue metrics. Queue names go through `convertQueueNameToMetricName`
 * (packages/shared/src/server/instrumentation/index.ts): `langfuse.queue.` + the BullMQ queue name
 * with `-` as `_` and a trailing `_queue` removed, so `ingestion-queue` is `langfuse.queue.ingestion`.
 * recordIncrement/recordGauge/recordHistogram/recordDistribution call dd-trace's
 * `dogstatsd.increment/gauge/histogram/distribution`; dd-trace aggregates histograms client-side
 * into `.min/.max/.avg/.median/.95percentile` gauges and `.count/.sum/.total` counters.
 */
export declare const LANGFUSE_DOGSTATSD_METRICS: readonly DogStatsdMetric[];
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
/** The statsd_exporter's own metrics: proof that the sidecar receives anything at all. */
export declare const STATSD_EXPORTER_METRICS: ComponentMetrics;
/** CloudNativePG instance metrics (port `metrics`, 9187) from its default monitoring queries. */
export declare const CNPG_METRICS: ComponentMetrics;
/** Metrics the Barman Cloud plugin adds to the instance exporter (they replace the cnpg_collector backup timestamps). */
export declare const BARMAN_CLOUD_PLUGIN_METRICS: ComponentMetrics;
/**
 * ClickHouse's built-in Prometheus endpoint: system.events/metrics/asynchronous_metrics. The bundled
 * ClickHouse serves it on port 8001 (Bitnami `metrics.enabled`), the operator's servers on 9363
 * (`prometheus` protocol in internal/controller/clickhouse/templates.go, events, metrics and
 * asynchronous metrics on).
 */
export declare const CLICKHOUSE_METRICS: ComponentMetrics;
/**
 * ClickHouse Keeper's endpoint (port 9090 under the operator: `controller.DefaultPrometheusConfig`
 * in internal/controller/keeper/templates.go), the same writer with Keeper's asynchronous metrics.
 */
export declare const CLICKHOUSE_KEEPER_METRICS: ComponentMetrics;
/** Dragonfly's `/metrics` (the operator's `admin` port), as the Grafana Dragonfly mixin queries them. */
export declare const DRAGONFLY_METRICS: ComponentMetrics;
/** Every component list. */
export declare const COMPONENT_METRICS: readonly ComponentMetrics[];
/**
 * kube-state-metrics' CronJob series (labels `namespace`, `cronjob`), as kube-prometheus-stack
 * scrapes it (its ServiceMonitor keeps the object's `namespace` label, `honorLabels`).
 */
export declare const KUBE_STATE_METRICS: ComponentMetrics;
/**
 * The kubelet's volume statistics (labels `namespace`, `persistentvolumeclaim`), from
 * kube-prometheus-stack's kubelet ServiceMonitor. Volumes the kubelet cannot measure report none:
 * hostPath-backed ones, like those of the local-path provisioner.
 */
export declare const KUBELET_METRICS: ComponentMetrics;
/**
 * What the cluster's standard monitoring stack scrapes without any monitor of ours: the
 * kube-prometheus-stack Helm chart's kube-state-metrics and kubelet jobs. Alerts and panels may
 * query these too; docs/disaster-recovery.md names this dependency.
 */
export declare const CLUSTER_STACK_METRICS: readonly ComponentMetrics[];
/** Every Prometheus series name the statsd-exporter mapping produces. */
export declare function mappedMetricNames(): string[];
/** The series names of component lists. */
export declare function componentSeriesNames(components: readonly ComponentMetrics[]): string[];
/**
 * Every series name that exists: mapped Langfuse metrics, the scraped components' documented
 * metrics and the cluster stack's.
 */
export declare function knownMetricNames(): ReadonlySet<string>;
/** The rule that handles a DogStatsD metric (the first glob of its type that matches), if any. */
export declare function mappingRuleFor(metric: DogStatsdMetric): (typeof STATSD_MAPPINGS)[number] | undefined;
