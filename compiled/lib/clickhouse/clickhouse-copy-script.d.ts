/**
 * The POSIX sh script of the copy Jobs: it runs `clickhouse-client` against the new cluster, which
 * pulls each table from the bundled ClickHouse with `remote()`. The approach is the one of the
 * chart maintainers' online sync (langfuse/langfuse-k8s langfuse-2.0.0
 * examples/upgrade-v1-to-v2/scripts/ch-online-sync.sh): `INSERT … SELECT … FROM remote(…) WHERE
 * event_ts > watermark - lookback`, safe to overlap because every copied table is a
 * ReplacingMergeTree versioned by `event_ts`, so a row copied twice collapses into one.
 *
 * What this script does differently, and why:
 * - The watermark lives in the new cluster (table `WATERMARK_TABLE`), not in a file on a laptop:
 *   a Job pod is gone after each pass. It is the source's `max(event_ts)` taken BEFORE the pass
 *   and written only AFTER the INSERT succeeded, and the INSERT stops at that value, so an
 *   interrupted pass (an evicted pod, a lost connection) leaves the old watermark and the next
 *   pass copies the whole window again. Taking the new cluster's own `max(event_ts)` instead would
 *   skip rows: an INSERT … SELECT is not atomic and writes blocks in no particular order.
 * - Columns are copied by name (the new cluster's column list), not by position.
 * - Timestamps are converted in UTC on both sides, whatever the servers' time zones.
 * - The passwords come from the environment (Secret references) and never reach a command line or
 *   the log: the client reads its own from a file in the pod's memory-backed /tmp, the source's is
 *   part of the SQL, which goes to the client on stdin, and error output is scrubbed of both.
 *   ClickHouse itself writes `[HIDDEN]` for the password of `remote('host', ...)` in its logs
 *   (ClickHouse/ClickHouse#42484, 22.11).
 * - `MODE=final` (the freeze) first waits until no HTTP client (Langfuse web or worker) has
 *   written to the bundled ClickHouse for `QUIET_SECONDS`, then copies, then compares each table's
 *   `count() … FINAL` on both sides and exits 1 when one differs. FINAL counts rows after
 *   ReplacingMergeTree collapsing (the same key and the newest `event_ts` count once, deleted rows
 *   not at all), so the overlap of the passes does not count twice.
 * - The source is only ever read: every statement that writes goes to the new cluster.
 */
export declare const CLICKHOUSE_COPY_SCRIPT: string;
