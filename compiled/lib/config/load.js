"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.INSTANCES_KEY = void 0;
exports.parseConfig = parseConfig;
exports.loadConfigFile = loadConfigFile;
exports.parseConfigInstances = parseConfigInstances;
const fs = __importStar(require("fs"));
const yaml_1 = require("yaml");
const errors_1 = require("./errors");
const cross_field_rules_1 = require("./cross-field-rules");
const problem_text_1 = require("./problem-text");
const profiles_1 = require("./profiles");
const schema_1 = require("./schema");
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
    if (result.success)
        return result.data;
    const problems = result.error.issues.flatMap((issue) => toProblems(issue, raw));
    // Field errors stop zod before the object-level rules run; run them here so every problem shows at once.
    const reported = new Set(problems.map((p) => p.key));
    for (const issue of (0, cross_field_rules_1.crossFieldIssues)(raw)) {
        if (!reported.has(issue.key))
            problems.push((0, problem_text_1.crossFieldProblem)(issue.key, issue.message, raw));
    }
    throw new errors_1.ConfigError(source, problems);
}
function toProblems(issue, raw) {
    if (issue.code === 'unrecognized_keys') {
        return issue.keys.map((key) => {
            const suggestion = (0, errors_1.closestKey)(key, schema_1.configKeys);
            const hint = suggestion ? `did you mean "${suggestion}"?` : 'see docs/configuration.md for the accepted keys';
            return { key, message: `unknown key; ${hint}` };
        });
    }
    const key = issue.path.map(String).join('.') || '(top level)';
    const value = issue.path.length > 0 ? raw[String(issue.path[0])] : undefined;
    if (value === undefined && issue.code === 'invalid_type')
        return [{ key, message: 'is required' }];
    return [(0, problem_text_1.fieldProblem)(key, value, issue)];
}
/**
 * Reads, parses and validates a YAML config file: one config per Langfuse instance (a file without
 * `instances` holds exactly one).
 */
function loadConfigFile(path) {
    let text;
    try {
        text = fs.readFileSync(path, 'utf8');
    }
    catch (e) {
        throw new errors_1.ConfigError(path, [{ key: '(file)', message: `cannot be read: ${e.code ?? String(e)}` }]);
    }
    const doc = (0, yaml_1.parseDocument)(text, { uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
        throw new errors_1.ConfigError(path, doc.errors.map((e) => (0, problem_text_1.yamlSyntaxProblem)(e, text)));
    }
    // An empty file would parse as "langfuse_enabled: false" and remove a deployed app folder.
    if (doc.contents === null) {
        throw new errors_1.ConfigError(path, [{
                key: '(file)',
                message: 'is empty; expected a mapping of config keys (run "langfuse-cdk8s init" for a starter config)',
            }]);
    }
    return parseConfigInstances(doc.toJS(), path);
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
    if (problems.length === 0)
        problems.push(...duplicates(configs, 'langfuse_instance_name'), ...duplicates(configs, 'langfuse_namespace'));
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
