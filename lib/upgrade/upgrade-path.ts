import { ClickHouseMigrationStage } from '../clickhouse/clickhouse-migration-stage';
import { effectiveV4Migration, LangfuseVersion, V4WriteMode } from '../flux/langfuse-v4';
import { ClickHouseBackend, LangfuseChartProps } from '../langfuse-chart-props';

/**
 * The way from Langfuse v3 on the chart's bundled ClickHouse to v4 in `events_only` mode, as the
 * sequence of states an instance's config goes through. Each state is a stable deployment with its
 * checks; the tree records the state it was synthesized in, and synth lets a config move only one
 * state at a time (forward, or back where that is safe).
 */
export enum UpgradeStep {
  /** Langfuse v3 on the bundled ClickHouse (every config from before `langfuse_version`). */
  BUNDLED = 'v3-bundled',
  PREPARE = 'prepare',
  COPY = 'copy',
  FREEZE = 'freeze',
  CUTOVER = 'cutover',
  CLEANUP = 'cleanup',
  /** Langfuse v3 on the operator's ClickHouse, no migration key any more. */
  OPERATOR = 'v3-operator',
  /** The v4 server, writing the v3 tables only. */
  V4_LEGACY = 'v4-legacy',
  /** v4 writing both the v3 tables and the events tables. */
  V4_DUAL = 'v4-dual',
  /** Dual write plus the historic backfill (optional). */
  V4_BACKFILL = 'v4-backfill',
  /** v4 on the events tables only: the target, and the point of no return. */
  V4_EVENTS_ONLY = 'v4-events-only',
}

/** Every state, in order. */
export const UPGRADE_PATH: readonly UpgradeStep[] = [
  UpgradeStep.BUNDLED, UpgradeStep.PREPARE, UpgradeStep.COPY, UpgradeStep.FREEZE, UpgradeStep.CUTOVER, UpgradeStep.CLEANUP,
  UpgradeStep.OPERATOR, UpgradeStep.V4_LEGACY, UpgradeStep.V4_DUAL, UpgradeStep.V4_BACKFILL, UpgradeStep.V4_EVENTS_ONLY,
];

/** The annotation of the Langfuse app's Flux Kustomization that records the state its tree was synthesized in. */
export const UPGRADE_STEP_ANNOTATION = 'langfuse-cdk8s/upgrade-step';

/** The config key that the usual config edit of a state changes, for error messages. */
export function stepKey(step: UpgradeStep): string {
  if (step === UpgradeStep.V4_LEGACY) return 'langfuse_version';
  if (step === UpgradeStep.V4_BACKFILL) return 'langfuse_v4_historic_backfill';
  if (step === UpgradeStep.V4_DUAL || step === UpgradeStep.V4_EVENTS_ONLY) return 'langfuse_v4_write_mode';
  return 'langfuse_clickhouse_migration';
}

const MIGRATION_STEPS: Readonly<Record<ClickHouseMigrationStage, UpgradeStep>> = {
  [ClickHouseMigrationStage.PREPARE]: UpgradeStep.PREPARE,
  [ClickHouseMigrationStage.COPY]: UpgradeStep.COPY,
  [ClickHouseMigrationStage.FREEZE]: UpgradeStep.FREEZE,
  [ClickHouseMigrationStage.CUTOVER]: UpgradeStep.CUTOVER,
  [ClickHouseMigrationStage.CLEANUP]: UpgradeStep.CLEANUP,
};

/** The state chart props describe. */
export function upgradeStep(props: LangfuseChartProps): UpgradeStep {
  const version = props.langfuseVersion ?? LangfuseVersion.V3;
  if (props.clickhouse.migration !== undefined) return MIGRATION_STEPS[props.clickhouse.migration];
  const backend = props.clickhouse.backend ?? (version === LangfuseVersion.V4 ? ClickHouseBackend.OPERATOR : ClickHouseBackend.BUNDLED);
  if (backend === ClickHouseBackend.BUNDLED) return UpgradeStep.BUNDLED;
  if (version === LangfuseVersion.V3) return UpgradeStep.OPERATOR;
  const migration = effectiveV4Migration(version, props.v4Migration)!;
  if (migration.writeMode === V4WriteMode.LEGACY) return UpgradeStep.V4_LEGACY;
  if (migration.writeMode === V4WriteMode.DUAL) return migration.historicBackfill ? UpgradeStep.V4_BACKFILL : UpgradeStep.V4_DUAL;
  return UpgradeStep.V4_EVENTS_ONLY;
}

/** The states one step forward (the backfill may be skipped). */
export function nextSteps(step: UpgradeStep): UpgradeStep[] {
  if (step === UpgradeStep.V4_DUAL) return [UpgradeStep.V4_BACKFILL, UpgradeStep.V4_EVENTS_ONLY];
  const i = UPGRADE_PATH.indexOf(step);
  return i < UPGRADE_PATH.length - 1 ? [UPGRADE_PATH[i + 1]] : [];
}

/**
 * Why there is no step back from a state, or undefined when one step back is safe. These are the
 * states a config edit cannot undo.
 */
