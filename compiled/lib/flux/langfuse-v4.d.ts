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
export declare const LANGFUSE_V4_VERSION = "4.16.0";
/** The major version of the Langfuse server. */
export declare enum LangfuseVersion {
    /** v3 (3.224.1, the chart's appVersion): security fixes until the end of January 2027. */
    V3 = 3,
    /** v4 (4.16.0): observations-first data model; needs ClickHouse 25.12 or later. */
    V4 = 4
}
/** `LANGFUSE_MIGRATION_V4_WRITE_MODE`: which tables ingestion writes. */
export declare enum V4WriteMode {
    /** Only the v3 tables (traces, observations): v3 behaviour, v3 UI and APIs. */
    LEGACY = "legacy",
    /** The v3 tables and the v4 events tables; older SDKs reach the events tables through staging, about 10 minutes late. */
    DUAL = "dual",
    /** Only the events tables (v4's default): legacy SDK ingestion is rejected, deprecated endpoints answer 404. */
    EVENTS_ONLY = "events_only"
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
export declare const DUAL_WRITE_WORKER_HEALTH_PATH = "/api/health?failIfEventPropagationStuck=true";
/**
 * The environment of a write mode, every variable explicit so that nothing depends on the image's
 * defaults (v3 and v4 differ): the native OTel path follows the write mode (`direct` is refused
 * in `legacy` mode, `dual_write` in `events_only`), and the v4 read paths are opened exactly when
 * the v3 tables stop being written (`events_only` requires ALLOW_PREVIEW_OPT_IN=true).
 */
export declare function v4MigrationEnv(options: V4MigrationOptions): EnvVar[];
/**
 * Why Langfuse would refuse these variables at startup (`validateV4Flags` at v4.16.0, with the
 * v4 defaults for unset variables), or undefined when it accepts them.
 */
export declare function v4FlagProblem(env: Readonly<Record<string, string>>): string | undefined;
/**
 * A Flux post-renderer that points the worker's liveness probe at the dual-write health check:
 * chart 1.5.41 hard-codes `/api/health` (templates/worker/deployment.yaml). A strategic merge
 * patch keyed by the container name, because the statsd-exporter sidecar comes first in the list.
 * Langfuse asks for an initial delay of at least 60 s with this check (worker/src/env.ts).
 */
export declare function dualWriteProbePostRenderer(workerDeployment: string, containerName: string): HelmReleaseSpecPostRenderers;
/** The pinned Langfuse image tag of a major version. */
export declare function langfuseImageTag(version: LangfuseVersion, v3Tag: string): string;
/**
 * The v4 migration settings in effect: v4 defaults to `events_only` without backfill; v3 takes
 * only `legacy` (v3's own behaviour, written out ahead of the image bump) and otherwise sets none.
 */
export declare function effectiveV4Migration(version: LangfuseVersion, options: V4MigrationOptions | undefined): V4MigrationOptions | undefined;
