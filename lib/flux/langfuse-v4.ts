import { HelmReleaseSpecPostRenderers } from '../../imports/helm.toolkit.fluxcd.io';
import { EnvVar } from './langfuse-values';

/**
 * Langfuse v4: the pinned release, its write modes and the environment they take. Read at
 * langfuse/langfuse v4.16.0 (the newest v4 tag): worker/src/env.ts (the variables, their defaults
 * and `validateV4Flags`, which makes the worker exit at startup), web/src/env.mjs (the web reads
 * WRITE_MODE, ALLOW_PREVIEW_OPT_IN and the backfill gate too) and packages/shared/src/env.ts.
 * v3.224.1 parses the same variables with the v3 defaults and the same validation.
 */

/** The pinned Langfuse v4 release (images langfuse/langfuse and langfuse/langfuse-worker). */
export const LANGFUSE_V4_VERSION = '4.16.0';

/** The major version of the Langfuse server. */
export enum LangfuseVersion {
  /** v3 (3.224.1, the chart's appVersion): security fixes until the end of January 2027. */
  V3 = 3,
  /** v4 (4.16.0): observations-first data model; needs ClickHouse 25.12 or later. */
  V4 = 4,
}

/** `LANGFUSE_MIGRATION_V4_WRITE_MODE`: which tables ingestion writes. */
export enum V4WriteMode {
  /** Only the v3 tables (traces, observations): v3 behaviour, v3 UI and APIs. */
  LEGACY = 'legacy',
  /** The v3 tables and the v4 events tables; older SDKs reach the events tables through staging, about 10 minutes late. */
  DUAL = 'dual',
  /** Only the events tables (v4's default): legacy SDK ingestion is rejected, deprecated endpoints answer 404. */
  EVENTS_ONLY = 'events_only',
}

/** The v4 migration settings of web and worker. */
export interface V4MigrationOptions {
  readonly writeMode: V4WriteMode;
  /**
   * `LANGFUSE_BACKGROUND_MIGRATION_V4_ENABLE_HISTORIC_BACKFILL`: copy the v3 tables into the events
   * tables on the worker (about 3 times the ClickHouse data volume). Never in `legacy` mode.
   * @default false
   */
  readonly historicBackfill?: boolean;
}

/** The worker's health path that fails when the dual-write (event propagation) job is stuck. */
export const DUAL_WRITE_WORKER_HEALTH_PATH = '/api/health?failIfEventPropagationStuck=true';

/**
 * The environment of a write mode, every variable explicit so that nothing depends on the image's
 * defaults (v3 and v4 differ): the native OTel path follows the write mode (`direct` is refused
 * in `legacy` mode, `dual_write` in `events_only`), and the v4 read paths are opened exactly when
 * the v3 tables stop being written (`events_only` requires ALLOW_PREVIEW_OPT_IN=true).
 */
export function v4MigrationEnv(options: V4MigrationOptions): EnvVar[] {
  const backfill = options.historicBackfill ?? false;
  if (options.writeMode === V4WriteMode.LEGACY && backfill) {
    throw new Error('the historic backfill cannot run in legacy write mode: it fills the events tables, which legacy mode neither writes nor reads');
  }
  const eventsOnly = options.writeMode === V4WriteMode.EVENTS_ONLY;
  const env: EnvVar[] = [
    { name: 'LANGFUSE_MIGRATION_V4_WRITE_MODE', value: options.writeMode },
    { name: 'LANGFUSE_MIGRATION_V4_NATIVE_OTEL_BEHAVIOUR', value: eventsOnly ? 'direct' : 'dual_write' },
    { name: 'LANGFUSE_MIGRATION_V4_ALLOW_PREVIEW_OPT_IN', value: String(eventsOnly) },
    { name: 'LANGFUSE_BACKGROUND_MIGRATION_V4_ENABLE_HISTORIC_BACKFILL', value: String(backfill) },
  ];
  const problem = v4FlagProblem(Object.fromEntries(env.map((e) => [e.name, e.value!])));
  if (problem) throw new Error(problem);
  return env;
}

/**
 * Why Langfuse would refuse these variables at startup (`validateV4Flags` at v4.16.0, with the
 * v4 defaults for unset variables), or undefined when it accepts them.
 */
export function v4FlagProblem(env: Readonly<Record<string, string>>): string | undefined {
  const mode = env.LANGFUSE_MIGRATION_V4_WRITE_MODE ?? 'events_only';
  const otel = env.LANGFUSE_MIGRATION_V4_NATIVE_OTEL_BEHAVIOUR ?? 'direct';
  const optIn = env.LANGFUSE_MIGRATION_V4_ALLOW_PREVIEW_OPT_IN ?? 'true';
  if (mode === 'legacy' && otel === 'direct') return 'LANGFUSE_MIGRATION_V4_NATIVE_OTEL_BEHAVIOUR=direct requires LANGFUSE_MIGRATION_V4_WRITE_MODE dual or events_only';
  if (mode === 'events_only' && otel === 'dual_write') return 'LANGFUSE_MIGRATION_V4_NATIVE_OTEL_BEHAVIOUR=dual_write is refused with LANGFUSE_MIGRATION_V4_WRITE_MODE=events_only';
  if (mode === 'events_only' && optIn !== 'true') return 'LANGFUSE_MIGRATION_V4_WRITE_MODE=events_only requires LANGFUSE_MIGRATION_V4_ALLOW_PREVIEW_OPT_IN=true';
  return undefined;
}

/**
 * A Flux post-renderer that points the worker's liveness probe at the dual-write health check:
 * chart 1.5.41 hard-codes `/api/health` (templates/worker/deployment.yaml). A strategic merge
 * patch keyed by the container name, because the statsd-exporter sidecar comes first in the list.
 * Langfuse asks for an initial delay of at least 60 s with this check (worker/src/env.ts).
 */
export function dualWriteProbePostRenderer(workerDeployment: string, containerName: string): HelmReleaseSpecPostRenderers {
  const patch = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${workerDeployment}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    `        - name: ${containerName}`,
    '          livenessProbe:',
    '            httpGet:',
    `              path: ${DUAL_WRITE_WORKER_HEALTH_PATH}`,
    '',
  ].join('\n');
  return { kustomize: { patches: [{ target: { group: 'apps', version: 'v1', kind: 'Deployment', name: workerDeployment }, patch }] } };
}

/** The pinned Langfuse image tag of a major version. */
export function langfuseImageTag(version: LangfuseVersion, v3Tag: string): string {
  return version === LangfuseVersion.V4 ? LANGFUSE_V4_VERSION : v3Tag;
}

/**
 * The v4 migration settings in effect: v4 defaults to `events_only` without backfill; v3 takes
 * only `legacy` (v3's own behaviour, written out ahead of the image bump) and otherwise sets none.
 */
export function effectiveV4Migration(version: LangfuseVersion, options: V4MigrationOptions | undefined): V4MigrationOptions | undefined {
  if (version === LangfuseVersion.V4) return options ?? { writeMode: V4WriteMode.EVENTS_ONLY, historicBackfill: false };
  if (options && (options.writeMode !== V4WriteMode.LEGACY || options.historicBackfill)) {
    throw new Error(`langfuse v3 takes only the legacy v4 write mode without backfill (got ${options.writeMode}${options.historicBackfill ? ' with backfill' : ''}): `
      + 'dual and events_only, and the backfill, need the v4 server');
  }
  return options;
}
