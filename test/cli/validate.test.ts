import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments, stringify } from 'yaml';
import { runSynth } from '../../bin/commands/synth';
import { runValidate, validateCommand } from '../../bin/commands/validate';
import { kubectlAvailable } from '../../lib/validate/kustomize';
import { resolveSharedDir, SHARED_DIR_ENV } from '../../lib/validate/shared-paths';
import { imagePinProblem } from '../../lib/validate/policy-checks';
import { TreeFinding } from '../../lib/validate/tree-finding';
import { validateTree } from '../../lib/validate/tree-validator';
import { exampleRaw, minimalRaw, renderTree, REPO_ROOT, tempDir } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';
import { ageEnv, capture, copyTree } from './support';

const APP = 'kubernetes/apps/ai-system/langfuse';
const HELMRELEASE = `${APP}/app/helmrelease.yaml`;
const POSTGRES = `${APP}/app/postgresql.yaml`;
const SECRETS = `${APP}/app/secret.sops.yaml`;
const KUSTOMIZATION = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const CONTAINER = 'spec.template.spec.containers[0]';
const REQUESTS = { requests: { cpu: '10m', memory: '16Mi' } };

/** Writes rendered files under a fresh root. */
async function writeRendered(raw: Record<string, unknown>): Promise<string> {
  const root = tempDir();
  for (const file of await renderTree(raw)) {
    fs.mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
    fs.writeFileSync(path.join(root, file.path), file.content);
  }
  return root;
}

/** Rewrites one document of a tree file. */
function editDocument(root: string, file: string, kind: string, edit: (doc: any) => void): void {
  const full = path.join(root, file);
  const docs = parseAllDocuments(fs.readFileSync(full, 'utf8')).map((d) => d.toJS());
  const target = docs.find((d) => d.kind === kind);
  if (!target) throw new Error(`no ${kind} in ${file}`);
  edit(target);
  fs.writeFileSync(full, docs.map((d) => stringify(d)).join('---\n'));
}

/** Adds a file to the app folder and to its kustomization. */
function addAppFile(root: string, name: string, doc: object): void {
  fs.writeFileSync(path.join(root, APP, 'app', name), stringify(doc));
  fs.appendFileSync(path.join(root, APP, 'app', 'kustomization.yaml'), `  - ./${name}\n`);
}

const deployment = (container: object) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'extra', namespace: 'ai-system' },
  spec: {
    selector: { matchLabels: { app: 'extra' } },
    template: { metadata: { labels: { app: 'extra' } }, spec: { containers: [{ name: 'extra', ...container }] } },
  },
});

/** The first file the Langfuse app's kustomization.yaml lists. */
const firstListedFile = (root: string) => String(parseAllDocuments(fs.readFileSync(path.join(root, APP, 'app', 'kustomization.yaml'), 'utf8'))[0].toJS().resources[0]);

const errors = (findings: readonly TreeFinding[]) => findings.filter((f) => f.severity === 'error');

