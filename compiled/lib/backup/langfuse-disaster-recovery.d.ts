import { Construct } from 'constructs';
import type { ClickHouseCluster } from '../clickhouse/clickhouse-cluster';
import type { LangfuseClickHouseStores } from '../clickhouse/langfuse-clickhouse';
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
/** Whether the operator's ClickHouse is created by the restore app (restore configured, operator backend). */
export declare function restoresClickHouse(props: LangfuseChartProps, stores: LangfuseClickHouseStores): boolean;
/** The Flux dependency of the Langfuse app on its ClickHouse restore app. */
export declare function restoreAppDependency(props: LangfuseChartProps): KustomizationDependency;
/** The instance's ClickHouse backup folder, beside the Postgres backups. */
export declare function instanceClickHouseBackupLocation(props: LangfuseChartProps): ClickHouseBackupLocation;
/** The Postgres recovery, when `postgresRestore` is set; its new backups go where `backup` says. */
export declare function addPostgresRecovery(scope: Construct, props: LangfuseChartProps, names: LangfuseNames, backup: CnpgBackup | undefined): CnpgRecovery | undefined;
/** The restore app that creates the operator's ClickHouse and restores it (see `restoresClickHouse`). */
export declare function addClickHouseRestoreApp(scope: Construct, props: LangfuseChartProps, names: LangfuseNames, stores: LangfuseClickHouseStores, operatorDependency: KustomizationDependency): ClickHouseRestoreApp;
/** The ClickHouse backup CronJob, when `clickhouseBackup` is set, against the ClickHouse Langfuse uses. */
export declare function addClickHouseBackup(scope: Construct, props: LangfuseChartProps, names: LangfuseNames, stores: LangfuseClickHouseStores, analytics: ClickHouseCluster | undefined): ClickHouseBackup | undefined;
