// Installs the package into fresh cdk8s TypeScript projects, as another team would, and compiles and
// runs the README's library example there. Slow (npm installs): kept in its own file.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse, parseAllDocuments, stringify } from 'yaml';
import { describeOrSkip } from '../support/require-shared';
import { REPO_ROOT } from '../support/fixtures';
import { consumerEnv, createCdk8sProject, readmeSnippet, registryReachable, run, snapshotRepository } from './cdk8s-project';

jest.setTimeout(600_000);

const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const LOWEST_CDK8S = pkg.peerDependencies.cdk8s.replace(/^\^/, '');
const LOWEST_CONSTRUCTS = pkg.peerDependencies.constructs.replace(/^\^/, '');
const SNIPPET = readmeSnippet('Using the construct library from another chart');
/** The folder the snippet writes the Flux tree to (not cdk8s init's `output`, dist). */
const TREE = 'flux';
const NEIGHBOURS_CALL = /^addLangfuseNeighbours\(app, langfuse, props\);.*\n/m;
// The subpaths a TypeScript consumer may import (tooling re-exports the zod schema, whose own
// declarations need esModuleInterop or skipLibCheck, so it is only loaded at run time below).
const SUBPATHS_TS = [
  "import { Cluster } from 'langfuse-cdk8s/imports/postgresql.cnpg.io';",
  "import { decryptSopsYaml } from 'langfuse-cdk8s/sops';",
  "import { validateTree } from 'langfuse-cdk8s/validate';",
  'export const used = [Cluster, decryptSopsYaml, validateTree];',
  '',
].join('\n');

const SECRETS = {
  NEXTAUTH_SECRET: 'n'.repeat(40), SALT: 's'.repeat(40), ENCRYPTION_KEY: 'e'.repeat(64), PG_PASSWORD: 'PgPasswordOnlyInSecrets123',
  CH_PASSWORD: 'ChPasswordOnlyInSecrets123', S3_ACCESS_KEY: 'AccessKeyOnlyInSecrets', S3_SECRET_KEY: 'SecretKeyOnlyInSecrets123',
  DRAGONFLY_PASSWORD: 'DragonflyPasswordOnlyInSecrets123',
};

const npmInstall = (project: string, ...args: string[]) => run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...args], project);

/** A fresh age identity and its recipient, from the age-encryption this repository installs. */
function ageKey(): { identity: string; recipient: string } {
  const script = "import('age-encryption').then(async (a) => { const id = await a.generateIdentity(); console.log(JSON.stringify({ identity: id, recipient: await a.identityToRecipient(id) })); })";
  return JSON.parse(run(process.execPath, ['-e', script], REPO_ROOT).stdout);
}

interface Emitted {
  readonly files: string[];
  readonly objects: (file: string) => Array<Record<string, any>>;
  readonly text: (file: string) => string;
}

function emitted(dist: string): Emitted {
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.relative(dist, path.join(dir, e.name))]));
  const text = (file: string) => fs.readFileSync(path.join(dist, file), 'utf8');
  return { files: walk(dist).sort(), text, objects: (file) => parseAllDocuments(text(file)).map((d) => d.toJS()) };
}

/** Compiles the README snippet with the project's own tsc and tsconfig, runs it, and returns what it wrote. */
function compileAndRunSnippet(project: string, key: { identity: string; recipient: string }): { dist: Emitted; stderr: string } {
  fs.writeFileSync(path.join(project, 'main.ts'), SNIPPET);
  fs.writeFileSync(path.join(project, 'subpaths.ts'), SUBPATHS_TS);
  const tsc = run(path.join(project, 'node_modules', '.bin', 'tsc'), [], project);
  expect(`${tsc.stdout}${tsc.stderr}`).toBe('');
  const node = run(process.execPath, ['main.js'], project, consumerEnv({ ...SECRETS, SOPS_AGE_RECIPIENTS: key.recipient, SOPS_AGE_KEY: key.identity }));
  return { dist: emitted(path.join(project, TREE)), stderr: node.stderr };
}

