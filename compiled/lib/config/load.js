"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INSTANCES_KEY = exports.MAX_YAML_ALIASES = void 0;
exports.keysSetIn = keysSetIn;
exports.parseConfig = parseConfig;
exports.readConfigText = readConfigText;
exports.loadConfig = loadConfig;
exports.loadConfigText = loadConfigText;
exports.loadConfigFile = loadConfigFile;
exports.parseConfigText = parseConfigText;
exports.parseConfigInstances = parseConfigInstances;
const yaml_1 = require("yaml");
const zod_1 = require("zod");
const yaml_depth_1 = require("../formats/yaml-depth");
const input_file_1 = require("../input-file");
const cross_field_rules_1 = require("./cross-field-rules");
const encrypted_config_1 = require("./encrypted-config");
const errors_1 = require("./errors");
const reference_keys_1 = require("../reference/reference-keys");
const problem_text_1 = require("./problem-text");
const profiles_1 = require("./profiles");
const reserved_names_1 = require("./reserved-names");
const schema_1 = require("./schema");
/**
 * How many alias expansions a config may make (the `yaml` library's `maxAliasCount`): a handful of
 * anchors for shared values is normal; a "billion laughs" document would expand into gigabytes.
 */
exports.MAX_YAML_ALIASES = 100;
let defaults;
/** The default of every key that has one. */
function configDefaults() {
    defaults ??= zod_1.z.object(schema_1.configShape).parse({});
    return defaults;
}
/** The keys each parsed config's file (or instance entry with the shared keys) sets itself: not defaults, not profile values. */
const SET_KEYS = new WeakMap();
/**
 * The keys the file set for a config that {@link parseConfig} returned (an instance of
 * `instances` counts the shared keys and its own); undefined for a config built another way.
 */
function keysSetIn(config) {
    return SET_KEYS.get(config);
}
/**
 * Validates a parsed config object. Throws a `ConfigError` listing every problem: field errors,
 * unknown keys (with the closest valid key) and cross-field rules, all at once.
 */
function parseConfig(input, source = 'config') {
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
        throw new errors_1.ConfigError(source, [(0, problem_text_1.notAMappingProblem)(input)]);
    }
    const raw = input;
    const result = schema_1.configSchema.safeParse((0, profiles_1.withProfileDefaults)(raw));
    if (result.success) {
        SET_KEYS.set(result.data, new Set(Object.keys(raw)));
        return result.data;
    }
    const problems = result.error.issues.flatMap((issue) => toProblems(issue, raw));
    // Field errors stop zod before the object-level rules run; run them here so every problem shows at once.
    const reported = new Set(problems.map((p) => p.key));
    for (const issue of [...(0, cross_field_rules_1.crossFieldIssues)(raw), ...(0, reserved_names_1.reservedNameIssues)({ ...configDefaults(), ...(0, profiles_1.withProfileDefaults)(raw) })]) {
        if (!reported.has(issue.key))
            problems.push((0, problem_text_1.crossFieldProblem)(issue.key, issue.message, raw));
    }
    throw new errors_1.ConfigError(source, problems);
}
function toProblems(issue, raw) {
    if (issue.code === 'unrecognized_keys') {
        // a nested mapping (like an entry of dragonfly_acl_extra_users) names its own fields; the top level, config keys
        if (issue.path.length > 0) {
            return issue.keys.map((key) => ({ key: [...issue.path.map(String), key].join('.'), message: 'unknown field; see docs/configuration.md for the fields it takes' }));
        }
        return issue.keys.map((key) => {
            const note = (0, reference_keys_1.referenceKeyNote)(key);
            if (note)
                return { key, message: `unknown key: it ${note}` };
            return { key, message: `unknown key; ${(0, errors_1.didYouMean)(key, schema_1.configKeys) ?? 'see docs/configuration.md for the accepted keys'}` };
        });
    }
    const key = issue.path.map(String).join('.') || '(top level)';
    const value = issue.path.length > 0 ? raw[String(issue.path[0])] : undefined;
    if (value === undefined && issue.code === 'invalid_type')
        return [{ key, message: 'is required' }];
    return [(0, problem_text_1.fieldProblem)(key, value, issue)];
}
/** A config file's text, read as an input file (regular, bounded); a problem is a ConfigError naming the file. */
function readConfigText(path) {
    try {
        return (0, input_file_1.readInputFile)(path, input_file_1.MAX_INPUT_FILE_BYTES);
    }
    catch (e) {
        if (!(e instanceof input_file_1.InputFileError))
            throw e;
        throw new errors_1.ConfigError(path, [{ key: '(file)', message: `${e.reason}; the config must be a YAML file of at most ${input_file_1.MAX_INPUT_FILE_BYTES} bytes` }]);
    }
}
/**
 * Reads, parses and validates a YAML config file, plain or SOPS-encrypted (`langfuse.sops.yaml`,
 * decrypted in memory with the operator's age identity, its MAC verified): one config per
 * Langfuse instance (a file without `instances` holds exactly one).
 */
