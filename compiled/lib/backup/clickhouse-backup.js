"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseBackup = void 0;
exports.clickhouseBackupPodLabels = clickhouseBackupPodLabels;
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const file_placement_1 = require("../output/file-placement");
const backup_job_pod_1 = require("./backup-job-pod");
const clickhouse_backup_scripts_1 = require("./clickhouse-backup-scripts");
const schedule_interval_1 = require("./schedule-interval");
/** Pod labels of the ClickHouse backup Jobs (network policies admit them to ClickHouse). */
function clickhouseBackupPodLabels(name) {
    return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'clickhouse-backup', 'app.kubernetes.io/part-of': 'langfuse' };
}
/**
 * Scheduled backups of Langfuse's ClickHouse database `default` with ClickHouse's own
 * `BACKUP DATABASE default TO S3(...)`, into `<folder>/<UTC start time>` of the backup bucket:
 * a CronJob whose pod first runs the backup (clickhouse-client, `ASYNC`, then waits on
 * `system.backups`) and then the retention (aws-cli: ClickHouse cannot delete S3 objects), which
 * keeps the newest `retention` complete backups. A failed backup fails the Job and deletes nothing.
 *
 * Every backup is full: ClickHouse copies the parts, and a restore needs one folder. Incremental
 * backups (`base_backup`) are left out on purpose: ClickHouse wrote the base backup's S3 keys in
 * clear into every incremental backup's `.backup` file until PR #107357 (ClickHouse#72906), which
 * reached 26.4 only in 26.4.5.90, after the pinned 26.4.4.38, and never the bundled 25.2.
 *
 * The age of the last good backup is Kubernetes' own record: the CronJob's
 * `status.lastSuccessfulTime`, which kube-state-metrics exports as
 * `kube_cronjob_status_last_successful_time`; alerts and the dashboard read that.
 */
class ClickHouseBackup extends constructs_1.Construct {
    name;
    schedule;
    retention;
    /** The longest time between two scheduled runs, in seconds. */
    maxIntervalSeconds;
    podLabels;
    /** The backup folder. */
    location;
    cronJob;
    constructor(scope, id, props) {
        super(scope, id);
        if (!/^[a-z0-9]([-a-z0-9]{0,50}[a-z0-9])?$/.test(props.name)) {
            throw new Error(`clickhouse backup cronjob name must be a DNS label of at most 52 characters (got "${props.name}")`);
        }
        this.name = props.name;
        this.schedule = props.schedule ?? '0 4 * * *';
        this.retention = props.retention ?? 7;
        if (!Number.isInteger(this.retention) || this.retention < 1) {
            throw new Error(`clickhouse backup retention must be a whole number of backups, at least 1 (got ${this.retention})`);
        }
        this.maxIntervalSeconds = (0, schedule_interval_1.maxScheduleIntervalSeconds)(this.schedule, { seconds: false });
        this.podLabels = clickhouseBackupPodLabels(props.name);
        this.location = props.location;
        this.cronJob = new cdk8s_plus_28_1.k8s.KubeCronJob(this, 'Resource', {
            metadata: { name: props.name, namespace: props.namespace, labels: { ...this.podLabels } },
            spec: {
                schedule: this.schedule,
                timeZone: 'Etc/UTC',
                concurrencyPolicy: 'Forbid',
                // A run missed by more than an hour (controller down) is skipped, not started late into the next.
                startingDeadlineSeconds: 3600,
                successfulJobsHistoryLimit: 3,
                failedJobsHistoryLimit: 3,
                jobTemplate: {
                    metadata: { labels: { ...this.podLabels } },
                    spec: {
                        backoffLimit: 2,
                        activeDeadlineSeconds: 6 * 3600,
                        template: (0, backup_job_pod_1.backupPodTemplate)(this.podLabels, [
                            (0, backup_job_pod_1.clickhouseScriptContainer)('backup', clickhouse_backup_scripts_1.CLICKHOUSE_BACKUP_SCRIPT, props),
                            (0, backup_job_pod_1.awsScriptContainer)('retention', clickhouse_backup_scripts_1.CLICKHOUSE_PRUNE_SCRIPT, props, [{ name: 'RETENTION', value: String(this.retention) }]),
                        ]),
                    },
                },
            },
        });
        (0, file_placement_1.placeInFile)(this.cronJob, 'clickhouse-backup.yaml');
    }
}
exports.ClickHouseBackup = ClickHouseBackup;
