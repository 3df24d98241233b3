"use strict";
/**
 * Keys of the reference deployment's cluster.yaml that this tool reads differently, under another
 * name or not at all: what `import-reference` does with each, and what a regular config's loader
 * says when one of them turns up as an unknown key (instead of an edit-distance guess that points a
 * secret at another secret).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.REFERENCE_KEY_NOTES = exports.REFERENCE_DRAGONFLY_TENANTS = void 0;
exports.referenceKeyNote = referenceKeyNote;
/** The reference's other Dragonfly users, with the rules its acl.conf gives them. */
exports.REFERENCE_DRAGONFLY_TENANTS = [
    { passwordKey: 'dragonfly_keycloak_password', username: 'keycloak', keys: ['keycloak:*'], channels: [], commands: ['+@read', '+@write', '+@connection', '-@dangerous'] },
    { passwordKey: 'dragonfly_appcache_password', username: 'appcache', keys: ['cache:*'], channels: [], commands: ['+@read', '+@write', '+@connection', '-@dangerous'] },
    { passwordKey: 'dragonfly_litellm_password', username: 'litellm', keys: ['litellm:*'], channels: [], commands: ['+@read', '+@write', '+@connection', '-@dangerous'] },
    { passwordKey: 'dragonfly_mcpgateway_password', username: 'mcpgateway', keys: ['*'], channels: 'all', commands: ['+@all', '-@dangerous', '+info'] },
];
const IMPORT_HINT = 'run "langfuse-cdk8s import-reference --from cluster.yaml --out langfuse.yaml" to convert a whole reference cluster.yaml';
/**
 * What the loader says about a reference key that is not a key of this config: where its setting
 * went, or why there is none. Keys absent here get a typo hint or none.
 */
exports.REFERENCE_KEY_NOTES = {
    cluster_name: 'is the reference deployment\'s cluster name, which it used only as the default of the init organization name: set langfuse_init_org_name instead',
    langfuse_chart_version: 'is not supported: the chart is pinned to 1.5.41 (Langfuse 3.224.1; langfuse_version: 4 runs 4.16.0 on the same chart), '
        + 'because the reference\'s "*" upgrades to the breaking chart 2.0.0 on its own',
    obot_enabled: 'moved to langfuse_ingress_namespaces: add "obot-mcp", the namespace the reference admitted Obot\'s tools from',
    litellm_master_key: 'is LiteLLM\'s own key; this tool calls LiteLLM with litellm_api_key (a virtual key or the master key), for the LLM connection',
    ...Object.fromEntries(exports.REFERENCE_DRAGONFLY_TENANTS.map((t) => [t.passwordKey,
        `moved to dragonfly_acl_extra_users (username "${t.username}"): the acl.conf this tool writes keeps the other Dragonfly users`])),
    dragonfly_version: 'belongs to the reference\'s Dragonfly app, which this tool does not deploy (it wires Langfuse to the running Dragonfly)',
    litellm_oidc_enabled: 'belongs to the reference\'s LiteLLM app, which this tool does not deploy',
    keycloak_bootstrap_oidc_client: 'belongs to the reference\'s Keycloak config, which this tool does not deploy',
};
/** The note for a reference key that is unknown here, with the import hint; undefined for other keys. */
function referenceKeyNote(key) {
    const note = exports.REFERENCE_KEY_NOTES[key];
    return note === undefined ? undefined : `${note} (${IMPORT_HINT})`;
}
