import { UpgradeStep } from './upgrade-path';
import { UpgradeRunbookContext, UpgradeStepGuide } from './upgrade-runbook';
/** Where the generated runbook is committed. */
export declare const UPGRADE_RUNBOOK_PATH = "docs/upgrade-v4.md";
/** The states from `current` to the target, each once (the optional backfill included). */
export declare function remainingSteps(current: UpgradeStep): UpgradeStep[];
/** One state as plain text, for `upgrade plan` and `upgrade next`. */
export declare function renderStepText(guide: UpgradeStepGuide, heading: string, withEdit?: boolean): string;
/** The plan of one instance: where it stands, then every state to the target. */
export declare function renderUpgradePlan(instance: string, current: UpgradeStep, ctx: UpgradeRunbookContext): string;
/** The runbook as Markdown, rendered from the same guides as `upgrade plan` with the default names. */
export declare function renderUpgradeRunbook(ctx: UpgradeRunbookContext): string;
