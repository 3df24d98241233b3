import * as fs from 'fs';
import * as path from 'path';
import { deriveAffectedResources, KEY_PROBES, probeFor } from '../../lib/config/affected-resources';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText } from '../../lib/config/json-schema';
import { configKeyInfos } from '../../lib/config/key-info';
import { affectsText, codeSpan, CONFIGURATION_REFERENCE_PATH, defaultText, renderConfigurationReference } from '../../lib/config/reference-doc';
import { configKeys } from '../../lib/config/schema';
import { REPO_ROOT } from '../support/fixtures';

const STALE = 'is out of date: run "npm run schema" and commit the result';

describe('the configuration reference', () => {
  const affected = deriveAffectedResources();
  const generated = renderConfigurationReference(affected);

  test('docs/configuration.md is regenerated from the schema and matches the committed file', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, CONFIGURATION_REFERENCE_PATH), 'utf8');
    if (committed !== generated) throw new Error(`${CONFIGURATION_REFERENCE_PATH} ${STALE}`);
  });

  test('the committed JSON Schema matches the zod schema', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, CONFIG_JSON_SCHEMA_PATH), 'utf8');
    if (committed !== configJsonSchemaText()) throw new Error(`${CONFIG_JSON_SCHEMA_PATH} ${STALE}`);
  });

  test('documents every key with its type, default and description', () => {
    for (const key of configKeys) expect(generated).toContain(`| \`${key}\` |`);
    for (const info of configKeyInfos()) expect(info.description).not.toBe('');
    expect(generated).toContain('| `langfuse_web_replicas` | integer 1–10 | `1` | Web replicas (langfuse.web.replicas).');
  });

  test('every key has a probe, so its effect is measured', () => {
    const missing = configKeyInfos().filter((info) => probeFor(info) === undefined).map((i) => i.key);
    expect(missing).toEqual([]);
    expect(Object.keys(KEY_PROBES).filter((k) => !configKeys.includes(k))).toEqual([]);
  });

  test('the measured effects are the real ones', () => {
    // THEN a secret lands in its Secret, a gate adds its objects, a sizing key changes the release
    expect(affected.get('langfuse_clickhouse_password')?.changed).toEqual(expect.arrayContaining(['Secret langfuse-clickhouse-credentials']));
    expect(affected.get('langfuse_sso_enabled')?.added).toEqual(expect.arrayContaining(['Secret langfuse-keycloak-credentials']));
    expect(affected.get('langfuse_web_replicas')?.changed).toEqual(['HelmRelease langfuse']);
    expect(affected.get('langfuse_postgres_instances')?.changed).toEqual(expect.arrayContaining(['Cluster langfuse-postgresql']));
    expect(affectsText(affected.get('langfuse_namespace'))).toBe('every object');
  });
});

describe('defaults in the configuration reference', () => {
  test('an empty list or string default is a visible code span, never an empty one', () => {
    expect(defaultText({ default: [] })).toBe('`[]`');
    expect(defaultText({ default: '' })).toBe('`""`');
    expect(defaultText({ default: 3 })).toBe('`3`');
    expect(defaultText({ default: undefined })).toBe('–');
    const generated = fs.readFileSync(path.join(REPO_ROOT, CONFIGURATION_REFERENCE_PATH), 'utf8');
    expect(generated).not.toMatch(/\| `` \|/);
    expect(generated).toContain('| `litellm_llm_connection_models` | array | `[]` |');
  });

  test('a code span holds backticks', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});

describe('docs/benchmarks.md', () => {
  test('names the script "npm run bench" runs, as the benchmark writes it', () => {
    const script = (JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.bench;
    const file = script.split(' ').find((part) => part.startsWith('scripts/'))!;
    expect(fs.existsSync(path.join(REPO_ROOT, file))).toBe(true);
    expect(fs.readFileSync(path.join(REPO_ROOT, 'docs/benchmarks.md'), 'utf8')).toContain(`(${file})`);
    expect(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')).toContain(`(${file})`);
  });
});
