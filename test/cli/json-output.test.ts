import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { diffCommand } from '../../bin/commands/diff';
import { explainCommand } from '../../bin/commands/explain';
import { JSON_FORMAT_VERSION } from '../../bin/commands/json-output';
import { synthCommand } from '../../bin/commands/synth';
import { validateCommand } from '../../bin/commands/validate';
import { isSecretKey } from '../../lib/config/errors';
import { exampleRaw, REPO_ROOT, tempDir } from '../support/fixtures';
import { ageEnv, capture } from './support';

/**
 * A JSON shape: 'string' | 'number' | 'boolean' for a scalar, [shape] for a list of them, an object
 * for an object with exactly these keys (a key ending in '?' may be absent).
 */
type Shape = 'string' | 'number' | 'boolean' | [Shape] | { [key: string]: Shape };

/** Where `value` differs from `shape` (empty when it matches). */
function shapeErrors(value: unknown, shape: Shape, at = '$'): string[] {
  if (typeof shape === 'string') return typeof value === shape ? [] : [`${at}: expected ${shape}, got ${JSON.stringify(value)}`];
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return [`${at}: expected a list`];
    return value.flatMap((item, i) => shapeErrors(item, shape[0], `${at}[${i}]`));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
  const keys = Object.keys(shape);
  const required = keys.filter((k) => !k.endsWith('?'));
  const allowed = new Set(keys.map((k) => k.replace(/\?$/, '')));
  return [
    ...required.filter((k) => !(k in value)).map((k) => `${at}.${k}: missing`),
    ...Object.keys(value).filter((k) => !allowed.has(k)).map((k) => `${at}.${k}: not in the documented shape`),
    ...keys.flatMap((k) => {
      const name = k.replace(/\?$/, '');
      return name in value ? shapeErrors((value as Record<string, unknown>)[name], shape[k], `${at}.${name}`) : [];
    }),
  ];
}

const CONFIG: Shape = { path: 'string', source: 'string' };

/** The documented shapes (docs/cli-json.md). */
const JSON_SHAPES: Record<'synth' | 'explain' | 'validate' | 'diff' | 'error', Shape> = {
  synth: {
    formatVersion: 'number', command: 'string', config: CONFIG, outDir: 'string', folders: ['string'],
    files: { written: ['string'], unchanged: ['string'], removed: ['string'], adopted: ['string'] },
    instances: [{ name: 'string', namespace: 'string', profile: 'string', folder: 'string', files: 'number', resources: 'number', features: ['string'] }],
    warnings: ['string'],
  },
  explain: {
    formatVersion: 'number', command: 'string', config: CONFIG,
    instances: [{
      name: 'string', namespace: 'string',
      derived: [{ variable: 'string', value: 'string', from: 'string' }],
      features: [{ name: 'string', on: 'boolean', detail: 'string' }],
      services: [{ service: 'string', dns: 'string', port: 'string' }],
      recovery: [{ item: 'string', value: 'string', note: 'string' }],
      inertKeys: [{ key: 'string', message: 'string' }],
    }],
  },
  validate: {
    'formatVersion': 'number', 'command': 'string', 'dir': 'string', 'config?': CONFIG, 'files': 'number', 'documents': 'number', 'errors': 'number',
    'warnings': 'number', 'findings': [{ severity: 'string', check: 'string', file: 'string', document: 'string', field: 'string', message: 'string' }],
    'inertKeys': [{ severity: 'string', key: 'string', message: 'string' }],
  },
  diff: {
    formatVersion: 'number', command: 'string', config: CONFIG, outDir: 'string', counts: { added: 'number', changed: 'number', removed: 'number' },
    changes: [{ 'path': 'string', 'kind': 'string', 'secret': 'boolean', 'diff': 'string', 'unowned?': 'string' }],
    deletions: [{ path: 'string', object: 'string', effect: 'string' }],
    notes: ['string'],
  },
  error: { formatVersion: 'number', command: 'string', error: { exitCode: 'number', message: 'string' } },
};

/** Every secret value of a config, to prove none is printed. */
const secretValues = (raw: Record<string, unknown>) => Object.entries(raw).filter(([k, v]) => isSecretKey(k) && typeof v === 'string').map(([, v]) => v as string);

