"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.referenceSwitchShape = void 0;
const zod_1 = require("zod");
const role_sync_defaults_1 = require("../identity/role-sync-defaults");
const fields_1 = require("./fields");
const switch_fields_1 = require("./switch-fields");
const orgRole = zod_1.z.enum(['OWNER', 'ADMIN', 'MEMBER', 'VIEWER', 'NONE'], { message: 'must be one of OWNER, ADMIN, MEMBER, VIEWER, NONE' });
/**
 * The config keys that let a cluster running the reference deployment switch to this tool without
 * losing data or wiring, with the reference's names where it had the setting: the Flux identity of
 * the app (where its Kustomization lives, what it depends on), the neighbours' side of the wiring
 * (Dragonfly's other tenants, Keycloak's config Job, LiteLLM's callback, RustFS buckets and
 * policies) and the reference's SCIM role sync. Every default keeps the output of a config that sets
 * none of them. `import-reference` fills them from a reference `cluster.yaml`.
 */
exports.referenceSwitchShape = {
    // --- Flux identity
    flux_kustomization_namespace: (0, fields_1.dnsLabel)().optional()
        .describe('Namespace of the Langfuse app\'s own Flux Kustomization (the one its neighbours depend on), and of its analytics and ClickHouse-migration apps, '
        + 'which it depends on and which decrypt with the same age key. Defaults to flux_namespace, which stays the namespace of the neighbour apps; '
        + 'the reference deployment\'s lands in its app namespace (ai-system) because the parent kustomization.yaml sets namespace:.'),
    flux_sops_secret_namespace: (0, fields_1.dnsLabel)().optional()
        .describe('Namespace of the age key Secret (flux_sops_secret_name). decryption.secretRef is read in the Kustomization\'s own namespace, so a key elsewhere '
        + 'needs flux_sops_secret_name: "" (the controller-wide --sops-age-secret, as the reference deployment does). Defaults to the Kustomization\'s namespace.'),
    cnpg_database_object_name: (0, fields_1.dnsLabel)().optional()
        .describe('metadata.name of the CloudNativePG Database object (the reference names it langfuse-db-langfuse). Defaults to <cluster>-langfuse.'),
    cnpg_flux_dependency: (0, switch_fields_1.fluxDependencyRef)().default('cnpg-system/cloudnative-pg')
        .describe('Flux Kustomization that installs CloudNativePG, as "<namespace>/<name>"; "" for none.'),
    barman_cloud_flux_dependency: (0, switch_fields_1.fluxDependencyRef)().optional()
        .describe('Flux Kustomization that installs the Barman Cloud plugin, as "<namespace>/<name>" (the reference names it cnpg-system/barman-cloud-plugin); "" for none. '
        + 'Defaults to cnpg_barman_plugin_kustomization_namespace/cnpg_barman_plugin_kustomization, which it replaces.'),
    dragonfly_flux_dependency: (0, switch_fields_1.fluxDependencyRef)().default('cache/dragonfly').describe('Flux Kustomization that installs Dragonfly; "" for none.'),
    rustfs_flux_dependency: (0, switch_fields_1.fluxDependencyRef)().default('storage/rustfs').describe('Flux Kustomization that installs RustFS; "" for none.'),
    keycloak_flux_dependency: (0, switch_fields_1.fluxDependencyRef)().default('identity/keycloak').describe('Flux Kustomization that installs Keycloak; "" for none.'),
    coredns_flux_dependency: (0, switch_fields_1.fluxDependencyRef)().default('')
        .describe('Flux Kustomization of CoreDNS that Langfuse waits for (the reference waits for kube-system/coredns); "" for none.'),
    // --- the neighbours' side of the wiring
    dragonfly_acl_extra_users: zod_1.z.array((0, switch_fields_1.dragonflyAclUser)()).max(100, { message: 'must list at most 100 users' }).default([])
        .describe('Other users of the shared Dragonfly (litellm, keycloak, appcache, ...), written into the same acl.conf so that it can replace a shared one '
        + 'without locking them out: username, password, keys (globs), channels ("all" or globs), commands (ACL rules, default ["+@all"]).'),
    dragonfly_acl_default_user: zod_1.z.enum(['ping-only', 'all-keys'], { message: 'must be "ping-only" or "all-keys"' }).default('ping-only')
        .describe('The acl.conf default user: "ping-only" (PING, AUTH, HELLO) or "all-keys" (every key, channel and command with dragonfly_password, as the '
        + 'reference deployment\'s acl.conf has it, for clients that connect without a user name).'),
    keycloak_client_default_scopes: (0, switch_fields_1.keycloakScopes)().default([])
        .describe('defaultClientScopes of the Langfuse Keycloak client (the reference: profile, email, offline_access); empty keeps the realm\'s defaults.'),
    keycloak_client_optional_scopes: (0, switch_fields_1.keycloakScopes)().default([])
        .describe('optionalClientScopes of the Langfuse Keycloak client (the reference: address, phone); empty keeps the realm\'s defaults.'),
    litellm_langfuse_enabled: (0, fields_1.flag)().default(true)
        .describe('With litellm_enabled: LiteLLM\'s Langfuse callback (Secret and settings snippet). The reference deployment\'s key of the same name.'),
    litellm_langfuse_host: (0, fields_1.httpUrl)({ path: false }).optional()
        .describe('LANGFUSE_HOST that LiteLLM sends traces to. Defaults to the in-cluster web Service of this instance.'),
    litellm_langfuse_public_key: (0, switch_fields_1.langfuseApiKey)().optional()
        .describe('Project public key LiteLLM sends traces with (set both or neither). Defaults to langfuse_init_project_public_key.'),
    litellm_langfuse_secret_key: (0, switch_fields_1.langfuseApiKey)().optional()
        .describe('Project secret key LiteLLM sends traces with. Defaults to langfuse_init_project_secret_key.'),
    litellm_langfuse_sample_rate: (0, fields_1.ratio)().optional()
        .describe('langfuse_sample_rate of LiteLLM\'s callback (the reference: 0.2). Unset sends every request.'),
    litellm_langfuse_default_tags: zod_1.z.array((0, switch_fields_1.litellmTag)()).max(50, { message: 'must list at most 50 tags' }).default([])
        .describe('langfuse_default_tags of LiteLLM\'s callback: request metadata LiteLLM adds as trace tags (the reference: cache_hit, cache_key, ...).'),
    langfuse_ingress_namespaces: (0, switch_fields_1.namespaceList)().default([])
        .describe('Namespaces whose pods may reach Langfuse web on 3000 through the network policies, like "obot-mcp" (the reference\'s obot_enabled).'),
    network_policies_neighbours_enabled: (0, fields_1.flag)().default(false)
        .describe('With network_policies_enabled and the cilium engine: allow-only CiliumNetworkPolicies in the neighbours\' namespaces (RustFS, Dragonfly, LiteLLM) '
        + 'that admit Langfuse\'s flows, as the reference renders into its neighbours\' policies. They never deny anything.'),
    rustfs_bucket_setup_enabled: (0, fields_1.flag)().default(false)
        .describe('With rustfs_enabled: a Job in the RustFS namespace that creates the events, media, exports (and backup) buckets, as the reference\'s rustfs-bucket-setup does.'),
    rustfs_admin_secret_name: (0, fields_1.dnsLabel)().default('rustfs-credentials')
        .describe('Secret in the RustFS namespace with RustFS\'s admin keys RUSTFS_ACCESS_KEY and RUSTFS_SECRET_KEY, for the bucket Job.'),
    // --- SCIM role sync (the reference's langfuse-role-sync; needs a Langfuse Enterprise licence)
    langfuse_scim_sync_enabled: (0, fields_1.flag)().default(false)
        .describe('A CronJob that maps Keycloak realm roles to Langfuse organization roles through Langfuse\'s SCIM API (Enterprise), with a Keycloak service-account client.'),
    langfuse_scim_sync_schedule: (0, switch_fields_1.minuteCron)().default('*/5 * * * *').describe('Schedule of the role sync CronJob (five fields, minute first).'),
    langfuse_scim_public_key: (0, switch_fields_1.langfuseApiKey)().optional().describe('Public key of an organization-scoped Langfuse API key (Settings, Organization, API keys). Required with langfuse_scim_sync_enabled.'),
    langfuse_scim_secret_key: (0, switch_fields_1.langfuseApiKey)().optional().describe('Secret key of that organization API key. Required with langfuse_scim_sync_enabled.'),
    langfuse_sync_keycloak_client_id: (0, switch_fields_1.keycloakName)().default('langfuse-sync').describe('Client id of the role sync\'s Keycloak service account (realm-management view-users and view-realm).'),
    langfuse_sync_keycloak_client_secret: (0, fields_1.longSecret)(16).regex(/^\S+$/, { message: 'must not contain whitespace' }).optional()
        .describe('Secret of that Keycloak client. Required with langfuse_scim_sync_enabled.'),
    langfuse_role_mapping: zod_1.z.record((0, switch_fields_1.realmRoleName)(), orgRole, { message: 'must map Keycloak realm role names to OWNER, ADMIN, MEMBER, VIEWER or NONE' })
        .default(role_sync_defaults_1.DEFAULT_ROLE_MAPPING)
        .describe('Keycloak realm role to Langfuse organization role; the highest mapped role a user has wins, "default" applies to users with none of them.'),
    langfuse_scim_sync_image: (0, fields_1.pinnedImage)(undefined, role_sync_defaults_1.DEFAULT_SCIM_SYNC_IMAGE).default(role_sync_defaults_1.DEFAULT_SCIM_SYNC_IMAGE)
        .describe('Pinned Python image of the role sync (the script uses the standard library only).'),
};
