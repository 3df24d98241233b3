import { clickhouseImageVersion, LANGFUSE_V4_MIN_CLICKHOUSE } from '../clickhouse/clickhouse-images';
import { disasterRecoveryIssues } from './disaster-recovery-rules';
import { isOn, isSet, issueCollector, RawConfig } from './raw-config';
import { referenceSwitchIssues } from './switch-rules';

/** A rule violation that involves more than one key; `key` is the key to fix. */
export interface CrossFieldIssue {
  readonly key: string;
  readonly message: string;
}


/**
 * Rules that tie keys together. They read the config loosely (any value may still be missing or
 * invalid), so that they can run even when field validation failed and every problem is reported
 * at once.
 */
export function crossFieldIssues(cfg: RawConfig): CrossFieldIssue[] {
  const { issues, requireKey } = issueCollector(cfg);
  if (!isOn(cfg.langfuse_enabled)) return issues;

  for (const key of ['cloudflare_domain', 'langfuse_nextauth_secret', 'langfuse_salt', 'langfuse_encryption_key',
    'langfuse_postgres_password', 'langfuse_clickhouse_password']) {
    requireKey(key, 'when langfuse_enabled is true');
  }
  if (cfg.cnpg_enabled === false) {
    issues.push({ key: 'cnpg_enabled', message: 'must be true: Langfuse keeps its transactional data in a CloudNativePG cluster' });
  }

  const sso = isOn(cfg.keycloak_enabled) && isOn(cfg.langfuse_sso_enabled);
  if (sso) {
    requireKey('langfuse_keycloak_client_secret', 'when langfuse_sso_enabled and keycloak_enabled are true');
    requireKey('keycloak_realm', 'when langfuse_sso_enabled and keycloak_enabled are true');
    if (isOn(cfg.langfuse_disable_signup)) {
      issues.push({
        key: 'langfuse_disable_signup',
        message: 'cannot be true with SSO: it also blocks the first login of every SSO user; set langfuse_disable_password_auth: true to hide the password form instead',
      });
    }
  } else if (isOn(cfg.langfuse_disable_password_auth)) {
    issues.push({ key: 'langfuse_disable_password_auth', message: 'cannot be true without SSO (langfuse_sso_enabled and keycloak_enabled): nobody could sign in' });
  }
  if (sso && cfg.keycloak_client_form === 'realm-import' && cfg.keycloak_realm_exists !== false) {
    issues.push({
      key: 'keycloak_client_form',
      message: `cannot add the langfuse client to the existing realm "${String(cfg.keycloak_realm ?? '')}": a KeycloakRealmImport only creates realms and skips one that exists; `
        + 'use keycloak_client_form: config-cli, or set keycloak_realm_exists: false if Langfuse should create the realm',
    });
  }

  if (isOn(cfg.litellm_enabled)) {
    const ownKeys = isSet(cfg.litellm_langfuse_public_key) || isSet(cfg.litellm_langfuse_secret_key);
    const needsKeys = cfg.litellm_langfuse_enabled !== false || cfg.litellm_llm_connection_enabled !== false;
    for (const key of ownKeys || !needsKeys ? [] : ['langfuse_init_project_public_key', 'langfuse_init_project_secret_key']) {
      requireKey(key, 'when litellm_enabled is true: LiteLLM sends traces with the project keys that headless initialization creates, so both sides use the same keys '
        + '(set langfuse_init_org_id, langfuse_init_user_email, langfuse_init_user_password, langfuse_init_project_id and both project keys, '
        + 'or litellm_langfuse_public_key and litellm_langfuse_secret_key for a project that exists)');
    }
    if (cfg.litellm_llm_connection_enabled !== false) {
      requireKey('litellm_api_key', 'when litellm_enabled and litellm_llm_connection_enabled are true: Langfuse calls LiteLLM with it (or set litellm_llm_connection_enabled: false)');
    }
  }
  if (isOn(cfg.langfuse_internal_gateway_enabled) && (cfg.langfuse_gateway_internal ?? 'envoy-internal') === (cfg.langfuse_gateway_external ?? 'envoy-external')) {
    issues.push({ key: 'langfuse_gateway_internal', message: 'must differ from langfuse_gateway_external: the route would attach to the same gateway twice' });
  }

  if (isOn(cfg.dragonfly_enabled)) {
    if (isOn(cfg.dragonfly_acl_enabled)) requireKey('dragonfly_langfuse_password', 'when dragonfly_acl_enabled is true');
    else requireKey('dragonfly_password', 'when dragonfly_enabled is true and dragonfly_acl_enabled is false');
  }

  if (isOn(cfg.rustfs_enabled)) {
    requireKey('langfuse_s3_access_key', 'when rustfs_enabled is true');
    requireKey('langfuse_s3_secret_key', 'when rustfs_enabled is true');
  }
  if (isOn(cfg.langfuse_backup_enabled)) {
    if (!isOn(cfg.rustfs_enabled)) {
      issues.push({ key: 'langfuse_backup_enabled', message: 'needs rustfs_enabled: true (backups are written to RustFS)' });
    } else {
      for (const [own, fallback] of [['langfuse_backup_s3_access_key', 'langfuse_s3_access_key'], ['langfuse_backup_s3_secret_key', 'langfuse_s3_secret_key']]) {
        if (!isSet(cfg[own]) && !isSet(cfg[fallback])) issues.push({ key: own, message: `is required when langfuse_backup_enabled is true (or set ${fallback})` });
      }
    }
    // The in-tree barmanObjectStore runs barman-cloud inside the Postgres container; only the "system" images ship it.
    const image = cfg.cnpg_postgres_image;
    if (cfg.cnpg_barman_plugin_enabled === false && !(typeof image === 'string' && /:[^:/]*system[^:/]*$/.test(image))) {
      issues.push({
        key: 'cnpg_postgres_image',
        message: 'must be a "system" image such as "ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie" when backups use the in-tree barmanObjectStore '
          + '(cnpg_barman_plugin_enabled: false): the standard and minimal images have no barman-cloud; or enable the Barman Cloud plugin',
      });
    }
  }

  if (isSet(cfg.langfuse_smtp_url)) requireKey('langfuse_email_from', 'when langfuse_smtp_url is set');

  const initKeys = ['langfuse_init_org_id', 'langfuse_init_user_email', 'langfuse_init_user_password'];
  if (initKeys.some((k) => isSet(cfg[k]))) {
    for (const key of initKeys) requireKey(key, `for headless initialization (set all of ${initKeys.join(', ')} or none)`);
  }
  if (isSet(cfg.langfuse_init_project_id)) requireKey('langfuse_init_org_id', 'when langfuse_init_project_id is set');
  const projectKeys = ['langfuse_init_project_public_key', 'langfuse_init_project_secret_key'];
  if (projectKeys.some((k) => isSet(cfg[k]))) {
    for (const key of projectKeys) requireKey(key, 'when either init project key is set (set both or neither)');
    requireKey('langfuse_init_project_id', 'when init project keys are set');
  }
  if (isSet(cfg.langfuse_default_org_role) && !isSet(cfg.langfuse_default_org_id) && !isSet(cfg.langfuse_init_org_id)) {
    issues.push({ key: 'langfuse_default_org_id', message: 'is required when langfuse_default_org_role is set (or set langfuse_init_org_id)' });
  }
  if (isSet(cfg.langfuse_default_project_role) && !isSet(cfg.langfuse_default_project_id) && !isSet(cfg.langfuse_init_project_id)) {
    issues.push({ key: 'langfuse_default_project_id', message: 'is required when langfuse_default_project_role is set (or set langfuse_init_project_id)' });
  }

  for (const component of ['web', 'worker']) {
    const min = cfg[`langfuse_${component}_replicas`];
    const max = cfg[`langfuse_${component}_max_replicas`];
    if (isOn(cfg.langfuse_autoscaling_enabled) && typeof min === 'number' && typeof max === 'number' && max < min) {
      issues.push({ key: `langfuse_${component}_max_replicas`, message: `must be at least langfuse_${component}_replicas (${min}) when langfuse_autoscaling_enabled is true` });
    }
  }

  const replicas = cfg.langfuse_clickhouse_replicas;
  if (typeof replicas === 'number' && replicas > 1 && !isOn(cfg.langfuse_clickhouse_cluster_enabled) && effectiveClickhouseBackend(cfg) === 'bundled') {
    issues.push({ key: 'langfuse_clickhouse_cluster_enabled', message: `must be true when langfuse_clickhouse_replicas is ${replicas} (replicated tables need cluster mode)` });
  }
  issues.push(...langfuseVersionIssues(cfg), ...referenceSwitchIssues(cfg));
  issues.push(...disasterRecoveryIssues(cfg, effectiveClickhouseBackend(cfg)));
  return issues;
}

