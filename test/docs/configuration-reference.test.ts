import * as fs from 'fs';
import * as path from 'path';
import { deriveAffectedResources, KEY_PROBES, probeFor } from '../../lib/config/affected-resources';
import { CONFIG_JSON_SCHEMA_PATH, configJsonSchemaText } from '../../lib/config/json-schema';
import { configKeyInfos } from '../../lib/config/key-info';
import { affectsText, CONFIGURATION_REFERENCE_PATH, renderConfigurationReference } from '../../lib/config/reference-doc';
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