async function loadConfig(path, options = {}) {
    return loadConfigText(readConfigText(path), path, options);
}
/** Validates a config file's text, plain or SOPS-encrypted (see {@link loadConfig}); `path` names it in messages. */
async function loadConfigText(text, path, options = {}) {
    checkYamlDepth(text, path);
    if (!(0, encrypted_config_1.isEncryptedConfigText)(text))
        return parseConfigText(text, path);
    const value = await (0, encrypted_config_1.decryptConfigText)(text, path, options.env ?? process.env);
    if (value !== null && typeof value === 'object' && Object.keys(value).length === 0)
        throw emptyConfig(path);
    return parseConfigInstances(value, path);
}
// An empty file would parse as "langfuse_enabled: false" and remove a deployed app folder.
const emptyConfig = (path) => new errors_1.ConfigError(path, [{
        key: '(file)',
        message: 'is empty; expected a mapping of config keys (run "langfuse-cdk8s init" for a starter config)',
    }]);
/**
 * Reads, parses and validates a plain YAML config file (see {@link loadConfig}, which also opens
 * an encrypted one): one config per Langfuse instance.
 */
function loadConfigFile(path) {
    const text = readConfigText(path);
    checkYamlDepth(text, path);
    if ((0, encrypted_config_1.isEncryptedConfigText)(text)) {
        throw new errors_1.ConfigError(path, [{ key: '(sops)', message: 'is SOPS-encrypted; read it with loadConfig(), which decrypts it with your age identity' }]);
    }
    return parseConfigText(text, path);
}
/** Parses and validates a config file's text (see {@link loadConfigFile}). */
function parseConfigText(text, path) {
    checkYamlDepth(text, path);
    const doc = (0, yaml_1.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
        throw new errors_1.ConfigError(path, doc.errors.map((e) => (0, problem_text_1.yamlSyntaxProblem)(e, text)));
    }
    if (doc.contents === null)
        throw emptyConfig(path);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: exports.MAX_YAML_ALIASES });
    }
    catch (e) {
        // yaml throws a ReferenceError for excessive aliases and for an alias to a missing anchor
        throw new errors_1.ConfigError(path, [{
                key: '(yaml)',
                message: /alias count/i.test(e.message)
                    ? `expands too many aliases (*name): more than ${exports.MAX_YAML_ALIASES}, or a document that would grow exponentially; write the values out`
                    : `cannot be resolved: ${e.message.split('\n')[0]}`,
            }]);
    }
    return parseConfigInstances(value, path);
}
/** Refuses a text nested too deep for the YAML parser to survive (see `MAX_YAML_DEPTH`), before it is parsed. */
function checkYamlDepth(text, path) {
    const line = (0, yaml_depth_1.yamlTooDeepAt)(text);
    if (line !== undefined) {
        throw new errors_1.ConfigError(path, [{ key: '(yaml)', message: `nests deeper than ${yaml_depth_1.MAX_YAML_DEPTH} levels (at line ${line}); a config needs a handful, write the values out flat` }]);
    }
}
/** The config key that lists several instances; every other top-level key is their shared default. */
exports.INSTANCES_KEY = 'instances';
/**
 * Validates a config that may hold several Langfuse instances (one per team or environment):
 * top-level keys are shared defaults, and each entry of `instances` overrides them for one
 * instance. Every instance is validated on its own, and every problem of every instance is
 * reported at once, with keys like `instances[1].langfuse_salt`. Instances need distinct names
 * (Flux app and Kustomization names) and distinct namespaces (each owns its namespace).
 */
