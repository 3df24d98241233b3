import { minimalRaw } from '../support/fixtures';
import { ConfigKeyEdit, forwardEdit, nextSteps, UPGRADE_PATH, UpgradeStep } from '../../lib/upgrade/upgrade-path';

/** A legacy install (no langfuse_version) with the features whose objects follow ClickHouse: monitoring and enforced policies. */
export const LEGACY_BASE: Readonly<Record<string, unknown>> = {
  ...minimalRaw(),
  monitoring_enabled: true,
  langfuse_monitoring_enabled: true,
  network_policies_enabled: true,
  network_policies_mode: 'enforce',
};

/** A raw config with edits applied (undefined removes the key). */
export function applyEdits(raw: Readonly<Record<string, unknown>>, edits: readonly ConfigKeyEdit[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...raw };
  for (const e of edits) {
    if (e.value === undefined) delete out[e.key];
    else out[e.key] = e.value;
  }
  return out;
}

/** Every state of the path, each config made from the one before by its forward edit (the backfill included). */
export function pathConfigs(base: Readonly<Record<string, unknown>> = LEGACY_BASE): Array<[UpgradeStep, Record<string, unknown>]> {
  const configs: Array<[UpgradeStep, Record<string, unknown>]> = [[UpgradeStep.BUNDLED, { ...base }]];
  for (const step of UPGRADE_PATH.slice(1)) {
    const [from, raw] = configs[configs.length - 1];
    if (!nextSteps(from).includes(step)) throw new Error(`${step} does not follow ${from}`);
    configs.push([step, applyEdits(raw, forwardEdit(from, step))]);
  }
  return configs;
}
