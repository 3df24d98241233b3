import { parseDocument } from 'yaml';
import { z } from 'zod';
import { MAX_YAML_DEPTH, yamlTooDeepAt } from '../formats/yaml-depth';
import { InputFileError, MAX_INPUT_FILE_BYTES, readInputFile } from '../input-file';
import { crossFieldIssues, effectiveClickhouseBackend } from './cross-field-rules';
import { decryptConfigText, isEncryptedConfigText } from './encrypted-config';
import { ConfigError, ConfigProblem, didYouMean } from './errors';
import { referenceKeyNote } from '../reference/reference-keys';
import { crossFieldProblem, fieldProblem, notAMappingProblem, yamlSyntaxProblem } from './problem-text';
import { withProfileDefaults } from './profiles';
import { instanceKustomizations, reservedNameIssues } from './reserved-names';
import type { LangfuseConfig } from './langfuse-config';
import { configKeys, configSchema, configShape } from './schema';

/**
 * How many alias expansions a config may make (the `yaml` library's `maxAliasCount`): a handful of
 * anchors for shared values is normal; a "billion laughs" document would expand into gigabytes.
 */
export const MAX_YAML_ALIASES = 100;

let defaults: Record<string, unknown> | undefined;
/** The default of every key that has one. */
function configDefaults(): Record<string, unknown> {
  defaults ??= z.object(configShape).parse({}) as Record<string, unknown>;
  return defaults;
}

/** The keys each parsed config's file (or instance entry with the shared keys) sets itself: not defaults, not profile values. */
const SET_KEYS = new WeakMap<LangfuseConfig, ReadonlySet<string>>();

/**
 * The keys the file set for a config that {@link parseConfig} returned (an instance of
 * `instances` counts the shared keys and its own); undefined for a config built another way.
 */
export function keysSetIn(config: LangfuseConfig): ReadonlySet<string> | undefined {
  return SET_KEYS.get(config);
}

/**
 * Validates a parsed config object. Throws a `ConfigError` listing every problem: field errors,
 * unknown keys (with the closest valid key) and cross-field rules, all at once.
 */
export function parseConfig(input: unknown, source = 'config'): LangfuseConfig {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new ConfigError(source, [notAMappingProblem(input)]);
  }
  const raw = input as Record<string, unknown>;
  const result = configSchema.safeParse(withProfileDefaults(raw));
  if (result.success) {
    SET_KEYS.set(result.data, new Set(Object.keys(raw)));
    return result.data;
  }

  const problems = result.error.issues.flatMap((issue) => toProblems(issue, raw));
  // Field errors stop zod before the object-level rules run; run them here so every problem shows at once.
  const reported = new Set(problems.map((p) => p.key));
  for (const issue of [...crossFieldIssues(raw), ...reservedNameIssues({ ...configDefaults(), ...withProfileDefaults(raw) })]) {
    if (!reported.has(issue.key)) problems.push(crossFieldProblem(issue.key, issue.message, raw));
  }
  throw new ConfigError(source, problems);
}

function toProblems(issue: z.core.$ZodIssue, raw: Record<string, unknown>): ConfigProblem[] {
  if (issue.code === 'unrecognized_keys') {
    // a nested mapping (like an entry of dragonfly_acl_extra_users) names its own fields; the top level, config keys
    if (issue.path.length > 0) {
      return issue.keys.map((key) => ({ key: [...issue.path.map(String), key].join('.'), message: 'unknown field; see docs/configuration.md for the fields it takes' }));
    }
    return issue.keys.map((key) => {
      const note = referenceKeyNote(key);
      if (note) return { key, message: `unknown key: it ${note}` };
      return { key, message: `unknown key; ${didYouMean(key, configKeys) ?? 'see docs/configuration.md for the accepted keys'}` };
    });
  }
  const key = issue.path.map(String).join('.') || '(top level)';
  const value = issue.path.length > 0 ? raw[String(issue.path[0])] : undefined;
  if (value === undefined && issue.code === 'invalid_type') return [{ key, message: 'is required' }];
  return [fieldProblem(key, value, issue)];
}

