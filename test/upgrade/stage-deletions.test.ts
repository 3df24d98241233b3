import * as fs from 'fs';
import * as path from 'path';
import { parseConfigInstances } from '../../lib/config/load';
import { plaintextEncoder } from '../../lib/output/plaintext-encoder';
import { renderFluxTree } from '../../lib/output/flux-tree';
import { planTreeWrite } from '../../lib/output/tree-plan';
import { DeletionGuardError, guardedDeletions } from '../../lib/output/tree-writer';
import { buildApp, retiredApps, synthesizeFluxTree } from '../../lib/synth';
import { backwardEdit, noWayBack, previousStep, UPGRADE_PATH, UpgradeStep } from '../../lib/upgrade/upgrade-path';
import { defaultUpgradeRunbookContext, upgradeRunbook } from '../../lib/upgrade/upgrade-runbook';
import { kubectlAvailable, validateTree } from '../../lib/validate';
import { tempDir } from '../support/fixtures';
import { applyEdits, pathConfigs } from './support';

const PATH = new Map(pathConfigs());
const NS = 'kubernetes/apps/ai-system';
const MIGRATION_KS = `${NS}/langfuse-clickhouse-migration/ks.yaml`;

const synth = (raw: Record<string, unknown>, outDir: string, allowDelete?: boolean) => synthesizeFluxTree({
  configs: parseConfigInstances(raw, 'langfuse.yaml'), outDir, encoder: plaintextEncoder, configSource: 'langfuse.yaml', allowDelete,
});

/** What a synth of `raw` over the tree in `outDir` would delete, with and without the apps the config retires. */
async function deletionsOver(raw: Record<string, unknown>, outDir: string) {
  const { app, charts } = buildApp(parseConfigInstances(raw, 'langfuse.yaml'));
  const files = await renderFluxTree(app.charts, plaintextEncoder, (p) => {
    const file = path.join(outDir, p);
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
  });
  const plan = planTreeWrite(outDir, files);
  return { guarded: guardedDeletions(plan, files, retiredApps(charts)), unexempted: guardedDeletions(plan, files), removed: plan.removals.map((r) => r.path) };
}

/** The apps the namespace folder's kustomization lists. */
const listed = (outDir: string) => fs.readFileSync(path.join(outDir, NS, 'kustomization.yaml'), 'utf8').split('\n').filter((l) => l.startsWith('  - ')).map((l) => l.slice(4));

describe('the deletion guard along the upgrade path', () => {
  test('every stage forward synthesizes without --allow-delete: no stage removes a stateful object or an app that holds one', async () => {
    const out = tempDir();
    const steps = [...PATH.keys()];
    for (const [i, step] of steps.entries()) {
      if (i > 0) expect({ step, deletions: (await deletionsOver(PATH.get(step)!, out)).guarded }).toEqual({ step, deletions: [] });
      await synth(PATH.get(step)!, out);
    }
  });

  test('cleanup removes the migration app (only Jobs): its Kustomization is retired by the config, not guarded; nothing else of it is stateful', async () => {
    const out = tempDir();
    for (const step of UPGRADE_PATH.slice(0, UPGRADE_PATH.indexOf(UpgradeStep.CUTOVER) + 1)) await synth(PATH.get(step)!, out);
    const { guarded, unexempted, removed } = await deletionsOver(PATH.get(UpgradeStep.CLEANUP)!, out);
    expect(removed).toContain(MIGRATION_KS);
    expect(guarded).toEqual([]);
    // the exemption is exactly that Kustomization: without it, it is the one deletion
    expect(unexempted.map((d) => d.path)).toEqual([MIGRATION_KS]);
    expect(retiredApps(buildApp(parseConfigInstances(PATH.get(UpgradeStep.CUTOVER)!, 'langfuse.yaml')).charts)).toEqual([]);
  });

  test('the namespace folder\'s kustomization lists the analytics and migration apps from prepare, and drops the migration entry at cleanup; validate passes every tree', async () => {
    const out = tempDir();
    const seen: Array<[UpgradeStep, string[]]> = [];
    for (const step of UPGRADE_PATH.slice(0, UPGRADE_PATH.indexOf(UpgradeStep.OPERATOR) + 1)) {
      await synth(PATH.get(step)!, out);
      seen.push([step, listed(out)]);
      // (the test tree is plaintext; kustomize needs kubectl)
      const errors = validateTree(out, { skip: kubectlAvailable() ? ['secret-in-clear'] : ['secret-in-clear', 'kustomize'] }).findings.filter((f) => f.severity === 'error');
      expect({ step, errors }).toEqual({ step, errors: [] });
    }
    const both = ['./langfuse-analytics/ks.yaml', './langfuse-clickhouse-migration/ks.yaml', './langfuse/ks.yaml'];
    expect(seen).toEqual([
      [UpgradeStep.BUNDLED, ['./langfuse/ks.yaml']],
      [UpgradeStep.PREPARE, both], [UpgradeStep.COPY, both], [UpgradeStep.FREEZE, both], [UpgradeStep.CUTOVER, both],
      [UpgradeStep.CLEANUP, ['./langfuse-analytics/ks.yaml', './langfuse/ks.yaml']],
      [UpgradeStep.OPERATOR, ['./langfuse-analytics/ks.yaml', './langfuse/ks.yaml']],
    ]);
    expect(fs.existsSync(path.join(out, NS, 'langfuse-clickhouse-migration'))).toBe(false);
  });

  test('of the steps back, only the one from prepare deletes (the new cluster\'s app): it needs --allow-delete, and its rollback says so', async () => {
    const guides = new Map(upgradeRunbook(defaultUpgradeRunbookContext()).map((g) => [g.step, g]));
    const needs: UpgradeStep[] = [];
    for (const from of UPGRADE_PATH.filter((s) => previousStep(s) !== undefined && noWayBack(s) === undefined)) {
      const out = tempDir();
      for (const step of UPGRADE_PATH.slice(0, UPGRADE_PATH.indexOf(from) + 1)) await synth(PATH.get(step)!, out);
      const back = applyEdits(PATH.get(from)!, backwardEdit(from));
      const { guarded } = await deletionsOver(back, out);
      if (guarded.length > 0) needs.push(from);
      expect({ from, rollbackNamesAllowDelete: guides.get(from)!.rollback.includes('--allow-delete') }).toEqual({ from, rollbackNamesAllowDelete: guarded.length > 0 });
    }
    expect(needs).toEqual([UpgradeStep.PREPARE]);

    const out = tempDir();
    for (const step of [UpgradeStep.BUNDLED, UpgradeStep.PREPARE]) await synth(PATH.get(step)!, out);
    const back = applyEdits(PATH.get(UpgradeStep.PREPARE)!, backwardEdit(UpgradeStep.PREPARE));
    const refused = await synth(back, out).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DeletionGuardError);
    expect((refused as DeletionGuardError).deletions.map((d) => d.object)).toEqual([
      'ClickHouseCluster ai-system/langfuse-analytics (clickhouse.com/v1alpha1)',
      'KeeperCluster ai-system/langfuse-analytics (clickhouse.com/v1alpha1)',
      'Secret ai-system/langfuse-analytics-credentials',
      `the Flux app ${NS}/langfuse-analytics (Kustomization flux-system/langfuse-analytics)`,
      `the Flux app ${NS}/langfuse-clickhouse-migration (Kustomization flux-system/langfuse-clickhouse-migration)`,
    ]);
    await synth(back, out, true);
    expect(listed(out)).toEqual(['./langfuse/ks.yaml']);
  });
});
