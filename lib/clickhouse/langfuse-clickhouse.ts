import { LangfuseVersion } from '../flux/langfuse-v4';
import { ClickHouseBackend, LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseNames } from '../names';
import type { ClickHouseClusterProps } from './clickhouse-cluster';
import { ClickHouseMigrationStage, servesFromBundled } from './clickhouse-migration-stage';

/** The default Flux Kustomization of the ClickHouse operator. */
export const CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY = { name: 'clickhouse-operator', namespace: 'flux-system' } as const;

/** The ClickHouse stores of one Langfuse instance. */
export interface LangfuseClickHouseStores {
  /** The store web and worker use. */
  readonly serving: ClickHouseBackend;
  /** The chart deploys its bundled Bitnami ClickHouse (exactly when web and worker use it). */
  readonly bundled: boolean;
  /** The operator's cluster, when it is emitted. @default - none */
  readonly operator?: ClickHouseClusterProps & { readonly name: string };
  /** The stage of a move from the bundled ClickHouse to the operator's. @default - none */
  readonly migration?: ClickHouseMigrationStage;
}

/**
 * Flux app names of the operator's ClickHouse, of the migration's Jobs and of the restore Job,
 * next to the instance's own app and in its namespace.
 */
export function clickhouseApps(instanceName: string) {
  return {
    /** The KeeperCluster, the ClickHouseCluster and the Secret they read, applied and health-checked before Langfuse. */
    analytics: `${instanceName}-analytics`,
    /** The schema and copy Jobs of a migration from the bundled ClickHouse; only while one runs. */
    migration: `${instanceName}-clickhouse-migration`,
    /** The Job that restores the analytics app's new cluster from a backup before Langfuse first starts; only while a restore is configured. */
    restore: `${instanceName}-clickhouse-restore`,
  } as const;
}

/**
 * Which ClickHouse stores an instance runs, from its props: the backend the config names (v3
 * defaults to the bundled one, v4 to the operator's) is the one in use, and the operator's cluster
 * exists when it is that backend. During a migration (`clickhouse.migration`, whose target is the
 * operator's backend) both run, and web and worker use the bundled one until cutover.
 */
export function langfuseClickHouseStores(props: LangfuseChartProps, names: LangfuseNames): LangfuseClickHouseStores {
  const version = props.langfuseVersion ?? LangfuseVersion.V3;
  const clickhouse = props.clickhouse;
  const backend = clickhouse.backend ?? (version === LangfuseVersion.V4 ? ClickHouseBackend.OPERATOR : ClickHouseBackend.BUNDLED);
  if (version === LangfuseVersion.V4 && backend === ClickHouseBackend.BUNDLED) {
    throw new Error('langfuse v4 cannot run on the bundled ClickHouse: it needs ClickHouse 25.12 or later, and the chart\'s Bitnami ClickHouse is about 25.2; '
      + 'use ClickHouseBackend.OPERATOR');
  }
  const migration = clickhouse.migration;
  if (migration !== undefined) {
    if (backend !== ClickHouseBackend.OPERATOR) {
      throw new Error(`a clickhouse migration moves to the operator's ClickHouse: its backend must be ClickHouseBackend.OPERATOR (got ${backend} with stage ${migration})`);
    }
    if (version !== LangfuseVersion.V3) {
      throw new Error(`a clickhouse migration runs on Langfuse v3, whose schema the copy carries over (got v${version} with stage ${migration}); move to v4 after it`);
    }
  }
  const serving = migration !== undefined && servesFromBundled(migration) ? ClickHouseBackend.BUNDLED : backend;
  const bundled = serving === ClickHouseBackend.BUNDLED;
  if (backend !== ClickHouseBackend.OPERATOR) return { serving, bundled };
  return {
    serving,
    bundled,
    migration,
    operator: {
      name: names.analyticsCluster,
      namespace: names.namespace,
      passwordSecret: { name: names.secrets.analytics, key: 'password' },
      image: clickhouse.image,
      keeperImage: clickhouse.keeperImage,
      replicas: clickhouse.replicas,
      keeperReplicas: clickhouse.keeperReplicas,
      storageSize: clickhouse.storageSize,
      keeperStorageSize: clickhouse.keeperStorageSize,
      storageClass: props.storageClass,
      cpuRequest: clickhouse.cpuRequest,
      memoryRequest: clickhouse.memoryRequest,
      memoryLimit: clickhouse.memoryLimit,
    },
  };
}