/** Options of {@link loadConfig}. */
export interface LoadConfigOptions {
  /**
   * Where the age identities that open an encrypted config come from (`SOPS_AGE_KEY`,
   * `SOPS_AGE_KEY_FILE`, and `XDG_CONFIG_HOME`/`HOME` for the default key file), as sops reads them.
   * @default process.env
   */
  readonly env?: NodeJS.ProcessEnv;
}

/** A config file's text, read as an input file (regular, bounded); a problem is a ConfigError naming the file. */
export function readConfigText(path: string): string {
  try {
    return readInputFile(path, MAX_INPUT_FILE_BYTES);
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new ConfigError(path, [{ key: '(file)', message: `${e.reason}; the config must be a YAML file of at most ${MAX_INPUT_FILE_BYTES} bytes` }]);
  }
}

/**
 * Reads, parses and validates a YAML config file, plain or SOPS-encrypted (`langfuse.sops.yaml`,
 * decrypted in memory with the operator's age identity, its MAC verified): one config per
 * Langfuse instance (a file without `instances` holds exactly one).
 */
export async function loadConfig(path: string, options: LoadConfigOptions = {}): Promise<LangfuseConfig[]> {
  return loadConfigText(readConfigText(path), path, options);
}

/** Validates a config file's text, plain or SOPS-encrypted (see {@link loadConfig}); `path` names it in messages. */
export async function loadConfigText(text: string, path: string, options: LoadConfigOptions = {}): Promise<LangfuseConfig[]> {
  checkYamlDepth(text, path);
  if (!isEncryptedConfigText(text)) return parseConfigText(text, path);
  const value = await decryptConfigText(text, path, options.env ?? process.env);
  if (value !== null && typeof value === 'object' && Object.keys(value).length === 0) throw emptyConfig(path);
  return parseConfigInstances(value, path);
}

// An empty file would parse as "langfuse_enabled: false" and remove a deployed app folder.
const emptyConfig = (path: string) => new ConfigError(path, [{
  key: '(file)',
  message: 'is empty; expected a mapping of config keys (run "langfuse-cdk8s init" for a starter config)',
}]);

/**
 * Reads, parses and validates a plain YAML config file (see {@link loadConfig}, which also opens
 * an encrypted one): one config per Langfuse instance.
 */
export function loadConfigFile(path: string): LangfuseConfig[] {
  const text = readConfigText(path);
  checkYamlDepth(text, path);
  if (isEncryptedConfigText(text)) {
    throw new ConfigError(path, [{ key: '(sops)', message: 'is SOPS-encrypted; read it with loadConfig(), which decrypts it with your age identity' }]);
  }
  return parseConfigText(text, path);
}

/** Parses and validates a config file's text (see {@link loadConfigFile}). */
export function parseConfigText(text: string, path: string): LangfuseConfig[] {
  checkYamlDepth(text, path);
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(path, doc.errors.map((e) => yamlSyntaxProblem(e, text)));
  }
  if (doc.contents === null) throw emptyConfig(path);
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    // yaml throws a ReferenceError for excessive aliases and for an alias to a missing anchor
    throw new ConfigError(path, [{
      key: '(yaml)',
      message: /alias count/i.test((e as Error).message)
        ? `expands too many aliases (*name): more than ${MAX_YAML_ALIASES}, or a document that would grow exponentially; write the values out`
        : `cannot be resolved: ${(e as Error).message.split('\n')[0]}`,
    }]);
  }
  return parseConfigInstances(value, path);
}

/** Refuses a text nested too deep for the YAML parser to survive (see `MAX_YAML_DEPTH`), before it is parsed. */
function checkYamlDepth(text: string, path: string): void {
  const line = yamlTooDeepAt(text);
  if (line !== undefined) {
    throw new ConfigError(path, [{ key: '(yaml)', message: `nests deeper than ${MAX_YAML_DEPTH} levels (at line ${line}); a config needs a handful, write the values out flat` }]);
  }
}

/** The config key that lists several instances; every other top-level key is their shared default. */
export const INSTANCES_KEY = 'instances';

/**
 * Validates a config that may hold several Langfuse instances (one per team or environment):
 * top-level keys are shared defaults, and each entry of `instances` overrides them for one
 * instance. Every instance is validated on its own, and every problem of every instance is
 * reported at once, with keys like `instances[1].langfuse_salt`. Instances need distinct names
 * (Flux app and Kustomization names) and distinct namespaces (each owns its namespace).
 */
