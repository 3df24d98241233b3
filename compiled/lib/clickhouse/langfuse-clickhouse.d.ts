import { ClickHouseBackend, LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseNames } from '../names';
import type { ClickHouseClusterProps } from './clickhouse-cluster';
import { ClickHouseMigrationStage } from './clickhouse-migration-stage';
/** The default Flux Kustomization of the ClickHouse operator. */
export declare const CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY: {
    readonly name: "clickhouse-operator";
    readonly namespace: "flux-system";
};
/** The ClickHouse stores of one Langfuse instance. */
export interface LangfuseClickHouseStores {
    /** The store web and worker use. */
    readonly serving: ClickHouseBackend;
    /** The chart deploys its bundled Bitnami ClickHouse (exactly when web and worker use it). */
    readonly bundled: boolean;
    /** The operator's cluster, when it is emitted. @default - none */
    readonly operator?: ClickHouseClusterProps & {
        readonly name: string;
    };
    /** The stage of a move from the bundled ClickHouse to the operator's. @default - none */
    readonly migration?: ClickHouseMigrationStage;
}
/**
 * Flux app names of the operator's ClickHouse, of the migration's Jobs and of the restore Job,
 * next to the instance's own app and in its namespace.
 */
export declare function clickhouseApps(instanceName: string): {
    /** The KeeperCluster, the ClickHouseCluster and the Secret they read, applied and health-checked before Langfuse. */
    readonly analytics: `${string}-analytics`;
    /** The schema and copy Jobs of a migration from the bundled ClickHouse; only while one runs. */
    readonly migration: `${string}-clickhouse-migration`;
    /** The Job that restores the analytics app's new cluster from a backup before Langfuse first starts; only while a restore is configured. */
    readonly restore: `${string}-clickhouse-restore`;
};
/**
 * Which ClickHouse stores an instance runs, from its props: the backend the config names (v3
 * defaults to the bundled one, v4 to the operator's) is the one in use, and the operator's cluster
 * exists when it is that backend. During a migration (`clickhouse.migration`, whose target is the
 * operator's backend) both run, and web and worker use the bundled one until cutover.
 */
export declare function langfuseClickHouseStores(props: LangfuseChartProps, names: LangfuseNames): LangfuseClickHouseStores;
