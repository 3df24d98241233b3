import { assertNoInertKeys, configWarnings, inertKeyProblems } from '../../lib/config/config-warnings';
import { ConfigError } from '../../lib/config/errors';
import { ApiObject, App } from 'cdk8s';
import { PROBE_BASE_CONFIG, probeFor } from '../../lib/config/affected-resources';
import { GATED_KEYS, inertKeys } from '../../lib/config/inert-keys';
import { configKeyInfos } from '../../lib/config/key-info';
import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { parseConfig, parseConfigInstances } from '../../lib/config/load';
import { buildApp } from '../../lib/synth';
import { minimalRaw } from '../support/fixtures';

const SSO = { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };
const RUSTFS = { rustfs_enabled: true, langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key' };
const BACKUPS = { ...RUSTFS, langfuse_backup_enabled: true };
const INIT = { langfuse_init_org_id: 'org', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123' };
const OPERATOR = { langfuse_version: 4 };
const BUNDLED = { langfuse_version: 3 };
const SCIM = {
  keycloak_enabled: true, keycloak_realm: 'main', langfuse_scim_sync_enabled: true, langfuse_scim_public_key: 'pk-lf-org-0123456789',
  langfuse_scim_secret_key: 'sk-lf-org-0123456789', langfuse_sync_keycloak_client_secret: 'SyncClientSecret0123456789',
};
const LITELLM = {
  ...INIT, litellm_enabled: true, langfuse_init_project_id: 'proj', langfuse_init_project_public_key: 'pk-lf-0123456789',
  langfuse_init_project_secret_key: 'sk-lf-0123456789', litellm_api_key: 'sk-litellm-0123',
};

/** Per gated key: a value to set, extra keys that keep its gate closed, and extra keys that open it. */
const KEYS: Record<string, { value: unknown; closed?: Record<string, unknown>; open: Record<string, unknown> }> = {
  langfuse_sso_enabled: { value: true, closed: { keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' }, open: SSO },
  keycloak_realm: { value: 'main', open: SSO },
  langfuse_keycloak_client_secret: { value: 'ClientSecret0123456789', open: SSO },
  keycloak_subdomain: { value: 'sso', open: SSO },
  keycloak_client_form: { value: 'config-cli', open: SSO },
  keycloak_realm_exists: { value: false, closed: SSO, open: { ...SSO, keycloak_client_form: 'realm-import' } },
  keycloak_cr_name: { value: 'kc', closed: SSO, open: { ...SSO, keycloak_client_form: 'realm-import', keycloak_realm_exists: false } },
  dragonfly_acl_enabled: { value: true, closed: { dragonfly_langfuse_password: 'AclPassword0123456789' },
    open: { dragonfly_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' } },
  dragonfly_password: { value: 'DragonflyPassword0123', open: { dragonfly_enabled: true } },
  dragonfly_langfuse_password: { value: 'AclPassword0123456789', closed: { dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123' },
    open: { dragonfly_enabled: true, dragonfly_acl_enabled: true } },
  dragonfly_acl_name: { value: 'dragonfly-auth', open: { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' } },
  langfuse_redis_password: { value: 'RedisPassword0123456', closed: { dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123' }, open: {} },
  langfuse_monitoring_enabled: { value: true, open: { monitoring_enabled: true } },
  langfuse_statsd_exporter_image: { value: 'prom/statsd-exporter:v0.27.0', closed: { monitoring_enabled: true },
    open: { monitoring_enabled: true, langfuse_monitoring_enabled: true } },
  langfuse_dashboard_folder: { value: 'Apps', open: { monitoring_enabled: true, langfuse_monitoring_enabled: true } },
  langfuse_monitoring_labels: { value: { release: 'kube-prometheus-stack' }, open: { monitoring_enabled: true, langfuse_monitoring_enabled: true } },
  langfuse_tracing_enabled: { value: true, open: { tracing_enabled: true } },
  langfuse_trace_sampling_ratio: { value: 0.5, closed: { langfuse_tracing_enabled: true }, open: { tracing_enabled: true, langfuse_tracing_enabled: true } },
  tracing_otlp_endpoint: { value: 'http://otel.monitoring.svc.cluster.local:4318', open: { tracing_enabled: true, langfuse_tracing_enabled: true } },
  langfuse_backup_s3_access_key: { value: 'backup-access', closed: RUSTFS, open: BACKUPS },
  langfuse_backup_s3_secret_key: { value: 'backup-secret', open: BACKUPS },
  langfuse_backup_retention: { value: '30d', open: BACKUPS },
  langfuse_backup_schedule: { value: '0 0 4 * * *', open: BACKUPS },
  cnpg_barman_plugin_enabled: { value: true, open: BACKUPS },
  cnpg_barman_plugin_kustomization: { value: 'barman-cloud-plugin', closed: { ...BACKUPS, cnpg_barman_plugin_enabled: false,
    cnpg_postgres_image: 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie' }, open: BACKUPS },
  cnpg_barman_plugin_kustomization_namespace: { value: 'cnpg', open: BACKUPS },
  langfuse_s3_endpoint: { value: 'http://minio.storage.svc.cluster.local:9000', open: RUSTFS },
  langfuse_s3_region: { value: 'eu-west-1', open: RUSTFS },
  langfuse_clickhouse_cluster_enabled: { value: true, closed: OPERATOR, open: BUNDLED },
  langfuse_zookeeper_storage: { value: '16Gi', closed: BUNDLED, open: { ...BUNDLED, langfuse_clickhouse_cluster_enabled: true } },
  langfuse_clickhouse_keeper_replicas: { value: 3, closed: BUNDLED, open: OPERATOR },
  langfuse_clickhouse_keeper_storage: { value: '20Gi', open: OPERATOR },
  langfuse_clickhouse_image: { value: 'clickhouse/clickhouse-server:26.4.4.38', open: OPERATOR },
  langfuse_clickhouse_keeper_image: { value: 'clickhouse/clickhouse-keeper:26.4.4.38', open: OPERATOR },
  clickhouse_operator_kustomization: { value: 'ch-operator', closed: { ...OPERATOR, clickhouse_operator_install: true }, open: OPERATOR },
  clickhouse_operator_kustomization_namespace: { value: 'operators', closed: BUNDLED, open: OPERATOR },
  clickhouse_operator_namespace: { value: 'clickhouse-operator-system', closed: BUNDLED, open: { ...BUNDLED, clickhouse_operator_install: true } },
  langfuse_web_max_replicas: { value: 6, open: { langfuse_autoscaling_enabled: true } },
  langfuse_worker_max_replicas: { value: 6, open: { langfuse_profile: 'ha' } },
  network_policies_mode: { value: 'enforce', open: { network_policies_enabled: true } },
  network_policies_engine: { value: 'kubernetes', open: { network_policies_enabled: true } },
  langfuse_internal_gateway_enabled: { value: true, closed: { langfuse_httproute_enabled: false }, open: {} },
  langfuse_httproute_namespace: { value: 'network', closed: { langfuse_httproute_enabled: false }, open: {} },
  langfuse_gateway_namespace: { value: 'gateways', closed: { langfuse_httproute_enabled: false }, open: {} },
  langfuse_gateway_external: { value: 'public', closed: { langfuse_httproute_enabled: false }, open: {} },
  langfuse_gateway_section_name: { value: 'web', closed: { langfuse_httproute_enabled: false }, open: {} },
  langfuse_gateway_internal: { value: 'private', open: { langfuse_internal_gateway_enabled: true } },
  langfuse_email_from: { value: 'langfuse@example.com', open: { langfuse_smtp_url: 'smtp://user:pw@mail.example.com:587' } },
  storage_class: { value: 'fast', closed: { cnpg_storage_class: 'ssd' }, open: {} },
  langfuse_init_org_name: { value: 'Team', open: INIT },
  langfuse_init_user_name: { value: 'Root', open: INIT },
  langfuse_init_project_name: { value: 'Main', closed: INIT, open: { ...INIT, langfuse_init_project_id: 'proj' } },
  langfuse_init_project_retention: { value: 30, closed: INIT, open: { ...INIT, langfuse_init_project_id: 'proj' } },
  langfuse_default_org_id: { value: 'org', open: { langfuse_default_org_role: 'VIEWER' } },
  langfuse_default_project_id: { value: 'proj', open: { langfuse_default_project_role: 'VIEWER' } },
  keycloak_client_default_scopes: { value: ['profile', 'email'], open: SSO },
  keycloak_client_optional_scopes: { value: ['address'], open: SSO },
  keycloak_flux_dependency: { value: 'identity/keycloak-app', open: SSO },
  langfuse_scim_public_key: { value: 'pk-lf-org-0123456789', closed: { keycloak_enabled: true }, open: SCIM },
  langfuse_scim_secret_key: { value: 'sk-lf-org-0123456789', open: SCIM },
  langfuse_scim_sync_image: { value: 'python:3.13-slim', open: SCIM },
  langfuse_scim_sync_schedule: { value: '*/15 * * * *', open: SCIM },
  langfuse_sync_keycloak_client_id: { value: 'role-sync', open: SCIM },
  langfuse_sync_keycloak_client_secret: { value: 'SyncClientSecret0123456789', open: SCIM },
  langfuse_role_mapping: { value: { admin: 'OWNER', default: 'NONE' }, open: SCIM },
  dragonfly_acl_default_user: { value: 'all-keys', closed: { dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123' },
    open: { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_password: 'DragonflyPassword0123', dragonfly_langfuse_password: 'AclPassword0123456789' } },
  dragonfly_flux_dependency: { value: 'cache/dragonfly-operator', open: { dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123' } },
  langfuse_postgres_backup_server_name: { value: 'langfuse-postgresql-2', closed: RUSTFS, open: BACKUPS },
  barman_cloud_flux_dependency: { value: 'cnpg-system/barman-cloud-plugin', closed: RUSTFS, open: BACKUPS },
  langfuse_clickhouse_backup_schedule: { value: '0 5 * * *', closed: BACKUPS, open: { ...BACKUPS, ...OPERATOR, langfuse_clickhouse_backup_enabled: true } },
  langfuse_clickhouse_backup_retention: { value: 14, closed: BACKUPS, open: { ...BACKUPS, ...OPERATOR, langfuse_clickhouse_backup_enabled: true } },
  rustfs_flux_dependency: { value: 'storage/rustfs-app', open: RUSTFS },
  rustfs_admin_secret_name: { value: 'rustfs-admin', closed: RUSTFS, open: { ...RUSTFS, rustfs_bucket_setup_enabled: true } },
  langfuse_ingress_namespaces: { value: ['obot-mcp'], open: { network_policies_enabled: true } },
  litellm_langfuse_enabled: { value: true, open: LITELLM },
  litellm_langfuse_public_key: { value: 'lf_pk_0123456789', closed: { litellm_langfuse_secret_key: 'lf_sk_0123456789' }, open: { ...LITELLM, litellm_langfuse_secret_key: 'lf_sk_0123456789' } },
  litellm_langfuse_secret_key: { value: 'lf_sk_0123456789', closed: { litellm_langfuse_public_key: 'lf_pk_0123456789' }, open: { ...LITELLM, litellm_langfuse_public_key: 'lf_pk_0123456789' } },
  litellm_langfuse_host: { value: 'http://langfuse.example.com', closed: { ...LITELLM, litellm_langfuse_enabled: false, litellm_llm_connection_enabled: true }, open: LITELLM },
  litellm_langfuse_sample_rate: { value: 0.2, open: { ...LITELLM, litellm_langfuse_callback: 'langfuse' } },
  litellm_langfuse_default_tags: { value: ['cache_hit'], open: { ...LITELLM, litellm_langfuse_callback: 'langfuse' } },
  litellm_langfuse_callback: { value: 'langfuse', open: LITELLM },
  litellm_llm_connection_enabled: { value: true, open: LITELLM },
  litellm_api_key: { value: 'sk-litellm-0123', closed: { ...LITELLM, litellm_llm_connection_enabled: false, litellm_api_key: undefined }, open: LITELLM },
  litellm_llm_connection_provider: { value: 'proxy', open: LITELLM },
  litellm_llm_connection_models: { value: ['gpt-4o'], closed: { ...LITELLM, litellm_llm_connection_enabled: false }, open: LITELLM },
};

/**
 * Keys that change no object in the smallest config and still are no gated keys: gates themselves
 * (the cluster runs a service; the flag they open is what gets reported) and keys that act on the
 * encryption or only on a config rule, never on an object.
 */
const NOT_GATED: Record<string, string> = {
  keycloak_enabled: 'the cluster runs Keycloak: the gate of langfuse_sso_enabled and the role sync, which are reported instead',
  monitoring_enabled: 'the cluster runs the Prometheus Operator and Grafana: the gate of langfuse_monitoring_enabled',
  tracing_enabled: 'the cluster runs Tempo: the gate of langfuse_tracing_enabled',
  sops_allow_test_key: 'acts on the encryption, not on the objects',
  sops_plaintext_output: 'acts on the encryption, not on the objects',
  flux_sops_secret_namespace: 'no object reads it: a rule checks flux_sops_secret_name against it',
};

/** Every emitted object of a config, in a stable order. */
function objectsOf(cfg: LangfuseConfig): string {
  const { app } = buildApp(cfg, new App({ outdir: 'unused' }));
  return app.charts.flatMap((c) => c.node.findAll().filter(ApiObject.isApiObject).map((o) => JSON.stringify(o.toJson()))).sort().join('\n');
}

const idleKeys = (raw: Record<string, unknown>) => inertKeyProblems([parseConfig(raw, 'test.yaml')]).map((p) => p.key);
const withoutUndefined = (raw: Record<string, unknown>) => Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));

describe('keys that do nothing', () => {
  test('every key that changes no object while its gate is closed is a gated key, and is reported (derived from the probes, not from GATED_KEYS)', () => {
    // GIVEN each key's probe (lib/config/affected-resources.ts) applied to the smallest config, without the probe's base (its gate)
    const base = objectsOf(parseConfig({ ...PROBE_BASE_CONFIG }, 'probe.yaml'));
    const inert: string[] = [];
    const unreported: string[] = [];
    for (const info of configKeyInfos()) {
      const probe = probeFor(info);
      if (!probe) continue;
      let cfg: LangfuseConfig;
      try {
        cfg = parseConfig({ ...PROBE_BASE_CONFIG, ...probe.with, [info.key]: probe.value }, 'probe.yaml');
      } catch (e) {
        if (e instanceof ConfigError) continue; // a closed gate that is a config error: rejected, not idle
        throw e;
      }
      if (objectsOf(cfg) !== base) continue;
      // THEN a key that does nothing there is reported when the file sets it
      inert.push(info.key);
      const reported = inertKeys(cfg, new Set([info.key, ...Object.keys(probe.with ?? {})])).map((k) => k.key);
      if (!reported.includes(info.key) && NOT_GATED[info.key] === undefined) unreported.push(info.key);
    }
    expect(unreported).toEqual([]);
    // the exceptions are such keys, and none is gated after all
    expect(Object.keys(NOT_GATED).filter((k) => !inert.includes(k))).toEqual([]);
    expect(GATED_KEYS.filter((g) => NOT_GATED[g.key] !== undefined)).toEqual([]);
    expect(inert.length).toBeGreaterThan(40);
  });

  test('every gated key has a case here, and every case a gated key', () => {
    expect(Object.keys(KEYS).sort()).toEqual(GATED_KEYS.map((g) => g.key).sort());
  });

  describe.each(Object.entries(KEYS))('%s', (key, { value, closed, open }) => {
    test('is reported when the file sets it and its gate is closed', () => {
      const raw = withoutUndefined({ ...minimalRaw(), ...closed, [key]: value });
      // (the keys that close the gate may be idle themselves, like a realm without SSO; nothing else is)
      expect(idleKeys(raw)).toContain(key);
      expect(idleKeys(raw).filter((k) => k !== key && !Object.keys(closed ?? {}).includes(k))).toEqual([]);
      const problem = inertKeyProblems([parseConfig(raw, 'test.yaml')]).find((p) => p.key === key)!;
      expect(problem.message).toMatch(/^is ignored: it only takes effect with .+; remove it, or turn its gate on$/);
    });

    test('is not reported once its gate is open', () => {
      expect(idleKeys(withoutUndefined({ ...minimalRaw(), ...open, [key]: value }))).not.toContain(key);
    });
  });

  test('the messages name the gate in the config\'s words', () => {
    const problems = inertKeyProblems([parseConfig({
      ...minimalRaw(), langfuse_sso_enabled: true, dragonfly_acl_enabled: true, langfuse_monitoring_enabled: true, langfuse_tracing_enabled: true,
      keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789', dragonfly_langfuse_password: 'AclPassword0123456789',
    }, 'test.yaml')]);
    const message = (key: string) => problems.find((p) => p.key === key)?.message;
    expect(message('langfuse_sso_enabled')).toContain('keycloak_enabled: true');
    expect(message('dragonfly_acl_enabled')).toContain('dragonfly_enabled: true');
    expect(message('langfuse_monitoring_enabled')).toContain('monitoring_enabled: true');
    expect(message('langfuse_tracing_enabled')).toContain('tracing_enabled: true');
  });

  test('a flag set to false asks for nothing and is not reported', () => {
    expect(idleKeys({ ...minimalRaw(), langfuse_sso_enabled: false, dragonfly_acl_enabled: false, langfuse_monitoring_enabled: false })).toEqual([]);
  });

  test('defaults and profile values are never reported, only what the file sets', () => {
    // the ha profile sets langfuse_clickhouse_cluster_enabled and the Keeper replicas, which the operator or the bundled backend ignores
    expect(idleKeys({ ...minimalRaw(), langfuse_profile: 'ha', ...OPERATOR })).toEqual([]);
    expect(idleKeys({ ...minimalRaw(), langfuse_profile: 'ha', ...BUNDLED })).toEqual([]);
    expect(idleKeys(minimalRaw())).toEqual([]);
  });

  test('during a migration the bundled ClickHouse\'s keys count until cleanup (it serves until cutover, and cutover can step back to it)', () => {
    const bundledCluster = { langfuse_clickhouse_cluster_enabled: true, langfuse_zookeeper_storage: '16Gi' };
    const at = (stage: string) => idleKeys({ ...minimalRaw(), ...BUNDLED, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: stage, ...bundledCluster });
    for (const stage of ['prepare', 'copy', 'freeze', 'cutover']) expect({ stage, idle: at(stage) }).toEqual({ stage, idle: [] });
    expect(at('cleanup')).toEqual(['langfuse_clickhouse_cluster_enabled', 'langfuse_zookeeper_storage']);
    // after cleanup, with the stage key gone, the operator backend alone: the same
    expect(idleKeys({ ...minimalRaw(), ...BUNDLED, langfuse_clickhouse_backend: 'operator', ...bundledCluster }))
      .toEqual(['langfuse_clickhouse_cluster_enabled', 'langfuse_zookeeper_storage']);
  });

  test('the migration and v4 keys whose gate is closed are config errors, not idle keys', () => {
    const problems = (raw: Record<string, unknown>) => {
      try {
        parseConfig({ ...minimalRaw(), ...raw }, 'test.yaml');
      } catch (e) {
        if (e instanceof ConfigError) return e.problems.map((p) => p.key);
        throw e;
      }
      return [];
    };
    expect(problems({ ...BUNDLED, langfuse_clickhouse_migration: 'prepare' })).toContain('langfuse_clickhouse_migration');
    expect(problems({ ...OPERATOR, langfuse_clickhouse_migration: 'prepare' })).toContain('langfuse_clickhouse_migration');
    expect(problems({ ...BUNDLED, langfuse_v4_events_only_confirmed: true })).toContain('langfuse_v4_events_only_confirmed');
    expect(problems({ ...OPERATOR, langfuse_v4_write_mode: 'dual', langfuse_v4_events_only_confirmed: true })).toContain('langfuse_v4_events_only_confirmed');
    expect(problems({ ...BUNDLED, langfuse_v4_historic_backfill: true })).toContain('langfuse_v4_historic_backfill');
    expect(problems({ ...BUNDLED, langfuse_v4_write_mode: 'dual' })).toContain('langfuse_v4_write_mode');
  });

  test('nothing is reported for a disabled instance', () => {
    expect(idleKeys({ ...minimalRaw(), langfuse_enabled: false, langfuse_sso_enabled: true })).toEqual([]);
  });

  test('with several instances, each key is named with its instance', () => {
    const configs = parseConfigInstances({
      ...minimalRaw(), instances: [{ langfuse_instance_name: 'a', langfuse_namespace: 'team-a' },
        { langfuse_instance_name: 'b', langfuse_namespace: 'team-b', dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' }],
    }, 'teams.yaml');
    expect(inertKeyProblems(configs).map((p) => p.key)).toEqual(['instances[1].dragonfly_acl_enabled', 'instances[1].dragonfly_langfuse_password']);
  });

  test('synth\'s warnings include them; --strict makes them one config error listing all (exit 2)', () => {
    const configs = [parseConfig({ ...minimalRaw(), langfuse_sso_enabled: true, langfuse_monitoring_enabled: true }, 'test.yaml')];
    expect(configWarnings(configs)).toEqual(expect.arrayContaining([
      expect.stringMatching(/^langfuse_sso_enabled is ignored: it only takes effect with keycloak_enabled: true/),
      expect.stringMatching(/^langfuse_monitoring_enabled is ignored: it only takes effect with monitoring_enabled: true/),
    ]));
    let error: unknown;
    try {
      assertNoInertKeys(configs, 'test.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.key)).toEqual(['langfuse_sso_enabled', 'langfuse_monitoring_enabled']);
    expect((error as ConfigError).message).toContain('(--strict)');
    expect(() => assertNoInertKeys([parseConfig(minimalRaw(), 'test.yaml')], 'test.yaml')).not.toThrow();
  });
});
