import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { UPGRADE_PATH } from '../../lib/upgrade/upgrade-path';
import { renderUpgradePlan, renderUpgradeRunbook, UPGRADE_RUNBOOK_PATH } from '../../lib/upgrade/upgrade-plan';
import { checkCommandLine, defaultUpgradeRunbookContext, upgradeRunbook, upgradeRunbookContext } from '../../lib/upgrade/upgrade-runbook';
import { toChartProps } from '../../lib/config/to-props';
import { config, minimalRaw, REPO_ROOT, tempDir } from '../support/fixtures';
import { UpgradeStep } from '../../lib/upgrade/upgrade-path';

describe('the upgrade runbook docs/upgrade-v4.md', () => {
  const generated = renderUpgradeRunbook(defaultUpgradeRunbookContext());

  test('is generated from the stage definitions and matches the committed file', () => {
    const committed = fs.readFileSync(path.join(REPO_ROOT, UPGRADE_RUNBOOK_PATH), 'utf8');
    if (committed !== generated) throw new Error(`${UPGRADE_RUNBOOK_PATH} is out of date: run "npm run schema" and commit the result`);
  });

  test('has a section per state, with the same edits, checks and rollbacks that "upgrade plan" prints', () => {
    const ctx = defaultUpgradeRunbookContext();
    const plan = renderUpgradePlan('langfuse', UPGRADE_PATH[0], ctx);
    const guides = upgradeRunbook(ctx);
    expect(guides.map((g) => g.step)).toEqual(UPGRADE_PATH);
    guides.forEach((guide, i) => {
      expect(generated).toContain(`## ${i}. ${guide.title}`);
      expect(generated).toContain(`State \`${guide.step}\``);
      for (const check of guide.checks) {
        expect(generated).toContain(checkCommandLine(check));
        expect(plan).toContain(checkCommandLine(check));
      }
    });
  });

  test('the README and the legacy warning point at it', () => {
    expect(fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8')).toContain('docs/upgrade-v4.md');
  });

  const guide = (step: UpgradeStep, ctx = defaultUpgradeRunbookContext()) => upgradeRunbook(ctx).find((g) => g.step === step)!;

  test('the freeze check of the final copy returns when the Job failed as well as when it completed (no 4-hour wait on a failure)', () => {
    const wait = guide(UpgradeStep.FREEZE).checks.find((c) => c.note.startsWith('the final copy finished'))!;
    expect(wait.pipeline).toHaveLength(1);
    for (const [conditions, done] of [['SuccessCriteriaMet Complete', true], ['FailureTarget Failed', true], ['', false]] as const) {
      const bin = tempDir('runbook-kubectl-');
      fs.writeFileSync(path.join(bin, 'kubectl'), `#!/bin/sh\ncase "$*" in *jsonpath*) printf '%s' '${conditions}' ;; *) echo job-status ;; esac\n`, { mode: 0o755 });
      const run = spawnSync(wait.pipeline[0][0], wait.pipeline[0].slice(1), { encoding: 'utf8', timeout: done ? 20_000 : 3_000, env: { PATH: `${bin}:${process.env.PATH}` } });
      if (done) {
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('job-status\n');
      } else {
        // still running: it keeps waiting (killed by the timeout)
        expect(run.signal).toBe('SIGTERM');
      }
      fs.rmSync(bin, { recursive: true, force: true });
    }
  });

  test('before the freeze, the copy checks that Redis keeps the queues: the bundled Valkey\'s claim, or the shared Dragonfly\'s snapshots', () => {
    const persists = (ctx = defaultUpgradeRunbookContext()) => guide(UpgradeStep.COPY, ctx).checks.find((c) => c.note.startsWith('the queues survive a restart'))!;
    expect(checkCommandLine(persists())).toBe('kubectl -n ai-system get pvc -l app.kubernetes.io/instance=langfuse,app.kubernetes.io/name=redis');
    const dragonfly = persists({ ...defaultUpgradeRunbookContext(), dragonflyNamespace: 'cache' });
    expect(dragonfly.pipeline[0].slice(0, 4)).toEqual(['kubectl', '-n', 'cache', 'get']);
    expect(checkCommandLine(dragonfly)).toContain('SNAPSHOT_CRON:.spec.snapshot.cron');
    expect(dragonfly.note).toContain('not managed by this tool');
    // An instance's plan names the store it uses.
    expect(upgradeRunbookContext(toChartProps(config(minimalRaw()))!).dragonflyNamespace).toBeUndefined();
    expect(upgradeRunbookContext(toChartProps(config({ ...minimalRaw(), dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123' }))!).dragonflyNamespace).toBe('cache');
  });

  test('the v3 background migrations are checked before prepare and again before v4', () => {
    for (const step of [UpgradeStep.BUNDLED, UpgradeStep.OPERATOR]) {
      expect(guide(step).checks.map(checkCommandLine)).toContainEqual(expect.stringContaining('FROM background_migrations ORDER BY name\''));
    }
    expect(guide(UpgradeStep.BUNDLED).checks.find((c) => c.note.includes('background migrations'))!.note).toContain('the copy leaves out event_log');
  });
});
