/**
 * Scale profiles: one switch (`langfuse_profile`) that sets the defaults of several keys at once.
 * A key the config sets itself always wins over its profile's default.
 */
export const PROFILES = {
  /** One replica of everything: a small team, up to roughly 100k traces a month. */
  default: {},
  /**
   * What the pinned chart and the operators offer for availability and scale: two web and worker
   * replicas that autoscale and spread across nodes with disruption budgets, three Postgres
   * instances with anti-affinity, and replicated ClickHouse (three replicas, ZooKeeper, cluster
   * mode). Switching an existing single-node ClickHouse to replicated needs a data migration.
   */
  ha: {
    langfuse_web_replicas: 2,
    langfuse_worker_replicas: 2,
    langfuse_autoscaling_enabled: true,
    langfuse_topology_spread_enabled: true,
    langfuse_postgres_instances: 3,
    langfuse_clickhouse_replicas: 3,
    langfuse_clickhouse_cluster_enabled: true,
  },
} as const satisfies Record<string, Record<string, unknown>>;

/** A profile's name. */
export type ProfileName = keyof typeof PROFILES;

/** The raw config with its profile's defaults under the keys it sets itself. */
export function withProfileDefaults(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const profile = raw.langfuse_profile;
  const defaults = typeof profile === 'string' && Object.hasOwn(PROFILES, profile) ? PROFILES[profile as ProfileName] : {};
  return { ...defaults, ...raw };
}