describe('validate', () => {
  let encrypted: string;

  beforeAll(async () => {
    // GIVEN a freshly synthesized tree of the example config, Secrets encrypted with a real age key
    const dir = tempDir();
    encrypted = path.join(dir, 'dist');
    const config = path.join(dir, 'config.yaml');
    fs.writeFileSync(config, stringify(exampleRaw()));
    const { env } = await ageEnv();
    const { code } = await capture(() => runSynth({ configPath: config, outDir: encrypted, repoRoot: dir, env }));
    expect(code).toBe(0);
  });

  /** A copy of the encrypted tree to break. */
  const brokenCopy = () => {
    const root = tempDir();
    copyTree(encrypted, root);
    return root;
  };

  test('passes on a freshly synthesized tree: exit 0, only warnings for dependencies outside the tree', async () => {
    const result = await capture(() => runValidate({ dir: encrypted }));
    expect(result.code).toBe(0);
    expect(result.lines.filter((l) => !l.startsWith('warning: ') && !l.startsWith('validate: '))).toEqual([]);
    expect(result.out).toContain(`warning: ${APP}/ks.yaml: Kustomization/langfuse: spec.dependsOn[0]: depends on cnpg-system/cloudnative-pg`);
    expect(result.out).toMatch(/validate: 0 errors, \d+ warnings? in \d+ files/);
  });

  test('fires on a plaintext tree for every Secret, and passes when that check is skipped', async () => {
    // GIVEN the minimal config rendered with Secrets in clear
    const root = await writeRendered(minimalRaw());

    // THEN
    const clear = errors(validateTree(root, { kubectl: false }).findings);
    expect(clear.length).toBeGreaterThan(0);
    expect(clear.every((f) => f.check === 'secret-in-clear' && f.file === `${APP}/app/secret.sops.yaml` && f.field === 'sops')).toBe(true);
    expect(clear.map((f) => f.document)).toContain('Secret/langfuse-credentials');
    expect(errors(validateTree(root, { kubectl: false, skip: ['secret-in-clear'] }).findings)).toEqual([]);
  });

  test.each<[string, (root: string) => void, Partial<TreeFinding>]>([
    ['a schema error', (root) => editDocument(root, POSTGRES, 'Cluster', (d) => { d.spec.instances = 'three'; }),
      { check: 'schema', file: POSTGRES, document: 'Cluster/langfuse-postgresql', field: 'spec.instances' }],
    ['an unknown chart value key', (root) => editDocument(root, HELMRELEASE, 'HelmRelease', (d) => { d.spec.values.web = { replicaCount: 2 }; }),
      { check: 'chart-values', file: HELMRELEASE, document: 'HelmRelease/langfuse', field: 'spec.values.web.replicaCount' }],
    ['a missing Kustomization path', (root) => editDocument(root, `${APP}/ks.yaml`, 'Kustomization', (d) => { d.spec.path = `./${APP}/apps`; }),
      { check: 'flux-path', file: `${APP}/ks.yaml`, document: 'Kustomization/langfuse', field: 'spec.path' }],
    ['a Secret in clear', (root) => addAppFile(root, 'extra-secret.yaml', {
      apiVersion: 'v1', kind: 'Secret', metadata: { name: 'extra', namespace: 'ai-system' }, stringData: { token: 'plain' },
    }), { check: 'secret-in-clear', file: `${APP}/app/extra-secret.yaml`, document: 'Secret/extra', field: 'sops' }],
    ['an encrypted Secret with a value in clear', (root) => editDocument(root, SECRETS, 'Secret', (d) => { d.stringData.NEXTAUTH_SECRET = 'plain'; }),
      { check: 'secret-in-clear', file: SECRETS, document: 'Secret/langfuse-credentials', field: 'stringData.NEXTAUTH_SECRET' }],
    ['a workload without requests', (root) => addAppFile(root, 'deployment.yaml', deployment({ image: 'nginx:1.27.3' })),
      { check: 'resources', file: `${APP}/app/deployment.yaml`, document: 'Deployment/extra', field: `${CONTAINER}.resources.requests` }],
    ['web values without requests', (root) => editDocument(root, HELMRELEASE, 'HelmRelease', (d) => { d.spec.values.langfuse.web.resources = {}; }),
      { check: 'resources', file: HELMRELEASE, document: 'HelmRelease/langfuse', field: 'spec.values.langfuse.web.resources.requests' }],
    ['an unpinned image', (root) => addAppFile(root, 'deployment.yaml', deployment({ image: 'nginx:latest', resources: REQUESTS })),
      { check: 'pinned', file: `${APP}/app/deployment.yaml`, document: 'Deployment/extra', field: `${CONTAINER}.image` }],
    ['an image without a tag', (root) => editDocument(root, POSTGRES, 'Cluster', (d) => { d.spec.imageName = 'ghcr.io/cloudnative-pg/postgresql'; }),
      { check: 'pinned', file: POSTGRES, document: 'Cluster/langfuse-postgresql', field: 'spec.imageName' }],
    ['an unpinned chart version', (root) => editDocument(root, HELMRELEASE, 'HelmRelease', (d) => { d.spec.chart.spec.version = '>=1.5.0'; }),
      { check: 'pinned', file: HELMRELEASE, document: 'HelmRelease/langfuse', field: 'spec.chart.spec.version' }],
    ['an unpinned Langfuse image tag', (root) => editDocument(root, HELMRELEASE, 'HelmRelease', (d) => { delete d.spec.values.langfuse.image.tag; }),
      { check: 'pinned', file: HELMRELEASE, document: 'HelmRelease/langfuse', field: 'spec.values.langfuse.image.tag' }],
    ['a dependsOn target whose folder is in the tree without a Kustomization', (root) => {
      fs.mkdirSync(path.join(root, 'kubernetes/apps/cache/dragonfly/app'), { recursive: true });
      fs.writeFileSync(path.join(root, 'kubernetes/apps/cache/dragonfly/app/kustomization.yaml'), `${KUSTOMIZATION}resources: []\n`);
    }, { check: 'flux-depends-on', file: `${APP}/ks.yaml`, document: 'Kustomization/langfuse', field: 'spec.dependsOn[2]' }],
    ['a kustomization listing a missing file', (root) => fs.rmSync(path.join(root, APP, 'app', firstListedFile(root))),
      { check: 'kustomize', file: `${APP}/app/kustomization.yaml`, document: 'Kustomization', field: 'resources[0]' }],
    ['a file that is not YAML', (root) => fs.writeFileSync(path.join(root, APP, 'app', 'broken.yaml'), 'a: [1, 2\n'),
      { check: 'yaml', file: `${APP}/app/broken.yaml`, document: '-', field: '-' }],
  ])('fails on %s, naming file, document and field', async (_name, breakIt, expected) => {
    // GIVEN
    const root = brokenCopy();
    breakIt(root);

    // WHEN
    const result = await capture(() => runValidate({ dir: root, kubectl: false }));

    // THEN
    expect(result.code).toBe(1);
    const found = errors(validateTree(root, { kubectl: false }).findings);
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', ...expected })]));
    expect(result.out).toContain(`${expected.file}: ${expected.document}: ${expected.field}: `);
    expect(result.err).toMatch(/validate: [1-9]\d* errors?/);
  });

  test('prints one line per finding, sorted', async () => {
    const root = brokenCopy();
    editDocument(root, `${APP}/app/helmrelease.yaml`, 'HelmRelease', (d) => { d.spec.chart.spec.version = '1.5.x'; d.spec.values.zzz = 1; });
    editDocument(root, `${APP}/app/postgresql.yaml`, 'Cluster', (d) => { d.spec.imageName = 'postgres:latest'; });
    const { lines } = await capture(() => runValidate({ dir: root, kubectl: false }));
    const findings = lines.filter((l) => !l.startsWith('validate: ')).map((l) => l.replace(/^warning: /, ''));
    expect(findings.length).toBeGreaterThanOrEqual(3);
    expect(findings).toEqual([...findings].sort());
  });

  test('a dependsOn on a Kustomization of the tree in another namespace is an error', () => {
    const root = brokenCopy();
    const ks = path.join(root, 'kubernetes/apps/cache/dragonfly/ks.yaml');
    fs.mkdirSync(path.dirname(ks), { recursive: true });
    fs.mkdirSync(path.join(path.dirname(ks), 'app'));
    fs.writeFileSync(ks, stringify({
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'dragonfly', namespace: 'flux-system' },
      spec: { interval: '1h', path: './kubernetes/apps/cache/dragonfly/app', prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system' } },
    }));
    const found = errors(validateTree(root, { kubectl: false, skip: ['schema'] }).findings).filter((f) => f.check === 'flux-depends-on');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('defines Kustomization dragonfly in namespace flux-system')]);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'validate with kubectl', () => {
  test('fails when kubectl kustomize cannot build a folder', () => {
    // GIVEN two files that define the same ConfigMap
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'app'));
    const configMap = stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'same' } });
    fs.writeFileSync(path.join(root, 'app', 'a.yaml'), configMap);
    fs.writeFileSync(path.join(root, 'app', 'b.yaml'), configMap);
    fs.writeFileSync(path.join(root, 'app', 'kustomization.yaml'), `${KUSTOMIZATION}resources:\n  - ./a.yaml\n  - ./b.yaml\n`);
    const found = validateTree(root, { skip: ['schema', 'chart-values'] }).findings.filter((f) => f.check === 'kustomize');
    expect(found.map((f) => f.field)).toEqual(['-']);
    expect(found[0].message).toMatch(/^kubectl kustomize fails: .*already registered/);
  });

  test('does not build a folder that lists a missing file (kustomize would try it as a remote)', () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'app'));
    fs.writeFileSync(path.join(root, 'app', 'kustomization.yaml'), `${KUSTOMIZATION}resources:\n  - ./missing.yaml\n`);
    const found = validateTree(root, { skip: ['schema', 'chart-values'] }).findings.filter((f) => f.check === 'kustomize');
    expect(found.map((f) => [f.field, f.message])).toEqual([
      ['-', 'kubectl kustomize not run: the folder (or one it includes) names a remote, outside or missing resource'],
      ['resources[0]', '"./missing.yaml" does not exist'],
    ]);
  });
});

