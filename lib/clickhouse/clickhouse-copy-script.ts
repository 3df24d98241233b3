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
export const CLICKHOUSE_COPY_SCRIPT = String.raw`set -eu
# Byte order for sort, comm and join; a tab for the TSV results.
export LC_ALL=C
tab=$(printf '\t')

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
SOURCE_REPLICAS=$(setting SOURCE_REPLICAS "$SOURCE_ADDRESS")
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
case "$SOURCE_ADDRESS" in *[!a-z0-9.:-]* | *:*:* | :* | *:) bad_source=1 ;; *:*) bad_source=0 ;; *) bad_source=1 ;; esac
[ "$bad_source" = 0 ] || fail "SOURCE_ADDRESS must be host:port (got $SOURCE_ADDRESS)"
case "$SOURCE_REPLICAS" in *[!a-z0-9.:,-]*) fail "SOURCE_REPLICAS must be host:port,host:port,... (got $SOURCE_REPLICAS)" ;; esac
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
client_config() {
  printf '<config><host>%s</host><port>%s</port><user>default</user><password>%s</password></config>\n' "$1" "$2" "$3"
}
client_config "$TARGET_HOST" "$TARGET_PORT" "$TARGET_PASSWORD" >"$work/client.xml"
client_config "$(echo "$SOURCE_ADDRESS" | cut -d: -f1)" "$(echo "$SOURCE_ADDRESS" | cut -d: -f2)" "$SOURCE_PASSWORD" >"$work/source.xml"

literal() {
  printf '%s' "$1" | sed 's/[.]/[.]/g'
}
scrub() {
  sed -e "s/$(literal "$SOURCE_PASSWORD")/[HIDDEN]/g" -e "s/$(literal "$TARGET_PASSWORD")/[HIDDEN]/g"
}

# One statement on the new cluster, read from stdin; prints the result as TSV.
q() {
  run_on client.xml 'the new cluster' "$1"
}
run_on() {
  if ! printf '%s\n' "$3" | clickhouse-client --config-file "$work/$1" --format TabSeparated >"$work/out" 2>"$work/err"; then
    scrub <"$work/err" >&2
    fail "a statement on $2 failed (its error is above, passwords hidden)"
  fi
  cat "$work/out"
}

# A table of the bundled ClickHouse, read by the new cluster over the native protocol.
source_table() {
  printf "remote('%s', '%s', 'default', '%s')" "$SOURCE_ADDRESS" "$1" "$SOURCE_PASSWORD"
}
# A system table of every replica of the bundled ClickHouse at once (one shard each to remote()).
every_replica() {
  printf "remote('%s', '%s', 'default', '%s')" "$SOURCE_REPLICAS" "$1" "$SOURCE_PASSWORD"
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
    running=$(q "SELECT count() FROM $(every_replica system.processes) WHERE interface = 2")
    idle=$(q "SELECT dateDiff('second', max(event_time), now()) FROM $(every_replica system.query_log) WHERE interface = 2 AND query_kind IN ('Insert', 'Delete', 'Alter') AND event_time > now() - INTERVAL 1 DAY")
    if [ "$running" = 0 ] && [ "$idle" -ge "$QUIET_SECONDS" ]; then
      echo "writers stopped: no HTTP query is running on any replica of the bundled ClickHouse and none has written for $idle seconds"
      return 0
    fi
    [ "$waited" -lt "$QUIET_TIMEOUT_SECONDS" ] || fail "the bundled ClickHouse still gets writes (last one $idle seconds ago, $running HTTP queries running) after $waited seconds: are web and worker stopped?"
    echo "waiting for the writers to stop: $running HTTP queries running, last write $idle seconds ago"
    sleep "$POLL_SECONDS"
    waited=$((waited + POLL_SECONDS))
  done
}

# The pinned replica fetches every part the others wrote before it is read (writers are stopped).
sync_source() {
  for t in $TABLES; do
    engine=$(q "SELECT engine FROM $(source_table system.tables) WHERE database = 'default' AND name = '$t'")
    case "$engine" in
      Replicated*)
        run_on source.xml "the bundled ClickHouse ($SOURCE_ADDRESS)" "SYSTEM SYNC REPLICA default.$t" >/dev/null
        echo "$t: $SOURCE_ADDRESS has every part of the other replicas" ;;
    esac
  done
}

columns_of() {
  columns=$(q "SELECT arrayStringConcat(groupArray(concat('\x60', name, '\x60')), ', ') FROM system.columns WHERE database = 'default' AND table = '$1' AND default_kind NOT IN ('MATERIALIZED', 'ALIAS', 'EPHEMERAL')")
  [ -n "$columns" ] || fail "table default.$1 does not exist on the new cluster"
}

copy_table() {
  t=$1
  columns_of "$t"
  # Neither end of the window lies past the clock: a row dated in the future must not stop later passes.
  from=$(q "SELECT toString(least(max(watermark), now64(3, 'UTC')), 'UTC') FROM default.$WATERMARK_TABLE FINAL WHERE table_name = '$t'")
  upto=$(q "SELECT toString(least(toDateTime64(max(event_ts), 3, 'UTC'), now64(3, 'UTC')), 'UTC') FROM $(source_table "default.$t")")
  started=$(date +%s)
  echo "$t: copying event_ts after $from minus $LOOKBACK_SECONDS seconds, up to $upto"
  q "INSERT INTO default.$t ($columns) SELECT $columns FROM $(source_table "default.$t") WHERE event_ts > toDateTime64('$from', 3, 'UTC') - INTERVAL $LOOKBACK_SECONDS SECOND AND event_ts <= toDateTime64('$upto', 3, 'UTC')" >/dev/null
  q "INSERT INTO default.$WATERMARK_TABLE (table_name, watermark) VALUES ('$t', toDateTime64('$upto', 3, 'UTC'))" >/dev/null
  source_rows=$(q "SELECT count() FROM $(source_table "default.$t")")
  target_rows=$(q "SELECT count() FROM default.$t")
  newest=$(q "SELECT dateDiff('second', toDateTime64('$upto', 3, 'UTC'), now64(3))")
  echo "$t: done in $(($(date +%s) - started)) seconds; rows before merges: bundled $source_rows, new $target_rows; the newest copied row was written $newest seconds ago"
}

# The partition and sorting key expressions of table $1, as the new cluster has them (the schemas are the same).
table_keys() {
  partition_key=$(q "SELECT partition_key FROM system.tables WHERE database = 'default' AND name = '$1'")
  sorting_key=$(q "SELECT sorting_key FROM system.tables WHERE database = 'default' AND name = '$1'")
  [ -n "$sorting_key" ] || fail "table default.$1 has no sorting key on the new cluster"
}

# Per partition of table $1 (its partition expression, or 'all' when it has none): the partition,
# count() and the hash of sorting key and version, all FINAL, from the source and from the new
# cluster, one sorted file each; the partitions whose lines differ go to $work/$1.differing.
compare_partitions() {
  t=$1
  if [ -n "$partition_key" ]; then
    digest="SELECT toString($partition_key) AS p, count(), sum(cityHash64($sorting_key, event_ts))"
    group=' GROUP BY p ORDER BY p'
  else
    digest="SELECT 'all' AS p, count(), sum(cityHash64($sorting_key, event_ts))"
    group=''
  fi
  q "$digest FROM $(source_table "default.$t") FINAL$group" >"$work/$t.raw"
  sort "$work/$t.raw" >"$work/$t.source"
  q "$digest FROM default.$t FINAL$group" >"$work/$t.raw"
  sort "$work/$t.raw" >"$work/$t.target"
  comm -3 "$work/$t.source" "$work/$t.target" | sed "s/^$tab//" | cut -f1 | sort -u >"$work/$t.differing"
}

# Drops partition $2 of table $1 on the new cluster (truncates an unpartitioned table) and copies it again in full
# (without insert deduplication: a block identical to one inserted before the drop must not be skipped).
recopy_partition() {
  t=$1
  p=$2
  columns_of "$t"
  if [ -z "$partition_key" ]; then
    q "TRUNCATE TABLE default.$t SETTINGS max_table_size_to_drop = 0" >/dev/null
    q "INSERT INTO default.$t ($columns) SETTINGS insert_deduplicate = 0 SELECT $columns FROM $(source_table "default.$t")" >/dev/null
  else
    case "$p" in '' | *[!0-9]*) fail "$t: partition $p differs, and this script re-copies numeric partitions only (partition key $partition_key)" ;; esac
    q "ALTER TABLE default.$t DROP PARTITION $p SETTINGS max_partition_size_to_drop = 0" >/dev/null
    q "INSERT INTO default.$t ($columns) SETTINGS insert_deduplicate = 0 SELECT $columns FROM $(source_table "default.$t") WHERE $partition_key = $p" >/dev/null
  fi
}

print_digests() {
  printf '%-24s %-10s %30s %30s%s\n' "$1" partition 'bundled (count, key hash)' 'new cluster (count, key hash)' ''
  join -a1 -a2 -e '-' -t "$tab" -o '0,1.2,1.3,2.2,2.3' "$work/$1.source" "$work/$1.target" | while IFS="$tab" read -r p sc sh tc th; do
    mark=''
    [ "$sc $sh" = "$tc $th" ] || mark='  DIFFERS'
    printf '%-24s %-10s %30s %30s%s\n' "$1" "$p" "$sc $sh" "$tc $th" "$mark"
  done
}

repair_and_compare() {
  mismatches=''
  for t in $TABLES; do
    table_keys "$t"
    compare_partitions "$t"
    if [ ! -s "$work/$t.differing" ]; then
      echo "$t: every partition has the same rows on both clusters (count and key hash, FINAL)"
      continue
    fi
    print_digests "$t"
    for p in $(cat "$work/$t.differing"); do
      echo "$t: partition $p differs: dropping it on the new cluster and copying it again in full"
      recopy_partition "$t" "$p"
    done
    compare_partitions "$t"
    if [ -s "$work/$t.differing" ]; then
      print_digests "$t"
      mismatches="$mismatches $t ($(tr '\n' ' ' <"$work/$t.differing" | sed 's/ $//'))"
    else
      echo "$t: repaired: every partition has the same rows on both clusters now"
    fi
  done
  [ -z "$mismatches" ] || fail "rows differ after the repair for$mismatches: do not cut over. Is something still writing to the bundled ClickHouse? Run the final Job again once it is quiet"
  echo "every table has the same rows on both clusters (count and key hash per partition, FINAL): ready for cutover"
}

echo "clickhouse copy ($MODE): $SOURCE_ADDRESS -> $TARGET_HOST:$TARGET_PORT, tables: $TABLES"
check_schema
q "CREATE TABLE IF NOT EXISTS default.$WATERMARK_TABLE (table_name String, watermark DateTime64(3, 'UTC'), copied_at DateTime64(3, 'UTC') DEFAULT now64(3)) ENGINE = ReplicatedReplacingMergeTree(copied_at) ORDER BY table_name" >/dev/null
if [ "$MODE" = final ]; then
  wait_for_quiet
  sync_source
fi
for t in $TABLES; do copy_table "$t"; done
[ "$MODE" = online ] || repair_and_compare
echo "clickhouse copy ($MODE): pass complete"
`;
