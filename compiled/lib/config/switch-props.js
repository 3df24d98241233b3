"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseFluxDependency = parseFluxDependency;
exports.fluxDependencies = fluxDependencies;
exports.barmanCloudFluxDependency = barmanCloudFluxDependency;
exports.roleSync = roleSync;
exports.litellmKeys = litellmKeys;
/**
 * The props that the keys of the reference-switch block (lib/config/switch-schema.ts) turn into;
 * `toChartProps` places them. Pure functions of the validated config.
 */
/** A `<namespace>/<name>` key value as a `dependsOn` entry; `null` for "". */
function parseFluxDependency(value) {
    if (value === '')
        return null;
    const [namespace, name] = value.split('/');
    return { name, namespace };
}
/** The shared services' Kustomizations, each only when it differs from the default (so a config without the keys keeps its output). */
function fluxDependencies(cfg) {
    const own = (value, fallback) => (value === fallback ? undefined : parseFluxDependency(value));
    return {
        cnpg: own(cfg.cnpg_flux_dependency, 'cnpg-system/cloudnative-pg'),
        dragonfly: own(cfg.dragonfly_flux_dependency, 'cache/dragonfly'),
        rustfs: own(cfg.rustfs_flux_dependency, 'storage/rustfs'),
        keycloak: own(cfg.keycloak_flux_dependency, 'identity/keycloak'),
        coredns: cfg.coredns_flux_dependency === '' ? undefined : parseFluxDependency(cfg.coredns_flux_dependency),
    };
}
/** The Barman Cloud plugin's Kustomization: barman_cloud_flux_dependency, else the older pair of keys it replaces. */
function barmanCloudFluxDependency(cfg) {
    return cfg.barman_cloud_flux_dependency !== undefined
        ? parseFluxDependency(cfg.barman_cloud_flux_dependency)
        : { name: cfg.cnpg_barman_plugin_kustomization, namespace: cfg.cnpg_barman_plugin_kustomization_namespace };
}
/** The role sync, when it is on (validation guarantees its keys). */
function roleSync(cfg) {
    if (!cfg.langfuse_scim_sync_enabled || !cfg.keycloak_enabled)
        return undefined;
    return {
        realm: cfg.keycloak_realm,
        orgApiKey: { publicKey: cfg.langfuse_scim_public_key, secretKey: cfg.langfuse_scim_secret_key },
        keycloakClient: { clientId: cfg.langfuse_sync_keycloak_client_id, clientSecret: cfg.langfuse_sync_keycloak_client_secret },
        schedule: cfg.langfuse_scim_sync_schedule,
        roleMapping: cfg.langfuse_role_mapping,
        image: cfg.langfuse_scim_sync_image,
    };
}
/** LiteLLM's own project keys, when set (else the init project keys apply). */
function litellmKeys(cfg) {
    return cfg.litellm_langfuse_public_key && cfg.litellm_langfuse_secret_key
        ? { publicKey: cfg.litellm_langfuse_public_key, secretKey: cfg.litellm_langfuse_secret_key }
        : undefined;
}
