import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { runSynth } from '../../bin/commands/synth';
import { upgradeCommand } from '../../bin/commands/upgrade';
import { parseConfigInstances } from '../../lib/config/load';
import { toChartProps } from '../../lib/config/to-props';
import { upgradeStep, UpgradeStep } from '../../lib/upgrade/upgrade-path';
import { REPO_ROOT, tempDir } from '../support/fixtures';
import { capture } from './support';

const FIXTURES = path.join(REPO_ROOT, 'test', 'fixtures', 'legacy-v3');
const STAGE_KEY = /^\s*(-\s+)?(langfuse_version|langfuse_clickhouse_backend|langfuse_clickhouse_migration|langfuse_v4_write_mode|langfuse_v4_historic_backfill|langfuse_v4_events_only_confirmed):/;

/** A copy of a legacy fixture config in a fresh folder, with an empty tree folder next to it. */
function workspace(fixture = 'example-at-49f0604.yaml'): { config: string; out: string; dir: string } {
  const dir = tempDir('upgrade-');
  const config = path.join(dir, 'langfuse.yaml');
  fs.copyFileSync(path.join(FIXTURES, fixture), config);
  return { config, out: path.join(dir, 'dist'), dir };
}

const run = (...args: string[]) => capture(() => upgradeCommand.run(args));
const stepsOf = (file: string) => parseConfigInstances(parse(fs.readFileSync(file, 'utf8'))).map((c) => upgradeStep(toChartProps(c)!));

