import { Construct } from 'constructs';
import { FluxAppChart } from '../flux/flux-app-chart';
import { KustomizationDependency } from '../flux/flux-kustomization';
import { FluxOptions } from '../langfuse-chart-props';
import { SecretKeySelector } from './clickhouse-connection';
import { ClickHouseCopy } from './clickhouse-copy';
import { ClickHouseMigrationStage } from './clickhouse-migration-stage';
import { ClickHouseSchemaJob } from './clickhouse-schema-job';
/** Names of the migration's Jobs. */
export declare const CLICKHOUSE_MIGRATION_JOBS: {
    readonly schema: "langfuse-clickhouse-schema";
    readonly copy: "langfuse-clickhouse-copy";
    readonly finalCopy: "langfuse-clickhouse-final-copy";
};
/** Pod labels of every Job of the migration (the network policies select them by these). */
export declare const CLICKHOUSE_MIGRATION_POD_LABELS: Readonly<Record<string, string>>;
/** Props of `ClickHouseMigrationChart`. */
export interface ClickHouseMigrationChartProps {
    /** The Flux app name, like `langfuse-clickhouse-migration`. */
    readonly appName: string;
    readonly namespace: string;
    /** A stage that has the app (prepare to cutover). */
    readonly stage: ClickHouseMigrationStage;
    /** The Langfuse web image the release runs, for the schema Job. */
    readonly langfuseImage: string;
    /** The ClickHouse server image, for the copy Jobs' client. */
    readonly clickhouseImage: string;
    /** The new cluster: its headless Service, one of its servers, and its password. */
    readonly target: {
        readonly host: string;
        readonly firstServerHost: string;
        readonly passwordSecret: SecretKeySelector;
    };
    /**
     * The bundled ClickHouse: `host:port` of every replica's native protocol (their stable pod
     * names; the copies read only the first, the final copy checks them all for writes), and its
     * password.
     */
    readonly source: {
        readonly replicaAddresses: readonly string[];
        readonly passwordSecret: SecretKeySelector;
    };
    /** The new cluster's Flux app: nothing here may run before it is Ready. */
    readonly analyticsDependency: KustomizationDependency;
    /** The Langfuse app, which the final copy waits for in freeze (web and worker stopped). */
    readonly langfuseDependency: KustomizationDependency;
    /** @default - GitRepository flux-system, apps under kubernetes/apps */
    readonly flux?: FluxOptions;
}
/**
 * The Jobs of a migration from the bundled ClickHouse to the operator's, as their own Flux app in
 * the Langfuse namespace that depends on the new cluster's app, so that none starts before the
 * cluster is Ready:
 * - prepare to cutover: the schema Job (`ClickHouseSchemaJob`);
 * - copy: the online copy CronJob;
 * - freeze: the final copy Job, after the Langfuse app (which stops web and worker in freeze);
 * - cutover: the same final Job, finished. The Langfuse app then waits for this app, and this app
 *   counts itself Ready only when the final copy succeeded: a cutover committed after a failed
 *   final copy never reaches the release.
 * The app's health checks are the Jobs that must complete; the CronJob is left out.
 */
export declare class ClickHouseMigrationChart extends FluxAppChart {
    readonly stage: ClickHouseMigrationStage;
    readonly schemaJob: ClickHouseSchemaJob;
    /** The online copy (copy stage only). */
    readonly copy?: ClickHouseCopy;
    /** The final copy (freeze and cutover). */
    readonly finalCopy?: ClickHouseCopy;
    constructor(scope: Construct, id: string, props: ClickHouseMigrationChartProps);
}
