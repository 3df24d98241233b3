"use strict";
/**
 * The names the reference deployment (MatherlyNet/talos-cluster at c999e057, described in
 * ../shared/docs/reference-deployment.md) gives the objects around Langfuse, as its rendered tree
 * and its templates have them. `import-reference` fills the config's identity keys with these, the
 * switch runbook names them, and tests compare the emitted tree with them.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.REFERENCE_CLIENT_SCOPES = exports.REFERENCE_DEFAULT_REALM = exports.REFERENCE_OBOT_NAMESPACE = exports.REFERENCE_LITELLM_CALLBACK = exports.REFERENCE_APP_FILES = exports.REFERENCE_PATHS = exports.REFERENCE_DRAGONFLY = exports.REFERENCE_KEYCLOAK_CONFIG_JOB = exports.REFERENCE_ROUTE = exports.REFERENCE_ROLE_SYNC = exports.REFERENCE_SECRETS = exports.REFERENCE_POSTGRES = exports.REFERENCE_SOPS_SECRET = exports.REFERENCE_DEPENDENCIES = exports.REFERENCE_NAMESPACE = exports.REFERENCE_KUSTOMIZATION = void 0;
/** Where the reference's Flux Kustomization really lives: `kubernetes/apps/ai-system/kustomization.yaml` sets `namespace: ai-system`. */
exports.REFERENCE_KUSTOMIZATION = { name: 'langfuse', namespace: 'ai-system' };
/** The namespace of Langfuse and of every Kustomization the ai-system parent includes. */
exports.REFERENCE_NAMESPACE = 'ai-system';
/** The reference's `dependsOn` (ks.yaml.j2): always CoreDNS and CloudNativePG, Dragonfly, RustFS and Keycloak when on. */
exports.REFERENCE_DEPENDENCIES = {
    coredns: 'kube-system/coredns',
    cnpg: 'cnpg-system/cloudnative-pg',
    dragonfly: 'cache/dragonfly',
    rustfs: 'storage/rustfs',
    keycloak: 'identity/keycloak',
    /** The reference's Barman Cloud plugin Kustomization (its ks.yaml in cnpg-system/barman-cloud-plugin/). */
    barmanCloud: 'cnpg-system/barman-cloud-plugin',
};
/** The reference's age key: the bootstrap Secret `sops-age` in flux-system, read controller-wide (`--sops-age-secret`). */
exports.REFERENCE_SOPS_SECRET = { name: 'sops-age', namespace: 'flux-system' };
/** The stateful objects and their Secrets, which must keep their names across the switch. */
exports.REFERENCE_POSTGRES = {
    cluster: 'langfuse-postgresql',
    rwService: 'langfuse-postgresql-rw',
    database: 'langfuse',
    owner: 'langfuse',
    /** The reference's Database CR (postgresql.yaml.j2). */
    databaseObject: 'langfuse-db-langfuse',
    objectStore: 'langfuse-objectstore',
};
/** The Secrets of the reference's secret.sops.yaml, all in ai-system. */
exports.REFERENCE_SECRETS = [
    'langfuse-credentials', 'langfuse-postgresql-credentials', 'langfuse-clickhouse-credentials', 'langfuse-s3-credentials',
    'langfuse-backup-credentials', 'langfuse-keycloak-credentials', 'langfuse-smtp-credentials', 'langfuse-redis-credentials', 'langfuse-init-credentials',
];
/** The reference's SCIM objects (sync-*.yaml.j2). */
exports.REFERENCE_ROLE_SYNC = {
    cronJob: 'langfuse-role-sync',
    secret: 'langfuse-sync-secret',
    configMap: 'langfuse-sync-config',
    scriptConfigMap: 'langfuse-sync-script',
};
/** The reference's route: HTTPRoute `network/langfuse` (envoy-gateway's httproutes.yaml) and its ReferenceGrant in ai-system. */
exports.REFERENCE_ROUTE = { namespace: 'network', name: 'langfuse', referenceGrant: 'langfuse-network-access' };
/**
 * The reference's keycloak-config-cli Job (identity/keycloak/config/config-job.yaml): it mounts the
 * ConfigMap `keycloak-realm-config` at /config (IMPORT_FILES_LOCATIONS=/config/*) and takes the
 * Secret `keycloak-realm-secrets` with envFrom; the realm file's Langfuse client reads
 * `$(env:LANGFUSE_CLIENT_ID)` and `$(env:LANGFUSE_CLIENT_SECRET)`.
 */
