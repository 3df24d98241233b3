import { applyConfigEdits } from '../../lib/upgrade/config-edit';
import { backwardEdit, nextSteps, noWayBack, previousStep, UPGRADE_PATH, upgradeTransitionProblem, UpgradeStep } from '../../lib/upgrade/upgrade-path';
import { shellCommand, shellQuote } from '../../lib/shell-quote';

describe('the upgrade path', () => {
  test('allows exactly: staying, one step forward (the backfill may be skipped), and one step back where there is one', () => {
    const allowed = (from: UpgradeStep) => UPGRADE_PATH.filter((to) => upgradeTransitionProblem(from, to, true) === undefined);
    for (const from of UPGRADE_PATH) {
      const back = previousStep(from);
      expect(allowed(from).sort()).toEqual([from, ...nextSteps(from), ...(back ? [back] : [])].sort());
    }
    expect(nextSteps(UpgradeStep.V4_DUAL)).toEqual([UpgradeStep.V4_BACKFILL, UpgradeStep.V4_EVENTS_ONLY]);
    expect(UPGRADE_PATH.filter((s) => previousStep(s) === undefined)).toEqual([
      UpgradeStep.BUNDLED, UpgradeStep.CLEANUP, UpgradeStep.V4_LEGACY, UpgradeStep.V4_EVENTS_ONLY,
    ]);
    for (const step of UPGRADE_PATH.filter((s) => previousStep(s) === undefined)) expect(noWayBack(step)).toMatch(/\w/);
  });

  test('events_only from dual write or the backfill needs the confirmation; staying there does not', () => {
    for (const from of [UpgradeStep.V4_DUAL, UpgradeStep.V4_BACKFILL]) {
      expect(upgradeTransitionProblem(from, UpgradeStep.V4_EVENTS_ONLY, false)).toContain('needs langfuse_v4_events_only_confirmed: true');
      expect(upgradeTransitionProblem(from, UpgradeStep.V4_EVENTS_ONLY, true)).toBeUndefined();
    }
    expect(upgradeTransitionProblem(UpgradeStep.V4_EVENTS_ONLY, UpgradeStep.V4_EVENTS_ONLY, false)).toBeUndefined();
  });

  test('the step back from prepare returns to the bundled backend', () => {
    expect(backwardEdit(UpgradeStep.PREPARE)).toEqual([{ key: 'langfuse_clickhouse_migration', value: undefined }, { key: 'langfuse_clickhouse_backend', value: 'bundled' }]);
    expect(() => backwardEdit(UpgradeStep.V4_EVENTS_ONLY)).toThrow(/point of no return/);
  });
});

describe('applyConfigEdits', () => {
  const text = [
    '# top comment',
    'langfuse_enabled: true',
    'langfuse_version: "3"      # quoted on purpose',
    'langfuse_clickhouse_migration: copy   # stage',
    'other_key: 1   # aligned comment',
    '',
  ].join('\n');

  test('replaces a value in place, keeping the comment and the spacing of every other line', () => {
    expect(applyConfigEdits(text, [{ edits: [{ key: 'langfuse_clickhouse_migration', value: 'freeze' }] }]))
      .toBe(text.replace('langfuse_clickhouse_migration: copy', 'langfuse_clickhouse_migration: freeze'));
    expect(applyConfigEdits(text, [{ edits: [{ key: 'langfuse_version', value: 4 }] }])).toBe(text.replace('"3"', '4'));
  });

  test('removes a key with its line, and adds one after the last stage key', () => {
    expect(applyConfigEdits(text, [{ edits: [{ key: 'langfuse_clickhouse_migration', value: undefined }] }]))
      .toBe(text.replace('langfuse_clickhouse_migration: copy   # stage\n', ''));
    expect(applyConfigEdits(text, [{ edits: [{ key: 'langfuse_v4_write_mode', value: 'legacy' }, { key: 'langfuse_v4_events_only_confirmed', value: true }] }]))
      .toBe(text.replace('# stage\n', '# stage\nlangfuse_v4_write_mode: legacy\nlangfuse_v4_events_only_confirmed: true\n'));
  });

  test('quotes a string that YAML would read as something else', () => {
    expect(applyConfigEdits('a: 1\n', [{ edits: [{ key: 'langfuse_clickhouse_backend', value: 'true' }] }])).toBe('a: 1\nlangfuse_clickhouse_backend: "true"\n');
  });
});

describe('shellQuote', () => {
  test('leaves plain words alone and single-quotes everything else, a single quote included', () => {
    expect(shellCommand('kubectl', '-n', 'ai-system', 'get', 'pvc', '-l', 'a=b,c in (d,e)')).toBe("kubectl -n ai-system get pvc -l 'a=b,c in (d,e)'");
    expect(shellQuote("it's $HOME")).toBe("'it'\\''s $HOME'");
    expect(shellQuote('')).toBe("''");
  });
});