describe('--json output', () => {
  const saved = { ...process.env };
  const cwd = process.cwd();
  let dir: string;
  let configPath: string;
  const raw = exampleRaw();

  beforeAll(async () => {
    dir = tempDir();
    configPath = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(configPath, stringify({ ...raw, sops_allow_test_key: false }));
    const { env } = await ageEnv();
    process.env = { ...saved, ...env, LANGFUSE_CONFIG: '', LANGFUSE_OUT: '' };
    process.chdir(dir);
  });

  afterAll(() => {
    process.env = saved;
    process.chdir(cwd);
  });

  /** Runs a command with --json: one JSON document on stdout, nothing else there. */
  async function json(run: () => Promise<number>) {
    const result = await capture(run);
    const document = JSON.parse(result.out);
    for (const secret of secretValues(raw)) expect(result.out).not.toContain(secret);
    return { code: result.code, document, err: result.err };
  }

  test('synth: the config and why, the tree root, every Flux app folder, the files, and per instance its profile', async () => {
    const { code, document } = await json(() => synthCommand.run(['--json']));
    expect(code).toBe(0);
    expect(shapeErrors(document, JSON_SHAPES.synth)).toEqual([]);
    expect(document).toMatchObject({
      formatVersion: JSON_FORMAT_VERSION,
      command: 'synth',
      config: { path: configPath, source: 'current-folder' },
      outDir: path.join(dir, 'dist'),
      folders: [
        'kubernetes/apps/ai-system/langfuse', 'kubernetes/apps/ai-system/langfuse-analytics', 'kubernetes/apps/ai-system/langfuse-llm-connection', 'kubernetes/apps/ai-system/litellm-langfuse',
        'kubernetes/apps/cache/dragonfly-acl', 'kubernetes/apps/identity/langfuse-keycloak-client',
      ],
      instances: [{ name: 'langfuse', namespace: 'ai-system', profile: 'default', folder: 'kubernetes/apps/ai-system/langfuse' }],
    });
    expect(document.files.written).toContain('kubernetes/apps/ai-system/langfuse/app/helmrelease.yaml');
    expect(document.instances[0].features).toContain('sso');
  });

  test('explain: the derived variables, features, services and recovery plan of every instance as records', async () => {
    const { code, document } = await json(() => explainCommand.run(['--json', '--config', 'langfuse.yaml']));
    expect(code).toBe(0);
    expect(shapeErrors(document, JSON_SHAPES.explain)).toEqual([]);
    const [instance] = document.instances;
    expect(instance.derived).toContainEqual({ variable: 'langfuse_hostname', value: 'langfuse.example.com', from: 'langfuse_subdomain.cloudflare_domain' });
    expect(instance.features).toContainEqual(expect.objectContaining({ name: 'sso', on: true }));
    expect(instance.services).toContainEqual({ service: 'web (UI/API)', dns: 'langfuse-web.ai-system.svc.cluster.local', port: '3000' });
    expect(instance.recovery).toContainEqual(expect.objectContaining({ item: 'clickhouse backups', value: 's3://langfuse-postgres-backups/clickhouse/langfuse' }));
    expect(instance.derived).toContainEqual(expect.objectContaining({ variable: 'flux apps', value: 'langfuse-analytics; langfuse (after langfuse-analytics)' }));
  });

  test('validate: counts and every finding with its check', async () => {
    fs.writeFileSync(path.join(dir, 'dist/kubernetes/apps/ai-system/langfuse/app/stray.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: stray}\n');
    const { code, document } = await json(() => validateCommand.run(['--json', '--skip', 'kustomize', 'dist']));
    fs.rmSync(path.join(dir, 'dist/kubernetes/apps/ai-system/langfuse/app/stray.yaml'));
    expect(code).toBe(1);
    expect(shapeErrors(document, JSON_SHAPES.validate)).toEqual([]);
    expect(document).toMatchObject({ command: 'validate', dir: path.join(dir, 'dist') });
    expect(document.errors).toBeGreaterThan(0);
    expect(document.findings).toContainEqual(expect.objectContaining({
      severity: 'error', check: 'unlisted-file', file: 'kubernetes/apps/ai-system/langfuse/app/stray.yaml',
    }));
  });

  test('diff: counts and every change; a Secret file\'s content never', async () => {
    fs.writeFileSync(configPath, stringify({ ...raw, langfuse_subdomain: 'traces', langfuse_salt: `${String(raw.langfuse_salt)}-rotated` }));
    const { code, document } = await json(() => diffCommand.run(['--json']));
    expect(code).toBe(1);
    expect(shapeErrors(document, JSON_SHAPES.diff)).toEqual([]);
    const route = document.changes.find((c: { path: string }) => c.path.endsWith('/app/httproute.yaml'));
    expect(route).toMatchObject({ kind: 'changed', secret: false });
    expect(route.diff).toContain('+    - traces.example.com');
    const secret = document.changes.find((c: { path: string }) => c.path === 'kubernetes/apps/ai-system/langfuse/app/secret.sops.yaml');
    expect(secret).toEqual({ path: secret.path, kind: 'changed', secret: true, diff: '' });
    expect(document.counts.changed).toBe(document.changes.filter((c: { kind: string }) => c.kind === 'changed').length);
  });

  test('explain and validate --config: the keys that do nothing, as records; --strict counts them as errors', async () => {
    fs.writeFileSync(path.join(dir, 'idle.yaml'), stringify({ ...raw, tracing_enabled: false }));
    const idle = ['langfuse_tracing_enabled', 'langfuse_trace_sampling_ratio', 'tracing_otlp_endpoint'];
    const explained = await json(() => explainCommand.run(['--json', '--config', 'idle.yaml']));
    expect(shapeErrors(explained.document, JSON_SHAPES.explain)).toEqual([]);
    expect(explained.document.instances[0].inertKeys.map((k: { key: string }) => k.key).sort()).toEqual([...idle].sort());
    expect(explained.document.instances[0].inertKeys[0].message).toMatch(/^is ignored: it only takes effect with /);

    const warned = await json(() => validateCommand.run(['--json', '--skip', 'kustomize', '--config', 'idle.yaml', 'dist']));
    expect(shapeErrors(warned.document, JSON_SHAPES.validate)).toEqual([]);
    expect(warned.document.config).toEqual({ path: path.join(dir, 'idle.yaml'), source: 'option' });
    expect(warned.document.inertKeys.map((k: { severity: string; key: string }) => `${k.severity} ${k.key}`).sort()).toEqual(idle.map((k) => `warning ${k}`).sort());
    const strict = await json(() => validateCommand.run(['--json', '--skip', 'kustomize', '--config', 'idle.yaml', '--strict', 'dist']));
    expect(strict.code).toBe(1);
    expect(strict.document.errors).toBe(warned.document.errors + idle.length);
    expect(strict.document.warnings).toBe(warned.document.warnings - idle.length);
    expect(strict.document.inertKeys.every((k: { severity: string }) => k.severity === 'error')).toBe(true);
    // without --config there is nothing to report, and no config field
    const plain = await json(() => validateCommand.run(['--json', '--skip', 'kustomize', 'dist']));
    expect(plain.document.inertKeys).toEqual([]);
    expect(plain.document).not.toHaveProperty('config');
  });

  test('diff: the deletions synth would stop at without --allow-delete, as records', async () => {
    fs.writeFileSync(path.join(dir, 'off.yaml'), stringify({ ...raw, langfuse_enabled: false }));
    const { code, document } = await json(() => diffCommand.run(['--json', '--config', 'off.yaml']));
    expect(code).toBe(1);
    expect(shapeErrors(document, JSON_SHAPES.diff)).toEqual([]);
    expect(document.deletions).toEqual(expect.arrayContaining([
      { path: 'kubernetes/apps/ai-system/langfuse/app/postgresql.yaml', object: 'Cluster ai-system/langfuse-postgresql (postgresql.cnpg.io/v1)', effect: expect.stringMatching(/^it carries kustomize.toolkit.fluxcd.io\/prune: disabled, so Flux leaves it running/) },
      expect.objectContaining({ path: 'kubernetes/apps/ai-system/langfuse-analytics/ks.yaml' }),
      expect.objectContaining({ object: 'ClickHouseCluster ai-system/langfuse-analytics (clickhouse.com/v1alpha1)' }),
    ]));
    const paths = document.deletions.map((d: { path: string }) => d.path);
    expect(paths).toEqual([...paths].sort());
  });

  test('a bad config: the error document on stdout, the message on stderr, exit 2', async () => {
    fs.writeFileSync(path.join(dir, 'bad.yaml'), 'langfuse_enabeld: true\n');
    for (const run of [() => synthCommand.run(['--json', '--config', 'bad.yaml']), () => explainCommand.run(['--json', '--config', 'bad.yaml'])]) {
      const { code, document, err } = await json(run);
      expect(code).toBe(2);
      expect(shapeErrors(document, JSON_SHAPES.error)).toEqual([]);
      expect(document.error).toEqual({ exitCode: 2, message: expect.stringContaining('langfuse_enabeld: unknown key') });
      expect(err).toContain('langfuse_enabeld: unknown key');
    }
  });

  test('docs/cli-json.md documents every field of every shape', () => {
    const doc = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'cli-json.md'), 'utf8');
    const fields = (shape: Shape): string[] => (typeof shape === 'string' ? [] : Array.isArray(shape) ? fields(shape[0])
      : Object.entries(shape).flatMap(([k, v]) => [k.replace(/\?$/, ''), ...fields(v)]));
    for (const [name, shape] of Object.entries(JSON_SHAPES)) {
      for (const field of fields(shape)) expect({ shape: name, field, documented: doc.includes(`"${field}"`) }).toEqual({ shape: name, field, documented: true });
    }
  });
});
