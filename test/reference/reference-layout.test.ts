import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { loadSwitchTargets, switchRunbook, SwitchStep } from '../../bin/commands/switch-runbook';
import { runSynth } from '../../bin/commands/synth';
import { shellQuote } from '../../lib/shell-quote';
import { buildApp } from '../../lib/synth';
import { kubectlAvailable, kustomizeBuild, validateTree } from '../../lib/validate';
import { ageEnv, capture } from '../cli/support';
import { config, minimalRaw, REPO_ROOT, tempDir } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';
import { referenceConfigRaw, referenceRepo } from './support';

/** `namespace/name` of every Flux Kustomization kustomize builds from the namespace folders, with its dependsOn. */
function builtKustomizations(root: string): Map<string, Array<{ name: string; namespace?: string }>> {
  const built = new Map<string, Array<{ name: string; namespace?: string }>>();
  for (const folder of fs.readdirSync(path.join(root, 'kubernetes/apps'))) {
    const result = kustomizeBuild(path.join(root, 'kubernetes/apps', folder));
    expect(result).toMatchObject({ ok: true });
    for (const doc of parseAllDocuments(result.output).map((d) => d.toJS())) {
      if (doc?.kind === 'Kustomization' && String(doc.apiVersion).startsWith('kustomize.toolkit.fluxcd.io/')) {
        built.set(`${doc.metadata.namespace}/${doc.metadata.name}`, doc.spec.dependsOn ?? []);
      }
    }
  }
  return built;
}

/** What the reference's cluster has outside these folders. */
const ELSEWHERE = ['kube-system/coredns', 'cnpg-system/cloudnative-pg', 'cnpg-system/barman-cloud-plugin'];

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'the side apps keep their identity in the reference\'s layout, whose parents set namespace:', () => {
  let root = '';
  beforeAll(async () => {
    // GIVEN the reference repository and the imported config; WHEN synth --adopt writes the tree into it
    root = referenceRepo();
    const config = path.join(tempDir(), 'langfuse.yaml');
    fs.writeFileSync(config, stringify(referenceConfigRaw()));
    const { env } = await ageEnv();
    const synth = await capture(() => runSynth({ configPath: config, outDir: root, env, repoRoot: root, adopt: true }));
    expect(synth.code).toBe(0);
  });

  test.each([
    ['ai-system/langfuse/ks.yaml', 'ai-system'],
    ['ai-system/litellm-langfuse/ks.yaml', 'ai-system'],
    ['cache/dragonfly-acl/ks.yaml', 'cache'],
    ['cache/langfuse-dragonfly/ks.yaml', 'cache'],
    ['identity/langfuse-keycloak-client/ks.yaml', 'identity'],
    ['storage/langfuse-rustfs/ks.yaml', 'storage'],
    ['network/langfuse-route/ks.yaml', 'network'],
  ])('%s names its Kustomization in %s, where its folder\'s kustomization puts it', (file, namespace) => {
    expect(parse(fs.readFileSync(path.join(root, 'kubernetes/apps', file), 'utf8')).metadata.namespace).toBe(namespace);
  });

  test('every dependsOn of the built tree names a Kustomization kustomize builds (or one the reference has outside these folders)', () => {
    const built = builtKustomizations(root);
    expect([...built.keys()].sort()).toEqual(expect.arrayContaining([
      'ai-system/langfuse', 'cache/dragonfly', 'cache/dragonfly-acl', 'identity/keycloak', 'identity/langfuse-keycloak-client', 'storage/langfuse-rustfs',
    ]));
    const langfuse = built.get('ai-system/langfuse')!.map((d) => `${d.namespace}/${d.name}`);
    expect(langfuse).toEqual(expect.arrayContaining(['cache/dragonfly-acl', 'identity/langfuse-keycloak-client', 'cache/dragonfly', 'identity/keycloak', 'storage/rustfs']));
    for (const [ks, deps] of built) {
      for (const dep of deps) expect({ ks, dependsOn: `${dep.namespace ?? ks.split('/')[0]}/${dep.name}`, resolves: built.has(`${dep.namespace ?? ks.split('/')[0]}/${dep.name}`) || ELSEWHERE.includes(`${dep.namespace}/${dep.name}`) })
        .toMatchObject({ resolves: true });
    }
  });

  test('validate reads the parents\' namespace: too, so it reports no dependsOn error on the reference\'s layout', () => {
    const result = validateTree(root, {});
    expect(result.findings.filter((f) => f.check === 'flux-depends-on' && f.severity === 'error')).toEqual([]);
  });
});

