import { ProbeValues } from '../flux/langfuse-values';
/**
 * Probes of the web and worker containers, for the pinned chart's probe keys.
 *
 * The web container runs every Prisma migration and every ClickHouse migration (golang-migrate)
 * *before* it listens, and chart 1.5.41 has no startupProbe (langfuse/langfuse-k8s#377, PR #371
 * open). A liveness probe that fires during those migrations kills the process half-way and leaves
 * ClickHouse with "Dirty database version N", a crash loop that needs manual repair
 * (langfuse/langfuse-k8s#190, #381, #382). The chart's default budget is 20s + 3 x 10s.
 *
 * So the liveness initial delay alone has to outlast a first install's migrations. Its cost is
 * small: a process that exits is restarted at once whatever the probe says; the delay only slows
 * down noticing a process that hangs during start-up. After start-up the failure budget is a
 * minute, as usual. Readiness never restarts anything; it only gates traffic, and
 * `/api/public/ready` turns 500 once SIGTERM is received, so it can stay quick.
 */
/** Web liveness: `/api/public/health` (200 unless the process is broken); earliest restart after 360s. */
export declare const WEB_LIVENESS_PROBE: ProbeValues;
/** Web readiness: `/api/public/ready` (500 once shutting down). */
export declare const WEB_READINESS_PROBE: ProbeValues;
/**
 * Worker liveness: the chart hard-codes `/api/health` on port 3030 (`langfuse.worker.port`). The
 * worker runs no migrations, so a short delay is enough.
 */
export declare const WORKER_LIVENESS_PROBE: ProbeValues;
/**
 * The longest a container can take to start before its liveness probe restarts it:
 * `initialDelaySeconds + failureThreshold x periodSeconds`, with the defaults of the chart's values.yaml for unset keys.
 */
export declare function livenessStartupBudgetSeconds(probe: ProbeValues): number;
