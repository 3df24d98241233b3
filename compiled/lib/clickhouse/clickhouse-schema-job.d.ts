import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { SecretKeySelector } from './clickhouse-connection';
/** The web image of chart 1.5.41 (`langfuse.web.image.repository`); it carries `migrate` and Langfuse's ClickHouse migrations. */
export declare const LANGFUSE_WEB_IMAGE_REPOSITORY = "langfuse/langfuse";
/** Props of `ClickHouseSchemaJob`. */
export interface ClickHouseSchemaJobProps {
    /** metadata.name of the Job. */
    readonly name: string;
    /** @default - the chart's namespace */
    readonly namespace?: string;
    /** The Langfuse web image the release runs, `langfuse/langfuse:<tag>`: the schema is created at that version. */
    readonly image: string;
    /** Host of the new cluster's headless Service. */
    readonly host: string;
    /** @default 8123 */
    readonly httpPort?: number;
    /** @default 9000 */
    readonly nativePort?: number;
    /** The password of the user `default` on the new cluster. */
    readonly passwordSecret: SecretKeySelector;
    /** Pod labels (the network policies admit them to the cluster). */
    readonly labels: Readonly<Record<string, string>>;
}
/**
 * A one-off Job that creates Langfuse's ClickHouse schema on a new cluster at the version the
 * release runs: the Langfuse web image's own migration step, without the rest of its entrypoint
 * (which would also migrate Postgres). langfuse/langfuse v3.224.1 web/entrypoint.sh runs
 * `cd ./packages/shared && sh ./clickhouse/scripts/up.sh` from /app; web/Dockerfile copies
 * packages/shared/clickhouse there and golang-migrate to /usr/bin/migrate; up.sh needs
 * CLICKHOUSE_URL, CLICKHOUSE_MIGRATION_URL, CLICKHOUSE_USER and CLICKHOUSE_PASSWORD and takes the
 * clustered migrations (ON CLUSTER default, Replicated engines) unless CLICKHOUSE_CLUSTER_ENABLED
 * is "false". Re-running it is a no-op once the schema is at the image's version.
 *
 * Run it only once the cluster is Ready (its Flux app depends on the cluster's): the operator
 * drops a `default` database that is not yet Replicated, tables and all.
 */
export declare class ClickHouseSchemaJob extends Construct {
    readonly name: string;
    readonly job: k8s.KubeJob;
    constructor(scope: Construct, id: string, props: ClickHouseSchemaJobProps);
}
