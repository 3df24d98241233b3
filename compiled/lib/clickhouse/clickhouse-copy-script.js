"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLICKHOUSE_COPY_SCRIPT = void 0;
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
exports.CLICKHOUSE_COPY_SCRIPT = String.raw `set -eu

fail() {
  echo "clickhouse copy: $*" >&2
  exit 1
}

# Settings come from the environment; a missing one is an error, not an empty value.
setting() {
  value=$(printenv "$1" || true)
  [ -n "$value" ] || value=$2
  [ -n "$value" ] || fail "$1 is not set"
  printf '%s' "$value"
}
MODE=$(setting MODE '')
SOURCE_ADDRESS=$(setting SOURCE_ADDRESS '')
TARGET_HOST=$(setting TARGET_HOST '')
TARGET_PORT=$(setting TARGET_PORT '')
TABLES=$(setting TABLES '')
WATERMARK_TABLE=$(setting WATERMARK_TABLE '')
LOOKBACK_SECONDS=$(setting LOOKBACK_SECONDS '')
SOURCE_PASSWORD=$(setting SOURCE_PASSWORD '')
TARGET_PASSWORD=$(setting TARGET_PASSWORD '')
QUIET_SECONDS=$(setting QUIET_SECONDS 120)
QUIET_TIMEOUT_SECONDS=$(setting QUIET_TIMEOUT_SECONDS 1800)
POLL_SECONDS=$(setting POLL_SECONDS 10)

case "$MODE" in online|final) ;; *) fail "MODE must be online or final (got $MODE)" ;; esac
for number in "$LOOKBACK_SECONDS" "$QUIET_SECONDS" "$QUIET_TIMEOUT_SECONDS" "$POLL_SECONDS" "$TARGET_PORT"; do
  case "$number" in '' | *[!0-9]*) fail "expected a whole number of seconds or a port (got $number)" ;; esac
done
case "$SOURCE_ADDRESS" in *[!a-z0-9.:-]*) fail "SOURCE_ADDRESS must be host:port (got $SOURCE_ADDRESS)" ;; esac
case "$TARGET_HOST" in *[!a-z0-9.-]*) fail "TARGET_HOST must be a host name (got $TARGET_HOST)" ;; esac
for table in $TABLES "$WATERMARK_TABLE"; do
  case "$table" in '' | *[!a-z0-9_]*) fail "table names are lowercase letters, digits and _ (got $table)" ;; esac
done
# The passwords are pasted into SQL and XML: the config only allows URL-safe characters, and so does this.
for password in "$SOURCE_PASSWORD" "$TARGET_PASSWORD"; do
  case "$password" in *[!A-Za-z0-9._~-]*) fail "the ClickHouse passwords must contain only letters, digits and . _ ~ -" ;; esac
done

umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '<config><host>%s</host><port>%s</port><user>default</user><password>%s</password></config>\n' \
  "$TARGET_HOST" "$TARGET_PORT" "$TARGET_PASSWORD" >"$work/client.xml"

literal() {
  printf '%s' "$1" | sed 's/[.]/[.]/g'
}
scrub() {
  sed -e "s/$(literal "$SOURCE_PASSWORD")/[HIDDEN]/g" -e "s/$(literal "$TARGET_PASSWORD")/[HIDDEN]/g"
}

# One statement on the new cluster, read from stdin; prints the result as TSV.
q() {
  if ! printf '%s\n' "$1" | clickhouse-client --config-file "$work/client.xml" --format TabSeparated >"$work/out" 2>"$work/err"; then
    scrub <"$work/err" >&2
    fail "a statement on the new cluster failed (its error is above, passwords hidden)"
  fi
  cat "$work/out"
}

# A table of the bundled ClickHouse, read by the new cluster over the native protocol.
source_table() {
  printf "remote('%s', '%s', 'default', '%s')" "$SOURCE_ADDRESS" "$1" "$SOURCE_PASSWORD"
}

schema_version() {
  q "SELECT concat(toString(version), if(dirty = 1, ' (dirty)', '')) FROM $1 ORDER BY sequence DESC LIMIT 1"
}

check_schema() {
  target_version=$(schema_version default.schema_migrations)
  source_version=$(schema_version "$(source_table default.schema_migrations)")
  [ -n "$target_version" ] || fail "the new cluster has no Langfuse schema: the schema Job must complete first"
  [ "$target_version" = "$source_version" ] || fail "the schemas differ: the bundled ClickHouse is at migration $source_version, the new cluster at $target_version"
  echo "schema: migration $target_version on both clusters"
}

wait_for_quiet() {
  waited=0
  while :; do
    running=$(q "SELECT count() FROM $(source_table system.processes) WHERE interface = 2")
    idle=$(q "SELECT dateDiff('second', max(event_time), now()) FROM $(source_table system.query_log) WHERE interface = 2 AND query_kind IN ('Insert', 'Delete', 'Alter') AND event_time > now() - INTERVAL 1 DAY")
    if [ "$running" = 0 ] && [ "$idle" -ge "$QUIET_SECONDS" ]; then
      echo "writers stopped: no HTTP query is running on the bundled ClickHouse and none has written for $idle seconds"
      return 0
    fi
    [ "$waited" -lt "$QUIET_TIMEOUT_SECONDS" ] || fail "the bundled ClickHouse still gets writes (last one $idle seconds ago, $running HTTP queries running) after $waited seconds: are web and worker stopped?"
    echo "waiting for the writers to stop: $running HTTP queries running, last write $idle seconds ago"
    sleep "$POLL_SECONDS"
    waited=$((waited + POLL_SECONDS))
  done
}

copy_table() {
  t=$1
  columns=$(q "SELECT arrayStringConcat(groupArray(concat('\x60', name, '\x60')), ', ') FROM system.columns WHERE database = 'default' AND table = '$t' AND default_kind NOT IN ('MATERIALIZED', 'ALIAS', 'EPHEMERAL')")
  [ -n "$columns" ] || fail "table default.$t does not exist on the new cluster"
  from=$(q "SELECT toString(max(watermark), 'UTC') FROM default.$WATERMARK_TABLE FINAL WHERE table_name = '$t'")
  upto=$(q "SELECT toString(max(event_ts), 'UTC') FROM $(source_table "default.$t")")
  started=$(date +%s)
  echo "$t: copying event_ts after $from minus $LOOKBACK_SECONDS seconds, up to $upto"
  q "INSERT INTO default.$t ($columns) SELECT $columns FROM $(source_table "default.$t") WHERE event_ts > toDateTime64('$from', 3, 'UTC') - INTERVAL $LOOKBACK_SECONDS SECOND AND event_ts <= toDateTime64('$upto', 3, 'UTC')" >/dev/null
  q "INSERT INTO default.$WATERMARK_TABLE (table_name, watermark) VALUES ('$t', toDateTime64('$upto', 3, 'UTC'))" >/dev/null
  source_rows=$(q "SELECT count() FROM $(source_table "default.$t")")
  target_rows=$(q "SELECT count() FROM default.$t")
  lag=$(q "SELECT dateDiff('second', toDateTime64('$upto', 3, 'UTC'), now64(3))")
  echo "$t: done in $(($(date +%s) - started)) seconds; rows before merges: bundled $source_rows, new $target_rows; the new cluster trails by $lag seconds"
}

compare_counts() {
  mismatches=''
  printf '%-24s %18s %18s\n' 'table (count FINAL)' 'bundled' 'new cluster'
  for t in $TABLES; do
    source_count=$(q "SELECT count() FROM $(source_table "default.$t") FINAL")
    target_count=$(q "SELECT count() FROM default.$t FINAL")
    mark=''
    if [ "$source_count" != "$target_count" ]; then
      mark='  MISMATCH'
      mismatches="$mismatches $t"
    fi
    printf '%-24s %18s %18s%s\n' "$t" "$source_count" "$target_count" "$mark"
  done
  [ -z "$mismatches" ] || fail "row counts differ for$mismatches: do not cut over. More rows on the new cluster mean rows deleted on the bundled one after they were copied (trace or project deletion, data retention); fewer mean rows the copy missed"
  echo "every table has the same row count on both clusters: ready for cutover"
}

echo "clickhouse copy ($MODE): $SOURCE_ADDRESS -> $TARGET_HOST:$TARGET_PORT, tables: $TABLES"
check_schema
q "CREATE TABLE IF NOT EXISTS default.$WATERMARK_TABLE (table_name String, watermark DateTime64(3, 'UTC'), copied_at DateTime64(3, 'UTC') DEFAULT now64(3)) ENGINE = ReplicatedReplacingMergeTree(copied_at) ORDER BY table_name" >/dev/null
[ "$MODE" = online ] || wait_for_quiet
for t in $TABLES; do copy_table "$t"; done
[ "$MODE" = online ] || compare_counts
echo "clickhouse copy ($MODE): pass complete"
`;
