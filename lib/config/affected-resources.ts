import { ApiObject, App } from 'cdk8s';
import { buildApp } from '../synth';
import { ConfigError } from './errors';
import { configKeyInfos, ConfigKeyInfo } from './key-info';
import { parseConfig } from './load';
import { configShape } from './schema';
import { SWITCH_KEY_PROBES } from './switch-probes';

/**
 * Which emitted objects each config key affects, derived rather than written down: the smallest
 * enabled config is synthesized with and without the key changed, and the two object lists are
 * compared. The probes below only say how to change a key validly; the effect is measured.
 */

/** How to change one key. */
export interface KeyProbe {
  /** The changed value. */
  readonly value: unknown;
  /** Keys set in both configs, when the key only matters with them (a gate, a group). */
  readonly base?: Readonly<Record<string, unknown>>;
  /** Keys set together with the changed key (a group that must be complete to be valid). */
  readonly with?: Readonly<Record<string, unknown>>;
}

/** The smallest config that enables Langfuse, with every optional feature off. */
export const PROBE_BASE_CONFIG: Readonly<Record<string, unknown>> = {
  langfuse_enabled: true,
  cloudflare_domain: 'example.com',
  langfuse_nextauth_secret: 'n'.repeat(32),
  langfuse_salt: 's'.repeat(32),
  langfuse_encryption_key: 'a'.repeat(64),
  langfuse_postgres_password: 'PostgresPassword0123456789',
  langfuse_clickhouse_password: 'ClickhousePassword0123456789',
};

