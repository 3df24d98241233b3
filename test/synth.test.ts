import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runSynth } from '../bin/commands/synth';
import { minimalRaw, snapshotTree, tempDir } from './support/fixtures';

function writeConfig(dir: string, raw: Record<string, unknown>): string {
  const file = path.join(dir, 'config.yaml');
  fs.writeFileSync(file, stringify(raw));
  return file;
}

const quiet = () => {
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  return jest.spyOn(console, 'error').mockImplementation(() => undefined);
};

/** A run with no .sops.yaml and no SOPS environment: only plaintext output is possible. */
const isolated = (dir: string) => ({ repoRoot: dir, env: {} });

describe('runSynth', () => {
  afterEach(() => jest.restoreAllMocks());
  const plaintext = { ...minimalRaw(), sops_plaintext_output: true };

  test('writes ks.yaml and app/ with a kustomization listing exactly the emitted files', async () => {
    quiet();
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    expect(await runSynth({ configPath: writeConfig(dir, plaintext), outDir: out, ...isolated(dir) })).toBe(0);
    const tree = snapshotTree(out);
    const app = 'kubernetes/apps/ai-system/langfuse';
    expect(Object.keys(tree).sort()).toEqual([
      '.langfuse-cdk8s-files.json', 'kubernetes/apps/ai-system/kustomization.yaml', `${app}/app/helmrelease.yaml`, `${app}/app/helmrepository.yaml`, `${app}/app/httproute.yaml`, `${app}/app/kustomization.yaml`,
      `${app}/app/namespace.yaml`, `${app}/app/postgresql.yaml`, `${app}/app/secret.sops.yaml`, `${app}/ks.yaml`,
    ]);
    expect(tree[`${app}/app/kustomization.yaml`]).toBe([
      'apiVersion: kustomize.config.k8s.io/v1beta1', 'kind: Kustomization', 'resources:', '  - ./namespace.yaml', '  - ./helmrelease.yaml',
      '  - ./helmrepository.yaml', '  - ./httproute.yaml', '  - ./postgresql.yaml', '  - ./secret.sops.yaml', '',
    ].join('\n'));
  });

  test('is deterministic: the same config gives byte-identical files', async () => {
    quiet();
    const dir = tempDir();
    const config = writeConfig(dir, plaintext);
    await runSynth({ configPath: config, outDir: path.join(dir, 'one'), ...isolated(dir) });
    await runSynth({ configPath: config, outDir: path.join(dir, 'two'), ...isolated(dir) });
    expect(snapshotTree(path.join(dir, 'two'))).toEqual(snapshotTree(path.join(dir, 'one')));
  });

  test('on a bad config, exits 2 with the problem and leaves the previous tree as it was', async () => {
    const error = quiet();
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    await runSynth({ configPath: writeConfig(dir, plaintext), outDir: out, ...isolated(dir) });
    const before = snapshotTree(out);
    const bad = writeConfig(dir, { ...plaintext, langfuse_salt: 'short', langfuse_enabeld: true });
    expect(await runSynth({ configPath: bad, outDir: out, ...isolated(dir) })).toBe(2);
    expect(snapshotTree(out)).toEqual(before);
    const message = error.mock.calls.map((c) => String(c[0])).join('\n');
    expect(message).toContain('langfuse_salt = <hidden, 5 characters>: must be at least 32 characters');
    expect(message).toContain('langfuse_enabeld: unknown key; did you mean "langfuse_enabled"?');
    expect(message).not.toMatch(/\n\s+at /);
  });

  test('turning Langfuse off removes the app folder it wrote, and nothing else', async () => {
    quiet();
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    await runSynth({ configPath: writeConfig(dir, plaintext), outDir: out, ...isolated(dir) });
    fs.mkdirSync(path.join(out, 'kubernetes/apps/other'), { recursive: true });
    fs.writeFileSync(path.join(out, 'kubernetes/apps/other/ks.yaml'), 'mine\n');
    const off = writeConfig(dir, { langfuse_enabled: false });
    // (a deletion of a whole app is never silent: without --allow-delete synth stops and changes nothing)
    const before = snapshotTree(out);
    expect(await runSynth({ configPath: off, outDir: out, ...isolated(dir) })).toBe(2);
    expect(snapshotTree(out)).toEqual(before);
    expect(await runSynth({ configPath: off, outDir: out, allowDelete: true, ...isolated(dir) })).toBe(0);
    expect(Object.keys(snapshotTree(out)).sort()).toEqual(['.langfuse-cdk8s-files.json', 'kubernetes/apps/other/ks.yaml']);
  });

  test('without an age recipient, refuses to write Secrets, says how to add one, and writes nothing', async () => {
    const error = quiet();
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    expect(await runSynth({ configPath: writeConfig(dir, minimalRaw()), outDir: out, ...isolated(dir) })).toBe(2);
    const message = String(error.mock.calls[0][0]);
    expect(message).toContain('no age recipient for dist/kubernetes/apps/ai-system/langfuse/app/secret.sops.yaml');
    expect(message).toContain('SOPS_AGE_RECIPIENTS');
    expect(fs.existsSync(out)).toBe(false);
  });

  test('plaintext output is written only on explicit request, behind a warning header', async () => {
    quiet();
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    await runSynth({ configPath: writeConfig(dir, plaintext), outDir: out, ...isolated(dir) });
    expect(fs.readFileSync(path.join(out, 'kubernetes/apps/ai-system/langfuse/app/secret.sops.yaml'), 'utf8')).toMatch(/^# WARNING: UNENCRYPTED SECRETS/);
  });

  test('a missing config file is a config error, not a crash', async () => {
    const error = quiet();
    expect(await runSynth({ configPath: '/nonexistent/config.yaml', outDir: tempDir() })).toBe(2);
    expect(String(error.mock.calls[0][0])).toContain('(file): cannot be read: ENOENT');
  });
});
