import { ClickHouseBackend, LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseNames } from '../names';
import type { ClickHouseClusterProps } from './clickhouse-cluster';
/** The default Flux Kustomization of the ClickHouse operator. */
export declare const CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY: {
    readonly name: "clickhouse-operator";
    readonly namespace: "flux-system";
};
/** The ClickHouse stores of one Langfuse instance. */
export interface LangfuseClickHouseStores {
    /** The store web and worker use; the chart deploys its bundled ClickHouse exactly when it is `BUNDLED`. */
    readonly serving: ClickHouseBackend;
    /** The operator's cluster, when it is emitted. @default - none */
    readonly operator?: ClickHouseClusterProps & {
        readonly name: string;
    };
}
/**
 * Which ClickHouse stores an instance runs, from its props: the backend the config names (v3
 * defaults to the bundled one, v4 to the operator's) is the one in use, and the operator's cluster
 * exists when it is that backend. One function, so that a migration can run both.
 */
export declare function langfuseClickHouseStores(props: LangfuseChartProps, names: LangfuseNames): LangfuseClickHouseStores;
