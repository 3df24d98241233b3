import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runValidate } from '../../bin/commands/validate';
import { kubectlAvailable } from '../../lib/validate/kustomize';
import { isRemoteReference } from '../../lib/validate/kustomize-references';
import { TreeFinding } from '../../lib/validate/tree-finding';
import { validateTree } from '../../lib/validate/tree-validator';
import { minimalRaw, renderTree, tempDir, writeRendered } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';
import { capture } from '../cli/support';

const KUSTOMIZATION = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n';
const APP = 'kubernetes/apps/ai-system/langfuse';
const OFFLINE = { skip: ['schema', 'chart-values', 'secret-in-clear'] } as const;

const errorsOf = (findings: readonly TreeFinding[], check: string) => findings.filter((f) => f.severity === 'error' && f.check === check);

/** A synthesized tree (Secrets in clear) under a fresh root. */
async function tree(): Promise<string> {
  const root = tempDir();
  writeRendered(await renderTree(minimalRaw()), root);
  return root;
}

describe('remote references', () => {
  test.each([
    ['https://raw.githubusercontent.com/org/repo/main/deploy.yaml', true],
    ['http://127.0.0.1:8080/x.yaml', true],
    ['git::https://example.com/org/repo.git//deploy?ref=v1', true],
    ['ssh://git@github.com/org/repo', true],
    ['git@github.com:org/repo.git', true],
    ['github.com/fluxcd/flux2/manifests/install?ref=v2.4.0', true],
    ['gitlab.example.com:8443/team/repo/deploy', true],
    ['file:///etc/passwd', true],
    ['./namespace.yaml', false],
    ['../base', false],
    ['deployment.yaml', false],
    ['overlays/prod', false],
  ])('%s is remote: %s', (value, remote) => {
    expect(isRemoteReference(value)).toBe(remote);
  });
});

/**
 * An HTTP server on 127.0.0.1 in its own process (validate runs kubectl synchronously, which would
 * starve a server in this process), logging every request path to a file.
 */
const SERVER = `
const fs = require('fs');
const log = process.argv[1];
require('http').createServer((req, res) => {
  fs.appendFileSync(log, req.url + '\\n');
  res.end('apiVersion: v1\\nkind: ConfigMap\\nmetadata:\\n  name: fetched\\n');
}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });
`;

