import type { ConfigProblem } from '../config/errors';
import type { LangfuseConfig } from '../config/langfuse-config';
import { INSTANCES_KEY } from '../config/load';
import type { LangfuseChart } from '../langfuse-chart';
import type { ExistingFileReader } from '../output/flux-tree';
import { recordedUpgradeStep } from './recorded-step';
import { stepKey, upgradeTransitionProblem, UpgradeStep } from './upgrade-path';

/** What `checkUpgradeSteps` found. */
export interface UpgradeStepCheck {
  /** Moves the tree on disk does not allow; synth stops on any. */
  readonly problems: readonly ConfigProblem[];
  /** Moves that could not be checked. */
  readonly warnings: readonly string[];
}

const isV4 = (step: UpgradeStep) => step.startsWith('v4-');

const MIGRATION_STEPS: readonly UpgradeStep[] = [UpgradeStep.PREPARE, UpgradeStep.COPY, UpgradeStep.FREEZE, UpgradeStep.CUTOVER, UpgradeStep.CLEANUP];

/**
 * Compares each instance's state with the one its previous tree records (`recordedUpgradeStep`):
 * a skipped stage, a step back where there is none, or `events_only` without its confirmation is a
 * problem keyed by the config key of the requested state (`instances[i].` when the file lists
 * several); a migration stage without any previous tree is a warning, since its order cannot be
 * checked.
 */
export function checkUpgradeSteps(charts: readonly LangfuseChart[], configs: readonly LangfuseConfig[], existing: ExistingFileReader): UpgradeStepCheck {
  const problems: ConfigProblem[] = [];
  const warnings: string[] = [];
  for (const chart of charts) {
    const index = configs.findIndex((c) => c.langfuse_instance_name === chart.appName);
    const config = configs[index];
    const prefix = configs.length > 1 ? `${INSTANCES_KEY}[${index}].` : '';
    const requested = chart.upgradeStep;
    const recorded = recordedUpgradeStep(chart.appDirectory, existing);
    if (recorded.kind === 'none') {
      if (MIGRATION_STEPS.includes(requested)) {
        warnings.push(`${chart.appName}: no previous tree at ${chart.appDirectory}/ks.yaml records the upgrade stage, so moving to "${requested}" was not checked `
          + 'against it; synthesize into the folder that holds the committed tree');
      }
      continue;
    }
    if (recorded.kind === 'unreadable') {
      problems.push({
        key: `${prefix}${stepKey(requested)}`,
        message: `cannot be checked against the previous tree: ${recorded.file}: ${recorded.reason}; restore the file from Git, since the stage it records decides which stage may come next`,
      });
      continue;
    }
    const problem = upgradeTransitionProblem(recorded.step, requested, config?.langfuse_v4_events_only_confirmed === true);
    if (problem) {
      const key = requested === UpgradeStep.V4_EVENTS_ONLY && problem.includes('langfuse_v4_events_only_confirmed') ? 'langfuse_v4_events_only_confirmed'
        : isV4(requested) && !isV4(recorded.step) ? 'langfuse_version' : stepKey(requested);
      problems.push({ key: `${prefix}${key}`, message: `${problem} (the previous tree's stage is from ${recorded.file})` });
    }
  }
  return { problems, warnings };
}