describe('validate on a machine without ../shared', () => {
  const saved = { ...process.env };
  let tree: string;

  beforeAll(async () => {
    // GIVEN every shared-dir lookup pointed at an empty folder, as on a machine that has only the package
    const empty = tempDir('no-shared-');
    for (const name of Object.values(SHARED_DIR_ENV)) process.env[name] = empty;
    for (const kind of ['crds', 'k8s-openapi', 'reference'] as const) expect(resolveSharedDir(kind).path).toBe(empty);
    // AND a tree broken once for every check
    tree = await writeRendered(exampleRaw());
    editDocument(tree, HELMRELEASE, 'HelmRelease', (d) => {
      d.spec.intervall = d.spec.interval;
      d.spec.values.langfuse.web.replicaz = 2;
    });
    editDocument(tree, `${APP}/ks.yaml`, 'Kustomization', (d) => { d.spec.path = `./${APP}/apps`; });
    fs.mkdirSync(path.join(tree, 'kubernetes/apps/cache/dragonfly/app'), { recursive: true });
    fs.writeFileSync(path.join(tree, 'kubernetes/apps/cache/dragonfly/app/kustomization.yaml'), `${KUSTOMIZATION}resources: []\n`);
    addAppFile(tree, 'deployment.yaml', deployment({ image: 'nginx:latest' }));
    fs.appendFileSync(path.join(tree, APP, 'app', 'kustomization.yaml'), '  - ./missing.yaml\n');
    fs.writeFileSync(path.join(tree, APP, 'app', 'broken.yaml'), 'a: [1, 2\n');
  });

  afterAll(() => {
    process.env = { ...saved };
  });

  test('runs every check from the shipped data: each one reports its error, none is downgraded to a warning', async () => {
    // WHEN
    const result = await capture(() => runValidate({ dir: tree, kubectl: false }));
    const { findings } = validateTree(tree, { kubectl: false });

    // THEN
    expect(result.code).toBe(1);
    const checks = new Set(errors(findings).map((f) => f.check));
    expect([...checks].sort()).toEqual(expect.arrayContaining([
      'chart-values', 'flux-depends-on', 'flux-path', 'kustomize', 'pinned', 'resources', 'schema', 'secret-in-clear', 'yaml',
    ]));
    expect(findings.filter((f) => f.severity === 'warning' && ['schema', 'chart-values'].includes(f.check))).toEqual([]);
    expect(findings.filter((f) => /cannot run|cannot be checked/.test(f.message))).toEqual([]);
  });

  test('fails a misspelled HelmRelease field (spec.intervall) with the schema check', () => {
    const { findings } = validateTree(tree, { kubectl: false });
    expect(errors(findings)).toEqual(expect.arrayContaining([{
      severity: 'error', check: 'schema', file: HELMRELEASE, document: 'HelmRelease/langfuse', field: 'spec',
      message: 'must NOT have additional properties (intervall)',
    }]));
  });

  test('fails a misspelled chart value key (langfuse.web.replicaz) with the chart-values check', () => {
    const { findings } = validateTree(tree, { kubectl: false });
    expect(errors(findings).filter((f) => f.check === 'chart-values').map((f) => f.field)).toEqual(['spec.values.langfuse.web.replicaz']);
  });

  test('the shipped data is what the package lists in "files", and the CLI reads nothing else: a copy of those files alone validates', () => {
    // GIVEN the package as npm would install it, in a folder with no ../shared next to it
    const installed = path.join(tempDir('installed-'), 'node_modules', 'langfuse-cdk8s');
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
    for (const entry of ['package.json', ...pkg.files]) fs.cpSync(path.join(REPO_ROOT, entry), path.join(installed, entry), { recursive: true });
    expect(fs.existsSync(path.resolve(installed, '..', 'shared'))).toBe(false);

    // WHEN its CLI validates the broken tree (dependencies from this checkout's node_modules)
    const env = { ...process.env, NODE_PATH: path.join(REPO_ROOT, 'node_modules'), PATH: '/nonexistent' };
    const run = spawnSync(process.execPath, [path.join(installed, pkg.bin['langfuse-cdk8s']), 'validate', tree], { env, encoding: 'utf8' });

    // THEN
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(`${HELMRELEASE}: HelmRelease/langfuse: spec: must NOT have additional properties (intervall) [schema]`);
    expect(run.stdout).toContain(`${HELMRELEASE}: HelmRelease/langfuse: spec.values.langfuse.web.replicaz: the langfuse chart`);
    expect(run.stdout).not.toMatch(/^warning: .*\[(schema|chart-values)\]$/m);
  });
});