const S3_KEYS = { langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key-0123456789' };
const RUSTFS = { rustfs_enabled: true, ...S3_KEYS };
const BACKUP = { ...RUSTFS, langfuse_backup_enabled: true };
const SSO = { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };
const INIT = {
  langfuse_init_org_id: 'example', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123456789',
};
const PROJECT = { ...INIT, langfuse_init_project_id: 'default' };
const PROJECT_KEYS = { langfuse_init_project_public_key: 'pk-lf-0123456789', langfuse_init_project_secret_key: 'sk-lf-0123456789' };
const ACL = {
  dragonfly_enabled: true,
  dragonfly_acl_enabled: true,
  dragonfly_password: 'DragonflyPassword0123456789',
  dragonfly_langfuse_password: 'AclPassword0123456789',
};
const KEYCLOAK_CLIENT = { keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };
const MONITORING = { monitoring_enabled: true, langfuse_monitoring_enabled: true };
const V4 = { langfuse_version: 4 };
const LITELLM = { ...PROJECT, ...PROJECT_KEYS, litellm_api_key: 'sk-litellm-0123456789', litellm_enabled: true };
const SMTP = { langfuse_smtp_url: 'smtp://mail.example.com:587', langfuse_email_from: 'langfuse@example.com' };

/**
 * Probes for the keys that cannot be changed mechanically (strings, gated flags, groups). Booleans,
 * enums and integers without an entry are flipped or moved by one within their range.
 */
export const KEY_PROBES: Readonly<Record<string, KeyProbe>> = {
  langfuse_namespace: { value: 'observability' },
  langfuse_subdomain: { value: 'traces' },
  cloudflare_domain: { value: 'example.org' },
  langfuse_nextauth_secret: { value: 'N'.repeat(32) },
  langfuse_salt: { value: 'S'.repeat(32) },
  langfuse_encryption_key: { value: 'b'.repeat(64) },
  langfuse_web_cpu_request: { value: '300m' },
  langfuse_web_memory_request: { value: '768Mi' },
  langfuse_web_memory_limit: { value: '3Gi' },
  langfuse_worker_cpu_request: { value: '300m' },
  langfuse_worker_memory_request: { value: '768Mi' },
  langfuse_worker_memory_limit: { value: '3Gi' },
  cnpg_postgres_image: { value: 'ghcr.io/cloudnative-pg/postgresql:17.6-standard-trixie' },
  cnpg_priority_class: { value: 'high-priority' },
  cnpg_storage_class: { value: 'fast-ssd' },
  storage_class: { value: 'standard' },
  langfuse_postgres_password: { value: 'OtherPostgresPassword0123' },
  langfuse_postgres_storage: { value: '20Gi' },
  langfuse_clickhouse_password: { value: 'OtherClickhousePassword0123' },
  langfuse_clickhouse_storage: { value: '40Gi' },
  langfuse_clickhouse_replicas: { value: 3, base: { langfuse_clickhouse_cluster_enabled: true } },
  langfuse_clickhouse_cpu_request: { value: '1' },
  langfuse_clickhouse_memory_request: { value: '3Gi' },
  langfuse_clickhouse_memory_limit: { value: '6Gi' },
  langfuse_zookeeper_storage: { value: '16Gi' },
  langfuse_version: { value: 4 },
  langfuse_clickhouse_backend: { value: 'operator' },
  langfuse_v4_write_mode: { value: 'dual', base: V4 },
  langfuse_v4_historic_backfill: { value: true, base: V4 },
  langfuse_clickhouse_migration: { value: 'copy', base: { langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: 'prepare' } },
  langfuse_v4_events_only_confirmed: { value: true, base: V4 },
  langfuse_clickhouse_keeper_replicas: { value: 3, base: V4 },
  langfuse_clickhouse_keeper_storage: { value: '20Gi', base: V4 },
  langfuse_clickhouse_image: { value: 'clickhouse/clickhouse-server:26.4.5.143', base: V4 },
  langfuse_clickhouse_keeper_image: { value: 'clickhouse/clickhouse-keeper:26.4.5.143', base: V4 },
  clickhouse_operator_install: { value: true, base: V4 },
  cert_manager_install: { value: true },
  clickhouse_operator_kustomization: { value: 'ch-operator', base: V4 },
  clickhouse_operator_kustomization_namespace: { value: 'clickhouse-operator', base: V4 },
  clickhouse_operator_namespace: { value: 'clickhouse-operator-system', base: { ...V4, network_policies_enabled: true, network_policies_mode: 'enforce' } },
  rustfs_enabled: { value: true, base: S3_KEYS },
  langfuse_s3_endpoint: { value: 'http://s3.storage.svc.cluster.local:9000', base: RUSTFS },
  langfuse_s3_region: { value: 'eu-west-1', base: RUSTFS },
  langfuse_s3_access_key: { value: 'other-access-key' },
  langfuse_s3_secret_key: { value: 'other-secret-key-0123456789' },
  langfuse_events_bucket: { value: 'my-events' },
  langfuse_media_bucket: { value: 'my-media' },
  langfuse_export_bucket: { value: 'my-exports' },
  langfuse_media_endpoint: { value: 'https://s3.example.com' },
  langfuse_backup_enabled: { value: true, base: RUSTFS },
  langfuse_backup_s3_access_key: { value: 'backup-access-key', base: BACKUP },
  langfuse_backup_s3_secret_key: { value: 'backup-secret-key-0123456789', base: BACKUP },
  langfuse_backup_retention: { value: '14d', base: BACKUP },
  langfuse_backup_schedule: { value: '0 0 4 * * *', base: BACKUP },
  cnpg_barman_plugin_enabled: { value: false, base: BACKUP, with: { cnpg_postgres_image: 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie' } },
  cnpg_barman_plugin_kustomization: { value: 'barman-cloud-plugin', base: BACKUP },
  cnpg_barman_plugin_kustomization_namespace: { value: 'flux-system', base: BACKUP },
  langfuse_postgres_restore_from: { value: 'langfuse-postgresql', base: BACKUP, with: { langfuse_postgres_backup_server_name: 'langfuse-postgresql-2' } },
  langfuse_postgres_restore_target_time: {
    value: '2026-11-30T21:15:00Z', base: { ...BACKUP, langfuse_postgres_restore_from: 'langfuse-postgresql', langfuse_postgres_backup_server_name: 'langfuse-postgresql-2' },
  },
  langfuse_postgres_backup_server_name: { value: 'langfuse-postgresql-2', base: BACKUP },
  langfuse_clickhouse_backup_enabled: { value: true, base: BACKUP },
  langfuse_clickhouse_backup_schedule: { value: '0 5 * * *', base: { ...BACKUP, langfuse_clickhouse_backup_enabled: true } },
  langfuse_clickhouse_backup_retention: { value: 14, base: { ...BACKUP, langfuse_clickhouse_backup_enabled: true } },
  langfuse_clickhouse_restore_from: { value: 'latest', base: { ...BACKUP, ...V4 } },
  dragonfly_acl_name: { value: 'dragonfly-users', base: ACL },
  dragonfly_enabled: { value: true, base: { dragonfly_password: 'DragonflyPassword0123456789' } },
  dragonfly_acl_enabled: {
    value: true,
    base: { dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123456789', dragonfly_langfuse_password: 'AclPassword0123456789' },
  },
  dragonfly_langfuse_password: { value: 'OtherAclPassword0123456789', base: ACL },
  dragonfly_password: { value: 'OtherDragonflyPassword0123', base: { dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123456789' } },
  langfuse_redis_password: { value: 'ValkeyPassword0123456789' },
  keycloak_enabled: { value: true, base: { langfuse_sso_enabled: true, ...KEYCLOAK_CLIENT } },
  keycloak_subdomain: { value: 'sso', base: SSO },
  keycloak_realm: { value: 'other', base: SSO },
  langfuse_sso_enabled: { value: true, base: { keycloak_enabled: true, ...KEYCLOAK_CLIENT } },
  langfuse_keycloak_client_secret: { value: 'OtherClientSecret0123456789', base: SSO },
  langfuse_disable_password_auth: { value: true, base: SSO },
  keycloak_client_form: { value: 'realm-import', base: { ...SSO, keycloak_realm_exists: false } },
  keycloak_realm_exists: { value: false, base: SSO },
  keycloak_cr_name: { value: 'sso', base: { ...SSO, keycloak_client_form: 'realm-import', keycloak_realm_exists: false } },
  langfuse_sso_domain_enforcement: { value: 'example.com' },
  langfuse_smtp_url: { value: SMTP.langfuse_smtp_url, with: { langfuse_email_from: SMTP.langfuse_email_from } },
  langfuse_email_from: { value: 'other@example.com', base: SMTP },
  langfuse_init_org_id: { value: INIT.langfuse_init_org_id, with: { ...INIT } },
  langfuse_init_org_name: { value: 'Other', base: INIT },
  langfuse_init_user_email: { value: 'other@example.com', base: INIT },
  langfuse_init_user_password: { value: 'OtherInitPassword0123456789', base: INIT },
  langfuse_init_user_name: { value: 'Other', base: INIT },
  langfuse_init_project_id: { value: 'default', base: INIT },
  langfuse_init_project_name: { value: 'Other', base: PROJECT },
  langfuse_init_project_retention: { value: 30, base: PROJECT },
  langfuse_init_project_public_key: { value: PROJECT_KEYS.langfuse_init_project_public_key, base: PROJECT, with: { ...PROJECT_KEYS } },
  langfuse_init_project_secret_key: { value: 'sk-lf-9876543210', base: { ...PROJECT, ...PROJECT_KEYS } },
  langfuse_default_org_id: { value: 'other-org', base: { langfuse_default_org_role: 'VIEWER', ...INIT } },
  langfuse_default_org_role: { value: 'VIEWER', with: { langfuse_default_org_id: 'example' } },
  langfuse_default_project_id: { value: 'other-project', base: { langfuse_default_project_role: 'VIEWER', ...PROJECT } },
  langfuse_default_project_role: { value: 'VIEWER', with: { langfuse_default_project_id: 'default' } },
  monitoring_enabled: { value: true, base: { langfuse_monitoring_enabled: true } },
  langfuse_monitoring_enabled: { value: true, base: { monitoring_enabled: true } },
  tracing_enabled: { value: true, base: { langfuse_tracing_enabled: true } },
  langfuse_tracing_enabled: { value: true, base: { tracing_enabled: true } },
  langfuse_trace_sampling_ratio: { value: 0.5, base: { tracing_enabled: true, langfuse_tracing_enabled: true } },
  tracing_otlp_endpoint: { value: 'http://otel.monitoring.svc.cluster.local:4318', base: { tracing_enabled: true, langfuse_tracing_enabled: true } },
  langfuse_statsd_exporter_image: { value: 'prom/statsd-exporter:v0.27.2', base: MONITORING },
  langfuse_dashboard_folder: { value: 'Observability', base: MONITORING },
  langfuse_monitoring_labels: { value: { release: 'kube-prometheus-stack' }, base: MONITORING },
  langfuse_gateway_internal: { value: 'envoy-lan', base: { langfuse_internal_gateway_enabled: true } },
  network_policies_mode: { value: 'enforce', base: { network_policies_enabled: true } },
  network_policies_engine: { value: 'kubernetes', base: { network_policies_enabled: true, network_policies_mode: 'enforce' } },
  litellm_enabled: { value: true, base: { ...LITELLM, litellm_enabled: false } },
  litellm_langfuse_callback: { value: 'langfuse', base: LITELLM },
  litellm_llm_connection_enabled: { value: false, base: LITELLM },
  litellm_api_key: { value: 'sk-litellm-other-0123456789', base: LITELLM },
  litellm_llm_connection_provider: { value: 'proxy', base: LITELLM },
  litellm_llm_connection_models: { value: ['gpt-4o-mini'], base: LITELLM },
  flux_source_name: { value: 'cluster' },
  flux_apps_path: { value: 'clusters/main/apps' },
  flux_namespace: { value: 'flux' },
  flux_sops_secret_name: { value: '' },
  ...SWITCH_KEY_PROBES,
};

/** The measured effect of changing one key. */
export interface AffectedResources {
  /** Objects (`Kind name`) that appear. */
  readonly added: readonly string[];
  /** Objects that disappear. */
  readonly removed: readonly string[];
  /** Objects whose content changes. */
  readonly changed: readonly string[];
  /** How many objects the unchanged config emits. */
  readonly total: number;
  /** Why the effect could not be measured, when it could not. */
  readonly notDerived?: string;
}

/** Values tried, in order, for an optional string key without an explicit probe. */
const STRING_SAMPLES: readonly string[] = [
  'example', 'example.com', 'https://example.com', 'admin@example.com', 'Example0123456789Example0123456789', '0 0 4 * * *', '14d', '3Gi', '300m',
];

const shape = configShape as Record<string, { safeParse(value: unknown): { success: boolean } }>;

/**
 * The probe for a key: an explicit entry, or a mechanical change: flags flipped, enums and
 * integers moved, strings changed to the first valid variant of the default (or of a sample).
 */
export function probeFor(info: ConfigKeyInfo): KeyProbe | undefined {
  const explicit = KEY_PROBES[info.key];
  if (explicit) return explicit;
  const current = PROBE_BASE_CONFIG[info.key] ?? info.default;
  if (info.type === 'boolean') return { value: current !== true };
  const enumValues = info.type.split(' | ').filter((t) => t.startsWith('"')).map((t) => JSON.parse(t) as string);
  if (enumValues.length > 1 && enumValues.length === info.type.split(' | ').length) {
    return { value: enumValues.find((v) => v !== current) };
  }
  const range = /^integer (-?\d+)–(-?\d+)$/.exec(info.type);
  if (range) {
    const [min, max] = [Number(range[1]), Number(range[2])];
    if (typeof current !== 'number') return { value: min };
    return { value: current + 1 <= max ? current + 1 : current - 1 };
  }
  if (Array.isArray(current)) return { value: [...current, 'example'] };
  const candidates = typeof current === 'string'
    ? [current.replace(/^\d+/, (n) => String(Number(n) + 1)), `${current}2`, `${current}-alt`, ...STRING_SAMPLES]
    : STRING_SAMPLES;
  const value = candidates.find((c) => c !== current && shape[info.key]?.safeParse(c).success);
  return value === undefined ? undefined : { value };
}

type ObjectMap = Map<string, string>;

function synthObjects(raw: Record<string, unknown>, cache: Map<string, ObjectMap>): ObjectMap {
  const cacheKey = JSON.stringify(raw);
  let objects = cache.get(cacheKey);
  if (!objects) {
    const { app } = buildApp(parseConfig(raw, 'probe'), new App({ outdir: 'unused' }));
    objects = new Map();
    for (const chart of app.charts) {
      for (const obj of chart.node.findAll().filter(ApiObject.isApiObject)) {
        const json = obj.toJson() as { kind: string; metadata: { name?: string } };
        objects.set(`${json.kind} ${json.metadata.name ?? obj.node.path}`, JSON.stringify(json));
      }
    }
    cache.set(cacheKey, objects);
  }
  return objects;
}

/**
 * Measures, for every config key, which objects change when the key changes.
 *
 * @returns one entry per key, in schema order
 */
export function deriveAffectedResources(): Map<string, AffectedResources> {
  const cache = new Map<string, ObjectMap>();
  const result = new Map<string, AffectedResources>();
  for (const info of configKeyInfos()) {
    const probe = probeFor(info);
    if (!probe) {
      result.set(info.key, { added: [], removed: [], changed: [], total: 0, notDerived: 'no probe in lib/config/affected-resources.ts' });
      continue;
    }
    const baseRaw = { ...PROBE_BASE_CONFIG, ...probe.base };
    const changedRaw = { ...baseRaw, ...probe.with, [info.key]: probe.value };
    let before: ObjectMap;
    let after: ObjectMap;
    try {
      before = synthObjects(baseRaw, cache);
      after = synthObjects(changedRaw, cache);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      const problems = e.problems.map((p) => `${p.key}: ${p.message}`).join('; ');
      result.set(info.key, { added: [], removed: [], changed: [], total: 0, notDerived: `the probe config is invalid: ${problems}` });
      continue;
    }
    result.set(info.key, {
      added: [...after.keys()].filter((k) => !before.has(k)).sort(),
      removed: [...before.keys()].filter((k) => !after.has(k)).sort(),
      changed: [...before.keys()].filter((k) => after.has(k) && after.get(k) !== before.get(k)).sort(),
      total: before.size,
    });
  }
  return result;
}
