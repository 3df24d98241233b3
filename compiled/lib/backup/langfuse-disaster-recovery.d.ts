import { Construct } from 'constructs';
import type { ClickHouseCluster } from '../clickhouse/clickhouse-cluster';
import { LangfuseClickHouseStores } from '../clickhouse/langfuse-clickhouse';
import type { KustomizationDependency } from '../flux/flux-kustomization';
import { LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseNames } from '../names';
import { CnpgBackup } from '../postgres/cnpg-backup';
import { CnpgRecovery } from '../postgres/cnpg-recovery';
import { ClickHouseBackupLocation } from './backup-location';
import { ClickHouseBackup } from './clickhouse-backup';
import { ClickHouseRestoreApp } from './clickhouse-restore-app';
/**
 * The disaster-recovery parts of a `LangfuseChart`, composed from its props: the Postgres recovery,
 * the ClickHouse backup CronJob and the ClickHouse restore app. `LangfuseChart` calls these; they
 * hold the decisions, so that the chart only wires them in.
 */
/** Names of the backup and restore objects of an instance. */
export declare function disasterRecoveryNames(names: LangfuseNames): {
    readonly clickhouseBackup: `${string}-clickhouse-backup`;
    readonly clickhouseRestore: `${string}-clickhouse-restore`;
    readonly alerts: `${string}-data-loss`;
};
/**
 * Which ClickHouse the instance restores from a backup, if any (`clickhouseRestore` is set, which
 * needs the backups and no migration from the bundled ClickHouse, whose copy fills the same
 * cluster): the operator's cluster, restored in the restore app before the Langfuse app, or the
 * bundled one, restored in the restore app after the Langfuse app (whose HelmRelease brings it up,
 * with web and worker at 0 replicas and no ClickHouse migrations while the restore is configured).
 * The bundled ClickHouse only in single-node mode: in cluster mode its `default` database is
 * `Atomic`, so a restore on one replica would leave the others without tables.
 */
export declare function restoresClickHouse(props: LangfuseChartProps, stores: LangfuseClickHouseStores): 'operator' | 'bundled' | undefined;
/**
 * The ClickHouse backup folder of an instance's store, beside the Postgres backups: the operator's
 * cluster and the bundled ClickHouse each have their own (see `clickhouseBackupLocation`).
 */
export declare function instanceClickHouseBackupLocation(props: LangfuseChartProps, backend: 'operator' | 'bundled'): ClickHouseBackupLocation;
/** The Postgres recovery, when `postgresRestore` is set; its new backups go where `backup` says. */
export declare function addPostgresRecovery(scope: Construct, props: LangfuseChartProps, names: LangfuseNames, backup: CnpgBackup | undefined): CnpgRecovery | undefined;
/**
 * The restore app (see `restoresClickHouse`): the restore Job into the analytics app's cluster,
 * after that app is Ready, or into the bundled ClickHouse, after the Langfuse app is Ready.
 */
export declare function addClickHouseRestoreApp(scope: Construct, props: LangfuseChartProps, names: LangfuseNames, analytics: ClickHouseCluster | undefined, dependency: KustomizationDependency): ClickHouseRestoreApp;
/**
 * The ClickHouse backup CronJob, when `clickhouseBackup` is set, against the ClickHouse Langfuse
 * uses: during a migration from the bundled ClickHouse that is the bundled one until cutover and
 * the operator's from cutover on (each into its own folder).
 */
export declare function addClickHouseBackup(scope: Construct, props: LangfuseChartProps, names: LangfuseNames, stores: LangfuseClickHouseStores, analytics: ClickHouseCluster | undefined): ClickHouseBackup | undefined;
