import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import type { ClickHouseBackupLocation } from './backup-location';
import { BackupJobProps } from './backup-job-pod';
/** Pod labels of the ClickHouse backup Jobs (network policies admit them to ClickHouse). */
export declare function clickhouseBackupPodLabels(name: string): Record<string, string>;
/** Props of `ClickHouseBackup`; `name` is the CronJob's (at most 52 characters: Kubernetes appends 11 to its Jobs). */
export interface ClickHouseBackupProps extends BackupJobProps {
    /**
     * When a backup starts: a five-field cron expression, in UTC.
     * @default '0 4 * * *' (daily at 04:00, after the Postgres base backup at 03:00)
     */
    readonly schedule?: string;
    /** How many complete backups to keep; older folders are deleted after each successful backup. @default 7 */
    readonly retention?: number;
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
export declare class ClickHouseBackup extends Construct {
    readonly name: string;
    readonly schedule: string;
    readonly retention: number;
    /** The longest time between two scheduled runs, in seconds. */
    readonly maxIntervalSeconds: number;
    readonly podLabels: Readonly<Record<string, string>>;
    /** The backup folder. */
    readonly location: ClickHouseBackupLocation;
    readonly cronJob: k8s.KubeCronJob;
    constructor(scope: Construct, id: string, props: ClickHouseBackupProps);
}
