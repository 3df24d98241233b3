"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONFIG_JSON_SCHEMA_PATH = void 0;
exports.configJsonSchema = configJsonSchema;
exports.configJsonSchemaText = configJsonSchemaText;
const zod_1 = require("zod");
const schema_1 = require("./schema");
/** Where the generated JSON Schema is committed, relative to the repository root. */
exports.CONFIG_JSON_SCHEMA_PATH = 'schema/langfuse-config.schema.json';
const on = (...keys) => ({
    properties: Object.fromEntries(keys.map((k) => [k, { const: true }])),
    required: keys,
});
/**
 * The cross-field rules of `crossFieldIssues` that JSON Schema can state, so that an editor flags
 * them too. They apply only when `langfuse_enabled` is true, like the rules themselves. A test
 * checks that they agree with the loader on every broken config of the test corpus.
 */
const CROSS_FIELD_RULES = {
    if: on('langfuse_enabled'),
    then: {
        required: [
            'cloudflare_domain', 'langfuse_nextauth_secret', 'langfuse_salt', 'langfuse_encryption_key',
            'langfuse_postgres_password', 'langfuse_clickhouse_password',
        ],
        properties: { cnpg_enabled: { const: true } },
        dependencies: {
            langfuse_init_org_id: ['langfuse_init_user_email', 'langfuse_init_user_password'],
            langfuse_init_user_email: ['langfuse_init_org_id', 'langfuse_init_user_password'],
            langfuse_init_user_password: ['langfuse_init_org_id', 'langfuse_init_user_email'],
            langfuse_init_project_id: ['langfuse_init_org_id'],
            langfuse_init_project_public_key: ['langfuse_init_project_secret_key', 'langfuse_init_project_id'],
            langfuse_init_project_secret_key: ['langfuse_init_project_public_key', 'langfuse_init_project_id'],
            langfuse_smtp_url: ['langfuse_email_from'],
        },
        allOf: [
            {
                if: on('keycloak_enabled', 'langfuse_sso_enabled'),
                then: { required: ['langfuse_keycloak_client_secret', 'keycloak_realm'], properties: { langfuse_disable_signup: { const: false } } },
                else: { properties: { langfuse_disable_password_auth: { const: false } } },
            },
            { if: on('dragonfly_enabled', 'dragonfly_acl_enabled'), then: { required: ['dragonfly_langfuse_password'] } },
            {
                if: { ...on('dragonfly_enabled'), not: on('dragonfly_acl_enabled') },
                then: { required: ['dragonfly_password'] },
            },
            { if: on('rustfs_enabled'), then: { required: ['langfuse_s3_access_key', 'langfuse_s3_secret_key'] } },
            { if: on('langfuse_backup_enabled'), then: on('rustfs_enabled') },
            // Only the bundled ClickHouse needs cluster mode for replicas (effectiveClickhouseBackend):
            // langfuse_clickhouse_backend: bundled, or no backend and a langfuse_version other than 4.
            {
                if: {
                    properties: { langfuse_clickhouse_replicas: { minimum: 2 } },
                    required: ['langfuse_clickhouse_replicas'],
                    anyOf: [
                        { properties: { langfuse_clickhouse_backend: { const: 'bundled' } }, required: ['langfuse_clickhouse_backend'] },
                        { not: { anyOf: [{ required: ['langfuse_clickhouse_backend'] }, { properties: { langfuse_version: { const: 4 } }, required: ['langfuse_version'] }] } },
                    ],
                },
                then: on('langfuse_clickhouse_cluster_enabled'),
            },
            {
                if: { required: ['langfuse_default_org_role'] },
                then: { anyOf: [{ required: ['langfuse_default_org_id'] }, { required: ['langfuse_init_org_id'] }] },
            },
            {
                if: { required: ['langfuse_default_project_role'] },
                then: { anyOf: [{ required: ['langfuse_default_project_id'] }, { required: ['langfuse_init_project_id'] }] },
            },
        ],
    },
};
const DESCRIPTION = [
    'Config file of langfuse-cdk8s (Langfuse v3 on Flux, chart 1.5.41). Generated from the zod schema the loader validates with;',
    'regenerate with `npm run schema`. Field types, patterns, ranges and defaults are exact. Cross-field rules are stated where JSON Schema',
    'can express them (required secrets when langfuse_enabled is true, SSO, Dragonfly, RustFS, backups, headless initialization, ClickHouse',
    'replicas), but not all of them can be: the sampling ratio range, empty strings counting as unset, and the fallback of backup keys to',
    'the main S3 keys are checked only by the commands that read the config (synth, explain, diff, doctor), which also give clearer messages.',
].join(' ');
/**
 * The JSON Schema (draft-07) of the config file, generated with `z.toJSONSchema` from the same zod
 * schema the loader uses (input side: defaults are optional), plus the cross-field rules JSON
 * Schema can state. Editors use it through the `yaml-language-server` modeline.
 */
function configJsonSchema() {
    const generated = zod_1.z.toJSONSchema(schema_1.configSchema, { io: 'input', target: 'draft-7' });
    const { $schema, properties, ...rest } = generated;
    const instances = {
        type: 'array',
        minItems: 1,
        description: 'Several Langfuse instances: each entry overrides the shared top-level keys for one instance (distinct langfuse_instance_name and langfuse_namespace).',
        items: { type: 'object', properties, additionalProperties: false },
    };
    return {
        $schema,
        title: 'langfuse-cdk8s config',
        description: DESCRIPTION,
        ...rest,
        properties: { ...properties, instances },
        // With `instances`, the top level holds shared defaults only; the loader checks each merged instance.
        if: { required: ['instances'] },
        then: {},
        else: CROSS_FIELD_RULES,
    };
}
/** The schema file's text: stable key order, two-space indent, trailing newline. */
function configJsonSchemaText() {
    return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
