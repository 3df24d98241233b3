import { Construct } from 'constructs';
import { DashboardSubstitution, GrafanaDashboardConfigMap } from './grafana-dashboard-config-map';
import { PodMonitor } from './pod-monitor';
import { ServiceMonitor } from './service-monitor';
import { StatsdMappingConfigMap } from './statsd-mapping-config-map';
/** The Grafana folder of the dashboard by default (the reference deployment's). */
export declare const DEFAULT_DASHBOARD_FOLDER = "AI";
/** Props of `LangfuseMonitoring`. */
export interface LangfuseMonitoringProps {
    /** Namespace of Langfuse and of every monitor. */
    readonly namespace: string;
    /** Helm release of the langfuse chart. */
    readonly release: string;
    /** The CloudNativePG cluster of Langfuse. */
    readonly postgresCluster: string;
    /**
     * The shared Dragonfly, when Langfuse uses it: a `Dragonfly` resource of the Dragonfly operator.
     * @default - no Dragonfly monitor
     */
    readonly dragonfly?: {
        readonly namespace: string;
        readonly name?: string;
    };
    /**
     * Which backup metrics the Postgres instances export.
     * @default - no backups, no backup panels
     */
    readonly backup?: 'plugin' | 'barmanObjectStore';
    /** @default DEFAULT_DASHBOARD_FOLDER */
    readonly dashboardFolder?: string;
    /** Labels on every monitor, for a Prometheus that selects monitors by label. @default - none */
    readonly monitorLabels?: Readonly<Record<string, string>>;
    /**
     * Which ClickHouse stores get monitors, and which one the dashboard shows; both may run at once
     * (a migration from the bundled store to the operator's).
     * @default - the chart's bundled ClickHouse
     */
    readonly clickhouse?: MonitoredClickHouse;
    /** The ClickHouse backup CronJob, whose last success the dashboard shows. @default - no ClickHouse backup panel */
    readonly clickhouseBackupCronJob?: string;
    /**
     * How the dashboard escapes `${...}` from Flux post-build substitution.
     * @default DashboardSubstitution.DISABLE
     */
    readonly dashboardSubstitution?: DashboardSubstitution;
}
/** The ClickHouse stores that `LangfuseMonitoring` watches. */
export interface MonitoredClickHouse {
    /** The chart's bundled ClickHouse (Bitnami `metrics.enabled`, Service port `http-metrics`). */
    readonly bundled: boolean;
    /** The operator's ClickHouseCluster and KeeperCluster of this name. @default - none */
    readonly operator?: {
        readonly name: string;
    };
    /** The store the dashboard's ClickHouse panels query. */
    readonly dashboard: 'bundled' | 'operator';
}
/**
 * Monitoring that measures something real. Langfuse has no Prometheus endpoint, so:
 * - the statsd-exporter sidecars' mapping ConfigMap (the sidecars themselves are chart values) and
 *   one PodMonitor for web and worker (the worker has no Service);
 * - a PodMonitor for the CloudNativePG instances (the operator's `enablePodMonitor` is deprecated);
 * - a ServiceMonitor for the bundled ClickHouse's own Prometheus endpoint (Bitnami `metrics.enabled`),
 *   and PodMonitors for the operator's ClickHouse servers (port `prometheus`, 9363) and Keeper (9090);
 * - a PodMonitor for the shared Dragonfly, when Langfuse uses it;
 * - the Grafana dashboard, whose panels query only those metrics.
 * Selectors come from the labels those workloads are documented to carry (workload-labels.ts).
 */
export declare class LangfuseMonitoring extends Construct {
    readonly statsdMapping: StatsdMappingConfigMap;
    readonly langfuseMonitor: PodMonitor;
    readonly postgresMonitor: PodMonitor;
    /** The bundled ClickHouse's monitor; undefined when it does not run. */
    readonly clickhouseMonitor?: ServiceMonitor;
    /** The operator's ClickHouse servers; undefined without them. */
    readonly analyticsMonitor?: PodMonitor;
    /** The operator's Keeper; undefined without it. */
    readonly keeperMonitor?: PodMonitor;
    /** Undefined without Dragonfly. */
    readonly dragonflyMonitor?: PodMonitor;
    readonly dashboard: GrafanaDashboardConfigMap;
    /** PromQL label matchers of the CloudNativePG instance series (namespace and the PodMonitor's job). */
    readonly postgresSelector: string;
    /** PromQL label matchers of each monitored ClickHouse server's series (the bundled one's Service, the operator's PodMonitor job). */
    readonly clickhouseSelectors: readonly string[];
    constructor(scope: Construct, id: string, props: LangfuseMonitoringProps);
}
