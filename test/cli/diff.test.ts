import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { shownPath } from '../../bin/commands/caller-paths';
import { diffCommand, runDiff } from '../../bin/commands/diff';
import { runSynth } from '../../bin/commands/synth';
import { unifiedDiff } from '../../lib/output/unified-diff';
import { exampleRaw, minimalRaw, tempDir } from '../support/fixtures';
import { ageEnv, capture, snapshotTree } from './support';

const APP = 'kubernetes/apps/ai-system/langfuse';

describe('diff', () => {
  let dir: string;
  let out: string;
  let env: NodeJS.ProcessEnv;
  let before: Record<string, string>;
  let configs = 0;
  const configWith = (extra: Record<string, unknown>) => {
    const file = path.join(dir, `config-${configs++}.yaml`);
    fs.writeFileSync(file, stringify({ ...minimalRaw(), ...extra }));
    return file;
  };
  const diff = (extra: Record<string, unknown>, withEnv = env) =>
    capture(() => runDiff({ configPath: configWith(extra), outDir: out, repoRoot: dir, env: withEnv }));

  beforeAll(async () => {
    // GIVEN a tree synthesized with an age key that can read it back
    dir = tempDir();
    out = path.join(dir, 'dist');
    env = (await ageEnv()).env;
    expect((await capture(() => runSynth({ configPath: configWith({}), outDir: out, repoRoot: dir, env }))).code).toBe(0);
    before = snapshotTree(out);
  });
  afterEach(() => expect(snapshotTree(out)).toEqual(before));

  test('exits 0 and reports nothing when synth would change nothing', async () => {
    const { code, lines } = await diff({});
    expect(code).toBe(0);
    expect(lines).toEqual(['diff: 0 added, 0 changed, 0 removed under ' + shownPath(out)]);
  });

  test('exits 1 with a line diff of a changed file', async () => {
    const { code, out: text } = await diff({ langfuse_web_replicas: 2 });
    expect(code).toBe(1);
    expect(text).toContain(`changed  ${APP}/app/helmrelease.yaml`);
    expect(text).toContain(`--- a/${APP}/app/helmrelease.yaml`);
    expect(text).toMatch(/^-\s+replicas: 1$/m);
    expect(text).toMatch(/^\+\s+replicas: 2$/m);
    expect(text).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@$/m);
    expect(text).toContain('diff: 0 added, 1 changed, 0 removed');
  });

  test('says only "changed" for a Secret file and never prints a secret', async () => {
    const salt = 'NewSaltValue0123456789NewSaltValue0123456789';
    const { code, out: text } = await diff({ langfuse_salt: salt });
    expect(code).toBe(1);
    expect(text).toContain(`changed  ${APP}/app/secret.sops.yaml (Secret file: content not shown)`);
    expect(text).not.toContain(salt);
    expect(text).not.toContain('ENC[');
  });

  test('lists added files and removed files of the previous synth', async () => {
    // (the example config is a v4 install: a skip from the bundled v3 tree that diff, like synth, refuses)
    expect((await diff({ ...exampleRaw(), sops_plaintext_output: false })).code).toBe(2);
    const added = await diff({ monitoring_enabled: true, langfuse_monitoring_enabled: true, network_policies_enabled: true });
    expect(added.code).toBe(1);
    expect(added.out).toMatch(/^added {4}\S+/m);
    const removed = await diff({ langfuse_enabled: false });
    expect(removed.code).toBe(1);
    expect(removed.out).toContain(`removed  ${APP}/app/helmrelease.yaml`);
    expect(removed.out).toContain(`removed  ${APP}/app/secret.sops.yaml (Secret file: content not shown)`);
  });

  test('without an age identity, encrypted files cannot be compared and it says so', async () => {
    const { code, out: text } = await diff({}, { SOPS_AGE_RECIPIENTS: env.SOPS_AGE_RECIPIENTS });
    expect(code).toBe(1);
    expect(text).toContain('(Secret file: content not shown)');
    expect(text).toContain('note: no age identity');
  });

  test('exits 2 on a bad config', async () => {
    const { code, err } = await capture(() => diffCommand.run(['--config', configWith({ langfuse_web_replicas: 'two' }), '--out', out]));
    expect(code).toBe(2);
    expect(err).toContain('langfuse_web_replicas = "two": must be a whole number from 1 to 10');
  });
});

describe('unifiedDiff', () => {
  test('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', 'f')).toBe('');
  });

  test('shows changed lines with context and hunk headers', () => {
    const before = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'].join('\n');
    const after = ['1', '2', '3', '4', 'five', '6', '7', '8', '9', '10'].join('\n');
    expect(unifiedDiff(before, after, 'f').split('\n')).toEqual([
      '--- a/f', '+++ b/f', '@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8',
    ]);
  });

  test('diffs a new file against nothing', () => {
    expect(unifiedDiff('', 'a\nb\n', 'f').split('\n')).toEqual(['--- a/f', '+++ b/f', '@@ -0,0 +1,2 @@', '+a', '+b']);
  });
});
