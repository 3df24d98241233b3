import { BundledClickHouse, ClickHouseConnection } from '../clickhouse/clickhouse-connection';
import { LangfuseChartProps } from '../langfuse-chart-props';
import { LangfuseNames } from '../names';
import { LangfuseChartValues } from './langfuse-values';
/** The pinned chart and the Langfuse version it runs (its appVersion). */
export declare const LANGFUSE_CHART: {
    readonly name: "langfuse";
    readonly version: "1.5.41";
    readonly appVersion: "3.224.1";
    readonly repository: "https://langfuse.github.io/langfuse-k8s";
};
/** The chart's bundled ClickHouse, sized by the props, with the ClickHouse Secret of `names`. */
export declare function bundledClickHouse(props: LangfuseChartProps, names: LangfuseNames): BundledClickHouse;
/** Options of `langfuseValuesV1`. */
export interface LangfuseValuesOptions {
    /**
     * Web and worker at 0 replicas (a migration's freeze): `langfuse.replicas: 0` with neither
     * component's `replicas` set, and no autoscaler or disruption budget, since the chart falls
     * back from `web.replicas: 0` to `langfuse.replicas` and leaves `replicas` out under an HPA.
     * @default false
     */
    readonly scaledToZero?: boolean;
    /**
     * `clickhouse.migration.autoMigrate: false` (LANGFUSE_AUTO_CLICKHOUSE_MIGRATION_DISABLED): no
     * ClickHouse migration at start, while the bundled ClickHouse is being restored.
     * @default false
     */
    readonly clickhouseMigrationsOff?: boolean;
}
/**
 * Builds the values of chart 1.5.41 from chart props: only keys that chart reads, secrets by
 * reference, environment variables the chart has no key for through additionalEnv. ClickHouse is
 * the one `clickhouse` names (the chart's bundled one by default), the Langfuse image the pinned
 * release of `props.langfuseVersion`: chart 1.5.41 runs v4 unchanged, since its web and worker
 * templates are those of chart 2.0.0, which ships v4.
 */
export declare function langfuseValuesV1(props: LangfuseChartProps, names: LangfuseNames, clickhouse?: ClickHouseConnection, options?: LangfuseValuesOptions): LangfuseChartValues;
/**
 * The Secrets the pods of one component read through chart values: the chart's own references
 * (app keys, Postgres, Redis, ClickHouse, S3: both components) and the Secret-backed variables of
 * the env lists that component gets.
 */
export declare function componentSecretNames(values: LangfuseChartValues, component: 'web' | 'worker'): ReadonlySet<string>;
/** The keys of the init Secret, in a stable order. */
export declare function initSecretKeys(init: NonNullable<LangfuseChartProps['headlessInit']>): string[];
