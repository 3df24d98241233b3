/**
 * The statsd_exporter mapping that turns Langfuse's DogStatsD metrics into Prometheus metrics.
 *
 * Langfuse has no Prometheus endpoint. Web and worker call `dd-trace`'s `dogstatsd` client
 * (packages/shared/src/server/instrumentation/index.ts: `recordGauge`, `recordIncrement`,
 * `recordHistogram`, `recordDistribution`), and dd-trace's runtime metrics add `runtime.node.*`.
 * A statsd_exporter sidecar receives them on UDP 8125 and serves them on `/metrics`; these rules
 * give them stable names and labels. DogStatsD tags (`type`, `shard`, `unit`, ...) become labels
 * on their own.
 *
 * @see https://github.com/prometheus/statsd_exporter#metric-mapping-and-configuration
 */
/** The StatsD metric type a rule applies to (`match_metric_type`). */
export declare enum StatsdMetricType {
    GAUGE = "gauge",
    COUNTER = "counter",
    /** Timers, histograms and DogStatsD distributions (`ms`, `h`, `d`). */
    OBSERVER = "observer"
}
/** The Prometheus type a mapped metric is exported as. */
export declare enum PrometheusMetricType {
    GAUGE = "gauge",
    COUNTER = "counter",
    HISTOGRAM = "histogram"
}
/** One mapping rule. */
export interface StatsdMappingRule {
    /** Glob on the dot-separated StatsD name; `*` stands for exactly one component. */
    readonly match: string;
    /** Only StatsD metrics of this type match. */
    readonly matchMetricType: StatsdMetricType;
    /** Prometheus name; undefined for a drop rule. */
    readonly name?: string;
    /** Labels set from the glob's captures (`$1`, ...). @default - none */
    readonly labels?: Readonly<Record<string, string>>;
    /** Labels that arrive as DogStatsD tags (documentation and tests only). @default - none */
    readonly tagLabels?: readonly string[];
    /** The Prometheus type produced. Undefined for a drop rule. */
    readonly prometheusType?: PrometheusMetricType;
    /** Histogram buckets, in the unit the application sends. Only for observers. */
    readonly buckets?: readonly number[];
    /** HELP text. */
    readonly help: string;
    /** Drop the metric instead of exporting it. @default false */
    readonly drop?: boolean;
}
/**
 * Bucket bounds for Langfuse's queue timings. DogStatsD distributions (`d`) are not unit-converted
 * by the exporter, and Langfuse sends milliseconds: from a few ms (a small ingestion job) to
 * several minutes (an evaluation or a job that waited behind a backlog).
 */
export declare const QUEUE_DURATION_BUCKETS_MS: readonly number[];
/** Every rule, in the order written to the mapping file. */
export declare const STATSD_MAPPINGS: readonly StatsdMappingRule[];
/** The mapping file (statsd_exporter `--statsd.mapping-config`), as YAML. */
export declare function renderStatsdMapping(): string;
/** SHA-256 of the mapping file, as a pod annotation that restarts the pods when the mapping changes. */
export declare function statsdMappingChecksum(): string;
/**
 * Whether a StatsD metric name matches a rule's glob (`*` = exactly one dot-separated component).
 * @internal exported for tests and the metric catalog
 */
export declare function globMatches(glob: string, statsdName: string): boolean;
