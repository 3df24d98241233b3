"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SWITCH_KEY_PROBES = void 0;
/**
 * Probes of the reference-switch keys (lib/config/switch-schema.ts) for the configuration
 * reference: each changes its key in a config where the key matters, so the measured effect is the
 * key's own. Values only; the effect is measured (lib/config/affected-resources.ts).
 */
const S3 = { rustfs_enabled: true, langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key-0123456789' };
const ACL = { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_password: 'DragonflyPassword0123456789', dragonfly_langfuse_password: 'AclPassword0123456789' };
const SSO = { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };
const PROJECT = {
    langfuse_init_org_id: 'example', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123456789',
    langfuse_init_project_id: 'default', langfuse_init_project_public_key: 'pk-lf-0123456789', langfuse_init_project_secret_key: 'sk-lf-0123456789',
};
const LITELLM = { ...PROJECT, litellm_enabled: true, litellm_api_key: 'sk-litellm-0123456789', litellm_langfuse_callback: 'langfuse' };
const SCIM = {
    keycloak_enabled: true, keycloak_realm: 'main', langfuse_scim_sync_enabled: true, langfuse_scim_public_key: 'pk-lf-org-0123456789',
    langfuse_scim_secret_key: 'sk-lf-org-0123456789', langfuse_sync_keycloak_client_secret: 'SyncClientSecret0123456789',
};
const POLICIES = { network_policies_enabled: true };
exports.SWITCH_KEY_PROBES = {
    flux_kustomization_namespace: { value: 'ai-system', base: { flux_namespace: 'ai-system' } },
    flux_sops_secret_namespace: { value: 'flux-system', base: { flux_sops_secret_name: '' } },
    cnpg_database_object_name: { value: 'langfuse-db-langfuse' },
    cnpg_flux_dependency: { value: 'cnpg-system/cnpg' },
    barman_cloud_flux_dependency: { value: 'cnpg-system/barman-cloud-plugin', base: { ...S3, langfuse_backup_enabled: true } },
    dragonfly_flux_dependency: { value: 'cache/dragonfly-operator', base: ACL },
    rustfs_flux_dependency: { value: 'storage/rustfs-app', base: S3 },
    keycloak_flux_dependency: { value: 'identity/keycloak-app', base: SSO },
    coredns_flux_dependency: { value: 'kube-system/coredns' },
    dragonfly_acl_extra_users: { value: [{ username: 'litellm', password: 'LitellmPassword0123', keys: ['litellm:*'] }], base: ACL },
    dragonfly_acl_default_user: { value: 'all-keys', base: ACL },
    keycloak_client_default_scopes: { value: ['profile', 'email'], base: SSO },
    keycloak_client_optional_scopes: { value: ['address'], base: SSO },
    litellm_langfuse_enabled: { value: false, base: LITELLM },
    litellm_langfuse_host: { value: 'http://langfuse.example.com', base: LITELLM },
    litellm_langfuse_public_key: { value: 'lf_pk_0123456789', base: LITELLM, with: { litellm_langfuse_secret_key: 'lf_sk_0123456789' } },
    litellm_langfuse_secret_key: { value: 'lf_sk_9876543210', base: { ...LITELLM, litellm_langfuse_public_key: 'lf_pk_0123456789' } },
    litellm_langfuse_sample_rate: { value: 0.2, base: LITELLM },
    litellm_langfuse_default_tags: { value: ['cache_hit'], base: LITELLM },
    langfuse_ingress_namespaces: { value: ['obot-mcp'], base: POLICIES },
    network_policies_neighbours_enabled: { value: true, base: { ...POLICIES, ...S3 } },
    rustfs_bucket_setup_enabled: { value: true, base: S3 },
    rustfs_admin_secret_name: { value: 'rustfs-admin', base: { ...S3, rustfs_bucket_setup_enabled: true } },
    langfuse_scim_sync_enabled: { value: true, base: { ...SCIM, langfuse_scim_sync_enabled: false } },
    langfuse_scim_sync_schedule: { value: '*/15 * * * *', base: SCIM },
    langfuse_scim_public_key: { value: 'pk-lf-org-9876543210', base: SCIM },
    langfuse_scim_secret_key: { value: 'sk-lf-org-9876543210', base: SCIM },
    langfuse_sync_keycloak_client_id: { value: 'role-sync', base: SCIM },
    langfuse_sync_keycloak_client_secret: { value: 'OtherSyncSecret0123456789', base: SCIM },
    langfuse_role_mapping: { value: { admin: 'OWNER', default: 'NONE' }, base: SCIM },
    langfuse_scim_sync_image: { value: 'python:3.13-slim', base: SCIM },
};