function parseConfigInstances(input, source = 'config') {
    if (input === null || typeof input !== 'object' || Array.isArray(input) || !(exports.INSTANCES_KEY in input)) {
        return [parseConfig(input, source)];
    }
    const { [exports.INSTANCES_KEY]: entries, ...shared } = input;
    if (!Array.isArray(entries) || entries.length === 0 || entries.some((e) => e === null || typeof e !== 'object' || Array.isArray(e))) {
        throw new errors_1.ConfigError(source, [{ key: exports.INSTANCES_KEY, message: 'must be a non-empty list of mappings, each overriding the shared keys for one instance' }]);
    }
    const problems = [];
    const configs = [];
    entries.forEach((entry, i) => {
        try {
            configs.push(parseConfig({ ...shared, ...entry }, source));
        }
        catch (e) {
            if (!(e instanceof errors_1.ConfigError))
                throw e;
            problems.push(...e.problems.map((p) => ({ ...p, key: `${exports.INSTANCES_KEY}[${i}].${p.key}` })));
        }
    });
    if (problems.length === 0) {
        const sameName = duplicates(configs, 'langfuse_instance_name');
        problems.push(...sameName, ...duplicates(configs, 'langfuse_namespace'), ...(sameName.length === 0 ? kustomizationCollisions(configs) : []), ...operatorNamespaceDisagreements(configs));
    }
    if (problems.length > 0)
        throw new errors_1.ConfigError(source, problems);
    return configs;
}
function duplicates(configs, key) {
    const firstIndex = new Map();
    const problems = [];
    configs.forEach((config, i) => {
        const value = config[key];
        const first = firstIndex.get(value);
        if (first === undefined)
            firstIndex.set(value, i);
        else
            problems.push({ key: `${exports.INSTANCES_KEY}[${i}].${key}`, shownValue: JSON.stringify(value), message: `must differ from instances[${first}].${key}: every instance needs its own` });
    });
    return problems;
}
/**
 * One ClickHouse operator serves the cluster (and `clickhouse_operator_install` emits one): every
 * enabled instance that uses or installs it must name the same namespace for it.
 */
function operatorNamespaceDisagreements(configs) {
    const users = configs.map((config, i) => ({ config, i }))
        .filter(({ config }) => config.langfuse_enabled && (config.clickhouse_operator_install || (0, cross_field_rules_1.effectiveClickhouseBackend)(config) === 'operator'));
    const reference = users.find(({ config }) => config.clickhouse_operator_install) ?? users[0];
    return users.filter(({ config }) => config.clickhouse_operator_namespace !== reference.config.clickhouse_operator_namespace).map(({ config, i }) => ({
        key: `${exports.INSTANCES_KEY}[${i}].clickhouse_operator_namespace`,
        shownValue: JSON.stringify(config.clickhouse_operator_namespace),
        message: `must equal instances[${reference.i}].clickhouse_operator_namespace (${JSON.stringify(reference.config.clickhouse_operator_namespace)}): the cluster runs one ClickHouse operator`,
    }));
}
/**
 * Instances whose Flux Kustomizations would share a name (they all live in the Flux namespace),
 * like an instance named "team-keycloak-client" next to an instance "team".
 */
function kustomizationCollisions(configs) {
    const writers = new Map();
    configs.forEach((config, i) => {
        for (const name of (0, reserved_names_1.instanceKustomizations)(config.langfuse_instance_name))
            writers.set(name, [...writers.get(name) ?? [], i]);
    });
    const problems = [];
    for (const [name, indices] of writers) {
        if (indices.length < 2)
            continue;
        // blame the instance whose own name it is, else the later one
        const blamed = indices.find((i) => configs[i].langfuse_instance_name === name) ?? indices[indices.length - 1];
        const other = indices.find((i) => i !== blamed);
        problems.push({
            key: `${exports.INSTANCES_KEY}[${blamed}].langfuse_instance_name`,
            shownValue: JSON.stringify(configs[blamed].langfuse_instance_name),
            message: `gives a Flux Kustomization the name "${name}", which instances[${other}] (${configs[other].langfuse_instance_name}) also writes; choose another name`,
        });
    }
    return problems;
}
