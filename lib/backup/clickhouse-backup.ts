import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { placeInFile } from '../output/file-placement';
import type { ClickHouseBackupLocation } from './backup-location';
import { awsScriptContainer, BackupJobProps, backupPodTemplate, clickhouseScriptContainer } from './backup-job-pod';
import { CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_PRUNE_SCRIPT } from './clickhouse-backup-scripts';
import { maxScheduleIntervalSeconds } from './schedule-interval';

/** Pod labels of the ClickHouse backup Jobs (network policies admit them to ClickHouse). */
export function clickhouseBackupPodLabels(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'clickhouse-backup', 'app.kubernetes.io/part-of': 'langfuse' };
}

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
export class ClickHouseBackup extends Construct {
  public readonly name: string;
  public readonly schedule: string;
  public readonly retention: number;
  /** The longest time between two scheduled runs, in seconds. */
  public readonly maxIntervalSeconds: number;
  public readonly podLabels: Readonly<Record<string, string>>;
  /** The backup folder. */
  public readonly location: ClickHouseBackupLocation;
  public readonly cronJob: k8s.KubeCronJob;

  constructor(scope: Construct, id: string, props: ClickHouseBackupProps) {
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
    this.maxIntervalSeconds = maxScheduleIntervalSeconds(this.schedule, { seconds: false });
    this.podLabels = clickhouseBackupPodLabels(props.name);
    this.location = props.location;

    this.cronJob = new k8s.KubeCronJob(this, 'Resource', {
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
            template: backupPodTemplate(this.podLabels, [
              clickhouseScriptContainer('backup', CLICKHOUSE_BACKUP_SCRIPT, props),
              awsScriptContainer('retention', CLICKHOUSE_PRUNE_SCRIPT, props, [{ name: 'RETENTION', value: String(this.retention) }]),
            ]),
          },
        },
      },
    });
    placeInFile(this.cronJob, 'clickhouse-backup.yaml');
  }
}