describe('validate with the shipped data missing (an incomplete installation)', () => {
  test('fails with exit 1 and an error naming the missing file, instead of passing with fewer checks', async () => {
    // GIVEN a schemas folder without any of its files
    const empty = tempDir('no-schemas-');
    const tree = await writeRendered(minimalRaw());

    // WHEN
    const result = await capture(() => runValidate({ dir: tree, kubectl: false, skip: ['secret-in-clear'], schemasDir: empty }));

    // THEN
    expect(result.code).toBe(1);
    expect(result.out).toContain(`.: -: -: schema check cannot run: cannot read "${path.join(empty, 'k8s-v1.28.0.json')}" (not found): `
      + 'the langfuse-cdk8s installation is incomplete; reinstall it (in a checkout: restore imports/schemas/ or run npm run import) [schema]');
    expect(result.out).toContain(`${HELMRELEASE}: HelmRelease/langfuse: spec.values: chart value keys cannot be checked: cannot read "${path.join(empty, 'langfuse-chart-keys.json')}"`);
    expect(result.err).toMatch(/validate: 2 errors/);
  });

  test('a folder that does not exist is a usage error', async () => {
    const result = await capture(() => runValidate({ dir: '/nonexistent/dist' }));
    expect(result.code).toBe(2);
    expect(result.err).toContain('"/nonexistent/dist" is not a folder');
  });

  test('--skip names an unknown check: usage error listing the checks', async () => {
    const result = await capture(() => validateCommand.run(['--skip', 'secrets']));
    expect(result.code).toBe(2);
    expect(result.err).toContain('unknown check "secrets" for --skip; checks: yaml, schema');
  });
});

describe('imagePinProblem', () => {
  test.each([
    ['nginx', /has no tag/],
    ['nginx:latest', /uses :latest/],
    ['registry.example.com:5000/team/app', /has no tag/],
    ['registry.example.com:5000/team/app:latest', /uses :latest/],
  ])('rejects %s', (image, message) => {
    expect(imagePinProblem(image)).toMatch(message);
  });

  test.each(['nginx:1.27.3', 'registry.example.com:5000/team/app:v1', `app@sha256:${'a'.repeat(64)}`])('accepts %s', (image) => {
    expect(imagePinProblem(image)).toBeUndefined();
  });
});

describe('validate of a system folder', () => {
  test.each([['/'], ['/proc'], ['/etc'], ['link/tmp']])('validate %s is refused (exit 2) without walking it', async (dir) => {
    const links = tempDir();
    fs.symlinkSync('/var', path.join(links, 'link'));
    const result = await capture(() => runValidate({ dir: dir.startsWith('/') ? dir : path.join(links, dir), kubectl: false }));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is the system folder \/\S*, not a Flux tree/);
    expect(result.err).not.toContain('a bug');
  });
});
