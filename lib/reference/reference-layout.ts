/**
 * The names the reference deployment (MatherlyNet/talos-cluster at c999e057, described in
 * ../shared/docs/reference-deployment.md) gives the objects around Langfuse, as its rendered tree
 * and its templates have them. `import-reference` fills the config's identity keys with these, the
 * switch runbook names them, and tests compare the emitted tree with them.
 */

/** Where the reference's Flux Kustomization really lives: `kubernetes/apps/ai-system/kustomization.yaml` sets `namespace: ai-system`. */
export const REFERENCE_KUSTOMIZATION = { name: 'langfuse', namespace: 'ai-system' } as const;

/** The namespace of Langfuse and of every Kustomization the ai-system parent includes. */
export const REFERENCE_NAMESPACE = 'ai-system';

/** The reference's `dependsOn` (ks.yaml.j2): always CoreDNS and CloudNativePG, Dragonfly, RustFS and Keycloak when on. */
export const REFERENCE_DEPENDENCIES = {
  coredns: 'kube-system/coredns',
  cnpg: 'cnpg-system/cloudnative-pg',
  dragonfly: 'cache/dragonfly',
  rustfs: 'storage/rustfs',
  keycloak: 'identity/keycloak',
  /** The reference's Barman Cloud plugin Kustomization (its ks.yaml in cnpg-system/barman-cloud-plugin/). */
  barmanCloud: 'cnpg-system/barman-cloud-plugin',
} as const;

/** The reference's age key: the bootstrap Secret `sops-age` in flux-system, read controller-wide (`--sops-age-secret`). */
export const REFERENCE_SOPS_SECRET = { name: 'sops-age', namespace: 'flux-system' } as const;

/** The stateful objects and their Secrets, which must keep their names across the switch. */
export const REFERENCE_POSTGRES = {
  cluster: 'langfuse-postgresql',
  rwService: 'langfuse-postgresql-rw',
  database: 'langfuse',
  owner: 'langfuse',
  /** The reference's Database CR (postgresql.yaml.j2). */
  databaseObject: 'langfuse-db-langfuse',
  objectStore: 'langfuse-objectstore',
} as const;

/** The Secrets of the reference's secret.sops.yaml, all in ai-system. */
export const REFERENCE_SECRETS = [
  'langfuse-credentials', 'langfuse-postgresql-credentials', 'langfuse-clickhouse-credentials', 'langfuse-s3-credentials',
  'langfuse-backup-credentials', 'langfuse-keycloak-credentials', 'langfuse-smtp-credentials', 'langfuse-redis-credentials', 'langfuse-init-credentials',
] as const;

/** The reference's SCIM objects (sync-*.yaml.j2). */
export const REFERENCE_ROLE_SYNC = {
  cronJob: 'langfuse-role-sync',
  secret: 'langfuse-sync-secret',
  configMap: 'langfuse-sync-config',
  scriptConfigMap: 'langfuse-sync-script',
} as const;

/** The reference's route: HTTPRoute `network/langfuse` (envoy-gateway's httproutes.yaml) and its ReferenceGrant in ai-system. */
export const REFERENCE_ROUTE = { namespace: 'network', name: 'langfuse', referenceGrant: 'langfuse-network-access' } as const;

/**
 * The reference's keycloak-config-cli Job (identity/keycloak/config/config-job.yaml): it mounts the
 * ConfigMap `keycloak-realm-config` at /config (IMPORT_FILES_LOCATIONS=/config/*) and takes the
 * Secret `keycloak-realm-secrets` with envFrom; the realm file's Langfuse client reads
 * `$(env:LANGFUSE_CLIENT_ID)` and `$(env:LANGFUSE_CLIENT_SECRET)`.
 */
export const REFERENCE_KEYCLOAK_CONFIG_JOB = {
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
} as const;

/** The reference's Dragonfly: the CR `dragonfly` reads its ACL from the Secret `dragonfly-auth`, key acl.conf. */
export const REFERENCE_DRAGONFLY = { namespace: 'cache', cr: 'dragonfly', aclSecret: 'dragonfly-auth', aclKey: 'acl.conf' } as const;

/** Where the reference renders the Langfuse app, and its templates (task configure re-renders them). */
export const REFERENCE_PATHS = {
  app: 'kubernetes/apps/ai-system/langfuse',
  templates: 'templates/config/kubernetes/apps/ai-system/langfuse',
  parentKustomization: 'kubernetes/apps/ai-system/kustomization.yaml',
  parentTemplate: 'templates/config/kubernetes/apps/ai-system/kustomization.yaml.j2',
} as const;

/** Files of the reference's Langfuse app folder (relative to REFERENCE_PATHS.app), the ones its templates can render. */
export const REFERENCE_APP_FILES: readonly string[] = [
  'ks.yaml', 'app/kustomization.yaml', 'app/helmrepository.yaml', 'app/helmrelease.yaml', 'app/postgresql.yaml', 'app/secret.sops.yaml',
  'app/referencegrant.yaml', 'app/servicemonitor.yaml', 'app/dashboard-configmap.yaml', 'app/networkpolicy.yaml', 'app/sync-cronjob.yaml',
  'app/sync-secret.sops.yaml', 'app/sync-configmap.yaml',
];

/** The reference's LiteLLM callback tuning, hard-coded in its litellm configmap.yaml.j2. */
export const REFERENCE_LITELLM_CALLBACK = {
  sampleRate: 0.2,
  defaultTags: ['cache_hit', 'cache_key', 'proxy_base_url', 'user_api_key_alias', 'user_api_key_user_id', 'user_api_key_user_email',
    'user_api_key_team_alias', 'semantic-similarity'],
} as const;

/** The namespace the reference admits Obot's MCP tools from (obot_enabled). */
export const REFERENCE_OBOT_NAMESPACE = 'obot-mcp';

/** The reference's default Keycloak realm (plugin.py writes it back when keycloak_realm is unset). */
export const REFERENCE_DEFAULT_REALM = 'matherlynet';

/** The Langfuse client's scopes in the reference's realm-config.yaml.j2. */
export const REFERENCE_CLIENT_SCOPES = { defaults: ['profile', 'email', 'offline_access'], optional: ['address', 'phone'] } as const;