/** Lines that differ between two texts of equal line structure, plus added and removed lines. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  return { removed: a.filter((l) => !b.includes(l)), added: b.filter((l) => !a.includes(l)) };
}

async function synthQuietly(config: string, out: string, dir: string): Promise<number> {
  const text = fs.readFileSync(config, 'utf8');
  const plaintext = path.join(dir, 'plaintext.yaml');
  fs.writeFileSync(plaintext, `${text}\nsops_plaintext_output: true\n`);
  const spies = ['log', 'warn', 'error'].map((m) => jest.spyOn(console, m as 'log').mockImplementation(() => undefined));
  try {
    return await runSynth({ configPath: plaintext, outDir: out, repoRoot: dir, env: {} });
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('upgrade plan', () => {
  test('prints every stage from the legacy config to events_only, each with its edit, changes, checks, downtime and rollback', async () => {
    const { config, out } = workspace();
    const { code, out: text } = await run('plan', '--config', config, '--out', out);
    expect(code).toBe(0);
    // GIVEN a config from before langfuse_version THEN the plan starts at the bundled v3 install
    expect(text).toMatch(/^# langfuse \(namespace ai-system\): now at "v3-bundled"; 10 stages to "v4-events-only"$/m);
    const headings = text.split('\n').filter((l) => l.startsWith('## ')).map((l) => /\[([a-z0-9-]+)\]$/.exec(l)![1]);
    expect(headings).toEqual(['v3-bundled', 'prepare', 'copy', 'freeze', 'cutover', 'cleanup', 'v3-operator', 'v4-legacy', 'v4-dual', 'v4-backfill', 'v4-events-only']);
    for (const section of text.split('\n## ').slice(2)) {
      expect(section).toContain('config edit:\n');
      expect(section).toContain('what synth changes:\n');
      expect(section).toContain('checks to pass before the next stage:\n');
      expect(section).toMatch(/\nexpected downtime: .+/);
      expect(section).toMatch(/\nrollback: .+/);
    }
    // the checks the issue names
    for (const check of [
      'kubectl -n ai-system get clickhouseclusters.clickhouse.com,keeperclusters.clickhouse.com langfuse-analytics',
      'SELECT version, dirty FROM default.schema_migrations ORDER BY sequence DESC LIMIT 1',
      'kubectl -n ai-system logs -l app.kubernetes.io/component=copy --tail=40',
      'SELECT (SELECT count() FROM default.traces FINAL) AS traces',
      'until kubectl -n ai-system get job/langfuse-clickhouse-final-copy',
      'http://localhost:3000/api/public/ready',
      '20250814_1001_migrate_dataset_run_items_rmt_pg_to_ch',
      'langfuse_queue_depth',
    ]) expect(text).toContain(check);
    expect(text).toContain('expected downtime: starts here: no UI, API or ingestion until cutover\'s web is ready');
    // the background migrations are checked before prepare, not only before v4
    expect(text.split('\n## ')[1]).toMatch(/^now: Start: .*\n[^]*SELECT name, finished_at, failed_at FROM background_migrations ORDER BY name'/);
    expect(text).toContain('rollback: none: events_only is the point of no return');
    expect(text).toMatchSnapshot();
  });

  test('starts at the stage the config is in, and notes when the tree records another one', async () => {
    const { config, out, dir } = workspace();
    expect(await synthQuietly(config, out, dir)).toBe(0);
    const raw = parse(fs.readFileSync(config, 'utf8'));
    fs.writeFileSync(config, stringify({ ...raw, langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: 'copy' }));
    const { out: text } = await run('plan', '--config', config, '--out', out);
    expect(text).toMatch(/^# NOTE: the config is at "copy" but .*\/langfuse\/app\/helmrelease\.yaml records "v3-bundled": synthesize and commit the config/m);
    expect(text).toMatch(/now at "copy"; 8 stages to "v4-events-only"/);
    expect(text).not.toContain('[prepare]');
  });

  test('plans every instance of a file with instances, each from its own stage, with its own names', async () => {
    const { config, out } = workspace('teams-at-49f0604.yaml');
    const { code, out: text } = await run('plan', '--config', config, '--out', out);
    expect(code).toBe(0);
    expect(text).toContain('# langfuse-research (namespace research): now at "v3-bundled"');
    expect(text).toContain('# langfuse-product (namespace product): now at "v3-bundled"');
    expect(text).toContain('flux get kustomizations -n flux-system langfuse-product-analytics langfuse-product-clickhouse-migration');
    expect((await run('plan', '--config', config, '--out', out, '--instance', 'langfuse-product')).out).not.toContain('langfuse-research');
    const unknown = await run('plan', '--config', config, '--instance', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('no enabled instance named "nope"');
  });
});

describe('upgrade next', () => {
  test('writes the next stage into the config, keeping every comment and every other line', async () => {
    const { config, out } = workspace();
    const before = fs.readFileSync(config, 'utf8');
    const { code, out: text } = await run('next', '--config', config, '--out', out);
    expect(code).toBe(0);
    const after = fs.readFileSync(config, 'utf8');
    const { removed, added } = changedLines(before, after);
    expect(removed).toEqual([]);
    expect(added).toEqual(['langfuse_version: 3', 'langfuse_clickhouse_backend: operator', 'langfuse_clickhouse_migration: prepare']);
    expect(before.split('\n').filter((l) => l.startsWith('#'))).toEqual(after.split('\n').filter((l) => l.startsWith('#')));
    expect(stepsOf(config)).toEqual([UpgradeStep.PREPARE]);
    expect(text).toContain('langfuse: "v3-bundled" -> "prepare"');
    expect(text).toContain('kubectl -n ai-system wait --for=condition=complete job/langfuse-clickhouse-schema --timeout=30m');
  });

  test('changes only the stage keys, in place, all the way to events_only (once the tree is synthesized at each stage)', async () => {
    const { config, out, dir } = workspace();
    const original = fs.readFileSync(config, 'utf8');
    const seen: UpgradeStep[] = [];
    for (let i = 0; i < 12; i++) {
      expect(await synthQuietly(config, out, dir)).toBe(0);
      const before = fs.readFileSync(config, 'utf8');
      const args = ['next', '--config', config, '--out', out, '--confirm-events-only'];
      const result = await run(...args);
      expect(result.code).toBe(0);
      const after = fs.readFileSync(config, 'utf8');
      const { removed, added } = changedLines(before, after);
      for (const line of [...removed, ...added]) expect(line).toMatch(STAGE_KEY);
      seen.push(stepsOf(config)[0]);
      if (seen[seen.length - 1] === UpgradeStep.V4_EVENTS_ONLY && after === before) break;
    }
    expect(seen.slice(0, 10)).toEqual([
      UpgradeStep.PREPARE, UpgradeStep.COPY, UpgradeStep.FREEZE, UpgradeStep.CUTOVER, UpgradeStep.CLEANUP, UpgradeStep.OPERATOR,
      UpgradeStep.V4_LEGACY, UpgradeStep.V4_DUAL, UpgradeStep.V4_BACKFILL, UpgradeStep.V4_EVENTS_ONLY,
    ]);
    const finalText = fs.readFileSync(config, 'utf8');
    const { removed } = changedLines(original, finalText);
    expect(removed).toEqual([]);
    expect(parse(finalText)).toMatchObject({ langfuse_version: 4, langfuse_clickhouse_backend: 'operator', langfuse_v4_write_mode: 'events_only', langfuse_v4_events_only_confirmed: true });
    expect(parse(finalText)).not.toHaveProperty('langfuse_clickhouse_migration');
  });

  test('refuses while the tree records another stage than the config, and changes nothing', async () => {
    const { config, out, dir } = workspace();
    expect(await synthQuietly(config, out, dir)).toBe(0);
    expect((await run('next', '--config', config, '--out', out)).code).toBe(0);
    const before = fs.readFileSync(config, 'utf8');
    const again = await run('next', '--config', config, '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('upgrade next changed nothing:');
    expect(again.err).toMatch(/langfuse: the config is at "prepare" but .*\/langfuse\/app\/helmrelease\.yaml records "v3-bundled"/);
    expect(fs.readFileSync(config, 'utf8')).toBe(before);
  });

  test('does not move to events_only without --confirm-events-only, and skips the backfill on request', async () => {
    const { config, out } = workspace();
    const raw = parse(fs.readFileSync(config, 'utf8'));
    fs.writeFileSync(config, stringify({ ...raw, langfuse_version: 4, langfuse_clickhouse_backend: 'operator', langfuse_v4_write_mode: 'dual' }));
    const skip = await run('next', '--config', config, '--out', out, '--skip-backfill');
    expect(skip.code).toBe(2);
    expect(skip.err).toContain('the next stage is events_only, the point of no return');
    expect(stepsOf(config)).toEqual([UpgradeStep.V4_DUAL]);
    expect((await run('next', '--config', config, '--out', out, '--skip-backfill', '--confirm-events-only')).code).toBe(0);
    expect(stepsOf(config)).toEqual([UpgradeStep.V4_EVENTS_ONLY]);
    expect(parse(fs.readFileSync(config, 'utf8')).langfuse_v4_events_only_confirmed).toBe(true);
    const done = await run('next', '--config', config, '--out', out);
    expect(done.code).toBe(0);
    expect(done.out).toContain('already at "v4-events-only", the target: nothing to do');
  });

  test('with instances, a key every instance changes alike goes to the shared top level; one instance alone is edited in its entry', async () => {
    const { config, out } = workspace('teams-at-49f0604.yaml');
    const before = fs.readFileSync(config, 'utf8');
    expect((await run('next', '--config', config, '--out', out)).code).toBe(0);
    const shared = fs.readFileSync(config, 'utf8');
    expect(changedLines(before, shared).added).toEqual(['langfuse_version: 3', 'langfuse_clickhouse_backend: operator', 'langfuse_clickhouse_migration: prepare']);
    // The new keys are shared: they sit before "instances:".
    expect(shared.indexOf('langfuse_clickhouse_migration: prepare')).toBeLessThan(shared.indexOf('instances:'));
    expect(stepsOf(config)).toEqual([UpgradeStep.PREPARE, UpgradeStep.PREPARE]);

    expect((await run('next', '--config', config, '--out', out, '--instance', 'langfuse-product')).code).toBe(0);
    const one = parse(fs.readFileSync(config, 'utf8'));
    expect(one.langfuse_clickhouse_migration).toBe('prepare');
    expect(one.instances[1].langfuse_clickhouse_migration).toBe('copy');
    expect(one.instances[0]).not.toHaveProperty('langfuse_clickhouse_migration');
    expect(stepsOf(config)).toEqual([UpgradeStep.PREPARE, UpgradeStep.COPY]);
    for (const line of changedLines(shared, fs.readFileSync(config, 'utf8')).added) expect(line).toMatch(STAGE_KEY);
  });

  test('refuses to remove a key for one instance while the shared top level sets it for all, and writes nothing', async () => {
    const { config, out } = workspace('teams-at-49f0604.yaml');
    const raw = parse(fs.readFileSync(config, 'utf8'));
    fs.writeFileSync(config, stringify({ ...raw, langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: 'cleanup' }));
    const before = fs.readFileSync(config, 'utf8');
    const result = await run('next', '--config', config, '--out', out, '--instance', 'langfuse-research');
    expect(result.code).toBe(2);
    expect(result.err).toContain('instances[0].langfuse_clickhouse_migration: must be removed for this instance only, but the top level sets it for every instance');
    expect(fs.readFileSync(config, 'utf8')).toBe(before);
  });

  test('rejects a missing or unknown action with exit 2 and the usage', async () => {
    for (const args of [[], ['apply'], ['plan', 'extra']]) {
      const result = await run(...args);
      expect(result.code).toBe(2);
      expect(result.err).toContain('expected "plan" or "next"');
      expect(result.err).toContain('usage: langfuse-cdk8s upgrade plan');
    }
  });
});
