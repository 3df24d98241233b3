import { UPGRADE_PATH_REFERENCE } from '../config/config-warnings';
import { inertKeys } from '../config/inert-keys';
import { parseConfig } from '../config/load';
import { REFERENCE_DRAGONFLY_TENANTS } from './reference-keys';
import {
  REFERENCE_CLIENT_SCOPES, REFERENCE_DEFAULT_REALM, REFERENCE_DEPENDENCIES, REFERENCE_KUSTOMIZATION, REFERENCE_LITELLM_CALLBACK, REFERENCE_NAMESPACE,
  REFERENCE_OBOT_NAMESPACE, REFERENCE_POSTGRES, REFERENCE_ROUTE, REFERENCE_SOPS_SECRET,
} from './reference-layout';

/** What `import-reference` did with one setting. */
export type ImportDecisionKind = 'kept' | 'renamed' | 'converted' | 'added' | 'dropped';

/** One decision: the reference keys it reads, the config key it sets (none when dropped) and why. */
export interface ImportDecision {
  readonly kind: ImportDecisionKind;
  /** Keys of the reference's cluster.yaml; empty for a value taken from the reference's layout. */
  readonly from: readonly string[];
  /** The config key set; undefined for a dropped key. */
  readonly to?: string;
  /** Why, in a phrase that completes "kept:", "converted from X:", ... */
  readonly reason: string;
}

/** A converted config and every decision that made it. */
export interface ImportResult {
  /** The config for this tool, keys in no particular order (the writer orders them). */
  readonly config: Readonly<Record<string, unknown>>;
  /** One per config key set, and one per dropped reference key (unrelated keys together). */
  readonly decisions: readonly ImportDecision[];
  /** Keys of the cluster.yaml that are not Langfuse settings, dropped together. */
  readonly unrelated: readonly string[];
}

/** Reference keys with the same name and meaning here. */
const SAME_KEYS: readonly string[] = [
  'cloudflare_domain', 'storage_class', 'cnpg_storage_class', 'cnpg_postgres_image', 'cnpg_priority_class', 'monitoring_enabled', 'tracing_enabled',
  'network_policies_enabled', 'dragonfly_enabled', 'rustfs_enabled', 'keycloak_enabled', 'keycloak_subdomain', 'keycloak_realm', 'litellm_enabled',
  'langfuse_enabled', 'langfuse_subdomain', 'langfuse_nextauth_secret', 'langfuse_salt', 'langfuse_encryption_key', 'langfuse_postgres_instances',
  'langfuse_postgres_storage', 'langfuse_clickhouse_storage', 'langfuse_clickhouse_replicas', 'langfuse_s3_access_key', 'langfuse_s3_secret_key',
  'langfuse_backup_s3_access_key', 'langfuse_backup_s3_secret_key', 'langfuse_disable_password_auth', 'langfuse_sso_domain_enforcement',
  'langfuse_disable_signup', 'langfuse_monitoring_enabled', 'langfuse_log_level', 'langfuse_log_format', 'langfuse_cache_api_key_enabled',
  'langfuse_cache_api_key_ttl', 'langfuse_cache_prompt_enabled', 'langfuse_cache_prompt_ttl', 'langfuse_init_org_id', 'langfuse_init_org_name',
  'langfuse_init_user_email', 'langfuse_init_user_password', 'langfuse_init_user_name', 'langfuse_init_project_id', 'langfuse_init_project_name',
  'langfuse_default_org_id', 'langfuse_default_org_role', 'langfuse_default_project_id', 'langfuse_default_project_role',
  'langfuse_scim_sync_schedule', 'langfuse_scim_public_key', 'langfuse_scim_secret_key', 'langfuse_sync_keycloak_client_id',
  'langfuse_sync_keycloak_client_secret', 'langfuse_role_mapping',
  // template-only variables of the reference (its CUE schema rejects them, but a cluster.yaml may still carry them)
  'langfuse_zookeeper_storage', 'langfuse_backup_retention', 'langfuse_web_cpu_request', 'langfuse_web_memory_request', 'langfuse_web_memory_limit',
  'langfuse_worker_cpu_request', 'langfuse_worker_memory_request', 'langfuse_worker_memory_limit',
];

