import * as fs from 'fs';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, ConfigProblem, closestKey } from './errors';
import { crossFieldIssues } from './cross-field-rules';
import { crossFieldProblem, fieldProblem, notAMappingProblem, yamlSyntaxProblem } from './problem-text';
import { withProfileDefaults } from './profiles';
import type { LangfuseConfig } from './langfuse-config';
import { configKeys, configSchema } from './schema';

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
  if (result.success) return result.data;

  const problems = result.error.issues.flatMap((issue) => toProblems(issue, raw));
  // Field errors stop zod before the object-level rules run; run them here so every problem shows at once.
  const reported = new Set(problems.map((p) => p.key));
  for (const issue of crossFieldIssues(raw)) {
    if (!reported.has(issue.key)) problems.push(crossFieldProblem(issue.key, issue.message, raw));
  }
  throw new ConfigError(source, problems);
}

function toProblems(issue: z.core.$ZodIssue, raw: Record<string, unknown>): ConfigProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = closestKey(key, configKeys);
      const hint = suggestion ? `did you mean "${suggestion}"?` : 'see docs/configuration.md for the accepted keys';
      return { key, message: `unknown key; ${hint}` };
    });
  }
  const key = issue.path.map(String).join('.') || '(top level)';
  const value = issue.path.length > 0 ? raw[String(issue.path[0])] : undefined;
  if (value === undefined && issue.code === 'invalid_type') return [{ key, message: 'is required' }];
  return [fieldProblem(key, value, issue)];
}

/**
 * Reads, parses and validates a YAML config file: one config per Langfuse instance (a file without
 * `instances` holds exactly one).
 */
export function loadConfigFile(path: string): LangfuseConfig[] {
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (e) {
    throw new ConfigError(path, [{ key: '(file)', message: `cannot be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` }]);
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(path, doc.errors.map((e) => yamlSyntaxProblem(e, text)));
  }
  // An empty file would parse as "langfuse_enabled: false" and remove a deployed app folder.
  if (doc.contents === null) {
    throw new ConfigError(path, [{
      key: '(file)',
      message: 'is empty; expected a mapping of config keys (run "langfuse-cdk8s init" for a starter config)',
    }]);
  }
  return parseConfigInstances(doc.toJS(), path);
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
  if (problems.length === 0) problems.push(...duplicates(configs, 'langfuse_instance_name'), ...duplicates(configs, 'langfuse_namespace'));
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
