import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import type { HealthCheckExpression, HealthCheckTarget } from '../flux/flux-kustomization';
import { placeInFile } from '../output/file-placement';
import { clickhouseBackupNameProblem } from './backup-location';
import type { ClickHouseBackupLocation } from './backup-location';
import { awsScriptContainer, BackupJobProps, backupPodTemplate, clickhouseScriptContainer } from './backup-job-pod';
import { CLICKHOUSE_RESOLVE_SCRIPT, CLICKHOUSE_RESTORE_SCRIPT } from './clickhouse-backup-scripts';

/** Pod labels of the ClickHouse restore Job (network policies admit it to ClickHouse). */
export function clickhouseRestorePodLabels(name: string): Record<string, string> {
  return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'clickhouse-restore', 'app.kubernetes.io/part-of': 'langfuse' };
}

/** Props of `ClickHouseRestore`; `name` is the Job's, and `location` the backup folder it restores from. */
export interface ClickHouseRestoreProps extends BackupJobProps {
  /** `latest` (the newest complete backup this tool took) or a backup folder name, in `location`. */
  readonly restoreFrom: string;
  /**
   * The engine the `default` database must have before anything is restored into it: the
   * operator's cluster is fit for Langfuse's replicated tables only once it is `Replicated`.
   * @default 'Replicated'
   */
  readonly expectedEngine?: 'Replicated' | 'Atomic';
}

/**
 * A one-off Job that restores Langfuse's ClickHouse database `default` from a backup of
 * `ClickHouseBackup` into a new, empty cluster: it resolves the backup (aws-cli: `latest` is the
 * newest folder with a `.backup` file), waits until the server's `default` database has the
 * expected engine, refuses when that database already has a table, and runs
 * `RESTORE DATABASE default FROM S3(...) SETTINGS allow_different_database_def = 1 ASYNC`.
 *
 * Why so: the operator creates `default` itself as `Replicated` (and drops one that is not), so the
 * restore goes into that database rather than creating one: `allow_different_database_def` skips
 * only the check that its definition matches the backup's, and changes nothing. No `ON CLUSTER`:
 * a `Replicated` database replicates the `CREATE TABLE`s to every replica, and the replicated
 * tables replicate the restored parts (ClickHouse's test_backup_restore_on_cluster restores a
 * Replicated database on one replica; it refuses only when another replica already holds data).
 * Never `allow_non_empty_tables`: it appends, and would duplicate every trace.
 *
 * It is meant to finish before Langfuse starts (its first start would run its migrations on the
 * empty database): put it in a Flux app that Langfuse's app depends on, with `healthChecks()`.
 * The Job keeps its name and no TTL: a completed Job stays, so Flux never recreates and reruns it.
 */
export class ClickHouseRestore extends Construct {
  /** Flux health check of the Job: ready once it completed, failed once it failed. */
  public static healthChecks(name: string, namespace: string): { target: HealthCheckTarget; expression: HealthCheckExpression } {
    return {
      target: { apiVersion: 'batch/v1', kind: 'Job', name, namespace },
      expression: {
        apiVersion: 'batch/v1',
        kind: 'Job',
        current: "status.conditions.exists(e, e.type == 'Complete' && e.status == 'True')",
        failed: "status.conditions.exists(e, e.type == 'Failed' && e.status == 'True')",
      },
    };
  }

  public readonly name: string;
  public readonly restoreFrom: string;
  public readonly podLabels: Readonly<Record<string, string>>;
  /** The backup folder it restores from. */
  public readonly location: ClickHouseBackupLocation;
  public readonly job: k8s.KubeJob;

  constructor(scope: Construct, id: string, props: ClickHouseRestoreProps) {
    super(scope, id);
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(props.name)) throw new Error(`clickhouse restore job name must be a DNS label (got "${props.name}")`);
    const problem = clickhouseBackupNameProblem(props.restoreFrom);
    if (problem) throw new Error(`clickhouse restore source ${problem} (got "${props.restoreFrom}")`);
    this.name = props.name;
    this.restoreFrom = props.restoreFrom;
    this.podLabels = clickhouseRestorePodLabels(props.name);
    this.location = props.location;
    this.job = new k8s.KubeJob(this, 'Resource', {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...this.podLabels } },
      spec: {
        backoffLimit: 2,
        activeDeadlineSeconds: 12 * 3600,
        template: backupPodTemplate(this.podLabels, [
          awsScriptContainer('resolve', CLICKHOUSE_RESOLVE_SCRIPT, props, [{ name: 'RESTORE_FROM', value: props.restoreFrom }]),
          clickhouseScriptContainer('restore', CLICKHOUSE_RESTORE_SCRIPT, props, [{ name: 'EXPECTED_ENGINE', value: props.expectedEngine ?? 'Replicated' }]),
        ]),
      },
    });
    placeInFile(this.job, 'clickhouse-restore.yaml');
  }
}