/** Reference keys the reference emitted under chart keys chart 1.5.x ignores, or never wired: the same value now takes effect. */
const NOW_EFFECTIVE: Readonly<Record<string, string>> = {
  langfuse_s3_concurrent_writes: 'now effective as s3.concurrency.writes (the reference\'s s3.concurrentWrites was ignored by the chart)',
  langfuse_s3_concurrent_reads: 'now effective as s3.concurrency.reads (the reference\'s s3.concurrentReads was ignored by the chart)',
  langfuse_media_bucket: 'now effective: new media go to this bucket (the reference\'s top-level mediaUpload was ignored, so media went to langfuse-events; old media stay readable)',
  langfuse_export_bucket: 'now effective: batch exports go to this bucket (the reference\'s top-level batchExport was ignored)',
  langfuse_media_max_size: 'now effective as LANGFUSE_S3_MEDIA_MAX_CONTENT_LENGTH (the reference\'s key was ignored)',
  langfuse_media_download_url_expiry: 'now effective as LANGFUSE_S3_MEDIA_DOWNLOAD_URL_EXPIRY_SECONDS (the reference\'s key was ignored)',
  langfuse_batch_export_enabled: 'now effective (the reference\'s batchExport.enabled was ignored)',
  langfuse_tracing_enabled: 'now effective through OTEL_* variables (the reference\'s otel: block was ignored); Tempo\'s policy must admit Langfuse on 4318',
  langfuse_trace_sampling_ratio: 'now effective as the OTEL sampler ratio of web (the reference\'s otel.samplingRatio was ignored)',
  langfuse_web_replicas: 'now effective as langfuse.web.replicas (the reference\'s web.replicaCount was ignored: it ran 1 replica)',
  langfuse_worker_replicas: 'now effective as langfuse.worker.replicas (the reference\'s worker.replicaCount was ignored: it ran 1 replica)',
  langfuse_smtp_url: 'now effective as SMTP_CONNECTION_URL (the reference\'s Secret was never wired into an env var)',
  langfuse_email_from: 'now effective as EMAIL_FROM_ADDRESS (unused by the reference)',
};

/** Reference keys read by the rules of importReference (besides SAME_KEYS and NOW_EFFECTIVE). */
const RULE_KEYS: readonly string[] = [
  'cluster_name', 'cnpg_enabled', 'cnpg_barman_plugin_enabled', 'network_policies_mode', 'dragonfly_acl_enabled', 'dragonfly_password',
  'dragonfly_langfuse_password', 'langfuse_postgres_password', 'langfuse_clickhouse_password', 'langfuse_clickhouse_cluster_enabled',
  'langfuse_keycloak_client_secret', 'langfuse_sso_enabled', 'langfuse_backup_enabled', 'langfuse_session_max_age', 'langfuse_init_project_retention',
  'langfuse_init_project_public_key', 'langfuse_init_project_secret_key', 'langfuse_scim_sync_enabled', 'langfuse_chart_version', 'obot_enabled',
  'litellm_langfuse_enabled', 'litellm_langfuse_host', 'litellm_langfuse_public_key', 'litellm_langfuse_secret_key',
  ...REFERENCE_DRAGONFLY_TENANTS.map((t) => t.passwordKey),
];

/** Every cluster.yaml key this import reads; the others are dropped as unrelated to Langfuse. */
export const REFERENCE_IMPORT_KEYS: readonly string[] = [...new Set([...SAME_KEYS, ...Object.keys(NOW_EFFECTIVE), ...RULE_KEYS])];

/**
 * Drops the keys that would do nothing in the converted config (the inert-key list synth --strict
 * refuses, `inertKeys`): they did nothing in the reference either, like `storage_class` next to
 * `cnpg_storage_class`, or the init organization name without headless initialization. A config
 * that does not validate is left as it is (the caller reports why).
 */
