import type { ConfigProblem } from '../config/errors';
import type { LangfuseConfig } from '../config/langfuse-config';
import type { LangfuseChart } from '../langfuse-chart';
import type { ExistingFileReader } from '../output/flux-tree';
/** What `checkUpgradeSteps` found. */
export interface UpgradeStepCheck {
    /** Moves the tree on disk does not allow; synth stops on any. */
    readonly problems: readonly ConfigProblem[];
    /** Moves that could not be checked. */
    readonly warnings: readonly string[];
}
/**
 * Compares each instance's state with the one its previous tree records (`recordedUpgradeStep`):
 * a skipped stage, a step back where there is none, or `events_only` without its confirmation is a
 * problem keyed by the config key of the requested state (`instances[i].` when the file lists
 * several); a migration stage without any previous tree is a warning, since its order cannot be
 * checked.
 */
export declare function checkUpgradeSteps(charts: readonly LangfuseChart[], configs: readonly LangfuseConfig[], existing: ExistingFileReader): UpgradeStepCheck;
