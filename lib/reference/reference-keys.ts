/**
 * Keys of the reference deployment's cluster.yaml that this tool reads differently, under another
 * name or not at all: what `import-reference` does with each, and what a regular config's loader
 * says when one of them turns up as an unknown key (instead of an edit-distance guess that points a
 * secret at another secret).
 */

/** Another tenant of the reference's shared Dragonfly: its password key and its acl.conf line (cache/dragonfly/app/secret.sops.yaml.j2). */
export interface ReferenceDragonflyTenant {
  /** The cluster.yaml key of the password. */
  readonly passwordKey: string;
  readonly username: string;
  readonly keys: readonly string[];
  readonly channels: 'all' | readonly string[];
  readonly commands: readonly string[];
}

/** The reference's other Dragonfly users, with the rules its acl.conf gives them. */
export const REFERENCE_DRAGONFLY_TENANTS: readonly ReferenceDragonflyTenant[] = [
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
export const REFERENCE_KEY_NOTES: Readonly<Record<string, string>> = {
  cluster_name: 'is the reference deployment\'s cluster name, which it used only as the default of the init organization name: set langfuse_init_org_name instead',
  langfuse_chart_version: 'is not supported: the chart is pinned to 1.5.41 (Langfuse 3.224.1; langfuse_version: 4 runs 4.16.0 on the same chart), '
    + 'because the reference\'s "*" upgrades to the breaking chart 2.0.0 on its own',
  obot_enabled: 'moved to langfuse_ingress_namespaces: add "obot-mcp", the namespace the reference admitted Obot\'s tools from',
  litellm_master_key: 'is LiteLLM\'s own key; this tool calls LiteLLM with litellm_api_key (a virtual key or the master key), for the LLM connection',
  ...Object.fromEntries(REFERENCE_DRAGONFLY_TENANTS.map((t) => [t.passwordKey,
    `moved to dragonfly_acl_extra_users (username "${t.username}"): the acl.conf this tool writes keeps the other Dragonfly users`])),
  dragonfly_version: 'belongs to the reference\'s Dragonfly app, which this tool does not deploy (it wires Langfuse to the running Dragonfly)',
  litellm_oidc_enabled: 'belongs to the reference\'s LiteLLM app, which this tool does not deploy',
  keycloak_bootstrap_oidc_client: 'belongs to the reference\'s Keycloak config, which this tool does not deploy',
};

/** The note for a reference key that is unknown here, with the import hint; undefined for other keys. */
export function referenceKeyNote(key: string): string | undefined {
  const note = REFERENCE_KEY_NOTES[key];
  return note === undefined ? undefined : `${note} (${IMPORT_HINT})`;
}
