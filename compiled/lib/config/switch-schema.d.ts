import { z } from 'zod';
/**
 * The config keys that let a cluster running the reference deployment switch to this tool without
 * losing data or wiring, with the reference's names where it had the setting: the Flux identity of
 * the app (where its Kustomization lives, what it depends on), the neighbours' side of the wiring
 * (Dragonfly's other tenants, Keycloak's config Job, LiteLLM's callback, RustFS buckets and
 * policies) and the reference's SCIM role sync. Every default keeps the output of a config that sets
 * none of them. `import-reference` fills them from a reference `cluster.yaml`.
 */
export declare const referenceSwitchShape: {
    flux_kustomization_namespace: z.ZodOptional<z.ZodString>;
    flux_sops_secret_namespace: z.ZodOptional<z.ZodString>;
    cnpg_database_object_name: z.ZodOptional<z.ZodString>;
    cnpg_flux_dependency: z.ZodDefault<z.ZodString>;
    barman_cloud_flux_dependency: z.ZodOptional<z.ZodString>;
    dragonfly_flux_dependency: z.ZodDefault<z.ZodString>;
    rustfs_flux_dependency: z.ZodDefault<z.ZodString>;
    keycloak_flux_dependency: z.ZodDefault<z.ZodString>;
    coredns_flux_dependency: z.ZodDefault<z.ZodString>;
    dragonfly_acl_extra_users: z.ZodDefault<z.ZodArray<z.ZodObject<{
        username: z.ZodString;
        password: z.ZodString;
        keys: z.ZodDefault<z.ZodArray<z.ZodString>>;
        channels: z.ZodDefault<z.ZodUnion<readonly [z.ZodLiteral<"all">, z.ZodArray<z.ZodString>]>>;
        commands: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>>;
    dragonfly_acl_default_user: z.ZodDefault<z.ZodEnum<{
        "ping-only": "ping-only";
        "all-keys": "all-keys";
    }>>;
    keycloak_client_default_scopes: z.ZodDefault<z.ZodArray<z.ZodString>>;
    keycloak_client_optional_scopes: z.ZodDefault<z.ZodArray<z.ZodString>>;
    litellm_langfuse_enabled: z.ZodDefault<z.ZodBoolean>;
    litellm_langfuse_host: z.ZodOptional<z.ZodString>;
    litellm_langfuse_public_key: z.ZodOptional<z.ZodString>;
    litellm_langfuse_secret_key: z.ZodOptional<z.ZodString>;
    litellm_langfuse_sample_rate: z.ZodOptional<z.ZodPipe<z.ZodUnion<readonly [z.ZodNumber, z.ZodString]>, z.ZodTransform<number, string | number>>>;
    litellm_langfuse_default_tags: z.ZodDefault<z.ZodArray<z.ZodString>>;
    langfuse_ingress_namespaces: z.ZodDefault<z.ZodArray<z.ZodString>>;
    network_policies_neighbours_enabled: z.ZodDefault<z.ZodBoolean>;
    rustfs_bucket_setup_enabled: z.ZodDefault<z.ZodBoolean>;
    rustfs_admin_secret_name: z.ZodDefault<z.ZodString>;
    langfuse_scim_sync_enabled: z.ZodDefault<z.ZodBoolean>;
    langfuse_scim_sync_schedule: z.ZodDefault<z.ZodString>;
    langfuse_scim_public_key: z.ZodOptional<z.ZodString>;
    langfuse_scim_secret_key: z.ZodOptional<z.ZodString>;
    langfuse_sync_keycloak_client_id: z.ZodDefault<z.ZodString>;
    langfuse_sync_keycloak_client_secret: z.ZodOptional<z.ZodString>;
    langfuse_role_mapping: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodEnum<{
        OWNER: "OWNER";
        ADMIN: "ADMIN";
        MEMBER: "MEMBER";
        VIEWER: "VIEWER";
        NONE: "NONE";
    }>>>;
    langfuse_scim_sync_image: z.ZodDefault<z.ZodString>;
};
