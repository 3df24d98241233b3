import type { LangfuseChartProps } from '../langfuse-chart-props';
import { ConfigKeyEdit, UpgradeStep } from './upgrade-path';
/**
 * The runbook of the way from Langfuse v3 on the bundled ClickHouse to v4 `events_only`: one
 * guide per state of `UPGRADE_PATH`, with the config edit that leads to it, what synth changes,
 * the checks to pass before the next state, the downtime and the way back. `upgrade plan` prints
 * it with an instance's names, docs/upgrade-v4.md is rendered from it with the defaults, so the
 * two cannot drift apart.
 */
/** The v3 background migrations whose source tables Langfuse v4's migrations drop; all must have finished on v3. */
export declare const V3_BACKGROUND_MIGRATIONS_BEFORE_V4: readonly string[];
/** One check: what to look for, and a command line: a pipeline of commands, each an argument list quoted on its own. */
export interface UpgradeCheck {
    readonly note: string;
    readonly pipeline: readonly (readonly string[])[];
}
/** The guide of one state. */
export interface UpgradeStepGuide {
    readonly step: UpgradeStep;
    readonly title: string;
    /** The state can be left out (the backfill). */
    readonly optional: boolean;
    /** The config edit that leads here from the state before (none for the start). */
    readonly edit: readonly ConfigKeyEdit[];
    /** What synth changes in the tree. */
    readonly changes: readonly string[];
    /** What to check, once Flux applied this state, before moving on. */
    readonly checks: readonly UpgradeCheck[];
    readonly downtime: string;
    /** The way back: the edit and what it does, or why there is none. */
    readonly rollback: string;
    readonly rollbackEdit: readonly ConfigKeyEdit[];
}
/** The names an instance's runbook uses. */
export interface UpgradeRunbookContext {
    readonly namespace: string;
    readonly release: string;
    /** The instance's Flux app (its Kustomization's name). */
    readonly appName: string;
    readonly fluxNamespace: string;
    readonly analyticsCluster: string;
    readonly postgresCluster: string;
    /** Monitoring is on (queue metrics in Prometheus). */
    readonly monitoring: boolean;
    /** The namespace of the shared Dragonfly that holds the queues; undefined for the chart's bundled Valkey. */
    readonly dragonflyNamespace?: string;
}
/** The runbook context of chart props. */
export declare function upgradeRunbookContext(props: LangfuseChartProps): UpgradeRunbookContext;
/** The names of a default install (namespace ai-system, monitoring on), which docs/upgrade-v4.md shows. */
export declare function defaultUpgradeRunbookContext(): UpgradeRunbookContext;
/** Every state's guide, in order. */
export declare function upgradeRunbook(ctx: UpgradeRunbookContext): UpgradeStepGuide[];
/** A check's command line, every argument quoted for a POSIX shell. */
export declare function checkCommandLine(check: UpgradeCheck): string;
/** A config edit as YAML-ish lines: `key: value`, or `key: (remove)`. */
export declare function editLines(edit: readonly ConfigKeyEdit[]): string[];
