import { Construct } from 'constructs';
import { BackupAlerts } from './backup/backup-alerts';
import type { ClickHouseBackup } from './backup/clickhouse-backup';
import type { ClickHouseRestoreApp } from './backup/clickhouse-restore-app';
import { ClickHouseCluster } from './clickhouse/clickhouse-cluster';
import { ClickHouseConnection } from './clickhouse/clickhouse-connection';
import { ClickHouseMigrationChart } from './clickhouse/clickhouse-migration-chart';
import { LangfuseAnalyticsChart } from './clickhouse/langfuse-analytics-chart';
import { LangfuseClickHouseStores } from './clickhouse/langfuse-clickhouse';
import { FluxAppChart } from './flux/flux-app-chart';
import { LangfuseRelease } from './flux/langfuse-release';
import { LangfuseVersion } from './flux/langfuse-v4';
import { LangfuseChartProps } from './langfuse-chart-props';
import { LangfuseNames } from './names';
import { TrafficModel } from './network/traffic-model';
import { LangfuseMonitoring } from './observability/langfuse-monitoring';
import { CnpgBackup } from './postgres/cnpg-backup';
import { CnpgCluster } from './postgres/cnpg-cluster';
import type { CnpgRecovery } from './postgres/cnpg-recovery';
import { UpgradeStep } from './upgrade/upgrade-path';
/** Service DNS names of one Langfuse instance (the seed's quick reference). */
export interface LangfuseEndpoints {
    readonly web: string;
    readonly worker: string;
    readonly postgresRw: string;
    readonly clickhouse: string;
    readonly redis: string;
    readonly objectStorage: string;
}
/**
 * One Langfuse instance as a Flux app: the Kustomization (ks.yaml) and, under app/, the
 * namespace, the pinned HelmRelease, its CloudNativePG cluster and the SOPS Secrets. With the
 * operator's ClickHouse, the cluster is a sibling Flux app (`<instance>-analytics`, see
 * `LangfuseAnalyticsChart`) that this one waits for; during a migration from the bundled
 * ClickHouse, the Jobs are another (`<instance>-clickhouse-migration`), and while a restore is
 * configured the restore Job is a third (`<instance>-clickhouse-restore`, after the analytics app,
 * before this one). The chart reads effective flags from its props once and holds no
 * resource-level logic. What lives in other folders (the route, the Dragonfly ACL, the Keycloak
 * client, LiteLLM's wiring, ...) is added by `addLangfuseNeighbours`; a chart whose props ask for
 * one of these does not render without that call.
 */
export declare class LangfuseChart extends FluxAppChart {
    readonly names: LangfuseNames;
    readonly endpoints: LangfuseEndpoints;
    readonly hostname: string;
    readonly postgres: CnpgCluster;
    readonly release: LangfuseRelease;
    /** Undefined when backups are off. */
    readonly backup?: CnpgBackup;
    /** Undefined when monitoring is off. */
    readonly monitoring?: LangfuseMonitoring;
    /** The Langfuse server's major version. */
    readonly langfuseVersion: LangfuseVersion;
    /** The ClickHouse stores: the one in use and whether the operator's cluster runs. */
    readonly clickhouseStores: LangfuseClickHouseStores;
    /** The operator's ClickHouse; undefined when it does not run. */
    readonly analytics?: ClickHouseCluster;
    /** The Flux app of the operator's ClickHouse; undefined when it does not run. */
    readonly analyticsApp?: LangfuseAnalyticsChart;
    /** The Flux app of a migration's Jobs; undefined outside prepare to cutover. */
    readonly migrationApp?: ClickHouseMigrationChart;
    /** The ClickHouse the release talks to. */
    readonly clickhouse: ClickHouseConnection;
    /** Where this instance stands on the way from v3 on the bundled ClickHouse to v4 (recorded on its Kustomization). */
    readonly upgradeStep: UpgradeStep;
    /** The Postgres recovery; undefined when the cluster starts empty. */
    readonly recovery?: CnpgRecovery;
    /** Scheduled ClickHouse backups; undefined when off. */
    readonly clickhouseBackup?: ClickHouseBackup;
    /** The Flux app whose Job restores the analytics app's new cluster before Langfuse starts; undefined unless restoring. */
    readonly clickhouseRestoreApp?: ClickHouseRestoreApp;
    /** The data-loss alerts; undefined when monitoring is off. */
    readonly alerts?: BackupAlerts;
    /** Who talks to whom around this instance; undefined when network policies are off. */
    readonly trafficModel?: TrafficModel;
    constructor(scope: Construct, id: string, props: LangfuseChartProps);
}
