"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.STATSD_MAPPINGS = exports.QUEUE_DURATION_BUCKETS_MS = exports.PrometheusMetricType = exports.StatsdMetricType = void 0;
exports.renderStatsdMapping = renderStatsdMapping;
exports.statsdMappingChecksum = statsdMappingChecksum;
exports.globMatches = globMatches;
const crypto_1 = require("crypto");
const yaml_1 = require("yaml");
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
var StatsdMetricType;
(function (StatsdMetricType) {
    StatsdMetricType["GAUGE"] = "gauge";
    StatsdMetricType["COUNTER"] = "counter";
    /** Timers, histograms and DogStatsD distributions (`ms`, `h`, `d`). */
    StatsdMetricType["OBSERVER"] = "observer";
})(StatsdMetricType || (exports.StatsdMetricType = StatsdMetricType = {}));
/** The Prometheus type a mapped metric is exported as. */
var PrometheusMetricType;
(function (PrometheusMetricType) {
    PrometheusMetricType["GAUGE"] = "gauge";
    PrometheusMetricType["COUNTER"] = "counter";
    PrometheusMetricType["HISTOGRAM"] = "histogram";
})(PrometheusMetricType || (exports.PrometheusMetricType = PrometheusMetricType = {}));
/**
 * Bucket bounds for Langfuse's queue timings. DogStatsD distributions (`d`) are not unit-converted
 * by the exporter, and Langfuse sends milliseconds: from a few ms (a small ingestion job) to
 * several minutes (an evaluation or a job that waited behind a backlog).
 */
exports.QUEUE_DURATION_BUCKETS_MS = [5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000, 300000, 900000];
const queue = (suffix, name, type, prometheusType, help, tagLabels = []) => ({
    match: `langfuse.queue.*.${suffix}`, matchMetricType: type, name, labels: { queue: '$1' }, prometheusType, help, tagLabels,
});
const LEGACY_COUNTER_PARTS = 'Counter parts (.count/.sum/.total) of an aggregated legacy histogram.';
/** Every rule, in the order written to the mapping file. */
exports.STATSD_MAPPINGS = [
    // Queue depth, polled every second by the worker's queue-metrics-runner for every queue it consumes.
    queue('depth', 'langfuse_queue_depth', StatsdMetricType.GAUGE, PrometheusMetricType.GAUGE, 'Jobs in a Langfuse BullMQ queue by state (type=waiting|failed|active); shard="all" aggregates a sharded queue.', ['type', 'shard', 'unit']),
    // Per-job counters and timings recorded by the worker's WorkerManager around every processed job.
    queue('rate', 'langfuse_queue_jobs_total', StatsdMetricType.COUNTER, PrometheusMetricType.COUNTER, 'Jobs picked up (type=request), completed, failed, errored or stalled, per queue.', ['type', 'shard']),
    queue('time_distribution', 'langfuse_queue_job_duration_milliseconds', StatsdMetricType.OBSERVER, PrometheusMetricType.HISTOGRAM, 'Time a job waited in the queue (type=wait) and took to process (type=processing), in milliseconds.', ['type', 'shard', 'unit']),
    // Older, untagged names that Langfuse still emits next to the tagged ones.
    queue('length', 'langfuse_queue_length', StatsdMetricType.GAUGE, PrometheusMetricType.GAUGE, 'Waiting jobs in a queue (legacy name; prefer langfuse_queue_depth{type="waiting"}).', ['unit']),
    queue('dlq_length', 'langfuse_queue_dlq_length', StatsdMetricType.GAUGE, PrometheusMetricType.GAUGE, 'Failed (dead-letter) jobs in a queue (legacy name; prefer langfuse_queue_depth{type="failed"}).', ['unit']),
    queue('active', 'langfuse_queue_active', StatsdMetricType.GAUGE, PrometheusMetricType.GAUGE, 'Active jobs in a queue (legacy name; prefer langfuse_queue_depth{type="active"}).', ['unit']),
    queue('request', 'langfuse_queue_requests_total', StatsdMetricType.COUNTER, PrometheusMetricType.COUNTER, 'Jobs picked up (legacy name; prefer langfuse_queue_jobs_total{type="request"}).'),
    queue('failed', 'langfuse_queue_failed_total', StatsdMetricType.COUNTER, PrometheusMetricType.COUNTER, 'Jobs that failed (legacy name; prefer langfuse_queue_jobs_total{type="failed"}).'),
    queue('error', 'langfuse_queue_errors_total', StatsdMetricType.COUNTER, PrometheusMetricType.COUNTER, 'Worker errors (legacy name; prefer langfuse_queue_jobs_total{type="error"}).'),
    queue('stalled', 'langfuse_queue_stalled_total', StatsdMetricType.COUNTER, PrometheusMetricType.COUNTER, 'Jobs whose lock expired and that were re-enqueued (legacy name; prefer langfuse_queue_jobs_total{type="stalled"}).'),
    // dd-trace aggregates recordHistogram() values per flush into .min/.max/.avg/.median/.95percentile
    // gauges and .count/.sum/.total counters. The gauges are kept, the counters would clash in type.
    {
        match: 'langfuse.queue.*.wait_time.*', matchMetricType: StatsdMetricType.GAUGE, name: 'langfuse_queue_wait_time_milliseconds',
        labels: { queue: '$1', stat: '$2' }, prometheusType: PrometheusMetricType.GAUGE, tagLabels: ['unit'],
        help: 'Queue wait time per 10s flush, by statistic (stat=avg|max|min|median|95percentile), in milliseconds (legacy).',
    },
    {
        match: 'langfuse.queue.*.processing_time.*', matchMetricType: StatsdMetricType.GAUGE, name: 'langfuse_queue_processing_time_milliseconds',
        labels: { queue: '$1', stat: '$2' }, prometheusType: PrometheusMetricType.GAUGE, tagLabels: ['unit'],
        help: 'Job processing time per 10s flush, by statistic (stat=avg|max|min|median|95percentile), in milliseconds (legacy).',
    },
    { match: 'langfuse.queue.*.wait_time.*', matchMetricType: StatsdMetricType.COUNTER, drop: true, help: LEGACY_COUNTER_PARTS },
    { match: 'langfuse.queue.*.processing_time.*', matchMetricType: StatsdMetricType.COUNTER, drop: true, help: LEGACY_COUNTER_PARTS },
    // dd-trace runtime metrics (tracer.init({ runtimeMetrics: true }) in both containers).
    {
        match: 'runtime.node.mem.*', matchMetricType: StatsdMetricType.GAUGE, name: 'langfuse_nodejs_memory_bytes', labels: { type: '$1' },
        prometheusType: PrometheusMetricType.GAUGE,
        help: 'Node.js memory (type=heap_used|heap_total|rss|external; total|free are the node\'s memory), in bytes.',
    },
    {
        match: 'runtime.node.cpu.*', matchMetricType: StatsdMetricType.GAUGE, name: 'langfuse_nodejs_cpu_percent', labels: { mode: '$1' },
        prometheusType: PrometheusMetricType.GAUGE, help: 'Node.js process CPU usage over the last 10s (mode=user|system|total), in percent of one core.',
    },
    {
        match: 'runtime.node.event_loop.delay.*', matchMetricType: StatsdMetricType.GAUGE, name: 'langfuse_nodejs_event_loop_delay_nanoseconds',
        labels: { stat: '$1' }, prometheusType: PrometheusMetricType.GAUGE,
        help: 'Node.js event loop delay over the last 10s by statistic (stat=max|min|avg|median|95percentile), in nanoseconds.',
    },
    {
        match: 'runtime.node.process.uptime', matchMetricType: StatsdMetricType.GAUGE, name: 'langfuse_nodejs_uptime_seconds',
        prometheusType: PrometheusMetricType.GAUGE, help: 'Seconds since the Node.js process started.',
    },
    {
        match: 'runtime.node.event_loop.delay.*', matchMetricType: StatsdMetricType.COUNTER, drop: true,
        help: 'Counter parts of the aggregated event loop histogram.',
    },
];
/**
 * Runtime metrics not listed above (heap spaces, GC pauses, ...) are dropped: they are many series
 * per pod and nothing here reads them. Regex rules run after every glob rule.
 */