function dropInertKeys(config: Record<string, unknown>, decisions: ImportDecision[]): void {
  let inert: ReturnType<typeof inertKeys>;
  try {
    inert = inertKeys(parseConfig(config, 'imported config'), new Set(Object.keys(config)));
  } catch {
    return;
  }
  for (const { key } of inert) {
    const value = config[key];
    delete config[key];
    // a key the list calls inert that another rule still needs stays
    if (!validates(config)) {
      config[key] = value;
      continue;
    }
    const i = decisions.findIndex((d) => d.to === key);
    const from = i >= 0 ? decisions[i].from : [];
    const decision: ImportDecision = { kind: 'dropped', from: from.length > 0 ? from : [key], reason: `inert in the reference too: here it ${inertReason(inert, key)}` };
    if (i >= 0) decisions.splice(i, 1, decision);
    else decisions.push(decision);
  }
}

function validates(config: Record<string, unknown>): boolean {
  try {
    parseConfig(config, 'imported config');
    return true;
  } catch {
    return false;
  }
}

function inertReason(inert: ReturnType<typeof inertKeys>, key: string): string {
  return inert.find((k) => k.key === key)!.message.replace(/; remove it, or turn its gate on$/, '');
}

/** Langfuse's minimum project retention in days (the reference's schema allowed 1). */
const MIN_RETENTION_DAYS = 3;

/**
 * Converts a reference deployment's `cluster.yaml` (the whole file, with the other apps' keys) into a
 * config for this tool: the reference's values are kept wherever they work in its running cluster
 * (API keys in its `lf_pk_` form, passwords with any character), converted where the unit or the key
 * differs (session max age from seconds to minutes, `obot_enabled` to `langfuse_ingress_namespaces`,
 * the other Dragonfly users to `dragonfly_acl_extra_users`), derived as the reference's plugin.py
 * derives its gates (a flag without its secret was off there, and stays off), and completed with the
 * reference's layout (its Flux Kustomization in ai-system, its dependsOn names, its Database and route
 * names) so that synth with `--adopt` takes over the same objects under the same names.
 */
