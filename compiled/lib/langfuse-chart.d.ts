import { Construct } from 'constructs';
import { ClickHouseCluster } from './clickhouse/clickhouse-cluster';
import { ClickHouseConnection } from './clickhouse/clickhouse-connection';
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
 * namespace, the pinned HelmRelease, its CloudNativePG cluster and the SOPS Secrets. The chart
 * reads effective flags from its props once and holds no resource-level logic.
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
    /** The ClickHouse the release talks to. */
    readonly clickhouse: ClickHouseConnection;
    /** Who talks to whom around this instance; undefined when network policies are off. */
    readonly trafficModel?: TrafficModel;
    constructor(scope: Construct, id: string, props: LangfuseChartProps);
}