const DROP_OTHER_RUNTIME_METRICS = { match: 'runtime\\.node\\..+', match_type: 'regex', action: 'drop', name: 'dropped' };
/** The mapping file (statsd_exporter `--statsd.mapping-config`), as YAML. */
function renderStatsdMapping() {
    const mappings = exports.STATSD_MAPPINGS.map((rule) => {
        if (rule.drop)
            return { match: rule.match, match_metric_type: rule.matchMetricType, action: 'drop', name: 'dropped' };
        return {
            match: rule.match,
            match_metric_type: rule.matchMetricType,
            name: rule.name,
            help: rule.help,
            ...(rule.labels ? { labels: { ...rule.labels } } : {}),
            ...(rule.prometheusType === PrometheusMetricType.HISTOGRAM
                ? { observer_type: 'histogram', histogram_options: { buckets: [...(rule.buckets ?? exports.QUEUE_DURATION_BUCKETS_MS)] } }
                : {}),
        };
    });
    const file = { defaults: { match_type: 'glob', glob_disable_ordering: false }, mappings: [...mappings, DROP_OTHER_RUNTIME_METRICS] };
    return (0, yaml_1.stringify)(file, { lineWidth: 0 });
}
/** SHA-256 of the mapping file, as a pod annotation that restarts the pods when the mapping changes. */
function statsdMappingChecksum() {
    return (0, crypto_1.createHash)('sha256').update(renderStatsdMapping()).digest('hex');
}
/**
 * Whether a StatsD metric name matches a rule's glob (`*` = exactly one dot-separated component).
 * @internal exported for tests and the metric catalog
 */
function globMatches(glob, statsdName) {
    const pattern = glob.split('.');
    const parts = statsdName.split('.');
    return pattern.length === parts.length && pattern.every((p, i) => p === '*' || p === parts[i]);
}
