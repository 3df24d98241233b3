import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import { parse, stringify } from 'yaml';
import { runSynth } from '../../bin/commands/synth';
import { configJsonSchema } from '../../lib/config/json-schema';
import { parseConfig } from '../../lib/config/load';
import { configProblems, EXAMPLE_CONFIG_PATH, exampleRaw, minimalRaw, tempDir } from '../support/fixtures';
import { capture, snapshotTree } from './support';

const BROKEN = path.join(__dirname, 'fixtures', 'broken');
const fixtures = fs.readdirSync(BROKEN).filter((f) => f.endsWith('.yaml')).sort();

/** The `# expect:` lines of a fixture: substrings its error output must contain. */
function expectations(file: string): string[] {
  return fs.readFileSync(path.join(BROKEN, file), 'utf8').split('\n')
    .filter((l) => l.startsWith('# expect: ')).map((l) => l.slice('# expect: '.length));
}

const schemaApplies = (file: string) => !fs.readFileSync(path.join(BROKEN, file), 'utf8').includes('# json-schema: not applicable');

describe('a broken config', () => {
  let dir: string;
  let out: string;
  let before: Record<string, string>;

  beforeAll(async () => {
    // GIVEN a tree from a previous, good synth
    dir = tempDir();
    out = path.join(dir, 'dist');
    const good = path.join(dir, 'good.yaml');
    fs.writeFileSync(good, stringify({ ...minimalRaw(), sops_plaintext_output: true }));
    const { code } = await capture(() => runSynth({ configPath: good, outDir: out, repoRoot: dir, env: {} }));
    expect(code).toBe(0);
    before = snapshotTree(out);
  });

  test('corpus covers every kind of mistake the issue lists', () => {
    expect(fixtures).toEqual(expect.arrayContaining([
      'wrong-types.yaml', 'missing-required-secrets.yaml', 'short-secrets.yaml', 'bad-hex-key.yaml', 'invalid-quantities.yaml',
      'unknown-keys.yaml', 'contradictory-sso-signup.yaml', 'invalid-yaml.yaml',
    ]));
    for (const file of fixtures) expect(expectations(file).length).toBeGreaterThan(0);
  });

  test.each(fixtures)('%s: exits 2 naming every problem, without a stack trace, and leaves the tree untouched', async (file) => {
    // WHEN
    const result = await capture(() => runSynth({ configPath: path.join(BROKEN, file), outDir: out, repoRoot: dir, env: {} }));

    // THEN
    expect(result.code).toBe(2);
    for (const expected of expectations(file)) expect(result.err).toContain(expected);
    expect(result.err).toMatch(/^config .* has \d+ problems?:/);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(result.out).toBe('');
    expect(snapshotTree(out)).toEqual(before);
  });

  test('no secret value of a broken config is printed', async () => {
    const result = await capture(() => runSynth({ configPath: path.join(BROKEN, 'short-secrets.yaml'), outDir: out, repoRoot: dir, env: {} }));
    for (const secret of ['too-short', 'changeme']) expect(result.err).not.toContain(secret);
  });
});

describe('the generated JSON Schema', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'langfuse-config.schema.json'), 'utf8')));

  test('accepts the example config and the minimal config', () => {
    expect(validate(parse(fs.readFileSync(EXAMPLE_CONFIG_PATH, 'utf8')))).toBe(true);
    expect(validate.errors ?? []).toEqual([]);
    expect(validate(minimalRaw())).toBe(true);
    expect(validate({ langfuse_enabled: false })).toBe(true);
  });

  test('accepts the multi-instance example and rejects an unknown key inside an instance', () => {
    const teams = parse(fs.readFileSync(path.join(path.dirname(EXAMPLE_CONFIG_PATH), 'teams.yaml'), 'utf8'));
    expect(validate(teams)).toBe(true);
    expect(validate({ ...teams, instances: [{ ...teams.instances[0], langfuse_saltt: 'x' }] })).toBe(false);
  });

  test.each(fixtures.filter(schemaApplies))('rejects %s', (file) => {
    expect(validate(parse(fs.readFileSync(path.join(BROKEN, file), 'utf8')))).toBe(false);
  });

  test('is what json-schema.ts generates from the zod schema', () => {
    const committed = fs.readFileSync(path.join(__dirname, '..', '..', 'schema', 'langfuse-config.schema.json'), 'utf8');
    expect(JSON.parse(committed)).toEqual(configJsonSchema());
  });

  test('says that not every cross-field rule can be expressed', () => {
    expect(String(configJsonSchema().description)).toMatch(/not all of them can be/);
  });

  test.each([
    ['SSO without a realm', { keycloak_enabled: true, langfuse_sso_enabled: true, langfuse_keycloak_client_secret: 'c'.repeat(32) }],
    ['Dragonfly without ACL and without its password', { dragonfly_enabled: true }],
    ['RustFS without S3 keys', { rustfs_enabled: true }],
    ['SMTP without a sender', { langfuse_smtp_url: 'smtp://mail:25' }],
    ['a partial headless initialization', { langfuse_init_org_id: 'org' }],
    ['a default org role without an org', { langfuse_default_org_role: 'VIEWER' }],
    ['Langfuse without CloudNativePG', { cnpg_enabled: false }],
  ])('agrees with the loader on %s', (_name, extra) => {
    const raw = { ...minimalRaw(), ...extra };
    expect(() => parseConfig(raw)).toThrow();
    expect(validate(raw)).toBe(false);
  });

  test.each([
    ['bundled by default (no langfuse_version)', {}, false],
    ['bundled on v3', { langfuse_version: 3 }, false],
    ['bundled, named', { langfuse_version: 3, langfuse_clickhouse_backend: 'bundled' }, false],
    ['the operator with v4', { langfuse_version: 4 }, true],
    ['the operator, named, on v3', { langfuse_version: 3, langfuse_clickhouse_backend: 'operator' }, true],
  ] as const)('asks for langfuse_clickhouse_cluster_enabled with 3 replicas only on the bundled ClickHouse, like the loader: %s', (_name, extra, valid) => {
    const raw = { ...minimalRaw(), ...extra, langfuse_clickhouse_replicas: 3 };
    expect(configProblems(raw).some((p) => p.startsWith('langfuse_clickhouse_cluster_enabled:'))).toBe(!valid);
    expect(validate(raw)).toBe(valid);
    if (!valid) expect(validate({ ...raw, langfuse_clickhouse_cluster_enabled: true })).toBe(true);
  });

  test('does not apply the rules when Langfuse is off, like the loader', () => {
    const raw = { langfuse_enabled: false, rustfs_enabled: true, langfuse_backup_enabled: true };
    expect(() => parseConfig(raw)).not.toThrow();
    expect(validate(raw)).toBe(true);
  });

  test('the example config starts with the yaml-language-server modeline', () => {
    expect(fs.readFileSync(EXAMPLE_CONFIG_PATH, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../schema/langfuse-config.schema.json');
    expect(exampleRaw().langfuse_enabled).toBe(true);
  });
});
