import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments, stringify } from 'yaml';
import { CDK8S_MARKER_FILE } from '../../bin/commands/cdk8s-app';
import { encryptConfigText } from '../../lib/config/encrypted-config';
import { minimalRaw, REPO_ROOT, tempDir } from '../support/fixtures';
import { ageEnv, snapshotTree } from './support';

/** A line of a stack trace. */
const STACK = /^\s+at /m;

/** The cdk8s CLI `npx cdk8s` runs in this checkout: the real cdk8s-cli from node_modules. */
const CDK8S = path.join(REPO_ROOT, 'node_modules', '.bin', 'cdk8s');

/** An operator's folder with a cdk8s.yaml like this checkout's (the app by absolute path, since the folder is elsewhere). */
function operatorFolder(files: Record<string, string> = {}, output = '.cdk8s.out'): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'cdk8s.yaml'), `language: typescript\napp: node ${path.join(REPO_ROOT, 'scripts', 'launch.js')} main\noutput: ${output}\n`);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** `npx cdk8s synth` in `cwd`, offline-safe (cdk8s-cli's upgrade check off), with a clean environment. */
function cdk8sSynth(cwd: string, env: NodeJS.ProcessEnv = {}) {
  const { INIT_CWD: _a, npm_package_json: _b, LANGFUSE_CONFIG: _c, LANGFUSE_OUT: _d, SOPS_AGE_RECIPIENTS: _e, SOPS_AGE_KEY: _f, SOPS_AGE_KEY_FILE: _g, ...base } = process.env;
  const result = spawnSync(CDK8S, ['synth'], { cwd, encoding: 'utf8', timeout: 180_000, env: { ...base, CDK8S_CHECK_UPGRADE: 'false', LANGFUSE_DEBUG: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, all: `${result.stdout}\n${result.stderr}` };
}

const OPERATOR_DOMAIN = 'operator-cluster.example.net';

describe('npx cdk8s synth (the real cdk8s-cli) in an operator\'s folder', () => {
  let key: Awaited<ReturnType<typeof ageEnv>>;
  beforeAll(async () => {
    key = await ageEnv();
  });

  test('synthesizes the langfuse.yaml of the folder, says so, shows the summary, and never writes the example', () => {
    // GIVEN a folder with its own config (no Dragonfly, another domain than the example's)
    const dir = operatorFolder({ 'langfuse.yaml': stringify({ ...minimalRaw(), cloudflare_domain: OPERATOR_DOMAIN }) });

    // WHEN
    const result = cdk8sSynth(dir, key.env);

    // THEN it used that config, and its summary reached the terminal (cdk8s-cli discards the app's stdout)
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('synth: config langfuse.yaml (found in the current folder)');
    expect(result.stderr).toMatch(/^synth: \d+ written, 0 unchanged, 0 removed under dist, in 1 Flux app folder:$/m);
    expect(result.stderr).toMatch(/^ {2}dist\/kubernetes\/apps\/ai-system\/langfuse$/m);
    expect(result.stderr).toMatch(/^ {2}profile +default$/m);
    expect(result.all).not.toContain('No manifests synthesized');
    expect(result.all).not.toContain('SHIPPED EXAMPLE');
    expect(result.all).not.toMatch(STACK);
    const route = fs.readFileSync(path.join(dir, 'dist/kubernetes/apps/ai-system/langfuse/app/httproute.yaml'), 'utf8');
    expect(route).toContain(`langfuse.${OPERATOR_DOMAIN}`);
    expect(fs.existsSync(path.join(dir, 'dist/kubernetes/apps/cache/dragonfly-acl'))).toBe(false);
    // cdk8s lists the marker, which holds no manifest
    expect(result.stdout).toContain(`.cdk8s.out/${CDK8S_MARKER_FILE}`);
    const marker = fs.readFileSync(path.join(dir, '.cdk8s.out', CDK8S_MARKER_FILE), 'utf8');
    expect(marker).toMatch(/^# langfuse-cdk8s wrote the Flux tree to its own folder/);
    expect(parseAllDocuments(marker).filter((d) => d.contents !== null)).toEqual([]);
  });

  test('synthesizes an encrypted langfuse.sops.yaml with the operator\'s identity', async () => {
    const dir = operatorFolder({
      'langfuse.sops.yaml': await encryptConfigText(stringify({ ...minimalRaw(), cloudflare_domain: OPERATOR_DOMAIN }), { recipients: [key.recipient] }),
    });
    const result = cdk8sSynth(dir, key.env);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('synth: config langfuse.sops.yaml (found in the current folder)');
    expect(fs.readFileSync(path.join(dir, 'dist/kubernetes/apps/ai-system/langfuse/app/httproute.yaml'), 'utf8')).toContain(OPERATOR_DOMAIN);
  });

  test('without a config in the folder, synthesizes the shipped example and says so', () => {
    // GIVEN the shipped .sops.yaml (the published test recipient, which the example may use) and no config
    const dir = operatorFolder({ '.sops.yaml': fs.readFileSync(path.join(REPO_ROOT, '.sops.yaml'), 'utf8') });
    const result = cdk8sSynth(dir);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`synth: config ${path.join(REPO_ROOT, 'examples', 'langfuse.yaml')}: the SHIPPED EXAMPLE, since ${dir} has no langfuse.yaml or langfuse.sops.yaml`);
    expect(fs.existsSync(path.join(dir, 'dist/kubernetes/apps/cache/dragonfly-acl/ks.yaml'))).toBe(true);
    expect(result.all).not.toContain('No manifests synthesized');
  });

  test('a bad config: our message, then cdk8s-cli\'s one line and its exit 1, no stack trace, the tree untouched', () => {
    // GIVEN a tree from a good run, then a config with a typo
    const dir = operatorFolder({ 'langfuse.yaml': stringify(minimalRaw()) });
    expect(cdk8sSynth(dir, key.env).status).toBe(0);
    const before = snapshotTree(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'langfuse.yaml'), stringify({ ...minimalRaw(), langfuse_enabeld: true }));

    // WHEN
    const result = cdk8sSynth(dir, key.env);

    // THEN
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`config ${path.join(dir, 'langfuse.yaml')} has 1 problem:\n  - langfuse_enabeld: unknown key; did you mean "langfuse_enabled"?`);
    expect(result.stderr).toContain('synth failed (exit 2); nothing was written. cdk8s synth reports it below and exits 1');
    expect(result.stderr).toContain('ERROR: synthesis failed, app expected to create ".cdk8s.out"');
    expect(result.all).not.toMatch(STACK);
    expect(snapshotTree(path.join(dir, 'dist'))).toEqual(before);
  });

  test('cdk8s.yaml with output: dist (cdk8s init\'s), the folder the tree would go to: refused, since cdk8s synth emptied it first', () => {
    const dir = operatorFolder({ 'langfuse.yaml': stringify(minimalRaw()) }, 'dist');
    const result = cdk8sSynth(dir, key.env);
    expect(result.status).toBe(1);
    const dist = path.join(fs.realpathSync(dir), 'dist');
    expect(result.stderr).toContain(`the Flux tree's folder "${dist}" is cdk8s synth's output folder ${dist} (CDK8S_OUTDIR)`);
    expect(result.stderr).toContain('synth failed (exit 2); nothing was written');
    expect(result.all).not.toMatch(STACK);
    expect(fs.existsSync(path.join(dir, 'dist', 'kubernetes'))).toBe(false);
  });

  test('both langfuse.yaml and langfuse.sops.yaml in the folder: it asks which one, and writes nothing', () => {
    const dir = operatorFolder({ 'langfuse.yaml': stringify(minimalRaw()), 'langfuse.sops.yaml': 'a: 1\n' });
    const result = cdk8sSynth(dir, key.env);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${dir} holds both langfuse.yaml and langfuse.sops.yaml: pass --config (or set LANGFUSE_CONFIG)`);
    expect(result.all).not.toMatch(STACK);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  });
});
