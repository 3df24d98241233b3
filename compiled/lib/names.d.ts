/** The instance name when the config sets none: its Flux app, Keycloak client and Dragonfly ACL user. */
export declare const DEFAULT_INSTANCE_NAME = "langfuse";
/** Names of every object and Service of one Langfuse instance, in one place. */
export interface LangfuseNames {
    readonly release: string;
    readonly namespace: string;
    readonly webService: string;
    readonly workerDeployment: string;
    readonly postgresCluster: string;
    readonly postgresDatabase: string;
    readonly postgresUser: string;
    /** The chart's bundled ClickHouse Service. */
    readonly clickhouseService: string;
    /** The ClickHouse operator's `ClickHouseCluster` and `KeeperCluster` (never the chart's `<release>-clickhouse*`). */
    readonly analyticsCluster: string;
    readonly secrets: {
        readonly app: string;
        readonly postgres: string;
        readonly clickhouse: string;
        /** The password of the operator's cluster, in its own Flux app (never moved between apps). */
        readonly analytics: string;
        readonly s3: string;
        readonly backup: string;
        readonly keycloak: string;
        readonly smtp: string;
        readonly redis: string;
        readonly init: string;
    };
    readonly dns: {
        readonly web: string;
        readonly worker: string;
        readonly postgresRw: string;
        readonly clickhouse: string;
    };
}
/**
 * The names of the reference deployment for a release (the chart's fullname is the release name
 * when it contains "langfuse").
 */
export declare function langfuseNames(namespace: string, release?: string): LangfuseNames;
/**
 * The stable DNS name of replica `replica` of the bundled ClickHouse (its only shard): Bitnami
 * clickhouse 8.0.5, the sub-chart of chart 1.5.41, names its StatefulSet `<fullname>-shard<i>` and
 * governs it by the headless Service `<fullname>-headless` (templates/statefulset.yaml,
 * service-headless.yaml), `<fullname>` being the Service name `clickhouseService`.
 */
export declare function bundledClickHousePodHost(names: LangfuseNames, replica: number): string;
