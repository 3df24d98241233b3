import { LangfuseChartProps } from '../langfuse-chart-props';
/**
 * The way from Langfuse v3 on the chart's bundled ClickHouse to v4 in `events_only` mode, as the
 * sequence of states an instance's config goes through. Each state is a stable deployment with its
 * checks; the tree records the state it was synthesized in, and synth lets a config move only one
 * state at a time (forward, or back where that is safe).
 */
export declare enum UpgradeStep {
    /** Langfuse v3 on the bundled ClickHouse (every config from before `langfuse_version`). */
    BUNDLED = "v3-bundled",
    PREPARE = "prepare",
    COPY = "copy",
    FREEZE = "freeze",
    CUTOVER = "cutover",
    CLEANUP = "cleanup",
    /** Langfuse v3 on the operator's ClickHouse, no migration key any more. */
    OPERATOR = "v3-operator",
    /** The v4 server, writing the v3 tables only. */
    V4_LEGACY = "v4-legacy",
    /** v4 writing both the v3 tables and the events tables. */
    V4_DUAL = "v4-dual",
    /** Dual write plus the historic backfill (optional). */
    V4_BACKFILL = "v4-backfill",
    /** v4 on the events tables only: the target, and the point of no return. */
    V4_EVENTS_ONLY = "v4-events-only"
}
/** Every state, in order. */
export declare const UPGRADE_PATH: readonly UpgradeStep[];
/** The annotation of the Langfuse app's Flux Kustomization that records the state its tree was synthesized in. */
export declare const UPGRADE_STEP_ANNOTATION = "langfuse-cdk8s/upgrade-step";
/** The config key that the usual config edit of a state changes, for error messages. */
export declare function stepKey(step: UpgradeStep): string;
/** The state chart props describe. */
export declare function upgradeStep(props: LangfuseChartProps): UpgradeStep;
/** The states one step forward (the backfill may be skipped). */
export declare function nextSteps(step: UpgradeStep): UpgradeStep[];
/**
 * Why there is no step back from a state, or undefined when one step back is safe. These are the
 * states a config edit cannot undo.
 */
export declare function noWayBack(step: UpgradeStep): string | undefined;
/** The state one step back, when there is one. */
export declare function previousStep(step: UpgradeStep): UpgradeStep | undefined;
/**
 * Why a tree recorded at `recorded` cannot be synthesized at `requested`, or undefined when it can:
 * the same state, one step forward, or one step back. Entering `events_only` from dual write needs
 * the explicit confirmation.
 */
export declare function upgradeTransitionProblem(recorded: UpgradeStep, requested: UpgradeStep, eventsOnlyConfirmed: boolean): string | undefined;
/** A change of one config key: a value to set, or undefined to remove the key. */
export interface ConfigKeyEdit {
    readonly key: string;
    readonly value: string | number | boolean | undefined;
}
/** The config edit from a state to the next one (`nextSteps`). */
export declare function forwardEdit(from: UpgradeStep, to: UpgradeStep): ConfigKeyEdit[];
/** The config edit from a state back to the previous one. */
export declare function backwardEdit(from: UpgradeStep): ConfigKeyEdit[];
