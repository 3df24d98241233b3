import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runSynth } from '../../bin/commands/synth';
import { ConfigError } from '../../lib/config/errors';
import { parseConfigInstances } from '../../lib/config/load';
import { plaintextEncoder } from '../../lib/output/plaintext-encoder';
import { DeletionGuardError } from '../../lib/output/tree-writer';
import { synthesizeFluxTree } from '../../lib/synth';
import { UPGRADE_STEP_ANNOTATION, UpgradeStep } from '../../lib/upgrade/upgrade-path';
import { minimalRaw, snapshotTree, tempDir } from '../support/fixtures';
import { applyEdits, LEGACY_BASE, pathConfigs } from './support';

const PATH = new Map(pathConfigs());
const raw = (step: UpgradeStep, extra: Record<string, unknown> = {}) => ({ ...PATH.get(step)!, ...extra });
const KS = 'kubernetes/apps/ai-system/langfuse/ks.yaml';

const synth = (config: Record<string, unknown>, outDir: string, allowDelete?: boolean) => synthesizeFluxTree({
  configs: parseConfigInstances(config, 'langfuse.yaml'), outDir, encoder: plaintextEncoder, configSource: 'langfuse.yaml', allowDelete,
});

/** The problems a synth onto `outDir` reports, as "key: message" (none when it succeeds). */
async function problems(config: Record<string, unknown>, outDir: string, allowDelete?: boolean): Promise<string[]> {
  try {
    await synth(config, outDir, allowDelete);
    return [];
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => `${p.key}: ${p.message}`);
    throw e;
  }
}

/** A tree synthesized at each of `steps` in turn. */
async function treeAt(...steps: UpgradeStep[]): Promise<string> {
  const out = tempDir();
  for (const step of steps) await synth(raw(step), out);
  return out;
}