export function parseConfigInstances(input: unknown, source = 'config'): LangfuseConfig[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || !(INSTANCES_KEY in input)) {
    return [parseConfig(input, source)];
  }
  const { [INSTANCES_KEY]: entries, ...shared } = input as Record<string, unknown>;
  if (!Array.isArray(entries) || entries.length === 0 || entries.some((e) => e === null || typeof e !== 'object' || Array.isArray(e))) {
    throw new ConfigError(source, [{ key: INSTANCES_KEY, message: 'must be a non-empty list of mappings, each overriding the shared keys for one instance' }]);
  }
  const problems: ConfigProblem[] = [];
  const configs: LangfuseConfig[] = [];
  entries.forEach((entry: Record<string, unknown>, i) => {
    try {
      configs.push(parseConfig({ ...shared, ...entry }, source));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      problems.push(...e.problems.map((p) => ({ ...p, key: `${INSTANCES_KEY}[${i}].${p.key}` })));
    }
  });
  if (problems.length === 0) {
    const sameName = duplicates(configs, 'langfuse_instance_name');
    problems.push(...sameName, ...duplicates(configs, 'langfuse_namespace'), ...(sameName.length === 0 ? kustomizationCollisions(configs) : []),
      ...operatorNamespaceDisagreements(configs));
  }
  if (problems.length > 0) throw new ConfigError(source, problems);
  return configs;
}

function duplicates(configs: readonly LangfuseConfig[], key: 'langfuse_instance_name' | 'langfuse_namespace'): ConfigProblem[] {
  const firstIndex = new Map<string, number>();
  const problems: ConfigProblem[] = [];
  configs.forEach((config, i) => {
    const value = config[key];
    const first = firstIndex.get(value);
    if (first === undefined) firstIndex.set(value, i);
    else problems.push({ key: `${INSTANCES_KEY}[${i}].${key}`, shownValue: JSON.stringify(value), message: `must differ from instances[${first}].${key}: every instance needs its own` });
  });
  return problems;
}

/**
 * One ClickHouse operator serves the cluster (and `clickhouse_operator_install` emits one): every
 * enabled instance that uses or installs it must name the same namespace for it.
 */
function operatorNamespaceDisagreements(configs: readonly LangfuseConfig[]): ConfigProblem[] {
  const users = configs.map((config, i) => ({ config, i }))
    .filter(({ config }) => config.langfuse_enabled && (config.clickhouse_operator_install || effectiveClickhouseBackend(config) === 'operator'));
  const reference = users.find(({ config }) => config.clickhouse_operator_install) ?? users[0];
  return users.filter(({ config }) => config.clickhouse_operator_namespace !== reference.config.clickhouse_operator_namespace).map(({ config, i }) => ({
    key: `${INSTANCES_KEY}[${i}].clickhouse_operator_namespace`,
    shownValue: JSON.stringify(config.clickhouse_operator_namespace),
    message: `must equal instances[${reference.i}].clickhouse_operator_namespace (${JSON.stringify(reference.config.clickhouse_operator_namespace)}): the cluster runs one ClickHouse operator`,
  }));
}

/**
 * Instances whose Flux Kustomizations would share a name (they all live in the Flux namespace),
 * like an instance named "team-keycloak-client" next to an instance "team".
 */
function kustomizationCollisions(configs: readonly LangfuseConfig[]): ConfigProblem[] {
  const writers = new Map<string, number[]>();
  configs.forEach((config, i) => {
    for (const name of instanceKustomizations(config.langfuse_instance_name)) writers.set(name, [...writers.get(name) ?? [], i]);
  });
  const problems: ConfigProblem[] = [];
  for (const [name, indices] of writers) {
    if (indices.length < 2) continue;
    // blame the instance whose own name it is, else the later one
    const blamed = indices.find((i) => configs[i].langfuse_instance_name === name) ?? indices[indices.length - 1];
    const other = indices.find((i) => i !== blamed)!;
    problems.push({
      key: `${INSTANCES_KEY}[${blamed}].langfuse_instance_name`,
      shownValue: JSON.stringify(configs[blamed].langfuse_instance_name),
      message: `gives a Flux Kustomization the name "${name}", which instances[${other}] (${configs[other].langfuse_instance_name}) also writes; choose another name`,
    });
  }
  return problems;
}