describeOrSkip(kubectlAvailable(), 'kubectl not found on PATH', 'validate never fetches anything', () => {
  let server: ChildProcess;
  let log: string;
  let base: string;
  const requests = () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter((l) => l !== '') : []);
  /** Lets a request that reached the server be logged before it is counted. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  beforeAll(async () => {
    log = path.join(tempDir(), 'requests.log');
    server = spawn(process.execPath, ['-e', SERVER, log], { stdio: ['ignore', 'pipe', 'inherit'] });
    const port = await new Promise<string>((resolve) => server.stdout!.once('data', (d) => resolve(String(d).trim())));
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(() => {
    server.kill();
  });

  beforeEach(() => fs.rmSync(log, { force: true }));

  test('the local server does serve kustomize (so a request would be seen)', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'kustomization.yaml'), `${KUSTOMIZATION}resources:\n  - ${base}/probe.yaml\n`);
    const result = spawnSync('kubectl', ['kustomize', dir], { encoding: 'utf8', timeout: 60_000 });
    expect(result.stdout).toContain('name: fetched');
    await settle();
    expect(requests()).toEqual(['/probe.yaml']);
  });

  test('a kustomization naming remote resources is an error, and kustomize is not run on it or on a folder including it', async () => {
    // GIVEN a synthesized tree whose app folder also names remote resources, and a folder that includes it
    const root = await tree();
    const kustomization = path.join(root, APP, 'app', 'kustomization.yaml');
    fs.appendFileSync(kustomization, `  - ${base}/cm.yaml\n  - git::${base}/repo.git//deploy?ref=v1\n`);
    fs.mkdirSync(path.join(root, 'overlay'));
    fs.writeFileSync(path.join(root, 'overlay', 'kustomization.yaml'), `${KUSTOMIZATION}resources:\n  - ../${APP}/app\n`);

    // WHEN
    const { findings } = validateTree(root, { ...OFFLINE, kubectl: true });
    const cli = await capture(() => runValidate({ dir: root, ...OFFLINE, kubectl: true }));

    // THEN no request reached the server
    await settle();
    expect(requests()).toEqual([]);
    const kustomize = errorsOf(findings, 'kustomize');
    expect(kustomize).toEqual(expect.arrayContaining([
      expect.objectContaining({ file: `${APP}/app/kustomization.yaml`, field: expect.stringMatching(/^resources\[\d+\]$/), message: expect.stringContaining(`"${base}/cm.yaml" is a remote resource`) }),
      expect.objectContaining({ file: `${APP}/app/kustomization.yaml`, message: expect.stringContaining(`"git::${base}/repo.git//deploy?ref=v1" is a remote resource`) }),
      expect.objectContaining({ file: `${APP}/app/kustomization.yaml`, field: '-', message: expect.stringContaining('kubectl kustomize not run') }),
      expect.objectContaining({ file: 'overlay/kustomization.yaml', field: '-', message: expect.stringContaining('kubectl kustomize not run') }),
    ]));
    expect(cli.code).toBe(1);
  });

  test('a Helm chart in a kustomization is an error and is not built', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, 'kustomization.yaml'), `${KUSTOMIZATION}helmCharts:\n  - name: x\n    repo: ${base}/charts\n    version: 1.0.0\n`);
    const { findings } = validateTree(root, { ...OFFLINE, kubectl: true });
    await settle();
    expect(requests()).toEqual([]);
    expect(errorsOf(findings, 'kustomize').map((f) => f.field)).toEqual(['-', 'helmCharts']);
  });

  test('a resource outside the tree is an error and is not built', () => {
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'cm.yaml'), stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'outside' } }));
    const root = tempDir();
    fs.mkdirSync(path.join(root, 'app'));
    fs.symlinkSync(outside, path.join(root, 'app', 'link'));
    fs.writeFileSync(path.join(root, 'app', 'kustomization.yaml'), `${KUSTOMIZATION}resources:\n  - ../../${path.basename(outside)}/cm.yaml\n  - ./link/cm.yaml\n`);
    const found = errorsOf(validateTree(root, { ...OFFLINE, kubectl: true }).findings, 'kustomize');
    expect(found.map((f) => f.message)).toEqual([
      'kubectl kustomize not run: the folder (or one it includes) names a remote, outside or missing resource',
      expect.stringContaining('is outside the tree'),
      expect.stringContaining('"./link/cm.yaml" is outside the tree'),
    ]);
  });
});

describe('validate flags what Flux would not apply as written', () => {
  test('a synthesized tree has no unlisted file and no orphaned app folder', async () => {
    const { findings } = validateTree(await tree(), { ...OFFLINE, kubectl: false });
    expect(errorsOf(findings, 'unlisted-file')).toEqual([]);
    expect(errorsOf(findings, 'orphan-app')).toEqual([]);
  });

  test('a file in an app folder that its kustomization does not list', async () => {
    // GIVEN a manifest left in the app folder and one in a subfolder
    const root = await tree();
    fs.writeFileSync(path.join(root, APP, 'app', 'old-deployment.yaml'), stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'old' } }));
    fs.mkdirSync(path.join(root, APP, 'app', 'extra'));
    fs.writeFileSync(path.join(root, APP, 'app', 'extra', 'more.yaml'), stringify({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'more' } }));

    // WHEN
    const found = errorsOf(validateTree(root, { ...OFFLINE, kubectl: false }).findings, 'unlisted-file');

    // THEN
    expect(found.map((f) => [f.file, f.message])).toEqual([
      [`${APP}/app/extra/more.yaml`, `not listed in ${APP}/app/kustomization.yaml: Flux never applies it; remove it, or list it if it belongs to the app`],
      [`${APP}/app/old-deployment.yaml`, `not listed in ${APP}/app/kustomization.yaml: Flux never applies it; remove it, or list it if it belongs to the app`],
    ]);
  });

  test('an app folder that no ks.yaml points at', async () => {
    // GIVEN the app of an earlier synth whose ks.yaml is gone
    const root = await tree();
    const old = 'kubernetes/apps/team-old/langfuse';
    fs.cpSync(path.join(root, APP, 'app'), path.join(root, old, 'app'), { recursive: true });

    // WHEN
    const found = errorsOf(validateTree(root, { ...OFFLINE, kubectl: false }).findings, 'orphan-app');

    // THEN
    expect(found.map((f) => [f.file, f.message])).toEqual([[
      `${old}/app/kustomization.yaml`,
      `no Flux Kustomization (ks.yaml) has spec.path ./${old}/app and no kustomization includes it: an orphaned app folder; remove it, or restore its ks.yaml`,
    ]]);
  });

  test('a symlink to /dev/zero and a FIFO named like manifests are reported, not read', async () => {
    const root = await tree();
    fs.symlinkSync('/dev/zero', path.join(root, APP, 'app', 'zero.yaml'));
    expect(spawnSync('mkfifo', [path.join(root, APP, 'app', 'fifo.yaml')]).status).toBe(0);
    const found = errorsOf(validateTree(root, { ...OFFLINE, kubectl: false }).findings, 'yaml');
    expect(found.map((f) => f.file)).toEqual([`${APP}/app/fifo.yaml`, `${APP}/app/zero.yaml`]);
    expect(found[0].message).toBe('not read: a symlink or special file, and a Flux tree holds regular files only');
  });

  test('a YAML alias bomb in a tree file is a finding, not a crash', async () => {
    const root = await tree();
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    fs.writeFileSync(path.join(root, APP, 'app', 'bomb.yaml'), `${laughs.join('\n')}\n`);
    const found = errorsOf(validateTree(root, { ...OFFLINE, kubectl: false }).findings, 'yaml');
    expect(found.map((f) => f.file)).toEqual([`${APP}/app/bomb.yaml`]);
  });
});
