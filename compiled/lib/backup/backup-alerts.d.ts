import { Construct } from 'constructs';
import { PrometheusRule } from '../../imports/monitoring.coreos.com';
/** What a backup may take on top of its schedule's longest interval before its age alerts. */
export declare const BACKUP_AGE_GRACE_SECONDS: number;
/** Share of a volume in use above which the volume alert fires. */
export declare const VOLUME_USAGE_THRESHOLD = 0.8;
/** One alerting rule as the construct renders it. */
export interface BackupAlertRule {
    readonly alert: string;
    readonly expr: string;
    readonly for: string;
    readonly severity: 'warning' | 'critical';
    readonly summary: string;
    readonly description: string;
}
/** Props of `BackupAlerts`. */
export interface BackupAlertsProps {
    /** Name of the PrometheusRule. */
    readonly name: string;
    /** Namespace of Langfuse, its volumes and its backup CronJob. */
    readonly namespace: string;
    /** Labels a Prometheus selects rules by (kube-prometheus-stack: `release: <its release>`). @default - none */
    readonly labels?: Readonly<Record<string, string>>;
    /**
     * Postgres backups: the label matchers of the CloudNativePG instance series (its PodMonitor's
     * job), which exporter reports the last base backup, and the ScheduledBackup's longest interval.
     * @default - no Postgres backup alerts
     */
    readonly postgres?: {
        readonly selector: string;
        readonly method: 'plugin' | 'barmanObjectStore';
        readonly maxIntervalSeconds: number;
    };
    /** The ClickHouse backup CronJob and its longest interval. @default - no ClickHouse backup alert */
    readonly clickhouseBackup?: {
        readonly cronJob: string;
        readonly maxIntervalSeconds: number;
    };
    /**
     * Label matchers of each monitored ClickHouse server's series: its own disk metrics measure its
     * volume where the kubelet reports nothing (hostPath volumes, like local-path's).
     * @default - no ClickHouse disk alert
     */
    readonly clickhouseSelectors?: readonly string[];
}
/**
 * A `PrometheusRule` for the conditions that lose data: a Postgres base backup older than its
 * schedule allows, WAL archiving failing, a ClickHouse backup older than its schedule allows, a
 * volume of the Langfuse namespace more than 80 % full, and a ClickHouse data disk more than 80 %
 * full by ClickHouse's own metrics (the kubelet has no statistics of hostPath volumes).
 *
 * Each expression reads only series that something produces: the CloudNativePG exporter (through
 * the emitted PodMonitor; the Barman Cloud plugin's `barman_cloud_cloudnative_pg_io_*` or, for the
 * in-tree method, the collector's `cnpg_collector_*` backup timestamp), and two parts of the
 * cluster's standard monitoring stack (kube-prometheus-stack): kube-state-metrics
 * (`kube_cronjob_status_last_successful_time`, `kube_cronjob_created`) and the kubelet's volume
 * statistics (`kubelet_volume_stats_*`). See `CLUSTER_STACK_METRICS` in the metric catalog.
 */
export declare class BackupAlerts extends Construct {
    readonly rules: readonly BackupAlertRule[];
    readonly resource: PrometheusRule;
    constructor(scope: Construct, id: string, props: BackupAlertsProps);
}
