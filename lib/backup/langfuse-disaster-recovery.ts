import { Construct } from 'constructs';
import { ExternalObjectStorage } from '../backends/object-storage';
import type { ClickHouseCluster } from '../clickhouse/clickhouse-cluster';
import { clickhouseApps, LangfuseClickHouseStores } from '../clickhouse/langfuse-clickhouse';
import type { KustomizationDependency } from '../flux/flux-kustomization';
import { ClickHouseBackend, LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseNames } from '../names';
import { CnpgBackup, CnpgBackupMethod } from '../postgres/cnpg-backup';
import { CnpgRecovery } from '../postgres/cnpg-recovery';
import { ClickHouseBackupLocation, clickhouseBackupLocation, DEFAULT_BACKUP_DESTINATION, parseClickHouseRestoreFrom } from './backup-location';
import { ClickHouseBackup } from './clickhouse-backup';
import { bundledBackupTarget, operatorBackupTarget } from './clickhouse-backup-target';
import { ClickHouseRestoreApp } from './clickhouse-restore-app';

/**
 * The disaster-recovery parts of a `LangfuseChart`, composed from its props: the Postgres recovery,
 * the ClickHouse backup CronJob and the ClickHouse restore app. `LangfuseChart` calls these; they
 * hold the decisions, so that the chart only wires them in.
 */

/** Names of the backup and restore objects of an instance. */
export function disasterRecoveryNames(names: LangfuseNames) {
  return {
    clickhouseBackup: `${names.release}-clickhouse-backup`,
    clickhouseRestore: `${names.release}-clickhouse-restore`,
    alerts: `${names.release}-data-loss`,
  } as const;
}

/**
 * Which ClickHouse the instance restores from a backup, if any (`clickhouseRestore` is set, which
 * needs the backups and no migration from the bundled ClickHouse, whose copy fills the same
 * cluster): the operator's cluster, restored in the restore app before the Langfuse app, or the
 * bundled one, restored in the restore app after the Langfuse app (whose HelmRelease brings it up,
 * with web and worker at 0 replicas and no ClickHouse migrations while the restore is configured).
 * The bundled ClickHouse only in single-node mode: in cluster mode its `default` database is
 * `Atomic`, so a restore on one replica would leave the others without tables.
 */
export function restoresClickHouse(props: LangfuseChartProps, stores: LangfuseClickHouseStores): 'operator' | 'bundled' | undefined {
  if (!props.clickhouseRestore) return undefined;
  if (!props.backup) throw new Error('clickhouseRestore needs backup: the backups are read with the backup endpoint and credentials');
  if (stores.migration !== undefined) {
    throw new Error(`clickhouseRestore cannot run during a clickhouse migration (stage ${stores.migration}): the migration fills the operator's cluster `
      + 'from the bundled ClickHouse, and the restore needs it empty');
  }
  if (stores.serving === ClickHouseBackend.OPERATOR && stores.operator) return 'operator';
  if (props.clickhouse.clusterEnabled) {
    throw new Error('clickhouseRestore with the bundled ClickHouse needs it in single-node mode (clickhouse.clusterEnabled off): in cluster mode its database is Atomic, '
      + 'and a restore on one replica leaves the others without tables');
  }
  return 'bundled';
}

/**
 * The ClickHouse backup folder of an instance's store, beside the Postgres backups: the operator's
 * cluster and the bundled ClickHouse each have their own (see `clickhouseBackupLocation`).
 */
export function instanceClickHouseBackupLocation(props: LangfuseChartProps, backend: 'operator' | 'bundled'): ClickHouseBackupLocation {
  if (!props.backup) throw new Error('clickhouse backups need backup: they go to the backup bucket with the backup credentials');
  return clickhouseBackupLocation(props.backup.endpoint, props.backup.destinationPath ?? DEFAULT_BACKUP_DESTINATION, props.instanceName ?? 'langfuse', backend);
}

