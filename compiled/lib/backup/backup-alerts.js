"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BackupAlerts = exports.VOLUME_USAGE_THRESHOLD = exports.BACKUP_AGE_GRACE_SECONDS = void 0;
const constructs_1 = require("constructs");
const monitoring_coreos_com_1 = require("../../imports/monitoring.coreos.com");
const file_placement_1 = require("../output/file-placement");
const schedule_interval_1 = require("./schedule-interval");
/** What a backup may take on top of its schedule's longest interval before its age alerts. */
exports.BACKUP_AGE_GRACE_SECONDS = 2 * 3600;
/** Share of a volume in use above which the volume alert fires. */
exports.VOLUME_USAGE_THRESHOLD = 0.8;
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
class BackupAlerts extends constructs_1.Construct {
    rules;
    resource;
    constructor(scope, id, props) {
        super(scope, id);
        const ns = props.namespace;
        const rules = [];
        if (props.postgres) {
            const { selector, method } = props.postgres;
            const threshold = props.postgres.maxIntervalSeconds + exports.BACKUP_AGE_GRACE_SECONDS;
            const lastBackup = method === 'plugin' ? 'barman_cloud_cloudnative_pg_io_last_available_backup_timestamp' : 'cnpg_collector_last_available_backup_timestamp';
            rules.push({
                alert: 'LangfusePostgresBaseBackupTooOld',
                // 0 until the first backup completed, which also counts as too old.
                expr: `time() - max(${lastBackup}{${selector}}) > ${threshold}`,
                for: '15m',
                severity: 'warning',
                summary: `The last Postgres base backup of ${ns} is older than ${(0, schedule_interval_1.formatDuration)(threshold)}`,
                description: `The ScheduledBackup runs at least every ${(0, schedule_interval_1.formatDuration)(props.postgres.maxIntervalSeconds)}. Without a recent base backup a restore replays `
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
            const threshold = props.clickhouseBackup.maxIntervalSeconds + exports.BACKUP_AGE_GRACE_SECONDS;
            const cronJob = `namespace="${ns}", cronjob="${props.clickhouseBackup.cronJob}"`;
            rules.push({
                alert: 'LangfuseClickHouseBackupTooOld',
                // The CronJob's last success; before its first success, its creation time.
                expr: `(time() - max by (namespace, cronjob) (kube_cronjob_status_last_successful_time{${cronJob}})) > ${threshold} `
                    + `or ((time() - max by (namespace, cronjob) (kube_cronjob_created{${cronJob}})) > ${threshold} `
                    + `unless on (namespace, cronjob) kube_cronjob_status_last_successful_time{${cronJob}})`,
                for: '15m',
                severity: 'warning',
                summary: `The last ClickHouse backup of ${ns} is older than ${(0, schedule_interval_1.formatDuration)(threshold)}`,
                description: `The CronJob ${props.clickhouseBackup.cronJob} runs at least every ${(0, schedule_interval_1.formatDuration)(props.clickhouseBackup.maxIntervalSeconds)}; `
                    + 'no Job of it succeeded since. Traces written since the last good backup would be lost with the cluster. '
                    + `Check: kubectl get jobs -n ${ns} -l app.kubernetes.io/name=${props.clickhouseBackup.cronJob}`,
            });
        }
        const volumes = `namespace="${ns}"`;
        rules.push({
            alert: 'LangfuseVolumeAlmostFull',
            expr: `max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_used_bytes{${volumes}} / kubelet_volume_stats_capacity_bytes{${volumes}}) > ${exports.VOLUME_USAGE_THRESHOLD}`,
            for: '15m',
            severity: 'warning',
            summary: `A volume in ${ns} is more than ${exports.VOLUME_USAGE_THRESHOLD * 100} % full`,
            description: 'A full Postgres volume stops Postgres (and WAL archiving with it); a full ClickHouse or Keeper volume stops ingestion. '
                + 'Grow the claim (langfuse_postgres_storage, langfuse_clickhouse_storage, ...) if its storage class allows expansion.',
        });
        const clickhouse = props.clickhouseSelectors ?? [];
        if (clickhouse.length > 0) {
            const used = (sel) => `max by (namespace, pod) (ClickHouseAsyncMetrics_DiskUsed_default{${sel}} / ClickHouseAsyncMetrics_DiskTotal_default{${sel}}) > ${exports.VOLUME_USAGE_THRESHOLD}`;
            rules.push({
                alert: 'LangfuseClickHouseDiskAlmostFull',
                expr: clickhouse.map(used).join(' or '),
                for: '15m',
                severity: 'warning',
                summary: `A ClickHouse server in ${ns} has its data disk more than ${exports.VOLUME_USAGE_THRESHOLD * 100} % full`,
                description: 'ClickHouse\'s own measure of its disk "default" (the data path), which works on every storage class, hostPath included: '
                    + 'a full disk stops inserts, so ingestion. Grow the claim (langfuse_clickhouse_storage) if its storage class allows expansion.',
            });
        }
        this.rules = rules;
        this.resource = new monitoring_coreos_com_1.PrometheusRule(this, 'Resource', {
            metadata: { name: props.name, namespace: ns, labels: { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'alerts', ...props.labels } },
            spec: {
                groups: [{
                        name: `${props.name}.data-loss`,
                        rules: rules.map((r) => ({
                            alert: r.alert,
                            expr: monitoring_coreos_com_1.PrometheusRuleSpecGroupsRulesExpr.fromString(r.expr),
                            for: r.for,
                            labels: { severity: r.severity },
                            annotations: { summary: r.summary, description: r.description },
                        })),
                    }],
            },
        });
        (0, file_placement_1.placeInFile)(this.resource, 'prometheusrule.yaml');
    }
}
exports.BackupAlerts = BackupAlerts;