/** The ClickHouse backend a config gets: the one it names, else the operator's for v4 and the bundled one otherwise. */
export function effectiveClickhouseBackend(cfg: { readonly langfuse_clickhouse_backend?: unknown; readonly langfuse_version?: unknown }): 'bundled' | 'operator' {
  const backend = cfg.langfuse_clickhouse_backend;
  if (backend === 'bundled' || backend === 'operator') return backend;
  return cfg.langfuse_version === 4 ? 'operator' : 'bundled';
}

/** Rules of langfuse_version, the ClickHouse backend and the v4 write modes (what Langfuse refuses, or loses data with). */
function langfuseVersionIssues(cfg: RawConfig): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const v4 = cfg.langfuse_version === 4;
  const backend = effectiveClickhouseBackend(cfg);
  if (v4 && backend === 'bundled') {
    issues.push({
      key: 'langfuse_clickhouse_backend',
      message: 'cannot be "bundled" with langfuse_version: 4: Langfuse v4 needs ClickHouse 25.12 or later and the chart\'s Bitnami ClickHouse is about 25.2; '
        + 'set langfuse_clickhouse_backend: operator (a new, empty ClickHouse: moving existing traces needs the upgrade path), or keep langfuse_version: 3',
    });
  }
  const mode = cfg.langfuse_v4_write_mode;
  if (!v4 && (mode === 'dual' || mode === 'events_only')) {
    issues.push({ key: 'langfuse_v4_write_mode', message: `cannot be "${mode}" without langfuse_version: 4: v3 only writes the legacy tables (set "legacy", or unset it)` });
  }
  if (isOn(cfg.langfuse_v4_historic_backfill)) {
    if (!v4) {
      issues.push({ key: 'langfuse_v4_historic_backfill', message: 'needs langfuse_version: 4: the backfill runs on the v4 worker' });
    } else if (mode === 'legacy') {
      issues.push({
        key: 'langfuse_v4_historic_backfill',
        message: 'must be false with langfuse_v4_write_mode: legacy: the backfill fills the events tables, which legacy mode neither writes nor reads (Langfuse\'s upgrade guide: start it once dual write is healthy)',
      });
    }
  }
  const stage = cfg.langfuse_clickhouse_migration;
  if (isSet(stage)) {
    if (backend !== 'operator') {
      issues.push({
        key: 'langfuse_clickhouse_migration',
        message: `needs langfuse_clickhouse_backend: operator, the ClickHouse it moves to (got "${backend}"); the bundled ClickHouse keeps running until cutover`,
      });
    }
    if (cfg.langfuse_version !== 3) {
      issues.push({
        key: 'langfuse_clickhouse_migration',
        message: 'needs langfuse_version: 3: the schema Job and the copy carry Langfuse 3.224.1\'s tables over, so the v4 server comes after cleanup',
      });
    }
  }
  if (cfg.langfuse_v4_events_only_confirmed === true && !(v4 && (mode ?? 'events_only') === 'events_only')) {
    issues.push({
      key: 'langfuse_v4_events_only_confirmed',
      message: 'only confirms langfuse_v4_write_mode: events_only with langfuse_version: 4; remove it, or set that mode',
    });
  }
  const image = cfg.langfuse_clickhouse_image;
  const version = typeof image === 'string' ? clickhouseImageVersion(image) : undefined;
  const [minMajor, minMinor] = LANGFUSE_V4_MIN_CLICKHOUSE;
  if (v4 && version && (version[0] < minMajor || (version[0] === minMajor && version[1] < minMinor))) {
    issues.push({ key: 'langfuse_clickhouse_image', message: `must be ClickHouse ${minMajor}.${minMinor} or later with langfuse_version: 4 (got ${version.join('.')})` });
  }
  return issues;
}
