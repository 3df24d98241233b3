"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GATED_KEYS = void 0;
exports.inertKeys = inertKeys;
const derive_1 = require("../settings/derive");
const clickhouse_migration_stage_1 = require("../clickhouse/clickhouse-migration-stage");
const cross_field_rules_1 = require("./cross-field-rules");
const sso = (c) => (0, derive_1.ssoEnabled)(c.keycloak_enabled, c.langfuse_sso_enabled);
const realmImport = (c) => sso(c) && c.keycloak_client_form === 'realm-import';
const acl = (c) => c.dragonfly_enabled && c.dragonfly_acl_enabled;
const monitoring = (c) => (0, derive_1.monitoringEnabled)(c.monitoring_enabled, c.langfuse_monitoring_enabled);
const tracing = (c) => (0, derive_1.tracingEnabled)(c.tracing_enabled, c.langfuse_tracing_enabled);
const backups = (c) => (0, derive_1.backupEnabled)(c.rustfs_enabled, c.langfuse_backup_enabled, (0, derive_1.backupCredentials)({ accessKey: c.langfuse_backup_s3_access_key, secretKey: c.langfuse_backup_s3_secret_key }, { accessKey: c.langfuse_s3_access_key, secretKey: c.langfuse_s3_secret_key }));
const operator = (c) => (0, cross_field_rules_1.effectiveClickhouseBackend)(c) === 'operator';
/**
 * The bundled ClickHouse's settings count: on the bundled backend, and during a migration until
 * cleanup, since the bundled one serves until cutover and a step back from cutover brings it back
 * on its old volumes (cluster mode included).
 */
const bundledClickHouse = (c) => !operator(c)
    || (c.langfuse_clickhouse_migration !== undefined && (0, clickhouse_migration_stage_1.hasMigrationApp)(c.langfuse_clickhouse_migration));
const headlessInit = (c) => Boolean(c.langfuse_init_org_id && c.langfuse_init_user_email && c.langfuse_init_user_password);
const route = (c) => c.langfuse_httproute_enabled;
const llmConnection = (c) => c.litellm_enabled && c.litellm_llm_connection_enabled;
const litellmCallback = (c) => c.litellm_enabled && c.litellm_langfuse_enabled;
const roleSync = (c) => c.keycloak_enabled && c.langfuse_scim_sync_enabled;
const barmanPlugin = (c) => backups(c) && c.cnpg_barman_plugin_enabled;
const SSO = 'SSO (keycloak_enabled and langfuse_sso_enabled)';
const ACL = 'the Dragonfly ACL (dragonfly_enabled and dragonfly_acl_enabled)';
const MONITORING = 'monitoring (monitoring_enabled and langfuse_monitoring_enabled)';
const TRACING = 'tracing (tracing_enabled and langfuse_tracing_enabled)';
const BACKUPS = 'backups (langfuse_backup_enabled with rustfs_enabled)';
const OPERATOR = 'the operator backend (langfuse_clickhouse_backend: operator, the default with langfuse_version: 4)';
const INIT = 'headless initialization (langfuse_init_org_id, langfuse_init_user_email and langfuse_init_user_password)';
const ROUTE = 'langfuse_httproute_enabled: true';
const LLM_CONNECTION = 'the LLM connection (litellm_enabled and litellm_llm_connection_enabled)';
const LITELLM_CALLBACK = 'LiteLLM\'s Langfuse callback (litellm_enabled and litellm_langfuse_enabled)';
const ROLE_SYNC = 'the role sync (keycloak_enabled and langfuse_scim_sync_enabled)';
const gated = (needs, open, keys, when = 'set') => keys.map((key) => ({ key, when, open, needs }));
/**
 * Every key that does nothing unless another key opens its gate, with that gate: the one place
 * the list lives (the gates are those of `toChartProps` and lib/settings/derive.ts). Keys whose
 * gate is a config error when closed (like `langfuse_backup_enabled` without RustFS) are not here:
 * the config is rejected instead.
 */