export function noWayBack(step: UpgradeStep): string | undefined {
  switch (step) {
    case UpgradeStep.BUNDLED:
      return 'it is where the path starts';
    case UpgradeStep.CLEANUP:
      return 'cleanup only removed the migration\'s Jobs; stepping back would start the final copy again, against a bundled ClickHouse that no longer runs';
    case UpgradeStep.V4_LEGACY:
      return 'the v4 server moved the ClickHouse schema past the last migration the v3 image knows, so a v3 web pod would fail at its start; '
        + 'v4 in legacy mode writes exactly what v3 writes, so stay here (a return to the v3 image is a manual, rehearsed operation)';
    case UpgradeStep.V4_EVENTS_ONLY:
      return 'events_only is the point of no return: the v3 tables stopped receiving data, so any older mode would miss everything written since';
    default:
      return undefined;
  }
}

/** The state one step back, when there is one. */
export function previousStep(step: UpgradeStep): UpgradeStep | undefined {
  if (noWayBack(step) !== undefined) return undefined;
  return UPGRADE_PATH[UPGRADE_PATH.indexOf(step) - 1];
}

/**
 * Why a tree recorded at `recorded` cannot be synthesized at `requested`, or undefined when it can:
 * the same state, one step forward, or one step back. Entering `events_only` from dual write needs
 * the explicit confirmation.
 */
export function upgradeTransitionProblem(recorded: UpgradeStep, requested: UpgradeStep, eventsOnlyConfirmed: boolean): string | undefined {
  if (recorded === requested) return undefined;
  const forward = nextSteps(recorded);
  if (forward.includes(requested)) {
    if (requested === UpgradeStep.V4_EVENTS_ONLY && !eventsOnlyConfirmed) {
      return `moving from "${recorded}" to "${requested}" needs langfuse_v4_events_only_confirmed: true: events_only is the point of no return `
        + '(the v3 tables stop receiving data; older SDK ingestion is rejected); check the dual write, the backfill and your consumers first (docs/upgrade-v4.md)';
    }
    return undefined;
  }
  if (previousStep(recorded) === requested) return undefined;
  const next = forward.map((s) => `"${s}"`).join(' or ');
  const back = previousStep(recorded);
  const ways = [next ? `forward to ${next}` : 'no step forward (this is the target)', back ? `back to "${back}"` : `no step back (${noWayBack(recorded)})`];
  return `cannot move from "${recorded}" to "${requested}": a stage moves one step at a time, from "${recorded}" only ${ways.join(', or ')}; `
    + 'run "langfuse-cdk8s upgrade plan" for the path';
}

/** A change of one config key: a value to set, or undefined to remove the key. */
export interface ConfigKeyEdit {
  readonly key: string;
  readonly value: string | number | boolean | undefined;
}

/** The config edit from a state to the next one (`nextSteps`). */
export function forwardEdit(from: UpgradeStep, to: UpgradeStep): ConfigKeyEdit[] {
  if (!nextSteps(from).includes(to)) throw new Error(`"${to}" is not one step after "${from}"`);
  switch (to) {
    case UpgradeStep.PREPARE:
      return [
        { key: 'langfuse_version', value: 3 },
        { key: 'langfuse_clickhouse_backend', value: 'operator' },
        { key: 'langfuse_clickhouse_migration', value: ClickHouseMigrationStage.PREPARE },
      ];
    case UpgradeStep.COPY: return [{ key: 'langfuse_clickhouse_migration', value: ClickHouseMigrationStage.COPY }];
    case UpgradeStep.FREEZE: return [{ key: 'langfuse_clickhouse_migration', value: ClickHouseMigrationStage.FREEZE }];
    case UpgradeStep.CUTOVER: return [{ key: 'langfuse_clickhouse_migration', value: ClickHouseMigrationStage.CUTOVER }];
    case UpgradeStep.CLEANUP: return [{ key: 'langfuse_clickhouse_migration', value: ClickHouseMigrationStage.CLEANUP }];
    case UpgradeStep.OPERATOR: return [{ key: 'langfuse_clickhouse_migration', value: undefined }];
    case UpgradeStep.V4_LEGACY: return [{ key: 'langfuse_version', value: 4 }, { key: 'langfuse_v4_write_mode', value: V4WriteMode.LEGACY }];
    case UpgradeStep.V4_DUAL: return [{ key: 'langfuse_v4_write_mode', value: V4WriteMode.DUAL }];
    case UpgradeStep.V4_BACKFILL: return [{ key: 'langfuse_v4_historic_backfill', value: true }];
    case UpgradeStep.V4_EVENTS_ONLY: return [{ key: 'langfuse_v4_write_mode', value: V4WriteMode.EVENTS_ONLY }, { key: 'langfuse_v4_events_only_confirmed', value: true }];
    default: throw new Error(`no edit leads to "${to}"`);
  }
}

/** The config edit from a state back to the previous one. */
export function backwardEdit(from: UpgradeStep): ConfigKeyEdit[] {
  const to = previousStep(from);
  if (to === undefined) throw new Error(`no step back from "${from}": ${noWayBack(from)}`);
  switch (from) {
    case UpgradeStep.PREPARE:
      return [{ key: 'langfuse_clickhouse_migration', value: undefined }, { key: 'langfuse_clickhouse_backend', value: 'bundled' }];
    case UpgradeStep.OPERATOR: return [{ key: 'langfuse_clickhouse_migration', value: ClickHouseMigrationStage.CLEANUP }];
    case UpgradeStep.V4_DUAL: return [{ key: 'langfuse_v4_write_mode', value: V4WriteMode.LEGACY }];
    case UpgradeStep.V4_BACKFILL: return [{ key: 'langfuse_v4_historic_backfill', value: false }];
    default: return [{ key: 'langfuse_clickhouse_migration', value: to }];
  }
}
