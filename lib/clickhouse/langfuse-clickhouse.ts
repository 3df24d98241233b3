import { LangfuseVersion } from '../flux/langfuse-v4';
import { ClickHouseBackend, LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseNames } from '../names';
import type { ClickHouseClusterProps } from './clickhouse-cluster';

/** The default Flux Kustomization of the ClickHouse operator. */
export const CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY = { name: 'clickhouse-operator', namespace: 'flux-system' } as const;

/** The ClickHouse stores of one Langfuse instance. */
export interface LangfuseClickHouseStores {
  /** The store web and worker use; the chart deploys its bundled ClickHouse exactly when it is `BUNDLED`. */
  readonly serving: ClickHouseBackend;
  /** The operator's cluster, when it is emitted. @default - none */
  readonly operator?: ClickHouseClusterProps & { readonly name: string };
}

/**
 * Which ClickHouse stores an instance runs, from its props: the backend the config names (v3
 * defaults to the bundled one, v4 to the operator's) is the one in use, and the operator's cluster
 * exists when it is that backend. One function, so that a migration can run both.
 */
export function langfuseClickHouseStores(props: LangfuseChartProps, names: LangfuseNames): LangfuseClickHouseStores {
  const version = props.langfuseVersion ?? LangfuseVersion.V3;
  const clickhouse = props.clickhouse;
  const serving = clickhouse.backend ?? (version === LangfuseVersion.V4 ? ClickHouseBackend.OPERATOR : ClickHouseBackend.BUNDLED);
  if (version === LangfuseVersion.V4 && serving === ClickHouseBackend.BUNDLED) {
    throw new Error('langfuse v4 cannot run on the bundled ClickHouse: it needs ClickHouse 25.12 or later, and the chart\'s Bitnami ClickHouse is about 25.2; '
      + 'use ClickHouseBackend.OPERATOR');
  }
  if (serving !== ClickHouseBackend.OPERATOR) return { serving };
  return {
    serving,
    operator: {
      name: names.analyticsCluster,
      namespace: names.namespace,
      passwordSecret: { name: names.secrets.clickhouse, key: 'password' },
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
