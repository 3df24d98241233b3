/**
 * The stages of moving a running install from the chart's bundled ClickHouse to the operator's
 * (`langfuse_clickhouse_migration`). Each stage is a stable state that an operator commits, checks
 * and can step back from; what each one emits is decided by the small predicates below, so that
 * the release, the Flux apps, the Jobs and the policies agree.
 */
export enum ClickHouseMigrationStage {
  /** The operator's cluster runs beside the bundled one, which Langfuse still uses; a Job creates the schema on it. */
  PREPARE = 'prepare',
  /** A CronJob copies the tables from the bundled ClickHouse, again and again, while Langfuse serves. */
  COPY = 'copy',
  /** Web and worker are stopped; a Job copies what is left, repairs the partitions that differ and fails unless all match then. */
  FREEZE = 'freeze',
  /** Langfuse runs on the operator's cluster; the bundled ClickHouse workloads go, their volumes stay. */
  CUTOVER = 'cutover',
  /** The Jobs and their Flux app are gone; the old volumes wait to be deleted by hand. */
  CLEANUP = 'cleanup',
}

/** The stages in the order they are committed. */
export const CLICKHOUSE_MIGRATION_STAGES: readonly ClickHouseMigrationStage[] = [
  ClickHouseMigrationStage.PREPARE, ClickHouseMigrationStage.COPY, ClickHouseMigrationStage.FREEZE,
  ClickHouseMigrationStage.CUTOVER, ClickHouseMigrationStage.CLEANUP,
];

const index = (stage: ClickHouseMigrationStage) => CLICKHOUSE_MIGRATION_STAGES.indexOf(stage);

/** Web and worker still use the bundled ClickHouse (prepare, copy, freeze). */
export function servesFromBundled(stage: ClickHouseMigrationStage): boolean {
  return index(stage) <= index(ClickHouseMigrationStage.FREEZE);
}

/** The migration's Flux app (schema Job, copy Jobs) exists: prepare to cutover, where the final copy gates the switch. */
export function hasMigrationApp(stage: ClickHouseMigrationStage): boolean {
  return index(stage) <= index(ClickHouseMigrationStage.CUTOVER);
}

/** The operator's ClickHouse reads the bundled one over the native port (copy and freeze only). */
export function copiesFromBundled(stage: ClickHouseMigrationStage): boolean {
  return stage === ClickHouseMigrationStage.COPY || stage === ClickHouseMigrationStage.FREEZE;
}

/** The final copy Job exists: it runs in freeze and stays, finished, as the gate of cutover. */
export function hasFinalCopy(stage: ClickHouseMigrationStage): boolean {
  return stage === ClickHouseMigrationStage.FREEZE || stage === ClickHouseMigrationStage.CUTOVER;
}
