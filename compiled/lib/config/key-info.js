"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONFIG_SECTIONS = void 0;
exports.configKeyInfos = configKeyInfos;
exports.configKeyInfo = configKeyInfo;
const zod_1 = require("zod");
const errors_1 = require("./errors");
const schema_1 = require("./schema");
/**
 * Section titles, each with the first key of the section in schema order; a key belongs to the
 * last section that starts at or before it.
 */
exports.CONFIG_SECTIONS = [
    { title: 'The app', firstKey: 'langfuse_enabled' },
    { title: 'Security keys', firstKey: 'langfuse_nextauth_secret' },
    { title: 'Scale', firstKey: 'langfuse_profile' },
    { title: 'Web and worker', firstKey: 'langfuse_web_replicas' },
    { title: 'PostgreSQL (CloudNativePG)', firstKey: 'cnpg_enabled' },
    { title: 'ClickHouse (bundled or operator)', firstKey: 'langfuse_clickhouse_password' },
    { title: 'Langfuse version and the ClickHouse operator', firstKey: 'langfuse_version' },
    { title: 'S3 (RustFS or bundled MinIO)', firstKey: 'rustfs_enabled' },
    { title: 'Backups', firstKey: 'langfuse_backup_enabled' },
    { title: 'Redis (Dragonfly or bundled Valkey)', firstKey: 'dragonfly_enabled' },
    { title: 'SSO (Keycloak)', firstKey: 'keycloak_enabled' },
    { title: 'Email', firstKey: 'langfuse_smtp_url' },
    { title: 'Caching', firstKey: 'langfuse_cache_api_key_enabled' },
    { title: 'Headless initialization', firstKey: 'langfuse_init_org_id' },
    { title: 'Observability', firstKey: 'monitoring_enabled' },
    { title: 'Network policies', firstKey: 'network_policies_enabled' },
    { title: 'Routing (Gateway API)', firstKey: 'langfuse_httproute_enabled' },
    { title: 'LiteLLM', firstKey: 'litellm_enabled' },
    { title: 'Flux and secrets output', firstKey: 'flux_source_name' },
    { title: 'Switching from the reference deployment: Flux identity', firstKey: 'flux_kustomization_namespace' },
    { title: 'Switching from the reference deployment: neighbours', firstKey: 'dragonfly_acl_extra_users' },
    { title: 'SCIM role sync (Enterprise)', firstKey: 'langfuse_scim_sync_enabled' },
];
const shape = schema_1.configShape;
/** Values that fail every field type, so that parsing them yields each field's "allowed" messages. */
const PROBES = ['\u0000', -1e15, 0.5, {}];
/** Default zod messages that say nothing useful to an operator. */
const GENERIC_MESSAGE = /^Invalid (input|string)/;
let cache;
/** Every config key in schema order, with its section, type, default and allowed values. */
function configKeyInfos() {
    if (cache)
        return cache;
    const defaults = zod_1.z.object(schema_1.configShape).parse({});
    const jsonSchema = zod_1.z.toJSONSchema(zod_1.z.object(schema_1.configShape), { io: 'input', target: 'draft-7' });
    const jsonProps = jsonSchema.properties;
    const starts = new Map(exports.CONFIG_SECTIONS.map((s) => [s.firstKey, s.title]));
    for (const s of exports.CONFIG_SECTIONS) {
        if (!(s.firstKey in shape))
            throw new Error(`config section "${s.title}" starts at unknown key "${s.firstKey}"`);
    }
    let section = exports.CONFIG_SECTIONS[0].title;
    cache = Object.keys(shape).map((key) => {
        section = starts.get(key) ?? section;
        const prop = jsonProps[key] ?? {};
        return {
            key,
            section,
            description: shape[key].description ?? '',
            type: typeText(prop),
            default: defaults[key],
            allowed: allowedMessages(key, prop),
            secret: (0, errors_1.isSecretKey)(key),
        };
    });
    return cache;
}
/** The info of one key, or undefined for an unknown key. */
function configKeyInfo(key) {
    return configKeyInfos().find((info) => info.key === key);
}
function typeText(prop) {
    if (prop.anyOf)
        return [...new Set(prop.anyOf.map(typeText))].join(' | ');
    if (prop.enum)
        return prop.enum.map((v) => JSON.stringify(v)).join(' | ');
    if (prop.const !== undefined)
        return JSON.stringify(prop.const);
    if (prop.type === 'integer' && prop.minimum !== undefined && prop.maximum !== undefined)
        return `integer ${prop.minimum}–${prop.maximum}`;
    return prop.type ?? 'any';
}
function allowedMessages(key, prop) {
    const messages = new Set();
    for (const probe of PROBES) {
        const result = shape[key].safeParse(probe);
        if (result.success)
            continue;
        for (const issue of result.error.issues) {
            if (!GENERIC_MESSAGE.test(issue.message))
                messages.add(issue.message);
        }
    }
    if (messages.size === 0 && prop.type === 'string' && prop.minLength === 1)
        messages.add('must not be empty');
    if (prop.anyOf?.some((p) => p.const === ''))
        messages.add('or "" (empty)');
    return [...messages];
}
