"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORKER_LIVENESS_PROBE = exports.WEB_READINESS_PROBE = exports.WEB_LIVENESS_PROBE = void 0;
exports.livenessStartupBudgetSeconds = livenessStartupBudgetSeconds;
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
exports.WEB_LIVENESS_PROBE = {
    path: '/api/public/health', initialDelaySeconds: 300, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 6, successThreshold: 1,
};
/** Web readiness: `/api/public/ready` (500 once shutting down). */
exports.WEB_READINESS_PROBE = {
    path: '/api/public/ready', initialDelaySeconds: 10, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 3, successThreshold: 1,
};
/**
 * Worker liveness: the chart hard-codes `/api/health` on port 3030 (`langfuse.worker.port`). The
 * worker runs no migrations, so a short delay is enough.
 */
exports.WORKER_LIVENESS_PROBE = {
    initialDelaySeconds: 60, periodSeconds: 10, timeoutSeconds: 5, failureThreshold: 6, successThreshold: 1,
};
/**
 * The longest a container can take to start before its liveness probe restarts it:
 * `initialDelaySeconds + failureThreshold x periodSeconds`, with the defaults of the chart's values.yaml for unset keys.
 */
function livenessStartupBudgetSeconds(probe) {
    return (probe.initialDelaySeconds ?? 20) + (probe.failureThreshold ?? 3) * (probe.periodSeconds ?? 10);
}
