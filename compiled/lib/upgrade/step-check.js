"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkUpgradeSteps = checkUpgradeSteps;
const load_1 = require("../config/load");
const recorded_step_1 = require("./recorded-step");
const upgrade_path_1 = require("./upgrade-path");
const isV4 = (step) => step.startsWith('v4-');
const MIGRATION_STEPS = [upgrade_path_1.UpgradeStep.PREPARE, upgrade_path_1.UpgradeStep.COPY, upgrade_path_1.UpgradeStep.FREEZE, upgrade_path_1.UpgradeStep.CUTOVER, upgrade_path_1.UpgradeStep.CLEANUP];
/**
 * Compares each instance's state with the one its previous tree records (`recordedUpgradeStep`):
 * a skipped stage, a step back where there is none, or `events_only` without its confirmation is a
 * problem keyed by the config key of the requested state (`instances[i].` when the file lists
 * several); a migration stage without any previous tree is a warning, since its order cannot be
 * checked.
 */
function checkUpgradeSteps(charts, configs, existing) {
    const problems = [];
    const warnings = [];
    for (const chart of charts) {
        const index = configs.findIndex((c) => c.langfuse_instance_name === chart.appName);
        const config = configs[index];
        const prefix = configs.length > 1 ? `${load_1.INSTANCES_KEY}[${index}].` : '';
        const requested = chart.upgradeStep;
        const recorded = (0, recorded_step_1.recordedUpgradeStep)(chart.appDirectory, existing);
        if (recorded.kind === 'none') {
            if (MIGRATION_STEPS.includes(requested)) {
                warnings.push(`${chart.appName}: no previous tree at ${chart.appDirectory}/ks.yaml records the upgrade stage, so moving to "${requested}" was not checked `
                    + 'against it; synthesize into the folder that holds the committed tree');
            }
            continue;
        }
        if (recorded.kind === 'unreadable') {
            problems.push({
                key: `${prefix}${(0, upgrade_path_1.stepKey)(requested)}`,
                message: `cannot be checked against the previous tree: ${recorded.file}: ${recorded.reason}; restore the file from Git, since the stage it records decides which stage may come next`,
            });
            continue;
        }
        const problem = (0, upgrade_path_1.upgradeTransitionProblem)(recorded.step, requested, config?.langfuse_v4_events_only_confirmed === true);
        if (problem) {
            const key = requested === upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY && problem.includes('langfuse_v4_events_only_confirmed') ? 'langfuse_v4_events_only_confirmed'
                : isV4(requested) && !isV4(recorded.step) ? 'langfuse_version' : (0, upgrade_path_1.stepKey)(requested);
            problems.push({ key: `${prefix}${key}`, message: `${problem} (the previous tree's stage is from ${recorded.file})` });
        }
    }
    return { problems, warnings };
}
