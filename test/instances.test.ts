import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { ApiObject } from 'cdk8s';
import { parse } from 'yaml';
import { ConfigError } from '../lib/config/errors';
import { loadConfigFile, parseConfigInstances } from '../lib/config/load';
import { renderFluxTree } from '../lib/output/flux-tree';
import { plaintextEncoder } from '../lib/output/plaintext-encoder';
import { buildApp } from '../lib/synth';
import { kubectlAvailable, kustomizeBuild } from '../lib/validate';
import { minimalRaw, REPO_ROOT, tempDir, writeRendered } from './support/fixtures';
import { describeOrSkip } from './support/require-shared';

const TEAMS = path.join(REPO_ROOT, 'examples', 'teams.yaml');

const problems = (raw: unknown) => {
  try {
    parseConfigInstances(raw, 'test');
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.key}: ${p.message}`);
    throw e;
  }
  return [];
};

/** n instances of the minimal config, each in its own namespace. */
export function manyInstances(n: number): Record<string, unknown> {
  const { langfuse_enabled, cloudflare_domain, ...perInstance } = minimalRaw();
  return {
    langfuse_enabled, cloudflare_domain,
    instances: Array.from({ length: n }, (_, i) => ({
      ...perInstance, langfuse_instance_name: `langfuse-${i}`, langfuse_namespace: `team-${i}`, langfuse_subdomain: `langfuse-${i}`,
    })),
  };
}

describe('several Langfuse instances in one app', () => {
  const configs = loadConfigFile(TEAMS);
  const { app, charts } = buildApp(configs, new App({ outdir: os.tmpdir() }));
  const objects = app.charts.flatMap((c) => c.node.findAll().filter(ApiObject.isApiObject).map((o) => o.toJson()));

  test('each instance gets its own folder and Flux Kustomization, with the shared keys and its own overrides', () => {
    expect(configs.map((c) => [c.langfuse_instance_name, c.langfuse_namespace, c.cloudflare_domain])).toEqual([
      ['langfuse-research', 'research', 'example.com'], ['langfuse-product', 'product', 'example.com'],
    ]);
    expect(charts.map((c) => c.appDirectory)).toEqual(['kubernetes/apps/research/langfuse-research', 'kubernetes/apps/product/langfuse-product']);
    const kustomizations = objects.filter((o) => o.kind === 'Kustomization').map((o) => o.metadata.name);
    expect(kustomizations).toEqual(expect.arrayContaining(['langfuse-research', 'langfuse-product']));
    expect(charts[1].endpoints.web).toBe('langfuse-web.product.svc.cluster.local');
    const release = objects.find((o) => o.kind === 'HelmRelease' && o.metadata.namespace === 'product');
    expect(release.spec.values.langfuse.web.replicas).toBe(2);
  });

  test('no two objects share kind, namespace and name, and no two charts share a folder', () => {
    const keys = objects.map((o) => `${o.apiVersion}/${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const folders = app.charts.map((c) => (c as any).appDirectory);
    expect(new Set(folders).size).toBe(folders.length);
  });

  test('the instances share one Dragonfly ACL file, with a user and key prefix each', () => {
    const acls = objects.filter((o) => o.kind === 'Secret' && o.metadata.namespace === 'cache');
    expect(acls).toHaveLength(1);
    const acl: string = Object.values(acls[0].stringData as Record<string, string>)[0];
    expect(acl).toMatch(/^USER langfuse-research ON .* ~langfuse-research:\* /m);
    expect(acl).toMatch(/^USER langfuse-product ON .* ~langfuse-product:\* /m);
    for (const ns of ['research', 'product']) {
      const env = objects.find((o) => o.kind === 'HelmRelease' && o.metadata.namespace === ns).spec.values.langfuse.additionalEnv;
      expect(env).toContainEqual({ name: 'REDIS_KEY_PREFIX', value: `langfuse-${ns}:` });
    }
  });

  describeOrSkip(kubectlAvailable(), 'kubectl not found', 'kubectl kustomize', () => {
    test('builds every folder of every instance', async () => {
      const root = tempDir();
      const folders = writeRendered(await renderFluxTree(app.charts, plaintextEncoder, () => undefined), root);
      expect(folders).toHaveLength(5); // two instances, each with its ClickHouse app, and the shared Dragonfly ACL
      for (const folder of folders) expect(kustomizeBuild(folder).error ?? '').toBe('');
    });
  });

  test('scales to many instances without collisions', () => {
    const many = buildApp(parseConfigInstances(manyInstances(25), 'test'), new App({ outdir: os.tmpdir() }));
    const names = many.app.charts.flatMap((c) => c.node.findAll().filter(ApiObject.isApiObject).map((o) => `${o.kind}/${o.metadata.namespace}/${o.name}`));
    expect(new Set(names).size).toBe(names.length);
    expect(many.charts).toHaveLength(25);
  });

  describe('validation', () => {
    test('reports the problems of every instance at once, with the instance in the key', () => {
      const raw = manyInstances(2);
      (raw.instances as any[])[1].langfuse_salt = 'short';
      (raw.instances as any[])[0].langfuse_postgres_instances = 9;
      expect(problems(raw)).toEqual([
        'instances[0].langfuse_postgres_instances: must be a whole number from 1 to 5',
        expect.stringMatching(/^instances\[1\]\.langfuse_salt: must be at least 32 characters/),
      ]);
    });

    test('refuses two instances with the same name or namespace', () => {
      const raw = manyInstances(3);
      (raw.instances as any[])[2].langfuse_instance_name = 'langfuse-0';
      (raw.instances as any[])[1].langfuse_namespace = 'team-0';
      expect(problems(raw)).toEqual([
        'instances[2].langfuse_instance_name: must differ from instances[0].langfuse_instance_name: every instance needs its own',
        'instances[1].langfuse_namespace: must differ from instances[0].langfuse_namespace: every instance needs its own',
      ]);
    });

    test('refuses an empty or malformed instances list', () => {
      expect(problems({ ...minimalRaw(), instances: [] })).toEqual([expect.stringMatching(/^instances: must be a non-empty list/)]);
      expect(problems({ ...minimalRaw(), instances: ['x'] })).toEqual([expect.stringMatching(/^instances: must be a non-empty list/)]);
    });

    test('the shipped multi-instance example is valid YAML that the loader accepts', () => {
      expect(parse(fs.readFileSync(TEAMS, 'utf8')).instances).toHaveLength(2);
      expect(loadConfigFile(TEAMS)).toHaveLength(2);
    });
  });
});
