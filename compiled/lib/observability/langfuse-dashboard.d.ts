import { DashboardRow } from './grafana-dashboard-config-map';
/** How the dashboard's queries find each scrape target's series (PromQL label matchers, without braces). */
export interface LangfuseDashboardSelectors {
    /** The statsd-exporter sidecars of web and worker. */
    readonly langfuse: string;
    /** The CloudNativePG instances. */
    readonly postgres: string;
    /** The ClickHouse servers Langfuse uses. */
    readonly clickhouse: string;
    /** The operator's Keeper, when Langfuse uses the operator's ClickHouse. @default - no Keeper panels */
    readonly keeper?: string;
    /** The shared Dragonfly. @default - no Dragonfly row */
    readonly dragonfly?: string;
}
/** What `langfuseDashboardRows` draws. */
export interface LangfuseDashboardOptions {
    readonly selectors: LangfuseDashboardSelectors;
    /**
     * Which backup metrics exist: the Barman Cloud plugin's or the in-tree collector's.
     * @default - no backup panels
     */
    readonly backup?: 'plugin' | 'barmanObjectStore';
    /**
     * Label matchers of the ClickHouse backup CronJob's kube-state-metrics series.
     * @default - no ClickHouse backup panel
     */
    readonly clickhouseBackupCronJob?: string;
}
/**
 * The Langfuse dashboard as typed rows. Every query uses only metrics from the metric catalog:
 * the statsd-exporter mapping of Langfuse's DogStatsD metrics and the documented metrics of
 * CloudNativePG, ClickHouse and Dragonfly. Rows for parts that are off are left out, so no panel
 * waits for a metric nobody produces.
 */
export declare function langfuseDashboardRows(options: LangfuseDashboardOptions): DashboardRow[];