/** The S3 region of the backup endpoint (the object storage's, which RustFS validates). */
function backupRegion(props: LangfuseChartProps): string {
  return props.objectStorage instanceof ExternalObjectStorage ? props.objectStorage.region : 'us-east-1';
}

/** The Postgres recovery, when `postgresRestore` is set; its new backups go where `backup` says. */
export function addPostgresRecovery(scope: Construct, props: LangfuseChartProps, names: LangfuseNames, backup: CnpgBackup | undefined): CnpgRecovery | undefined {
  if (!props.postgresRestore) return undefined;
  if (!props.backup || !backup) throw new Error('postgresRestore needs backup: the source is read with the backup endpoint and credentials');
  return new CnpgRecovery(scope, 'Recovery', {
    clusterName: names.postgresCluster,
    namespace: names.namespace,
    source: props.postgresRestore.source,
    newBackups: backup.location,
    method: (props.backup.usePlugin ?? true) ? CnpgBackupMethod.plugin() : CnpgBackupMethod.barmanObjectStore(),
    endpointUrl: props.backup.endpoint,
    credentialsSecretName: names.secrets.backup,
    targetTime: props.postgresRestore.targetTime,
    database: names.postgresDatabase,
    owner: names.postgresUser,
    secretName: names.secrets.postgres,
    objectStoreName: `${names.release}-recovery-objectstore`,
  });
}

/**
 * The restore app (see `restoresClickHouse`): the restore Job into the analytics app's cluster,
 * after that app is Ready, or into the bundled ClickHouse, after the Langfuse app is Ready.
 */
export function addClickHouseRestoreApp(
  scope: Construct, props: LangfuseChartProps, names: LangfuseNames, analytics: ClickHouseCluster | undefined, dependency: KustomizationDependency,
): ClickHouseRestoreApp {
  const backup = props.backup!;
  const appName = clickhouseApps(props.instanceName ?? 'langfuse').restore;
  const target = analytics ? operatorBackupTarget(analytics) : bundledBackupTarget(names);
  const source = parseClickHouseRestoreFrom(props.clickhouseRestore!.from, instanceClickHouseBackupLocation(props, target.backend));
  return new ClickHouseRestoreApp(scope, appName, {
    appName,
    namespace: names.namespace,
    flux: props.flux,
    dependency,
    target,
    backupCredentials: backup.credentials,
    location: source.location,
    region: backupRegion(props),
    restoreFrom: source.backup,
    jobName: disasterRecoveryNames(names).clickhouseRestore,
  });
}

/**
 * The ClickHouse backup CronJob, when `clickhouseBackup` is set, against the ClickHouse Langfuse
 * uses: during a migration from the bundled ClickHouse that is the bundled one until cutover and
 * the operator's from cutover on (each into its own folder).
 */
export function addClickHouseBackup(
  scope: Construct, props: LangfuseChartProps, names: LangfuseNames, stores: LangfuseClickHouseStores, analytics: ClickHouseCluster | undefined,
): ClickHouseBackup | undefined {
  if (!props.clickhouseBackup) return undefined;
  // While the bundled ClickHouse is being restored, its backup CronJob would run in the Langfuse app,
  // before the restore app: it would back up the empty server into the folder `latest` is read from,
  // and its retention would delete the good backups if the restore stays broken.
  if (restoresClickHouse(props, stores) === 'bundled') return undefined;
  const target = stores.serving === ClickHouseBackend.OPERATOR && analytics ? operatorBackupTarget(analytics) : bundledBackupTarget(names);
  return new ClickHouseBackup(scope, 'ClickHouseBackup', {
    name: disasterRecoveryNames(names).clickhouseBackup,
    namespace: names.namespace,
    target,
    location: instanceClickHouseBackupLocation(props, target.backend),
    region: backupRegion(props),
    credentialsSecretName: names.secrets.backup,
    schedule: props.clickhouseBackup.schedule,
    retention: props.clickhouseBackup.retention,
  });
}