describe('synth moves an instance one stage at a time, from what the previous tree records', () => {
  test('every stage follows the one before, from the legacy tree to events_only', async () => {
    const out = tempDir();
    for (const [step, config] of PATH) {
      await synth(config, out);
      const ks = fs.readFileSync(path.join(out, KS), 'utf8');
      expect(ks.includes(`${UPGRADE_STEP_ANNOTATION}: ${step}`)).toBe(step !== UpgradeStep.BUNDLED);
    }
  });

  test('fails when a stage is skipped, naming the key, the recorded and the requested stage, and leaves the tree untouched', async () => {
    const out = await treeAt(UpgradeStep.BUNDLED, UpgradeStep.PREPARE);
    const before = snapshotTree(out);
    const found = await problems(raw(UpgradeStep.FREEZE), out);
    expect(found).toEqual([expect.stringMatching(/^langfuse_clickhouse_migration: cannot move from "prepare" to "freeze": a stage moves one step at a time, from "prepare" only forward to "copy", or back to "v3-bundled"/)]);
    expect(found[0]).toContain(`(the previous tree's stage is from ${KS})`);
    expect(snapshotTree(out)).toEqual(before);
  });

  test('a legacy tree cannot jump to the operator\'s empty ClickHouse, nor to v4', async () => {
    const legacy = await treeAt(UpgradeStep.BUNDLED);
    expect(await problems(raw(UpgradeStep.OPERATOR), legacy)).toEqual([expect.stringContaining('cannot move from "v3-bundled" to "v3-operator"')]);
    expect(await problems({ ...minimalRaw(), langfuse_version: 4 }, legacy)).toEqual([expect.stringMatching(/^langfuse_version: cannot move from "v3-bundled" to "v4-events-only"/)]);
  });

  test.each([
    [UpgradeStep.COPY, UpgradeStep.PREPARE],
    [UpgradeStep.FREEZE, UpgradeStep.COPY],
    [UpgradeStep.CUTOVER, UpgradeStep.FREEZE],
    [UpgradeStep.PREPARE, UpgradeStep.BUNDLED],
    [UpgradeStep.V4_DUAL, UpgradeStep.V4_LEGACY],
    [UpgradeStep.V4_BACKFILL, UpgradeStep.V4_DUAL],
  ])('steps back one stage, from %s to %s', async (from, to) => {
    const out = tempDir();
    const order = [...PATH.keys()];
    for (const step of order.slice(0, order.indexOf(from) + 1)) await synth(raw(step), out);
    const back = to === UpgradeStep.BUNDLED ? applyEdits(raw(UpgradeStep.PREPARE), [{ key: 'langfuse_clickhouse_migration', value: undefined }, { key: 'langfuse_clickhouse_backend', value: 'bundled' }]) : raw(to);
    // Only the step back from prepare removes stateful objects (the new cluster's app): it needs --allow-delete, as its rollback says.
    const allowDelete = from === UpgradeStep.PREPARE;
    if (allowDelete) await expect(synth(back, out)).rejects.toBeInstanceOf(DeletionGuardError);
    expect(await problems(back, out, allowDelete)).toEqual([]);
    expect(fs.readFileSync(path.join(out, KS), 'utf8').includes(`${UPGRADE_STEP_ANNOTATION}: ${to}`)).toBe(to !== UpgradeStep.BUNDLED);
  });

  test.each([
    [UpgradeStep.V4_EVENTS_ONLY, UpgradeStep.V4_DUAL, 'events_only is the point of no return'],
    [UpgradeStep.V4_LEGACY, UpgradeStep.OPERATOR, 'moved the ClickHouse schema past the last migration the v3 image knows'],
    [UpgradeStep.CLEANUP, UpgradeStep.CUTOVER, 'stepping back would start the final copy again'],
  ])('refuses the step back from %s to %s, saying why', async (from, to, why) => {
    const out = tempDir();
    const order = [...PATH.keys()];
    for (const step of order.slice(0, order.indexOf(from) + 1)) await synth(raw(step), out);
    expect(await problems(raw(to), out)).toEqual([expect.stringContaining(why)]);
  });

  test('events_only after dual write needs langfuse_v4_events_only_confirmed: true; a new install does not', async () => {
    const dual = await treeAt(UpgradeStep.BUNDLED, UpgradeStep.PREPARE, UpgradeStep.COPY, UpgradeStep.FREEZE, UpgradeStep.CUTOVER, UpgradeStep.CLEANUP,
      UpgradeStep.OPERATOR, UpgradeStep.V4_LEGACY, UpgradeStep.V4_DUAL);
    const unconfirmed = applyEdits(raw(UpgradeStep.V4_EVENTS_ONLY), [{ key: 'langfuse_v4_events_only_confirmed', value: undefined }]);
    expect(await problems(unconfirmed, dual)).toEqual([expect.stringMatching(/^langfuse_v4_events_only_confirmed: moving from "v4-dual" to "v4-events-only" needs langfuse_v4_events_only_confirmed: true/)]);
    expect(await problems(raw(UpgradeStep.V4_EVENTS_ONLY), dual)).toEqual([]);
    expect(await problems({ ...minimalRaw(), langfuse_version: 4 }, tempDir())).toEqual([]);
  });

  test('a tree from before the annotation is read from its HelmRelease', async () => {
    const out = tempDir();
    await synth({ ...minimalRaw(), langfuse_version: 4 }, out);
    const file = path.join(out, KS);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/ {2}annotations:\n {4}langfuse-cdk8s\/upgrade-step: v4-events-only\n/, ''));
    expect(fs.readFileSync(file, 'utf8')).not.toContain(UPGRADE_STEP_ANNOTATION);
    expect(await problems({ ...minimalRaw(), langfuse_version: 4, langfuse_v4_write_mode: 'dual' }, out))
      .toEqual([expect.stringContaining(`cannot move from "v4-events-only" to "v4-dual"`)]);
    expect((await problems({ ...minimalRaw(), langfuse_version: 4, langfuse_v4_write_mode: 'dual' }, out))[0]).toContain('kubernetes/apps/ai-system/langfuse/app/helmrelease.yaml');
  });

  test('a hand-edited tree is an error that names the file, not a guess', async () => {
    const out = await treeAt(UpgradeStep.BUNDLED, UpgradeStep.PREPARE);
    const file = path.join(out, KS);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('upgrade-step: prepare', 'upgrade-step: halfway'));
    expect(await problems(raw(UpgradeStep.COPY), out)).toEqual([
      expect.stringMatching(/^langfuse_clickhouse_migration: cannot be checked against the previous tree: kubernetes\/apps\/ai-system\/langfuse\/ks.yaml: its annotation langfuse-cdk8s\/upgrade-step is "halfway"/),
    ]);
    fs.writeFileSync(file, 'metadata: [unclosed\n');
    expect(await problems(raw(UpgradeStep.COPY), out)).toEqual([expect.stringContaining('it is not YAML')]);
  });

  test('a migration stage without any previous tree synthesizes, with a warning that its order was not checked', async () => {
    const { warnings } = await synth(raw(UpgradeStep.COPY), tempDir());
    expect(warnings).toContainEqual(expect.stringContaining('langfuse: no previous tree at kubernetes/apps/ai-system/langfuse/ks.yaml records the upgrade stage, so moving to "copy" was not checked'));
    expect((await synth(raw(UpgradeStep.BUNDLED), tempDir())).warnings.some((w) => w.includes('no previous tree'))).toBe(false);
  });

  test('a cutover does not warn about a new, empty database: the copy was checked', async () => {
    const out = await treeAt(UpgradeStep.BUNDLED, UpgradeStep.PREPARE, UpgradeStep.COPY, UpgradeStep.FREEZE);
    const { warnings } = await synth(raw(UpgradeStep.CUTOVER), out);
    expect(warnings.some((w) => w.includes('a new and empty database'))).toBe(false);
  });

  test('with several instances, each moves on its own and the key names its entry', async () => {
    const instances = (a: UpgradeStep, b: UpgradeStep) => {
      const pick = (step: UpgradeStep, name: string, ns: string) => {
        const entry: Record<string, unknown> = { langfuse_instance_name: name, langfuse_namespace: ns };
        for (const key of ['langfuse_version', 'langfuse_clickhouse_backend', 'langfuse_clickhouse_migration']) if (key in raw(step)) entry[key] = raw(step)[key];
        return entry;
      };
      return { ...LEGACY_BASE, instances: [pick(a, 'langfuse-a', 'a'), pick(b, 'langfuse-b', 'b')] };
    };
    const out = tempDir();
    await synth(instances(UpgradeStep.BUNDLED, UpgradeStep.BUNDLED), out);
    await synth(instances(UpgradeStep.PREPARE, UpgradeStep.BUNDLED), out);
    expect(await problems(instances(UpgradeStep.COPY, UpgradeStep.COPY), out)).toEqual([
      expect.stringMatching(/^instances\[1\]\.langfuse_clickhouse_migration: cannot move from "v3-bundled" to "copy"/),
    ]);
    expect(await problems(instances(UpgradeStep.COPY, UpgradeStep.PREPARE), out)).toEqual([]);
  });

  test('the CLI exits 2 with the message and no stack trace', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    const file = path.join(dir, 'langfuse.yaml');
    const quiet = [jest.spyOn(console, 'log').mockImplementation(() => undefined), jest.spyOn(console, 'warn').mockImplementation(() => undefined)];
    const errors: string[] = [];
    const error = jest.spyOn(console, 'error').mockImplementation((m: unknown) => { errors.push(String(m)); });
    try {
      fs.writeFileSync(file, stringify({ ...raw(UpgradeStep.BUNDLED), sops_plaintext_output: true }));
      expect(await runSynth({ configPath: file, outDir: out, repoRoot: dir, env: {} })).toBe(0);
      fs.writeFileSync(file, stringify({ ...raw(UpgradeStep.COPY), sops_plaintext_output: true }));
      expect(await runSynth({ configPath: file, outDir: out, repoRoot: dir, env: {} })).toBe(2);
      expect(errors.join('\n')).toContain(`config ${file} has 1 problem:\n  - langfuse_clickhouse_migration: cannot move from "v3-bundled" to "copy"`);
      expect(errors.join('\n')).not.toMatch(/\n\s+at /);
    } finally {
      for (const spy of [...quiet, error]) spy.mockRestore();
    }
  });
});

describe('diff', () => {
  test('refuses the stages synth refuses, with exit 2, before showing any change', async () => {
    const { runDiff } = await import('../../bin/commands/diff');
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    await synth(raw(UpgradeStep.BUNDLED), out);
    const file = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(file, stringify({ ...raw(UpgradeStep.FREEZE), sops_plaintext_output: true }));
    const errors: string[] = [];
    const spies = [jest.spyOn(console, 'log').mockImplementation(() => undefined), jest.spyOn(console, 'error').mockImplementation((m: unknown) => { errors.push(String(m)); })];
    try {
      expect(await runDiff({ configPath: file, outDir: out, repoRoot: dir, env: {} })).toBe(2);
      expect(errors.join('\n')).toContain('langfuse_clickhouse_migration: cannot move from "v3-bundled" to "freeze"');
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});