/** Decrypts a SOPS file with the package's own `langfuse-cdk8s/sops`, loaded in the consumer project. */
function decryptInProject(project: string, file: string, identity: string): Record<string, any> {
  const script = "require('langfuse-cdk8s/sops').decryptSopsYaml(require('fs').readFileSync(process.argv[1], 'utf8'), [process.env.KEY]).then((o) => console.log(JSON.stringify(o)))";
  return JSON.parse(run(process.execPath, ['-e', script, file], project, consumerEnv({ KEY: identity })).stdout);
}

const LANGFUSE = 'kubernetes/apps/observability/langfuse';
const ACL = 'kubernetes/apps/cache/dragonfly-acl';
const MINE = 'kubernetes/apps/my-app/my-app';

/** What the README snippet must emit: Langfuse with its route, the Dragonfly ACL app, and the consumer's own app. */
function expectSnippetOutput(project: string, dist: Emitted, key: { identity: string; recipient: string }): void {
  expect(dist.files).toEqual([
    '.langfuse-cdk8s-files.json',
    `${ACL}/app/kustomization.yaml`, `${ACL}/app/secret.sops.yaml`, `${ACL}/ks.yaml`,
    // each namespace folder's list of its apps (the Flux boundary)
    'kubernetes/apps/cache/kustomization.yaml', 'kubernetes/apps/my-app/kustomization.yaml',
    `${MINE}/app/configmap.yaml`, `${MINE}/app/kustomization.yaml`, `${MINE}/ks.yaml`,
    'kubernetes/apps/observability/kustomization.yaml',
    `${LANGFUSE}/app/helmrelease.yaml`, `${LANGFUSE}/app/helmrepository.yaml`, `${LANGFUSE}/app/httproute.yaml`,
    `${LANGFUSE}/app/kustomization.yaml`, `${LANGFUSE}/app/namespace.yaml`, `${LANGFUSE}/app/postgresql.yaml`,
    `${LANGFUSE}/app/secret.sops.yaml`, `${LANGFUSE}/ks.yaml`,
  ]);
  const [release] = dist.objects(`${LANGFUSE}/app/helmrelease.yaml`);
  expect(release).toMatchObject({ kind: 'HelmRelease', metadata: { name: 'langfuse', namespace: 'observability' } });
  expect(release.spec.values.langfuse.nextauth.url).toBe('https://traces.example.org');

  const [route] = dist.objects(`${LANGFUSE}/app/httproute.yaml`);
  expect(route).toMatchObject({ kind: 'HTTPRoute', metadata: { name: 'langfuse', namespace: 'observability' }, spec: { hostnames: ['traces.example.org'] } });
  expect(route.spec.parentRefs).toEqual([expect.objectContaining({ name: 'envoy-external', namespace: 'network', sectionName: 'https' })]);

  // the ACL app: Langfuse's Dragonfly user, limited to its key prefix, in an encrypted Secret
  const [aclKs] = dist.objects(`${ACL}/ks.yaml`);
  expect(aclKs).toMatchObject({ kind: 'Kustomization', metadata: { name: 'dragonfly-acl' }, spec: { path: `./${ACL}/app` } });
  const aclFile = dist.objects(`${ACL}/app/secret.sops.yaml`)[0];
  expect(aclFile.sops.age.map((a: { recipient: string }) => a.recipient)).toEqual([key.recipient]);
  const acl = decryptInProject(project, path.join(project, TREE, ACL, 'app', 'secret.sops.yaml'), key.identity);
  expect(acl).toMatchObject({ kind: 'Secret', metadata: { name: 'dragonfly-acl', namespace: 'cache' } });
  expect(acl.stringData['acl.conf']).toContain(`USER langfuse ON >${SECRETS.DRAGONFLY_PASSWORD} resetkeys ~langfuse:* `);

  // the consumer's own app, wired to Langfuse's in-cluster address
  const [config] = dist.objects(`${MINE}/app/configmap.yaml`);
  expect(config).toMatchObject({ kind: 'ConfigMap', metadata: { name: 'my-app-langfuse', namespace: 'my-app' } });
  expect(config.data.LANGFUSE_HOST).toBe('http://langfuse-web.observability.svc.cluster.local:3000');
  expect(dist.objects(`${MINE}/ks.yaml`)[0]).toMatchObject({ kind: 'Kustomization', metadata: { name: 'my-app' }, spec: { path: `./${MINE}/app` } });

  // no secret value in clear anywhere in the tree
  const all = dist.files.map((f) => dist.text(f)).join('\n');
  for (const value of Object.values(SECRETS)) expect(all).not.toContain(value);
}

