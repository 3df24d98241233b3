"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PROFILES = void 0;
exports.withProfileDefaults = withProfileDefaults;
/**
 * Scale profiles: one switch (`langfuse_profile`) that sets the defaults of several keys at once.
 * A key the config sets itself always wins over its profile's default.
 */
exports.PROFILES = {
    /** One replica of everything: a small team, up to roughly 100k traces a month. */
    default: {},
    /**
     * What the pinned chart and the operators offer for availability and scale: two web and worker
     * replicas that autoscale and spread across nodes with disruption budgets, three Postgres
     * instances with anti-affinity, and replicated ClickHouse (three replicas, ZooKeeper, cluster
     * mode; with the operator backend three Keeper replicas). Switching an existing single-node ClickHouse to replicated needs a data migration.
     */
    ha: {
        langfuse_web_replicas: 2,
        langfuse_worker_replicas: 2,
        langfuse_autoscaling_enabled: true,
        langfuse_topology_spread_enabled: true,
        // Langfuse's scaling guide: web and worker 2 CPU / 4 GiB, ClickHouse 2 CPU / 8 GiB at the minimum.
        langfuse_web_cpu_request: '1',
        langfuse_web_memory_request: '2Gi',
        langfuse_web_memory_limit: '4Gi',
        langfuse_worker_cpu_request: '1',
        langfuse_worker_memory_request: '2Gi',
        langfuse_worker_memory_limit: '4Gi',
        langfuse_postgres_instances: 3,
        langfuse_clickhouse_replicas: 3,
        langfuse_clickhouse_cluster_enabled: true,
        langfuse_clickhouse_cpu_request: '2',
        langfuse_clickhouse_memory_request: '8Gi',
        langfuse_clickhouse_memory_limit: '8Gi',
        // With the operator backend: a Keeper quorum that survives the loss of one node.
        langfuse_clickhouse_keeper_replicas: 3,
    },
};
/** The raw config with its profile's defaults under the keys it sets itself. */
function withProfileDefaults(raw) {
    const profile = raw.langfuse_profile;
    const defaults = typeof profile === 'string' && Object.hasOwn(exports.PROFILES, profile) ? exports.PROFILES[profile] : {};
    return { ...defaults, ...raw };
}