export function importReference(raw: Readonly<Record<string, unknown>>): ImportResult {
  const config: Record<string, unknown> = {};
  const decisions: ImportDecision[] = [];
  const handled = new Set<string>();
  const has = (key: string) => raw[key] !== undefined && raw[key] !== null && raw[key] !== '';
  const on = (key: string) => raw[key] === true;
  const set = (kind: ImportDecisionKind, to: string, value: unknown, from: readonly string[], reason: string) => {
    config[to] = value;
    decisions.push({ kind, from, to, reason });
    from.forEach((k) => handled.add(k));
  };
  const keep = (key: string, reason = 'same key, same meaning') => {
    if (has(key)) set('kept', key, raw[key], [key], reason);
    else handled.add(key);
  };
  const drop = (key: string, reason: string) => {
    if (raw[key] !== undefined) decisions.push({ kind: 'dropped', from: [key], reason });
    handled.add(key);
  };

  const langfuse = on('langfuse_enabled');
  const keycloak = on('keycloak_enabled');
  const rustfs = on('rustfs_enabled');
  const dragonfly = on('dragonfly_enabled');
  const acl = dragonfly && on('dragonfly_acl_enabled');
  const litellm = on('litellm_enabled');
  const policies = on('network_policies_enabled');

  for (const key of SAME_KEYS) keep(key);
  for (const [key, reason] of Object.entries(NOW_EFFECTIVE)) keep(key, reason);

  // --- what plugin.py derives, and what the reference layout implies
  set('added', 'langfuse_version', 3, [], 'set explicitly: the reference runs Langfuse v3 (an unset langfuse_version would warn at every synth); '
    + `v4 comes after the switch, through the staged upgrade (langfuse-cdk8s upgrade plan, ${UPGRADE_PATH_REFERENCE}), which keeps the traces`);
  set('added', 'langfuse_clickhouse_backend', 'bundled', [], 'set explicitly: the reference\'s ClickHouse is the chart\'s bundled one and holds every trace; '
    + 'the switch keeps it (the operator\'s ClickHouse is a later stage of the upgrade, never a switch)');
  set('added', 'langfuse_namespace', REFERENCE_NAMESPACE, [], 'the reference deploys into ai-system');
  if (langfuse) {
    const cnpg = raw.cnpg_enabled;
    if (cnpg === true) keep('cnpg_enabled');
    else set('converted', 'cnpg_enabled', true, ['cnpg_enabled'], 'the reference emits the CloudNativePG Cluster whatever cnpg_enabled says, and Langfuse needs it');
  } else keep('cnpg_enabled');

  if (has('cluster_name') && !has('langfuse_init_org_name')) {
    set('converted', 'langfuse_init_org_name', raw.cluster_name, ['cluster_name'],
      'the reference\'s default of the init organization name (plugin.py); an existing organization keeps its name either way');
  } else drop('cluster_name', 'only the default of langfuse_init_org_name in the reference, which the cluster.yaml sets');
  if (keycloak && !has('keycloak_realm')) set('converted', 'keycloak_realm', REFERENCE_DEFAULT_REALM, [], 'the reference\'s default realm (plugin.py writes it back when unset)');

  keep('langfuse_postgres_password', 'any character but whitespace works: the tool percent-encodes it in DATABASE_URL, where the reference pasted it raw');
  keep('langfuse_clickhouse_password', 'letters, digits and . _ ~ - / = work (Langfuse pastes it raw into its migration URL\'s query string, in the reference too)');
  keep('langfuse_clickhouse_cluster_enabled', 'a single node now runs without ZooKeeper (the reference deployed one; its volume stays, orphaned)');
  keep('network_policies_mode', 'audit now audits: no plain NetworkPolicy denies in audit mode (the reference\'s did, de facto)');
  // the reference's headless initialization creates the project and its keys only with all of these (plugin.py's gates)
  const projectInit = ['langfuse_init_org_id', 'langfuse_init_user_email', 'langfuse_init_user_password', 'langfuse_init_project_id'].every(has);
  for (const key of ['langfuse_init_project_public_key', 'langfuse_init_project_secret_key']) {
    if (projectInit) keep(key, 'Langfuse accepts this form (a warning notes it is not pk-lf-/sk-lf-); changing it would make headless initialization create a second API key');
    else drop(key, 'inert in the reference: its headless initialization creates the project keys only with langfuse_init_org_id, langfuse_init_user_email, '
      + 'langfuse_init_user_password and langfuse_init_project_id (here such keys without them are an error)');
  }
  if (has('langfuse_init_project_retention')) {
    const days = Number(raw.langfuse_init_project_retention);
    if (Number.isInteger(days) && days < MIN_RETENTION_DAYS) {
      set('converted', 'langfuse_init_project_retention', MIN_RETENTION_DAYS, ['langfuse_init_project_retention'],
        `${days} day${days === 1 ? '' : 's'} raised to ${MIN_RETENTION_DAYS}, Langfuse's minimum retention (the reference's schema allowed 1)`);
    } else keep('langfuse_init_project_retention');
  }
  if (has('langfuse_session_max_age')) {
    const seconds = Number(raw.langfuse_session_max_age);
    const minutes = Math.ceil(seconds / 60);
    set('converted', 'langfuse_session_max_age', minutes, ['langfuse_session_max_age'],
      `${seconds} seconds = ${minutes} minutes: Langfuse reads AUTH_SESSION_MAX_AGE in minutes (the reference validated seconds and passed the number unchanged, `
      + `so its running Langfuse read ${seconds} minutes)`);
  }

  const ssoFlag = on('langfuse_sso_enabled');
  const sso = langfuse && keycloak && ssoFlag && has('langfuse_keycloak_client_secret');
  if (ssoFlag && !sso) {
    set('converted', 'langfuse_sso_enabled', false, ['langfuse_sso_enabled'],
      `off, as in the reference: plugin.py turns SSO on only with keycloak_enabled and langfuse_keycloak_client_secret${keycloak ? '' : ' (Keycloak is off)'}`);
    drop('langfuse_keycloak_client_secret', 'SSO is off');
  }
  if (!sso && on('langfuse_disable_password_auth')) {
    set('converted', 'langfuse_disable_password_auth', false, ['langfuse_disable_password_auth'],
      'false: without SSO the password form is the only way to sign in (the reference hid it anyway, so nobody could)');
  }
  if (!(ssoFlag && !sso)) {
    keep('langfuse_sso_enabled');
    keep('langfuse_keycloak_client_secret', 'the same client secret in Langfuse and in Keycloak (rotate it: the reference\'s config-job.yaml annotation publishes client secrets)');
  }
  if (sso) {
    set('added', 'keycloak_client_default_scopes', [...REFERENCE_CLIENT_SCOPES.defaults], [], 'the reference\'s Langfuse client scopes (realm-config.yaml)');
    set('added', 'keycloak_client_optional_scopes', [...REFERENCE_CLIENT_SCOPES.optional], [], 'the reference\'s Langfuse client scopes (realm-config.yaml)');
  }

  const barmanPlugin = on('cnpg_enabled') && on('cnpg_barman_plugin_enabled');
  const backupFlag = on('langfuse_backup_enabled');
  const backupKeys = has('langfuse_s3_access_key') && has('langfuse_s3_secret_key');
  if (backupFlag && rustfs && backupKeys && barmanPlugin) {
    keep('langfuse_backup_enabled', 'WAL archiving continues into the same ObjectStore; a ScheduledBackup now also takes base backups (the reference took none)');
    keep('cnpg_barman_plugin_enabled');
    set('added', 'barman_cloud_flux_dependency', REFERENCE_DEPENDENCIES.barmanCloud, [], 'the reference\'s Barman Cloud plugin Kustomization');
  } else {
    if (backupFlag) {
      set('converted', 'langfuse_backup_enabled', false, ['langfuse_backup_enabled'],
        'off, as in effect in the reference: it archives WAL only with rustfs_enabled, langfuse_s3_access_key/secret_key and the Barman Cloud plugin '
        + '(cnpg_enabled and cnpg_barman_plugin_enabled); take a base backup before the switch (doctor --switch-from-reference)');
    } else drop('langfuse_backup_enabled', 'off');
    drop('cnpg_barman_plugin_enabled', 'only matters with backups, which are off');
  }

  if (dragonfly) {
    if (on('dragonfly_acl_enabled')) keep('dragonfly_acl_enabled', 'Langfuse\'s user is restricted to its key prefix langfuse:* (REDIS_KEY_PREFIX); drain the queues before the switch');
    else keep('dragonfly_acl_enabled');
  } else if (on('dragonfly_acl_enabled')) {
    set('converted', 'dragonfly_acl_enabled', false, ['dragonfly_acl_enabled'], 'off, as in the reference: plugin.py forces it off without dragonfly_enabled');
  } else keep('dragonfly_acl_enabled');
  keep('dragonfly_langfuse_password', 'any character but whitespace works: the tool percent-encodes it in REDIS_CONNECTION_STRING; keep it equal in the reference\'s dragonfly-auth');
  if (acl) {
    keep('dragonfly_password', 'the default user\'s password, as in the reference\'s acl.conf');
    set('added', 'dragonfly_acl_default_user', 'all-keys', ['dragonfly_password'], 'the reference\'s default user (~* allchannels +@all), for clients that connect without a user name');
    const tenants = REFERENCE_DRAGONFLY_TENANTS.filter((t) => has(t.passwordKey));
    if (tenants.length > 0) {
      set('converted', 'dragonfly_acl_extra_users', tenants.map((t) => ({
        username: t.username, password: raw[t.passwordKey], keys: [...t.keys], channels: t.channels === 'all' ? 'all' : [...t.channels], commands: [...t.commands],
      })), tenants.map((t) => t.passwordKey), `the other users of the shared Dragonfly (${tenants.map((t) => t.username).join(', ')}) with the reference's rules, `
        + 'so that the acl.conf this tool writes locks nobody out');
    }
  } else {
    keep('dragonfly_password');
    for (const tenant of REFERENCE_DRAGONFLY_TENANTS) drop(tenant.passwordKey, 'Dragonfly\'s ACL is off');
  }

  const scimFlag = on('langfuse_scim_sync_enabled');
  const scim = keycloak && scimFlag && ['langfuse_scim_public_key', 'langfuse_scim_secret_key', 'langfuse_sync_keycloak_client_secret'].every(has);
  if (scimFlag && !scim) {
    set('converted', 'langfuse_scim_sync_enabled', false, ['langfuse_scim_sync_enabled'],
      'off, as in the reference: plugin.py turns it on only with keycloak_enabled, both SCIM keys and langfuse_sync_keycloak_client_secret');
  } else keep('langfuse_scim_sync_enabled', scim ? 'the CronJob langfuse-role-sync, its Secret and ConfigMaps and the langfuse-sync client, under the reference\'s names (Enterprise)' : undefined);

  if (on('obot_enabled')) {
    set('converted', 'langfuse_ingress_namespaces', [REFERENCE_OBOT_NAMESPACE], ['obot_enabled'], 'the reference admits Obot\'s MCP tools from namespace obot-mcp to web on 3000');
  } else drop('obot_enabled', 'Obot is off');
  drop('langfuse_chart_version', 'the chart is pinned to 1.5.41 (Langfuse 3.224.1): the reference\'s "*" would move to the breaking chart 2.0.0 on its own');

  if (litellm) {
    const litellmLangfuse = on('litellm_langfuse_enabled') && has('litellm_langfuse_public_key') && has('litellm_langfuse_secret_key');
    if (on('litellm_langfuse_enabled') && !litellmLangfuse) {
      set('converted', 'litellm_langfuse_enabled', false, ['litellm_langfuse_enabled'], 'off, as in the reference: plugin.py needs both LiteLLM Langfuse keys');
    } else {
      set(litellmLangfuse ? 'kept' : 'converted', 'litellm_langfuse_enabled', litellmLangfuse, ['litellm_langfuse_enabled'],
        litellmLangfuse ? 'LiteLLM\'s Langfuse callback' : 'off, as in the reference (the key\'s default there)');
    }
    if (litellmLangfuse) {
      const sameKeys = projectInit && raw.litellm_langfuse_public_key === raw.langfuse_init_project_public_key && raw.litellm_langfuse_secret_key === raw.langfuse_init_project_secret_key;
      for (const key of ['litellm_langfuse_public_key', 'litellm_langfuse_secret_key']) {
        if (sameKeys) drop(key, 'equal to the init project key, which LiteLLM gets by default');
        else keep(key, 'LiteLLM keeps sending traces with its own project keys');
      }
      const inCluster = `http://langfuse-web.${REFERENCE_NAMESPACE}.svc.cluster.local:3000`;
      if (!has('litellm_langfuse_host') || raw.litellm_langfuse_host === inCluster) drop('litellm_langfuse_host', 'the in-cluster web Service, which is the default');
      else keep('litellm_langfuse_host');
      set('added', 'litellm_langfuse_callback', 'langfuse', [], 'the reference\'s LiteLLM uses the langfuse success and failure callback');
      set('added', 'litellm_langfuse_sample_rate', REFERENCE_LITELLM_CALLBACK.sampleRate, [], 'hard-coded in the reference\'s LiteLLM config (langfuse_sample_rate)');
      set('added', 'litellm_langfuse_default_tags', [...REFERENCE_LITELLM_CALLBACK.defaultTags], [], 'hard-coded in the reference\'s LiteLLM config (langfuse_default_tags)');
    } else {
      for (const key of ['litellm_langfuse_public_key', 'litellm_langfuse_secret_key', 'litellm_langfuse_host']) drop(key, 'LiteLLM\'s Langfuse callback is off');
    }
    set('added', 'litellm_llm_connection_enabled', false, [], 'the reference has no LLM connection; set it true with litellm_api_key to add one (playground, LLM-as-a-judge)');
  } else {
    for (const key of ['litellm_langfuse_enabled', 'litellm_langfuse_public_key', 'litellm_langfuse_secret_key', 'litellm_langfuse_host']) drop(key, 'LiteLLM is off');
  }

  // --- the reference's layout: the same Kustomization, dependsOn, objects and names
  set('added', 'flux_namespace', REFERENCE_KUSTOMIZATION.namespace,
    [], 'the reference\'s Kustomizations land in ai-system (its parent kubernetes/apps/ai-system/kustomization.yaml sets namespace:); '
      + 'a side app in another namespace folder takes that folder\'s namespace: (cache, identity, storage, network), which synth reads from the tree');
  set('added', 'flux_kustomization_namespace', REFERENCE_KUSTOMIZATION.namespace, [], 'the reference\'s Kustomization is ai-system/langfuse: the same object, so nothing is pruned by a rename');
  set('added', 'flux_sops_secret_name', '', [], 'the reference decrypts with kustomize-controller\'s --sops-age-secret, which a Kustomization in ai-system needs');
  set('added', 'flux_sops_secret_namespace', REFERENCE_SOPS_SECRET.namespace, [], 'the reference\'s age key Secret sops-age is in flux-system');
  set('added', 'coredns_flux_dependency', REFERENCE_DEPENDENCIES.coredns, [], 'the reference waits for CoreDNS');
  set('added', 'cnpg_flux_dependency', REFERENCE_DEPENDENCIES.cnpg, [], 'the reference\'s CloudNativePG Kustomization');
  if (dragonfly) set('added', 'dragonfly_flux_dependency', REFERENCE_DEPENDENCIES.dragonfly, [], 'the reference\'s Dragonfly Kustomization');
  if (rustfs) set('added', 'rustfs_flux_dependency', REFERENCE_DEPENDENCIES.rustfs, [], 'the reference\'s RustFS Kustomization');
  if (sso || scim) set('added', 'keycloak_flux_dependency', REFERENCE_DEPENDENCIES.keycloak, [], 'the reference\'s Keycloak Kustomization');
  if (sso || scim) {
    set('added', 'keycloak_client_form', 'config-cli-job', [], 'the reference\'s keycloak-config-apply Job mounts only its own realm file: a keycloak-config-cli Job of this tree '
      + 'imports the Langfuse clients with its own cache key and deletes no client; keep the Langfuse clients in the reference\'s realm file for as long as '
      + 'the reference\'s Job runs: it deletes every client its realm file no longer lists, and this Job does not run again to restore them');
  }
  set('added', 'cnpg_database_object_name', REFERENCE_POSTGRES.databaseObject, [], 'the reference\'s Database object, so it is updated in place rather than replaced');
  set('added', 'langfuse_httproute_namespace', REFERENCE_ROUTE.namespace, [],
    'the reference\'s route is network/langfuse with the ReferenceGrant langfuse-network-access: the same objects (remove the route from the reference\'s httproutes.yaml after the switch)');
  if (policies) {
    set('added', 'network_policies_neighbours_enabled', true, [],
      'the reference adds Langfuse\'s rules to the RustFS, Dragonfly and LiteLLM policies while its langfuse_enabled is on; these allow-only policies take them over');
  }
  if (rustfs) set('added', 'rustfs_bucket_setup_enabled', true, [], 'the reference\'s rustfs-bucket-setup Job creates the Langfuse buckets');

  dropInertKeys(config, decisions);
  const unrelated = Object.keys(raw).filter((k) => !handled.has(k)).sort();
  return { config, decisions, unrelated };
}
