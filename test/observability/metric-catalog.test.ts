import { parse } from 'yaml';
import {
  COMPONENT_METRICS, knownMetricNames, LANGFUSE_DOGSTATSD_METRICS, mappedMetricNames, mappingRuleFor,
} from '../../lib/observability/metric-catalog';
import { metricNames } from '../../lib/observability/promql';
import {
  globMatches, PrometheusMetricType, renderStatsdMapping, STATSD_MAPPINGS, statsdMappingChecksum, StatsdMetricType,
} from '../../lib/observability/statsd-mapping';

describe('the statsd-exporter mapping', () => {
  test('every DogStatsD metric Langfuse emits is handled by a rule of its own type', () => {
    // GIVEN the catalog of Langfuse's DogStatsD metrics, with their source files
    for (const metric of LANGFUSE_DOGSTATSD_METRICS) {
      // WHEN the mapping looks for the first rule of the metric's type whose glob matches
      const rule = mappingRuleFor(metric);
      // THEN there is one, and the metric's source is recorded
      expect({ metric: metric.name, type: metric.type, rule: rule?.match }).toEqual({ metric: metric.name, type: metric.type, rule: expect.any(String) });
      expect(metric.source).toMatch(/^(langfuse\/langfuse|DataDog\/dd-trace-js) /);
    }
  });

  test('the queue metrics Langfuse documents for scaling decisions are exported under stable names', () => {
    const names = mappedMetricNames();
    expect(names).toEqual(expect.arrayContaining([
      'langfuse_queue_depth', 'langfuse_queue_jobs_total', 'langfuse_queue_job_duration_milliseconds_bucket', 'langfuse_queue_length',
      'langfuse_queue_dlq_length', 'langfuse_nodejs_memory_bytes',
    ]));
    const depth = mappingRuleFor(LANGFUSE_DOGSTATSD_METRICS.find((m) => m.name === 'langfuse.queue.<queue>.depth')!);
    expect(depth?.labels).toEqual({ queue: '$1' });
  });

  test('the aggregated counter parts of legacy histograms are dropped, so no name is both a gauge and a counter', () => {
    const counterPart = LANGFUSE_DOGSTATSD_METRICS.find((m) => m.name === 'langfuse.queue.<queue>.wait_time.count')!;
    expect(mappingRuleFor(counterPart)?.drop).toBe(true);
    const types = new Map<string, PrometheusMetricType>();
    for (const rule of STATSD_MAPPINGS.filter((r) => !r.drop)) {
      expect(types.get(rule.name!) ?? rule.prometheusType).toBe(rule.prometheusType);
      types.set(rule.name!, rule.prometheusType!);
    }
  });

  test('exported names are valid Prometheus names; counters end in _total and histograms name their unit', () => {
    for (const rule of STATSD_MAPPINGS.filter((r) => !r.drop)) {
      expect(rule.name).toMatch(/^[a-z_][a-z0-9_]*$/);
      if (rule.prometheusType === PrometheusMetricType.COUNTER) expect(rule.name).toMatch(/_total$/);
      if (rule.prometheusType === PrometheusMetricType.HISTOGRAM) expect(rule.name).toMatch(/_(milliseconds|seconds)$/);
      expect(rule.help.length).toBeGreaterThan(10);
    }
  });

  test('the rendered file is the statsd_exporter YAML format, with histogram options only on observers and a final regex drop', () => {
    // WHEN the mapping is rendered
    const file = parse(renderStatsdMapping());
    // THEN it has defaults and one mapping per rule plus the catch-all drop of other runtime metrics
    expect(file.defaults).toEqual({ match_type: 'glob', glob_disable_ordering: false });
    expect(file.mappings).toHaveLength(STATSD_MAPPINGS.length + 1);
    for (const mapping of file.mappings) {
      expect(mapping.name).toEqual(expect.any(String));
      expect(['gauge', 'counter', 'observer', undefined]).toContain(mapping.match_metric_type);
      if (mapping.histogram_options) expect(mapping.match_metric_type).toBe(StatsdMetricType.OBSERVER);
    }
    const histogram = file.mappings.find((m: any) => m.name === 'langfuse_queue_job_duration_milliseconds');
    expect(histogram).toMatchObject({ observer_type: 'histogram', match: 'langfuse.queue.*.time_distribution', labels: { queue: '$1' } });
    expect(histogram.histogram_options.buckets).toEqual([...histogram.histogram_options.buckets].sort((a: number, b: number) => a - b));
    expect(file.mappings[file.mappings.length - 1]).toEqual({ match: 'runtime\\.node\\..+', match_type: 'regex', action: 'drop', name: 'dropped' });
  });

  test('the checksum is stable for the same mapping', () => {
    expect(statsdMappingChecksum()).toMatch(/^[0-9a-f]{64}$/);
    expect(statsdMappingChecksum()).toBe(statsdMappingChecksum());
  });

  test('a glob star matches exactly one dot-separated component', () => {
    expect(globMatches('langfuse.queue.*.depth', 'langfuse.queue.ingestion.depth')).toBe(true);
    expect(globMatches('langfuse.queue.*.depth', 'langfuse.queue.ingestion_queue_1.depth')).toBe(true);
    expect(globMatches('langfuse.queue.*.depth', 'langfuse.queue.a.b.depth')).toBe(false);
    expect(globMatches('langfuse.queue.*.depth', 'langfuse.queue.ingestion.length')).toBe(false);
  });
});

describe('the metric catalog', () => {
  test('documents every scraped component with a source', () => {
    expect(COMPONENT_METRICS.map((c) => c.component)).toEqual(['statsd-exporter', 'cloudnative-pg', 'barman-cloud-plugin', 'clickhouse', 'clickhouse-keeper', 'dragonfly']);
    for (const component of COMPONENT_METRICS) {
      expect(component.source.length).toBeGreaterThan(10);
      for (const metric of component.metrics) expect(metric.name).toMatch(/^[a-zA-Z_][a-zA-Z0-9_]*$/);
    }
  });

  test('knows the series of a histogram by their suffixes, and nothing the reference dashboard invented', () => {
    const known = knownMetricNames();
    expect(known.has('langfuse_queue_job_duration_milliseconds_bucket')).toBe(true);
    expect(known.has('langfuse_queue_job_duration_milliseconds')).toBe(false);
    expect(known.has('cnpg_collector_up')).toBe(true);
    for (const invented of ['langfuse_traces_total', 'langfuse_tokens_total', 'langfuse_queue_length_total', 'langfuse_worker_jobs_processed_total']) {
      expect(known.has(invented)).toBe(false);
    }
  });
});

describe('metricNames', () => {
  test.each([
    ['langfuse_queue_depth', ['langfuse_queue_depth']],
    ['sum by (queue) (rate(langfuse_queue_jobs_total{namespace="ai-system", type=~"failed|error"}[5m])) or vector(0)', ['langfuse_queue_jobs_total']],
    ['histogram_quantile(0.95, sum by (le, queue) (rate(x_bucket{a="b"}[5m])))', ['x_bucket']],
    ['time() - max(barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{job="a/b"} > 0)', ['barman_cloud_cloudnative_pg_io_last_available_backup_timestamp']],
    ['a / on (pod) group_left b * 1e6', ['a', 'b']],
    ['max without (cmd) (ClickHouseMetrics_Query{pod=~"x.*"}) offset 5m', ['ClickHouseMetrics_Query']],
  ])('finds the metrics of %s', (expr, expected) => {
    expect(metricNames(expr)).toEqual(expected);
  });
});
