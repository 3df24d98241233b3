/**
 * The metric names a PromQL expression selects, for checking a dashboard against the metrics that
 * exist. It understands what dashboards here use: selectors with label matchers, range vectors,
 * functions and aggregations with `by`/`without`, binary operators, numbers and strings. It does not
 * resolve recording rules or `{__name__=...}` selectors.
 *
 * @example metricNames('sum by (queue) (rate(langfuse_queue_jobs_total{type="request"}[5m]))') // ['langfuse_queue_jobs_total']
 */
export declare function metricNames(expr: string): string[];
