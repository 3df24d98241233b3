/**
 * The names the reference deployment (MatherlyNet/talos-cluster at c999e057, described in
 * ../shared/docs/reference-deployment.md) gives the objects around Langfuse, as its rendered tree
 * and its templates have them. `import-reference` fills the config's identity keys with these, the
 * switch runbook names them, and tests compare the emitted tree with them.
 */
/** Where the reference's Flux Kustomization really lives: `kubernetes/apps/ai-system/kustomization.yaml` sets `namespace: ai-system`. */
export declare const REFERENCE_KUSTOMIZATION: {
    readonly name: "langfuse";
    readonly namespace: "ai-system";
};
/** The namespace of Langfuse and of every Kustomization the ai-system parent includes. */
export declare const REFERENCE_NAMESPACE = "ai-system";
/** The reference's `dependsOn` (ks.yaml.j2): always CoreDNS and CloudNativePG, Dragonfly, RustFS and Keycloak when on. */
export declare const REFERENCE_DEPENDENCIES: {
    readonly coredns: "kube-system/coredns";
    readonly cnpg: "cnpg-system/cloudnative-pg";
    readonly dragonfly: "cache/dragonfly";
    readonly rustfs: "storage/rustfs";
    readonly keycloak: "identity/keycloak";
    /** The reference's Barman Cloud plugin Kustomization (its ks.yaml in cnpg-system/barman-cloud-plugin/). */
    readonly barmanCloud: "cnpg-system/barman-cloud-plugin";
};
/** The reference's age key: the bootstrap Secret `sops-age` in flux-system, read controller-wide (`--sops-age-secret`). */
export declare const REFERENCE_SOPS_SECRET: {
    readonly name: "sops-age";
    readonly namespace: "flux-system";
};
/** The stateful objects and their Secrets, which must keep their names across the switch. */
export declare const REFERENCE_POSTGRES: {
    readonly cluster: "langfuse-postgresql";
    readonly rwService: "langfuse-postgresql-rw";
    readonly database: "langfuse";
    readonly owner: "langfuse";
    /** The reference's Database CR (postgresql.yaml.j2). */
    readonly databaseObject: "langfuse-db-langfuse";
    readonly objectStore: "langfuse-objectstore";
};
/** The Secrets of the reference's secret.sops.yaml, all in ai-system. */
export declare const REFERENCE_SECRETS: readonly ["langfuse-credentials", "langfuse-postgresql-credentials", "langfuse-clickhouse-credentials", "langfuse-s3-credentials", "langfuse-backup-credentials", "langfuse-keycloak-credentials", "langfuse-smtp-credentials", "langfuse-redis-credentials", "langfuse-init-credentials"];
/** The reference's SCIM objects (sync-*.yaml.j2). */
export declare const REFERENCE_ROLE_SYNC: {
    readonly cronJob: "langfuse-role-sync";
    readonly secret: "langfuse-sync-secret";
    readonly configMap: "langfuse-sync-config";
    readonly scriptConfigMap: "langfuse-sync-script";
};
/** The reference's route: HTTPRoute `network/langfuse` (envoy-gateway's httproutes.yaml) and its ReferenceGrant in ai-system. */
export declare const REFERENCE_ROUTE: {
    readonly namespace: "network";
    readonly name: "langfuse";
    readonly referenceGrant: "langfuse-network-access";
};
/**
 * The reference's keycloak-config-cli Job (identity/keycloak/config/config-job.yaml): it mounts the
 * ConfigMap `keycloak-realm-config` at /config (IMPORT_FILES_LOCATIONS=/config/*) and takes the
 * Secret `keycloak-realm-secrets` with envFrom; the realm file's Langfuse client reads
 * `$(env:LANGFUSE_CLIENT_ID)` and `$(env:LANGFUSE_CLIENT_SECRET)`.
 */
export declare const REFERENCE_KEYCLOAK_CONFIG_JOB: {
    readonly namespace: "identity";
    readonly job: "keycloak-config-apply";
    readonly container: "keycloak-config-cli";
    readonly volume: "realm-config";
    readonly mountPath: "/config";
    readonly realmConfigMap: "keycloak-realm-config";
    readonly realmSecret: "keycloak-realm-secrets";
    /** The folder of the Job's kustomization.yaml, relative to the repository root. */
    readonly folder: "kubernetes/apps/identity/keycloak/config";
    readonly clientIdEnv: "LANGFUSE_CLIENT_ID";
    readonly clientSecretEnv: "LANGFUSE_CLIENT_SECRET";
    readonly syncClientIdEnv: "LANGFUSE_SYNC_CLIENT_ID";
    readonly syncClientSecretEnv: "LANGFUSE_SYNC_CLIENT_SECRET";
};
/** The reference's Dragonfly: the CR `dragonfly` reads its ACL from the Secret `dragonfly-auth`, key acl.conf. */
export declare const REFERENCE_DRAGONFLY: {
    readonly namespace: "cache";
    readonly cr: "dragonfly";
    readonly aclSecret: "dragonfly-auth";
    readonly aclKey: "acl.conf";
};
/** Where the reference renders the Langfuse app, and its templates (task configure re-renders them). */
export declare const REFERENCE_PATHS: {
    readonly app: "kubernetes/apps/ai-system/langfuse";
    readonly templates: "templates/config/kubernetes/apps/ai-system/langfuse";
    readonly parentKustomization: "kubernetes/apps/ai-system/kustomization.yaml";
    readonly parentTemplate: "templates/config/kubernetes/apps/ai-system/kustomization.yaml.j2";
};
/** Files of the reference's Langfuse app folder (relative to REFERENCE_PATHS.app), the ones its templates can render. */
export declare const REFERENCE_APP_FILES: readonly string[];
/** The reference's LiteLLM callback tuning, hard-coded in its litellm configmap.yaml.j2. */
export declare const REFERENCE_LITELLM_CALLBACK: {
    readonly sampleRate: 0.2;
    readonly defaultTags: readonly ["cache_hit", "cache_key", "proxy_base_url", "user_api_key_alias", "user_api_key_user_id", "user_api_key_user_email", "user_api_key_team_alias", "semantic-similarity"];
};
/** The namespace the reference admits Obot's MCP tools from (obot_enabled). */
export declare const REFERENCE_OBOT_NAMESPACE = "obot-mcp";
/** The reference's default Keycloak realm (plugin.py writes it back when keycloak_realm is unset). */
export declare const REFERENCE_DEFAULT_REALM = "matherlynet";
/** The Langfuse client's scopes in the reference's realm-config.yaml.j2. */
export declare const REFERENCE_CLIENT_SCOPES: {
    readonly defaults: readonly ["profile", "email", "offline_access"];
    readonly optional: readonly ["address", "phone"];
};