describe('validate models the parents\' namespace:', () => {
  /** A tree with one parent that sets namespace: and two apps, b depending on a. */
  function tree(parentNamespace: string | undefined, dependsOnNamespace: string): string {
    const root = tempDir();
    const write = (file: string, content: unknown) => {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), stringify(content));
    };
    write('kubernetes/apps/cache/kustomization.yaml', { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', ...(parentNamespace ? { namespace: parentNamespace } : {}), resources: ['./a/ks.yaml', './b/ks.yaml'] });
    for (const app of ['a', 'b']) {
      write(`kubernetes/apps/cache/${app}/app/kustomization.yaml`, { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: [] });
      write(`kubernetes/apps/cache/${app}/ks.yaml`, {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: app, namespace: 'flux-system' },
        spec: { path: `./kubernetes/apps/cache/${app}/app`, prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' }, ...(app === 'b' ? { dependsOn: [{ name: 'a', namespace: dependsOnNamespace }] } : {}) },
      });
    }
    return root;
  }
  const errors = (root: string) => validateTree(root, {}).findings.filter((f) => f.check === 'flux-depends-on').map((f) => `${f.severity}: ${f.message}`);

  test.each([
    // parent namespace:, dependsOn names a in, findings
    [undefined, 'flux-system', []],
    [undefined, 'cache', ['error: depends on cache/a, but the tree defines Kustomization a in namespace flux-system']],
    ['cache', 'cache', []],
    ['cache', 'flux-system', ['error: depends on flux-system/a, but the tree defines Kustomization a in namespace cache']],
  ] as const)('parent namespace %s, dependsOn %s/a: %j', (parentNamespace, dependsOn, expected) => {
    expect(errors(tree(parentNamespace, dependsOn))).toEqual(expected);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'runbook step 7 run as printed on the reference repository', () => {
  let root = '';
  let run: ReturnType<typeof spawnSync>;
  let step: SwitchStep;
  let fluxLog = '';
  beforeAll(async () => {
    // GIVEN the reference repository with a remote, the imported config outside it, and the commands on PATH
    root = referenceRepo();
    const remote = tempDir();
    execFileSync('git', ['init', '-q', '--bare', remote]);
    execFileSync('git', ['remote', 'add', 'origin', remote], { cwd: root });
    execFileSync('git', ['push', '-q', '-u', 'origin', 'HEAD'], { cwd: root, stdio: 'pipe' });
    const config = path.join(tempDir(), 'langfuse.yaml');
    fs.writeFileSync(config, stringify(referenceConfigRaw()));
    const bin = tempDir();
    fs.writeFileSync(path.join(bin, 'langfuse-cdk8s'), `#!/bin/sh\nexec ${shellQuote(process.execPath)} ${shellQuote(path.join(REPO_ROOT, 'scripts', 'launch.js'))} cli "$@"\n`, { mode: 0o755 });
    fs.writeFileSync(path.join(bin, 'flux'), '#!/bin/sh\necho "flux $*" >> "$FLUX_LOG"\n', { mode: 0o755 });
    fluxLog = path.join(bin, 'flux.log');
    const { env } = await ageEnv();
    step = switchRunbook((await loadSwitchTargets(config, env, root))[0], config).find((s) => s.title.startsWith('Commit the new tree'))!;
    // WHEN its commands run in the repository's root, as one shell script that stops at the first failure
    run = spawnSync('bash', ['-euo', 'pipefail', '-c', step.commands.join('\n')], {
      cwd: root, encoding: 'utf8', timeout: 300_000,
      env: {
        ...process.env, ...env, PATH: `${bin}:${process.env.PATH}`, FLUX_LOG: fluxLog,
        GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.net', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.net',
      },
    });
  });

  test('every command succeeds, validate included, and Flux is resumed', () => {
    expect({ status: run.status, stderr: String(run.stderr).slice(-2000) }).toMatchObject({ status: 0 });
    expect(fs.readFileSync(fluxLog, 'utf8')).toBe('flux resume kustomization langfuse -n ai-system\nflux reconcile kustomization cluster-apps -n flux-system --with-source\n');
  });

  test('the commit holds everything synth wrote: the working tree is clean and the push reached the remote', () => {
    expect(execFileSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' })).toBe('');
    const committed = execFileSync('git', ['show', '--name-only', '--format=', 'HEAD'], { cwd: root, encoding: 'utf8' }).split('\n');
    expect(committed).toEqual(expect.arrayContaining([
      '.langfuse-cdk8s-files.json', 'kubernetes/apps/ai-system/kustomization.yaml', 'kubernetes/apps/cache/kustomization.yaml',
      'kubernetes/apps/identity/kustomization.yaml', 'kubernetes/apps/storage/kustomization.yaml', 'kubernetes/apps/network/kustomization.yaml',
      'kubernetes/apps/identity/langfuse-keycloak-client/app/job.yaml',
    ]));
    expect(execFileSync('git', ['status', '-sb'], { cwd: root, encoding: 'utf8' })).not.toMatch(/ahead/);
  });

  test('each parent lists each app once, in its own folder (no ../ entry), and every folder builds', () => {
    for (const folder of ['ai-system', 'cache', 'identity', 'network', 'storage']) {
      const resources: string[] = parse(fs.readFileSync(path.join(root, 'kubernetes/apps', folder, 'kustomization.yaml'), 'utf8')).resources;
      expect(resources.filter((r) => r.startsWith('../'))).toEqual([]);
      expect(new Set(resources).size).toBe(resources.length);
    }
    expect(builtKustomizations(root).size).toBe(11);
  });
});

describe('the ClickHouse operator this config installs, under a parent that sets namespace:', () => {
  test('Langfuse\'s analytics app depends on its Kustomization where the parent puts it, not in flux_namespace', () => {
    const parentNamespace = (folder: string) => (folder === 'kubernetes/apps/clickhouse-operator' ? 'clickhouse-operator' : undefined);
    const raw = { ...minimalRaw(), langfuse_version: 4, clickhouse_operator_install: true, cert_manager_install: true };
    const objects = buildApp(config(raw), new App({ outdir: os.tmpdir() }), { parentNamespace }).app.charts.flatMap((c) => c.toJson());
    const ks = (name: string) => objects.find((o) => o.kind === 'Kustomization' && o.metadata.name === name);
    expect(ks('clickhouse-operator').metadata.namespace).toBe('clickhouse-operator');
    expect(ks('langfuse-analytics').spec.dependsOn).toContainEqual({ name: 'clickhouse-operator', namespace: 'clickhouse-operator' });
    // without such a parent, both stay in flux_namespace
    const plain = buildApp(config(raw), new App({ outdir: os.tmpdir() })).app.charts.flatMap((c) => c.toJson());
    expect(plain.find((o) => o.kind === 'Kustomization' && o.metadata.name === 'langfuse-analytics').spec.dependsOn)
      .toContainEqual({ name: 'clickhouse-operator', namespace: 'flux-system' });
  });
});
