import { z } from 'zod';
import { isSecretKey } from './errors';
import { configShape } from './schema';

/**
 * What the generated documentation, the starter config of `init` and the error messages know about
 * one config key. Everything is read from the zod schema the loader validates with, so the three
 * cannot drift from the code.
 */
export interface ConfigKeyInfo {
  readonly key: string;
  /** Title of the section the key belongs to (see {@link CONFIG_SECTIONS}). */
  readonly section: string;
  /** The `.describe()` text. */
  readonly description: string;
  /** A short human-readable type, like `integer 1–10` or `"audit" | "enforce"`. */
  readonly type: string;
  /** The default after parsing; undefined when the key has none. */
  readonly default: unknown;
  /** What values are allowed, in the words of the validation messages. */
  readonly allowed: readonly string[];
  /** Whether the value is a secret that is masked in messages and kept out of docs. */
  readonly secret: boolean;
}

/**
 * Section titles, each with the first key of the section in schema order; a key belongs to the
 * last section that starts at or before it.
 */
export const CONFIG_SECTIONS: ReadonlyArray<{ readonly title: string; readonly firstKey: string }> = [
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

type JsonSchemaNode = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchemaNode[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
};

const shape = configShape as Record<string, z.ZodType>;

/** Values that fail every field type, so that parsing them yields each field's "allowed" messages. */
const PROBES: readonly unknown[] = ['\u0000', -1e15, 0.5, {}];

/** Default zod messages that say nothing useful to an operator. */
const GENERIC_MESSAGE = /^Invalid (input|string)/;

let cache: ConfigKeyInfo[] | undefined;

/** Every config key in schema order, with its section, type, default and allowed values. */
export function configKeyInfos(): readonly ConfigKeyInfo[] {
  if (cache) return cache;
  const defaults = z.object(configShape).parse({}) as Record<string, unknown>;
  const jsonSchema = z.toJSONSchema(z.object(configShape), { io: 'input', target: 'draft-7' }) as { properties: Record<string, JsonSchemaNode> };
  const jsonProps = jsonSchema.properties;
  const starts = new Map(CONFIG_SECTIONS.map((s) => [s.firstKey, s.title]));
  for (const s of CONFIG_SECTIONS) {
    if (!(s.firstKey in shape)) throw new Error(`config section "${s.title}" starts at unknown key "${s.firstKey}"`);
  }
  let section = CONFIG_SECTIONS[0].title;
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
      secret: isSecretKey(key),
    };
  });
  return cache;
}

/** The info of one key, or undefined for an unknown key. */
export function configKeyInfo(key: string): ConfigKeyInfo | undefined {
  return configKeyInfos().find((info) => info.key === key);
}

function typeText(prop: JsonSchemaNode): string {
  if (prop.anyOf) return [...new Set(prop.anyOf.map(typeText))].join(' | ');
  if (prop.enum) return prop.enum.map((v) => JSON.stringify(v)).join(' | ');
  if (prop.const !== undefined) return JSON.stringify(prop.const);
  if (prop.type === 'integer' && prop.minimum !== undefined && prop.maximum !== undefined) return `integer ${prop.minimum}–${prop.maximum}`;
  return prop.type ?? 'any';
}

function allowedMessages(key: string, prop: JsonSchemaNode): string[] {
  const messages = new Set<string>();
  for (const probe of PROBES) {
    const result = shape[key].safeParse(probe);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      if (!GENERIC_MESSAGE.test(issue.message)) messages.add(issue.message);
    }
  }
  if (messages.size === 0 && prop.type === 'string' && prop.minLength === 1) messages.add('must not be empty');
  if (prop.anyOf?.some((p) => p.const === '')) messages.add('or "" (empty)');
  return [...messages];
}
