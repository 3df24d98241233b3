"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceSwitchIssues = referenceSwitchIssues;
const raw_config_1 = require("./raw-config");
/**
 * Rules between the keys of the reference-switch block (lib/config/switch-schema.ts) and the rest
 * of the config; like the other cross-field rules they read the config loosely. Called by
 * `crossFieldIssues` once Langfuse is enabled.
 */
function referenceSwitchIssues(cfg) {
    const { issues, requireKey } = (0, raw_config_1.issueCollector)(cfg);
    // decryption.secretRef is a LocalObjectReference: kustomize-controller reads it in the Kustomization's namespace.
    const ksNamespace = cfg.flux_kustomization_namespace ?? cfg.flux_namespace ?? 'flux-system';
    const sopsNamespace = cfg.flux_sops_secret_namespace;
    if ((0, raw_config_1.isSet)(sopsNamespace) && sopsNamespace !== ksNamespace && (cfg.flux_sops_secret_name ?? 'sops-age') !== '') {
        issues.push({
            key: 'flux_sops_secret_name',
            message: `must be "" when the age key Secret is in namespace ${String(sopsNamespace)} and the Kustomization in ${String(ksNamespace)}: `
                + 'decryption.secretRef is read in the Kustomization\'s own namespace; "" relies on kustomize-controller\'s --sops-age-secret, '
                + 'or copy the Secret into that namespace and unset flux_sops_secret_namespace',
        });
    }
    const barman = cfg.barman_cloud_flux_dependency;
    const legacyName = cfg.cnpg_barman_plugin_kustomization;
    const legacyNamespace = cfg.cnpg_barman_plugin_kustomization_namespace;
    // the pair has defaults: only values other than those count as set
    const legacySet = ((0, raw_config_1.isSet)(legacyName) && legacyName !== 'barman-cloud') || ((0, raw_config_1.isSet)(legacyNamespace) && legacyNamespace !== 'cnpg-system');
    if (typeof barman === 'string' && barman !== '' && legacySet && barman !== `${String(legacyNamespace ?? 'cnpg-system')}/${String(legacyName ?? 'barman-cloud')}`) {
        issues.push({
            key: 'barman_cloud_flux_dependency',
            message: 'conflicts with cnpg_barman_plugin_kustomization / cnpg_barman_plugin_kustomization_namespace: set one of them (barman_cloud_flux_dependency replaces the pair)',
        });
    }
    const litellmKeys = ['litellm_langfuse_public_key', 'litellm_langfuse_secret_key'];
    if (litellmKeys.some((k) => (0, raw_config_1.isSet)(cfg[k]))) {
        for (const key of litellmKeys)
            requireKey(key, 'when either LiteLLM Langfuse key is set (set both or neither)');
    }
    const tuned = (0, raw_config_1.isSet)(cfg.litellm_langfuse_sample_rate) || (Array.isArray(cfg.litellm_langfuse_default_tags) && cfg.litellm_langfuse_default_tags.length > 0);
    if ((0, raw_config_1.isOn)(cfg.litellm_enabled) && tuned && cfg.litellm_langfuse_callback !== 'langfuse') {
        issues.push({
            key: 'litellm_langfuse_callback',
            message: 'must be "langfuse" with litellm_langfuse_sample_rate or litellm_langfuse_default_tags: they are settings of LiteLLM\'s langfuse callback, which langfuse_otel does not read',
        });
    }
    if ((0, raw_config_1.isOn)(cfg.dragonfly_enabled) && (0, raw_config_1.isOn)(cfg.dragonfly_acl_enabled) && cfg.dragonfly_acl_default_user === 'all-keys') {
        requireKey('dragonfly_password', 'when dragonfly_acl_default_user is "all-keys": it is the default user\'s password');
    }
    const extraUsers = Array.isArray(cfg.dragonfly_acl_extra_users) ? cfg.dragonfly_acl_extra_users : [];
    const instanceUser = cfg.langfuse_instance_name ?? 'langfuse';
    const seen = new Set();
    extraUsers.forEach((user, i) => {
        if (user === null || typeof user !== 'object')
            return;
        if (user.username === instanceUser) {
            issues.push({ key: `dragonfly_acl_extra_users.${i}.username`, message: `must not be "${String(instanceUser)}": that is Langfuse's own ACL user (langfuse_instance_name)` });
        }
        else if (seen.has(user.username)) {
            issues.push({ key: `dragonfly_acl_extra_users.${i}.username`, message: 'must not repeat another user of dragonfly_acl_extra_users' });
        }
        seen.add(user.username);
    });
    if (extraUsers.length > 0 && !((0, raw_config_1.isOn)(cfg.dragonfly_enabled) && (0, raw_config_1.isOn)(cfg.dragonfly_acl_enabled))) {
        issues.push({ key: 'dragonfly_acl_extra_users', message: 'needs dragonfly_enabled and dragonfly_acl_enabled: true (the users go into the acl.conf this tool writes)' });
    }
    if ((0, raw_config_1.isOn)(cfg.langfuse_scim_sync_enabled)) {
        if (!(0, raw_config_1.isOn)(cfg.keycloak_enabled))
            issues.push({ key: 'langfuse_scim_sync_enabled', message: 'needs keycloak_enabled: true (the sync reads the users\' roles from Keycloak)' });
        const because = 'when langfuse_scim_sync_enabled is true';
        for (const key of ['langfuse_scim_public_key', 'langfuse_scim_secret_key', 'langfuse_sync_keycloak_client_secret', 'keycloak_realm'])
            requireKey(key, because);
        if (cfg.keycloak_client_form === 'realm-import') {
            issues.push({ key: 'langfuse_scim_sync_enabled', message: 'needs keycloak_client_form: config-cli (the service-account client is a keycloak-config-cli fragment; a KeycloakRealmImport only creates realms)' });
        }
    }
    if ((0, raw_config_1.isOn)(cfg.rustfs_bucket_setup_enabled) && !(0, raw_config_1.isOn)(cfg.rustfs_enabled)) {
        issues.push({ key: 'rustfs_bucket_setup_enabled', message: 'needs rustfs_enabled: true (the bundled MinIO creates its own buckets)' });
    }
    if ((0, raw_config_1.isOn)(cfg.network_policies_neighbours_enabled) && (!(0, raw_config_1.isOn)(cfg.network_policies_enabled) || (cfg.network_policies_engine ?? 'cilium') !== 'cilium')) {
        issues.push({
            key: 'network_policies_neighbours_enabled',
            message: 'needs network_policies_enabled: true and network_policies_engine: cilium (the neighbours\' rules are allow-only CiliumNetworkPolicies; '
                + 'a plain NetworkPolicy would put the neighbour\'s pods into default deny)',
        });
    }
    return issues;
}
