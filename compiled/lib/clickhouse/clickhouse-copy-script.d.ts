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
 * - The watermark never moves past the clock: `dataset_run_items_rmt` takes its `event_ts` from the
 *   caller's `createdAt` (POST /api/public/dataset-run-items), so one row dated in the future
 *   would otherwise stop every later pass of that table. Rows dated far in the past (that same
 *   field, a background migration writing historic `event_ts`) fall behind the lookback and are
 *   caught by the final pass's repair.
 * - The source is one pod (`SOURCE_ADDRESS`, a replica's stable headless name), never the
 *   load-balanced Service: with several replicas, every `remote()` call could reach another one,
 *   at another point of replication. `SOURCE_REPLICAS` lists them all (comma-separated, which
 *   `remote()` reads as one shard each) for the final pass's quiet check.
 * - `MODE=final` (the freeze) first waits until no HTTP client (Langfuse web or worker) has
 *   written to any replica of the bundled ClickHouse for `QUIET_SECONDS`, then runs
 *   `SYSTEM SYNC REPLICA` for each replicated table on the pinned replica (the only statement sent
 *   to the source directly; it changes no data), and copies. It then repairs: per table and per
 *   partition (the table's partition expression) it compares `count()` and a hash of the sorting
 *   key and version (`sum(cityHash64(<sorting key>, event_ts))`), both FINAL, on both sides. A
 *   partition that differs (rows deleted on the source after they were copied, rows that arrived
 *   behind the watermark) is dropped on the new cluster and copied again in full; an unpartitioned
 *   table is truncated and copied again in full. Then it compares again and exits 1 on any
 *   difference. FINAL collapses ReplacingMergeTree versions (the same key and the newest
 *   `event_ts` count once, rows marked `is_deleted` not at all), so the overlap of the passes does
 *   not count twice; lightweight deletes hide rows from every SELECT. Nothing writes while it runs,
 *   so a repaired partition is the source's; an interrupted repair is repaired again by the next
 *   run, which compares everything anew.
 *   The partition and sorting keys (`toYYYYMM(timestamp)`, `toDate(timestamp)`) follow each
 *   server's time zone: the comparison assumes both run in the same one (both images default to
 *   UTC). With different zones the repair cannot converge and the Job fails; it loses nothing.
 * - The source is only ever read: every statement that writes goes to the new cluster.
 */
export declare const CLICKHOUSE_COPY_SCRIPT: string;
