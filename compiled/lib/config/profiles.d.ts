/**
 * Scale profiles: one switch (`langfuse_profile`) that sets the defaults of several keys at once.
 * A key the config sets itself always wins over its profile's default.
 */
export declare const PROFILES: {
    /** One replica of everything: a small team, up to roughly 100k traces a month. */
    readonly default: {};
    /**
     * What the pinned chart and the operators offer for availability and scale: two web and worker
     * replicas that autoscale and spread across nodes with disruption budgets, three Postgres
     * instances with anti-affinity, and replicated ClickHouse (three replicas, ZooKeeper, cluster
     * mode; with the operator backend three Keeper replicas). Switching an existing single-node ClickHouse to replicated needs a data migration.
     */
    readonly ha: {
        readonly langfuse_web_replicas: 2;
        readonly langfuse_worker_replicas: 2;
        readonly langfuse_autoscaling_enabled: true;
        readonly langfuse_topology_spread_enabled: true;
        readonly langfuse_web_cpu_request: "1";
        readonly langfuse_web_memory_request: "2Gi";
        readonly langfuse_web_memory_limit: "4Gi";
        readonly langfuse_worker_cpu_request: "1";
        readonly langfuse_worker_memory_request: "2Gi";
        readonly langfuse_worker_memory_limit: "4Gi";
        readonly langfuse_postgres_instances: 3;
        readonly langfuse_clickhouse_replicas: 3;
        readonly langfuse_clickhouse_cluster_enabled: true;
        readonly langfuse_clickhouse_cpu_request: "2";
        readonly langfuse_clickhouse_memory_request: "8Gi";
        readonly langfuse_clickhouse_memory_limit: "8Gi";
        readonly langfuse_clickhouse_keeper_replicas: 3;
    };
};
/** A profile's name. */
export type ProfileName = keyof typeof PROFILES;
/** The raw config with its profile's defaults under the keys it sets itself. */
export declare function withProfileDefaults(raw: Readonly<Record<string, unknown>>): Record<string, unknown>;