exports.REFERENCE_KEYCLOAK_CONFIG_JOB = {
    namespace: 'identity',
    job: 'keycloak-config-apply',
    container: 'keycloak-config-cli',
    volume: 'realm-config',
    mountPath: '/config',
    realmConfigMap: 'keycloak-realm-config',
    realmSecret: 'keycloak-realm-secrets',
    /** The folder of the Job's kustomization.yaml, relative to the repository root. */
    folder: 'kubernetes/apps/identity/keycloak/config',
    clientIdEnv: 'LANGFUSE_CLIENT_ID',
    clientSecretEnv: 'LANGFUSE_CLIENT_SECRET',
    syncClientIdEnv: 'LANGFUSE_SYNC_CLIENT_ID',
    syncClientSecretEnv: 'LANGFUSE_SYNC_CLIENT_SECRET',
};
/** The reference's Dragonfly: the CR `dragonfly` reads its ACL from the Secret `dragonfly-auth`, key acl.conf. */
exports.REFERENCE_DRAGONFLY = { namespace: 'cache', cr: 'dragonfly', aclSecret: 'dragonfly-auth', aclKey: 'acl.conf' };
/** Where the reference renders the Langfuse app, and its templates (task configure re-renders them). */
exports.REFERENCE_PATHS = {
    app: 'kubernetes/apps/ai-system/langfuse',
    templates: 'templates/config/kubernetes/apps/ai-system/langfuse',
    parentKustomization: 'kubernetes/apps/ai-system/kustomization.yaml',
    parentTemplate: 'templates/config/kubernetes/apps/ai-system/kustomization.yaml.j2',
};
/** Files of the reference's Langfuse app folder (relative to REFERENCE_PATHS.app), the ones its templates can render. */
exports.REFERENCE_APP_FILES = [
    'ks.yaml', 'app/kustomization.yaml', 'app/helmrepository.yaml', 'app/helmrelease.yaml', 'app/postgresql.yaml', 'app/secret.sops.yaml',
    'app/referencegrant.yaml', 'app/servicemonitor.yaml', 'app/dashboard-configmap.yaml', 'app/networkpolicy.yaml', 'app/sync-cronjob.yaml',
    'app/sync-secret.sops.yaml', 'app/sync-configmap.yaml',
];
/** The reference's LiteLLM callback tuning, hard-coded in its litellm configmap.yaml.j2. */
exports.REFERENCE_LITELLM_CALLBACK = {
    sampleRate: 0.2,
    defaultTags: ['cache_hit', 'cache_key', 'proxy_base_url', 'user_api_key_alias', 'user_api_key_user_id', 'user_api_key_user_email',
        'user_api_key_team_alias', 'semantic-similarity'],
};
/** The namespace the reference admits Obot's MCP tools from (obot_enabled). */
exports.REFERENCE_OBOT_NAMESPACE = 'obot-mcp';
/** The reference's default Keycloak realm (plugin.py writes it back when keycloak_realm is unset). */
exports.REFERENCE_DEFAULT_REALM = 'matherlynet';
/** The Langfuse client's scopes in the reference's realm-config.yaml.j2. */
exports.REFERENCE_CLIENT_SCOPES = { defaults: ['profile', 'email', 'offline_access'], optional: ['address', 'phone'] };
