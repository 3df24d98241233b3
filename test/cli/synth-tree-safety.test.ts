import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { runDiff } from '../../bin/commands/diff';
import { runSynth } from '../../bin/commands/synth';
import { runValidate } from '../../bin/commands/validate';
import { sha256 } from '../../lib/output/safe-paths';
import { createStaging, stageFile } from '../../lib/output/tree-journal';
import { OWNED_FILES_MANIFEST, TREE_LOCK_FILE } from '../../lib/output/tree-writer';
import { minimalRaw, REPO_ROOT, tempDir } from '../support/fixtures';
import { capture, snapshotTree } from './support';

const APP = 'kubernetes/apps/ai-system/langfuse';
const HELMRELEASE = `${APP}/app/helmrelease.yaml`;
const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at /);

describe('synth and diff keep to the tree they own', () => {
  let dir: string;
  let config: string;
  let changedConfig: string;
  const synth = (out: string, options: { adopt?: boolean; configPath?: string } = {}) =>
    capture(() => runSynth({ configPath: options.configPath ?? config, outDir: out, repoRoot: dir, env: {}, adopt: options.adopt }));
  const diff = (out: string, configPath = config) => capture(() => runDiff({ configPath, outDir: out, repoRoot: dir, env: {} }));

  beforeAll(() => {
    dir = tempDir();
    config = path.join(dir, 'config.yaml');
    fs.writeFileSync(config, stringify({ ...minimalRaw(), sops_plaintext_output: true }));
    changedConfig = path.join(dir, 'changed.yaml');
    fs.writeFileSync(changedConfig, stringify({ ...minimalRaw(), sops_plaintext_output: true, langfuse_web_replicas: 2 }));
  });

  test('a hand-written file at a path synth emits stops synth with exit 2, naming it, and nothing is written', async () => {
    const out = path.join(dir, 'handwritten');
    fs.mkdirSync(path.join(out, APP, 'app'), { recursive: true });
    fs.writeFileSync(path.join(out, HELMRELEASE), '# my own HelmRelease\n');
    const before = snapshotTree(out);
    const { code, err } = await synth(out);
    expect(code).toBe(2);
    expect(err).toContain('synth stopped before writing anything: a file');
    expect(err).toContain(`  ${HELMRELEASE}: not written by langfuse-cdk8s (not in its manifest)`);
    expect(err).toContain('synth --adopt');
    noStack(err);
    expect(snapshotTree(out)).toEqual(before);
  });

  test('diff marks that file and says synth would stop there', async () => {
    const out = path.join(dir, 'handwritten');
    const { code, out: text } = await diff(out);
    expect(code).toBe(1);
    expect(text).toContain(`changed  ${HELMRELEASE} (not written by langfuse-cdk8s (not in its manifest): synth stops here unless --adopt)`);
  });

  test('--adopt takes it over: overwritten, reported, and owned with its hash', async () => {
    const out = path.join(dir, 'handwritten');
    const { code, out: text } = await synth(out, { adopt: true });
    expect(code).toBe(0);
    expect(text).toContain(`synth: adopted 1 files it had not written: ${HELMRELEASE}`);
    const manifest = JSON.parse(fs.readFileSync(path.join(out, OWNED_FILES_MANIFEST), 'utf8'));
    expect(manifest.files[HELMRELEASE]).toBe(sha256(fs.readFileSync(path.join(out, HELMRELEASE))));
    expect((await synth(out, { configPath: changedConfig })).code).toBe(0);
  });

  test.each([
    ['/', 'is the system folder /'],
    [process.env.HOME ?? '/root', 'is the system folder'],
  ])('--out %s is refused with exit 2 before anything is rendered or written', async (out, message) => {
    const { code, err } = await synth(out);
    expect(code).toBe(2);
    expect(err).toContain(message);
    noStack(err);
    expect(fs.existsSync(path.join(out, OWNED_FILES_MANIFEST))).toBe(false);
  });

  test('--out naming a file is refused with exit 2, by synth and by diff', async () => {
    const file = path.join(dir, 'a-file');
    fs.writeFileSync(file, 'x\n');
    for (const { code, err } of [await synth(file), await diff(file)]) {
      expect(code).toBe(2);
      expect(err).toContain('is a file, not a folder');
      noStack(err);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe('x\n');
  });

  test('a symlinked app folder inside --out stops synth and diff with exit 2, and nothing is written through it', async () => {
    const out = path.join(dir, 'linked');
    const elsewhere = tempDir('langfuse-elsewhere-');
    fs.mkdirSync(path.join(out, 'kubernetes/apps/ai-system'), { recursive: true });
    fs.symlinkSync(elsewhere, path.join(out, APP));
    const synthed = await synth(out);
    expect(synthed.code).toBe(2);
    expect(synthed.err).toContain(`${HELMRELEASE}: ${APP} is a symbolic link`);
    noStack(synthed.err);
    const diffed = await diff(out);
    expect(diffed.code).toBe(2);
    expect(diffed.err).toContain(`${APP} is a symbolic link`);
    expect(fs.readdirSync(elsewhere)).toEqual([]);
  });

  test('diff never reads or lists a manifest entry outside the tree, and warns about it', async () => {
    const out = path.join(dir, 'tampered');
    expect((await synth(out)).code).toBe(0);
    const secret = path.join(tempDir('langfuse-outside-'), 'ks.yaml');
    fs.writeFileSync(secret, 'outside: the tree\n');
    const manifestFile = path.join(out, OWNED_FILES_MANIFEST);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    const outside = path.relative(out, secret);
    manifest.files[outside] = sha256('outside: the tree\n');
    fs.writeFileSync(manifestFile, JSON.stringify(manifest));
    const { code, out: text } = await diff(out);
    expect(code).toBe(0);
    expect(text).not.toContain('outside: the tree');
    expect(text).toContain(`warning: ${OWNED_FILES_MANIFEST}: ignored an entry, never touched: ${JSON.stringify(outside)}`);
    expect((await synth(out)).code).toBe(0);
    expect(fs.readFileSync(secret, 'utf8')).toBe('outside: the tree\n');
  });

  test('diff and validate report what an interrupted synth left; the next synth removes it', async () => {
    const out = path.join(dir, 'leftovers');
    expect((await synth(out)).code).toBe(0);
    stageFile(createStaging(out), 'half-staged\n');
    fs.writeFileSync(path.join(out, TREE_LOCK_FILE), JSON.stringify({ pid: 2 ** 22 + 1, hostname: os.hostname(), started: 'then' }));
    // what a killed write leaves: the start of the file's content
    fs.writeFileSync(path.join(out, `${HELMRELEASE}.tmp-12345`), fs.readFileSync(path.join(out, HELMRELEASE), 'utf8').slice(0, 40));
    const diffed = await diff(out);
    expect(diffed.out).toContain('warning: .langfuse-cdk8s-staging: the staging folder of an interrupted synth');
    expect(diffed.out).toContain(`warning: ${TREE_LOCK_FILE}: the lock of a synth that is no longer running`);
    expect(diffed.out).toContain(`warning: ${HELMRELEASE}.tmp-12345: a temporary file of an interrupted older langfuse-cdk8s`);
    const validated = await capture(() => runValidate({ dir: out, skip: ['schema', 'kustomize', 'secret-in-clear', 'chart-values'] }));
    expect(validated.code).toBe(1);
    expect(validated.out).toContain('.langfuse-cdk8s-staging: -: -: the staging folder of an interrupted synth (the tree itself was not changed); '
      + 'the next synth removes it [leftovers]');
    expect(validated.out).toContain(`warning: ${TREE_LOCK_FILE}: -: -: the lock of a synth that is no longer running`);
    const synthed = await synth(out);
    expect(synthed.code).toBe(0);
    expect(synthed.err).toContain('removed .langfuse-cdk8s-staging of an interrupted synth');
    expect(synthed.err).toContain(`removed 1 temporary files of an interrupted older langfuse-cdk8s: ${HELMRELEASE}.tmp-12345`);
    expect(fs.existsSync(path.join(out, `${HELMRELEASE}.tmp-12345`))).toBe(false);
    expect(fs.readdirSync(out).sort()).toEqual([OWNED_FILES_MANIFEST, 'kubernetes']);
  });

  test('an old temporary file is removed only when provably an older synth\'s: named after a file it writes, its process gone, holding the start of that file', async () => {
    const out = path.join(dir, 'old-temps');
    expect((await synth(out)).code).toBe(0);
    const folder = path.dirname(path.join(out, HELMRELEASE));
    const temps = {
      dead: `${HELMRELEASE}.tmp-${2 ** 22 + 7}`, alive: `${HELMRELEASE}.tmp-${process.pid}`, other: `${path.dirname(HELMRELEASE)}/notes.yaml.tmp-99`,
      handmade: `${HELMRELEASE}.tmp-${2 ** 22 + 9}`,
    };
    const partial = fs.readFileSync(path.join(out, HELMRELEASE), 'utf8').slice(0, 40);
    for (const file of Object.values(temps)) fs.writeFileSync(path.join(out, file), file === temps.handmade ? 'my own notes, named like a temporary file\n' : partial);
    fs.symlinkSync('/etc/hostname', path.join(folder, `${path.basename(HELMRELEASE)}.tmp-${2 ** 22 + 8}`));
    const synthed = await synth(out);
    expect(synthed.code).toBe(0);
    expect(synthed.err).toContain(`removed 1 temporary files of an interrupted older langfuse-cdk8s: ${temps.dead}`);
    const kept = /left in place (.*): named like temporary files/.exec(synthed.err)?.[1].split(', ').sort();
    // alive: its process runs; the link: not a regular file; handmade: holds neither the old nor the new content
    expect(kept).toEqual([temps.alive, temps.handmade, `${HELMRELEASE}.tmp-${2 ** 22 + 8}`].sort());
    expect(fs.readFileSync(path.join(out, temps.handmade), 'utf8')).toBe('my own notes, named like a temporary file\n');
    expect(fs.existsSync(path.join(out, temps.dead))).toBe(false);
    expect(fs.existsSync(path.join(out, temps.alive))).toBe(true);
    expect(fs.existsSync(path.join(out, temps.other))).toBe(true);
    expect(fs.lstatSync(path.join(folder, `${path.basename(HELMRELEASE)}.tmp-${2 ** 22 + 8}`)).isSymbolicLink()).toBe(true);
    const validated = await capture(() => runValidate({ dir: out, skip: ['schema', 'kustomize', 'secret-in-clear', 'chart-values'] }));
    expect(validated.out).toContain(`${temps.other}: -: -: a temporary file of an interrupted older langfuse-cdk8s`);
  });
});

describe('cdk8s synth (main.ts) and the CLI', () => {
  test('LANGFUSE_ADOPT=1 is --adopt for the cdk8s entry point, and --adopt is a synth option of the CLI', () => {
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    const config = path.join(dir, 'config.yaml');
    fs.writeFileSync(config, stringify({ ...minimalRaw(), sops_plaintext_output: true }));
    fs.mkdirSync(path.join(out, APP), { recursive: true });
    fs.writeFileSync(path.join(out, APP, 'ks.yaml'), '# templated\n');
    const run = (args: string[], env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'launch.js'), ...args], {
      cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, LANGFUSE_CONFIG: config, LANGFUSE_OUT: out, ...env },
    });
    const refused = run(['main'], {});
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('LANGFUSE_ADOPT=1');
    expect(fs.readFileSync(path.join(out, APP, 'ks.yaml'), 'utf8')).toBe('# templated\n');
    expect(run(['main'], { LANGFUSE_ADOPT: '1' }).status).toBe(0);
    expect(fs.readFileSync(path.join(out, APP, 'ks.yaml'), 'utf8')).toContain('kind: Kustomization');
    fs.writeFileSync(path.join(out, APP, 'ks.yaml'), '# edited\n');
    expect(run(['cli', 'synth', '--out', out], {}).status).toBe(2);
    expect(run(['cli', 'synth', '--out', out, '--adopt'], {}).status).toBe(0);
    expect(run(['cli', 'synth', '--help'], {}).stdout).toContain('--adopt');
  }, 60_000);
});