exports.GATED_KEYS = [
    ...gated('keycloak_enabled: true (SSO signs in with the cluster\'s Keycloak)', (c) => c.keycloak_enabled, ['langfuse_sso_enabled'], 'on'),
    ...gated(SSO, sso, ['langfuse_keycloak_client_secret', 'keycloak_subdomain']),
    // the role sync's client lives in the realm too (KEYCLOAK_REALM, the fragment's "realm") and is imported in the same form
    ...gated(`${SSO} or ${ROLE_SYNC}`, (c) => sso(c) || roleSync(c), ['keycloak_realm', 'keycloak_client_form']),
    ...gated('SSO and keycloak_client_form: realm-import', realmImport, ['keycloak_realm_exists', 'keycloak_cr_name']),
    ...gated(SSO, sso, ['keycloak_client_default_scopes', 'keycloak_client_optional_scopes']),
    ...gated(`${SSO} or ${ROLE_SYNC} (Langfuse and the Keycloak client app wait for Keycloak)`, (c) => sso(c) || roleSync(c), ['keycloak_flux_dependency']),
    ...gated(ROLE_SYNC, roleSync, [
        'langfuse_scim_public_key', 'langfuse_scim_secret_key', 'langfuse_scim_sync_image', 'langfuse_scim_sync_schedule',
        'langfuse_sync_keycloak_client_id', 'langfuse_sync_keycloak_client_secret', 'langfuse_role_mapping',
    ]),
    ...gated('dragonfly_enabled: true (the ACL is the shared Dragonfly\'s)', (c) => c.dragonfly_enabled, ['dragonfly_acl_enabled'], 'on'),
    ...gated('dragonfly_enabled: true', (c) => c.dragonfly_enabled, ['dragonfly_password']),
    ...gated(ACL, acl, ['dragonfly_langfuse_password', 'dragonfly_acl_name', 'dragonfly_acl_default_user']),
    ...gated('dragonfly_enabled: true (Langfuse waits for the shared Dragonfly)', (c) => c.dragonfly_enabled, ['dragonfly_flux_dependency']),
    ...gated('dragonfly_enabled: false (it is the password of the chart\'s bundled Valkey)', (c) => !c.dragonfly_enabled, ['langfuse_redis_password']),
    ...gated('monitoring_enabled: true (the cluster\'s Prometheus Operator and Grafana)', (c) => c.monitoring_enabled, ['langfuse_monitoring_enabled'], 'on'),
    ...gated(MONITORING, monitoring, ['langfuse_statsd_exporter_image', 'langfuse_dashboard_folder', 'langfuse_monitoring_labels']),
    ...gated('tracing_enabled: true (the cluster\'s Tempo)', (c) => c.tracing_enabled, ['langfuse_tracing_enabled'], 'on'),
    ...gated(TRACING, tracing, ['langfuse_trace_sampling_ratio', 'tracing_otlp_endpoint']),
    ...gated(BACKUPS, backups, [
        'langfuse_backup_s3_access_key', 'langfuse_backup_s3_secret_key', 'langfuse_backup_retention', 'langfuse_backup_schedule', 'cnpg_barman_plugin_enabled',
        'langfuse_postgres_backup_server_name',
    ]),
    ...gated('backups through the Barman Cloud plugin (cnpg_barman_plugin_enabled: true)', barmanPlugin, ['cnpg_barman_plugin_kustomization', 'cnpg_barman_plugin_kustomization_namespace', 'barman_cloud_flux_dependency']),
    ...gated('ClickHouse backups (langfuse_clickhouse_backup_enabled with backups)', (c) => backups(c) && c.langfuse_clickhouse_backup_enabled, ['langfuse_clickhouse_backup_schedule', 'langfuse_clickhouse_backup_retention']),
    ...gated('rustfs_enabled: true (the bundled MinIO has its own endpoint)', (c) => c.rustfs_enabled, ['langfuse_s3_endpoint', 'langfuse_s3_region']),
    ...gated('rustfs_enabled: true (Langfuse and the bucket Job wait for RustFS)', (c) => c.rustfs_enabled, ['rustfs_flux_dependency']),
    ...gated('the bucket Job (rustfs_enabled and rustfs_bucket_setup_enabled)', (c) => c.rustfs_enabled && c.rustfs_bucket_setup_enabled, ['rustfs_admin_secret_name']),
    ...gated('the bundled ClickHouse (the operator backend always runs replicated tables with Keeper; a migration keeps the bundled one until cleanup)', bundledClickHouse, ['langfuse_clickhouse_cluster_enabled'], 'on'),
    ...gated('the bundled ClickHouse in cluster mode (langfuse_clickhouse_cluster_enabled)', (c) => bundledClickHouse(c) && c.langfuse_clickhouse_cluster_enabled, ['langfuse_zookeeper_storage']),
    ...gated(OPERATOR, operator, [
        'langfuse_clickhouse_keeper_replicas', 'langfuse_clickhouse_keeper_storage', 'langfuse_clickhouse_image', 'langfuse_clickhouse_keeper_image',
    ]),
    ...gated(`${OPERATOR} and clickhouse_operator_install: false (with the install on, Langfuse waits for the emitted clickhouse-operator Kustomization)`, (c) => operator(c) && !c.clickhouse_operator_install, ['clickhouse_operator_kustomization', 'clickhouse_operator_kustomization_namespace']),
    ...gated(`${OPERATOR} or clickhouse_operator_install: true`, (c) => operator(c) || c.clickhouse_operator_install, ['clickhouse_operator_namespace']),
    ...gated('langfuse_autoscaling_enabled: true', (c) => c.langfuse_autoscaling_enabled, ['langfuse_web_max_replicas', 'langfuse_worker_max_replicas']),
    ...gated('network_policies_enabled: true', (c) => c.network_policies_enabled, ['network_policies_mode', 'network_policies_engine', 'langfuse_ingress_namespaces']),
    ...gated(ROUTE, route, ['langfuse_internal_gateway_enabled'], 'on'),
    ...gated(ROUTE, route, ['langfuse_httproute_namespace', 'langfuse_gateway_namespace', 'langfuse_gateway_external', 'langfuse_gateway_section_name']),
    ...gated(`${ROUTE} and langfuse_internal_gateway_enabled: true`, (c) => route(c) && c.langfuse_internal_gateway_enabled, ['langfuse_gateway_internal']),
    ...gated('langfuse_smtp_url', (c) => c.langfuse_smtp_url !== undefined, ['langfuse_email_from']),
    ...gated('cnpg_storage_class unset (it is the fallback)', (c) => c.cnpg_storage_class === undefined, ['storage_class']),
    ...gated(INIT, headlessInit, ['langfuse_init_org_name', 'langfuse_init_user_name']),
    ...gated(`${INIT} and langfuse_init_project_id`, (c) => headlessInit(c) && c.langfuse_init_project_id !== undefined, ['langfuse_init_project_name', 'langfuse_init_project_retention']),
    ...gated('langfuse_default_org_role', (c) => c.langfuse_default_org_role !== undefined, ['langfuse_default_org_id']),
    ...gated('langfuse_default_project_role', (c) => c.langfuse_default_project_role !== undefined, ['langfuse_default_project_id']),
    ...gated('litellm_enabled: true', (c) => c.litellm_enabled, [
        'litellm_langfuse_enabled', 'litellm_llm_connection_enabled', 'litellm_langfuse_public_key', 'litellm_langfuse_secret_key',
    ]),
    ...gated(LITELLM_CALLBACK, litellmCallback, ['litellm_langfuse_callback', 'litellm_langfuse_host', 'litellm_langfuse_sample_rate', 'litellm_langfuse_default_tags']),
    ...gated(LLM_CONNECTION, llmConnection, ['litellm_api_key', 'litellm_llm_connection_provider', 'litellm_llm_connection_models']),
];
/**
 * The keys a config file sets that do nothing in this config, each with the gate that would make
 * it count. `setKeys` are the keys the file itself sets (defaults and profile values never count).
 * Nothing is reported for a disabled instance: with `langfuse_enabled: false` every key is idle.
 */
function inertKeys(cfg, setKeys) {
    if (!cfg.langfuse_enabled)
        return [];
    return exports.GATED_KEYS.filter((g) => setKeys.has(g.key) && (g.when === 'set' || cfg[g.key] === true) && !g.open(cfg))
        .map((g) => ({ key: g.key, message: `is ignored: it only takes effect with ${g.needs}; remove it, or turn its gate on` }));
}