describeOrSkip(registryReachable(), 'the npm registry is not reachable (npm ping failed)', 'the package installed into a fresh cdk8s TypeScript project', () => {
  let work: string;
  let tarball: string;
  let snapshot: string;
  let key: { identity: string; recipient: string };

  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'langfuse-cdk8s-consumer-'));
    const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], REPO_ROOT).stdout);
    tarball = path.join(work, packed[0].filename);
    snapshot = snapshotRepository(path.join(work, 'langfuse-cdk8s'));
    key = ageKey();
  });

  afterAll(() => {
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('from the packed tarball: the README example compiles under cdk8s init\'s tsconfig, runs, and emits the Flux tree; the CLI runs', () => {
    const project = createCdk8sProject(path.join(work, 'tarball'));
    npmInstall(project, tarball);

    // one cdk8s and one constructs in the whole tree: the project's
    const tree = run('npm', ['ls', '--all', '--parseable', 'cdk8s', 'constructs'], project).stdout.trim().split('\n');
    expect(tree.map((p) => path.relative(project, p)).sort()).toEqual(['node_modules/cdk8s', 'node_modules/constructs']);

    const { dist } = compileAndRunSnippet(project, key);
    expectSnippetOutput(project, dist, key);

    // the same code without addLangfuseNeighbours: an error naming the call, not a tree without the route and the ACL app
    expect(SNIPPET).toMatch(NEIGHBOURS_CALL);
    fs.writeFileSync(path.join(project, 'main.ts'), SNIPPET.replace(NEIGHBOURS_CALL, 'void addLangfuseNeighbours; // imported, never called\n'));
    expect(run(path.join(project, 'node_modules', '.bin', 'tsc'), [], project).stdout).toBe('');
    const before = dist.files.map((f) => [f, dist.text(f)]);
    expect(() => run(process.execPath, ['main.js'], project, consumerEnv({ ...SECRETS, SOPS_AGE_RECIPIENTS: key.recipient })))
      .toThrow(/route, dragonflyAcl are set, but addLangfuseNeighbours\(app, chart, props\) was never called for this chart/);
    expect(emitted(path.join(project, TREE)).files.map((f) => [f, dist.text(f)])).toEqual(before);
    fs.writeFileSync(path.join(project, 'main.ts'), SNIPPET);
    run(path.join(project, 'node_modules', '.bin', 'tsc'), [], project);

    // the subpaths resolve under the newer TypeScript resolutions too (through exports)
    const node16 = run(path.join(project, 'node_modules', '.bin', 'tsc'), ['--noEmit', '--module', 'node16', '--moduleResolution', 'node16'], project);
    expect(node16.stdout).toBe('');
    // tooling at run time; deep paths are not part of the package's interface
    const loads = run(process.execPath, ['-e', [
      "console.log(typeof require('langfuse-cdk8s/tooling').configJsonSchema);",
      "try { require('langfuse-cdk8s/compiled/lib/sops/aes-value'); } catch (e) { console.log(e.code); }",
    ].join('')], project).stdout;
    expect(loads).toBe('function\nERR_PACKAGE_PATH_NOT_EXPORTED\n');

    const help = run(path.join(project, 'node_modules', '.bin', 'langfuse-cdk8s'), ['--help'], project);
    expect(help.stdout).toMatch(/^usage: langfuse-cdk8s <command> \[options\]/);

    // validate runs every check from the schemas the package ships (an installed package has no ../shared)
    expect(fs.existsSync(path.join(project, 'node_modules', 'shared'))).toBe(false);
    const validate = (dir: string) => spawnSync(path.join(project, 'node_modules', '.bin', 'langfuse-cdk8s'), ['validate', dir], { cwd: project, env: consumerEnv(), encoding: 'utf8' });
    const clean = validate(TREE);
    expect(clean.stdout).not.toMatch(/\[(schema|chart-values)\]$/m);
    expect(clean.status).toBe(0);
    const releaseFile = path.join(project, TREE, LANGFUSE, 'app', 'helmrelease.yaml');
    const release = parse(fs.readFileSync(releaseFile, 'utf8'));
    release.spec.intervall = release.spec.interval;
    fs.writeFileSync(releaseFile, stringify(release));
    const broken = validate(TREE);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toContain(`${LANGFUSE}/app/helmrelease.yaml: HelmRelease/langfuse: spec: must NOT have additional properties (intervall) [schema]`);
  });

  test(`from the packed tarball with the lowest cdk8s (${LOWEST_CDK8S}) and constructs (${LOWEST_CONSTRUCTS}) of the peer range`, () => {
    const project = createCdk8sProject(path.join(work, 'lowest'), { dependencies: { cdk8s: LOWEST_CDK8S, constructs: LOWEST_CONSTRUCTS } });
    npmInstall(project, tarball);
    const version = (name: string) => JSON.parse(fs.readFileSync(path.join(project, 'node_modules', name, 'package.json'), 'utf8')).version;
    expect([version('cdk8s'), version('constructs')]).toEqual([LOWEST_CDK8S, LOWEST_CONSTRUCTS]);
    const { dist } = compileAndRunSnippet(project, key);
    expectSnippetOutput(project, dist, key);
  });

  test('from git (git+file:// of a snapshot of the working tree): no build or install script needed', () => {
    const project = createCdk8sProject(path.join(work, 'git'));
    npmInstall(project, `git+file://${snapshot}`);
    const { dist } = compileAndRunSnippet(project, key);
    expectSnippetOutput(project, dist, key);
  });

  test('from a folder without node_modules, with --install-links (a copy, like a tarball)', () => {
    const project = createCdk8sProject(path.join(work, 'folder'));
    npmInstall(project, '--install-links', snapshot);
    expect(fs.lstatSync(path.join(project, 'node_modules', 'langfuse-cdk8s')).isSymbolicLink()).toBe(false);
    const { dist } = compileAndRunSnippet(project, key);
    expectSnippetOutput(project, dist, key);
  });

  test('linked to a development checkout (npm install <folder> without --install-links): a clear error naming the second cdk8s', () => {
    const project = createCdk8sProject(path.join(work, 'linked'));
    npmInstall(project, REPO_ROOT);
    expect(fs.lstatSync(path.join(project, 'node_modules', 'langfuse-cdk8s')).isSymbolicLink()).toBe(true);
    fs.writeFileSync(path.join(project, 'main.ts'), SNIPPET);
    run(path.join(project, 'node_modules', '.bin', 'tsc'), [], project);
    expect(() => run(process.execPath, ['main.js'], project, consumerEnv({ ...SECRETS, SOPS_AGE_RECIPIENTS: key.recipient })))
      .toThrow(/two copies of cdk8s are loaded[\s\S]*npm install --install-links <folder>/);
    expect(fs.existsSync(path.join(project, TREE))).toBe(false);
  });
});
