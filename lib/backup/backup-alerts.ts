import { Construct } from 'constructs';
import { PrometheusRule, PrometheusRuleSpecGroupsRulesExpr } from '../../imports/monitoring.coreos.com';
import { placeInFile } from '../output/file-placement';
import { formatDuration } from './schedule-interval';

/** What a backup may take on top of its schedule's longest interval before its age alerts. */
export const BACKUP_AGE_GRACE_SECONDS = 2 * 3600;

/** Share of a volume in use above which the volume alert fires. */
export const VOLUME_USAGE_THRESHOLD = 0.8;

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
  readonly clickhouseBackup?: { readonly cronJob: string; readonly maxIntervalSeconds: number };
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
export class BackupAlerts extends Construct {
  public readonly rules: readonly BackupAlertRule[];
  public readonly resource: PrometheusRule;

  constructor(scope: Construct, id: string, props: BackupAlertsProps) {
    super(scope, id);
    const ns = props.namespace;
    const rules: BackupAlertRule[] = [];
    if (props.postgres) {
      const { selector, method } = props.postgres;
      const threshold = props.postgres.maxIntervalSeconds + BACKUP_AGE_GRACE_SECONDS;
      const lastBackup = method === 'plugin' ? 'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp' : 'cnpg_collector_last_available_backup_timestamp';
      rules.push({
        alert: 'LangfusePostgresBaseBackupTooOld',
        // 0 until the first backup completed, which also counts as too old.
        expr: `time() - max(${lastBackup}{${selector}}) > ${threshold}`,
        for: '15m',
        severity: 'warning',
        summary: `The last Postgres base backup of ${ns} is older than ${formatDuration(threshold)}`,
        description: `The ScheduledBackup runs at least every ${formatDuration(props.postgres.maxIntervalSeconds)}. Without a recent base backup a restore replays `
          + 'more WAL (a longer recovery), and the retention may already have removed the backup the WAL starts from. '
          + 'Check: kubectl get backups.postgresql.cnpg.io -n ' + ns,
      });
      rules.push({
        alert: 'LangfusePostgresWalArchivingFailing',
        expr: `cnpg_pg_stat_archiver_last_failed_time{${selector}} > cnpg_pg_stat_archiver_last_archived_time{${selector}}`,
        for: '10m',
        severity: 'critical',
        summary: `WAL archiving of Postgres in ${ns} fails`,
        description: 'The last WAL archive attempt failed after the last success: transactions since then are not in the backup, '
          + 'and unarchived WAL fills the Postgres volume. Check the ContinuousArchiving condition: kubectl get clusters.postgresql.cnpg.io -n ' + ns,
      });
    }
    if (props.clickhouseBackup) {
      const threshold = props.clickhouseBackup.maxIntervalSeconds + BACKUP_AGE_GRACE_SECONDS;
      const cronJob = `namespace="${ns}", cronjob="${props.clickhouseBackup.cronJob}"`;
      rules.push({
        alert: 'LangfuseClickHouseBackupTooOld',
        // The CronJob's last success; before its first success, its creation time.
        expr: `(time() - max by (namespace, cronjob) (kube_cronjob_status_last_successful_time{${cronJob}})) > ${threshold} `
          + `or ((time() - max by (namespace, cronjob) (kube_cronjob_created{${cronJob}})) > ${threshold} `
          + `unless on (namespace, cronjob) kube_cronjob_status_last_successful_time{${cronJob}})`,
        for: '15m',
        severity: 'warning',
        summary: `The last ClickHouse backup of ${ns} is older than ${formatDuration(threshold)}`,
        description: `The CronJob ${props.clickhouseBackup.cronJob} runs at least every ${formatDuration(props.clickhouseBackup.maxIntervalSeconds)}; `
          + 'no Job of it succeeded since. Traces written since the last good backup would be lost with the cluster. '
          + `Check: kubectl get jobs -n ${ns} -l app.kubernetes.io/name=${props.clickhouseBackup.cronJob}`,
      });
    }
    const volumes = `namespace="${ns}"`;
    rules.push({
      alert: 'LangfuseVolumeAlmostFull',
      expr: `max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_used_bytes{${volumes}} / kubelet_volume_stats_capacity_bytes{${volumes}}) > ${VOLUME_USAGE_THRESHOLD}`,
      for: '15m',
      severity: 'warning',
      summary: `A volume in ${ns} is more than ${VOLUME_USAGE_THRESHOLD * 100} % full`,
      description: 'A full Postgres volume stops Postgres (and WAL archiving with it); a full ClickHouse or Keeper volume stops ingestion. '
        + 'Grow the claim (langfuse_postgres_storage, langfuse_clickhouse_storage, ...) if its storage class allows expansion.',
    });
    const clickhouse = props.clickhouseSelectors ?? [];
    if (clickhouse.length > 0) {
      const used = (sel: string) => `max by (namespace, pod) (ClickHouseAsyncMetrics_DiskUsed_default{${sel}} / ClickHouseAsyncMetrics_DiskTotal_default{${sel}}) > ${VOLUME_USAGE_THRESHOLD}`;
      rules.push({
        alert: 'LangfuseClickHouseDiskAlmostFull',
        expr: clickhouse.map(used).join(' or '),
        for: '15m',
        severity: 'warning',
        summary: `A ClickHouse server in ${ns} has its data disk more than ${VOLUME_USAGE_THRESHOLD * 100} % full`,
        description: 'ClickHouse\'s own measure of its disk "default" (the data path), which works on every storage class, hostPath included: '
          + 'a full disk stops inserts, so ingestion. Grow the claim (langfuse_clickhouse_storage) if its storage class allows expansion.',
      });
    }
    this.rules = rules;

    this.resource = new PrometheusRule(this, 'Resource', {
      metadata: { name: props.name, namespace: ns, labels: { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'alerts', ...props.labels } },
      spec: {
        groups: [{
          name: `${props.name}.data-loss`,
          rules: rules.map((r) => ({
            alert: r.alert,
            expr: PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
            for: r.for,
            labels: { severity: r.severity },
            annotations: { summary: r.summary, description: r.description },
          })),
        }],
      },
    });
    placeInFile(this.resource, 'prometheusrule.yaml');
  }
}
