"use strict";
/**
 * The shell scripts of the ClickHouse backup and restore Jobs (POSIX sh: dash in the ClickHouse
 * image, bash in the aws-cli image). Their inputs come from the environment only; credentials come
 * from Secrets through `secretKeyRef` and reach nothing but the SQL text that clickhouse-client
 * reads on its standard input, built with shell builtins (`printf`) and escaped by `sed` on a pipe,
 * so no value ever appears on a command line (`/proc/<pid>/cmdline`) or in the Job's log. ClickHouse
 * itself hides the key arguments of `S3(...)` in `system.query_log`, `system.backups` and its server
 * log (queries with secret parts are logged through `formatForLogging`).
 *
 * Environment of the ClickHouse containers: CLICKHOUSE_HOST, CLICKHOUSE_PORT, CLICKHOUSE_USER and
 * CLICKHOUSE_PASSWORD (clickhouse-client reads the last two itself), AWS_ACCESS_KEY_ID,
 * AWS_SECRET_ACCESS_KEY, BACKUP_URL (the backup engine URL of the instance's backup folder, no
 * trailing slash) and WORK_DIR (shared with the other containers of the pod). The aws-cli
 * containers: S3_ENDPOINT, S3_REGION, BACKUP_BUCKET, BACKUP_PREFIX, the AWS_* keys, WORK_DIR, and
 * RETENTION (prune) or RESTORE_FROM (resolve).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLICKHOUSE_RESTORE_SCRIPT = exports.CLICKHOUSE_RESOLVE_SCRIPT = exports.CLICKHOUSE_PRUNE_SCRIPT = exports.CLICKHOUSE_BACKUP_SCRIPT = void 0;
/** Helpers of the ClickHouse containers. */
const CLICKHOUSE_LIB = String.raw `set -eu
# An SQL string literal: backslashes and quotes escaped by sed reading the value on a pipe.
sql_string() { printf "'"; printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e "s/'/\\\\'/g"; printf "'"; }
# The S3 backup engine of a folder, with the backup credentials.
s3_engine() { printf 'S3(%s, %s, %s)' "$(sql_string "$1")" "$(sql_string "$AWS_ACCESS_KEY_ID")" "$(sql_string "$AWS_SECRET_ACCESS_KEY")"; }
ch() { clickhouse-client --host "$CLICKHOUSE_HOST" --port "$CLICKHOUSE_PORT" "$@"; }
# Waits for an ASYNC BACKUP or RESTORE (by its id, on the same server) to end in the status $2.
await_operation() {
  missing=0
  while :; do
    row=$(ch --format TabSeparated --query "SELECT status, error FROM system.backups WHERE id = $(sql_string "$1")")
    status=$(printf '%s' "$row" | cut -f1)
    case "$status" in
      "$2") return 0 ;;
      CREATING_BACKUP|RESTORING) ;;
      '')
        missing=$((missing + 1))
        if [ "$missing" -ge 30 ]; then echo "operation $1 is not in system.backups of $CLICKHOUSE_HOST (did the server restart?)" >&2; return 1; fi ;;
      *) echo "operation $1 ended with $status: $(printf '%s' "$row" | cut -f2-)" >&2; return 1 ;;
    esac
    sleep 10
  done
}
`;
/** Helpers of the aws-cli containers. */
const AWS_LIB = String.raw `set -eu
if [ -z "$BACKUP_PREFIX" ]; then echo "BACKUP_PREFIX is empty: refusing to list or delete at the bucket root" >&2; exit 1; fi
s3() { aws --endpoint-url "$S3_ENDPOINT" --region "$S3_REGION" "$@"; }
folder="s3://$BACKUP_BUCKET/$BACKUP_PREFIX"
# Backup folders this tool names (UTC start times), oldest first.
backup_names() { printf '%s\n' "$1" | sed -n 's|^ *PRE \([0-9]\{8\}T[0-9]\{6\}Z\)/$|\1|p' | sort; }
# A backup is complete once ClickHouse wrote its .backup file, the last one it writes.
complete() { s3 s3api head-object --bucket "$BACKUP_BUCKET" --key "$BACKUP_PREFIX/$1/.backup" >/dev/null 2>&1; }
`;
/**
 * Takes a full backup of the database `default` into `<BACKUP_URL>/<UTC start time>` and records the
 * name in `$WORK_DIR/backup-name` for the prune step.
 */
exports.CLICKHOUSE_BACKUP_SCRIPT = CLICKHOUSE_LIB + String.raw `name=$(date -u +%Y%m%dT%H%M%SZ)
id="langfuse-backup-$name"
echo "backing up database default of $CLICKHOUSE_HOST to $BACKUP_URL/$name"
printf 'BACKUP DATABASE default TO %s SETTINGS id = %s ASYNC\n' "$(s3_engine "$BACKUP_URL/$name")" "$(sql_string "$id")" | ch >/dev/null
await_operation "$id" BACKUP_CREATED
printf '%s\n' "$name" > "$WORK_DIR/backup-name"
echo "backup $name created"
`;
/**
 * Keeps the newest RETENTION complete backups and deletes every older backup folder (complete or
 * not); a folder newer than the oldest kept backup is never deleted, even without `.backup` (a
 * backup still being written). Fails without deleting anything when the backup just taken is not
 * complete in the bucket.
 */
exports.CLICKHOUSE_PRUNE_SCRIPT = AWS_LIB + String.raw `new=$(cat "$WORK_DIR/backup-name")
if ! complete "$new"; then echo "backup $new has no .backup file in $folder: nothing is deleted" >&2; exit 1; fi
listing=$(s3 s3 ls "$folder/")
kept=0
deleted=0
for name in $(backup_names "$listing" | sort -r); do
  if [ "$kept" -lt "$RETENTION" ]; then
    if complete "$name"; then kept=$((kept + 1)); fi
    continue
  fi
  echo "deleting backup $name (older than the newest $RETENTION complete backups)"
  s3 s3 rm --recursive --only-show-errors "$folder/$name/"
  deleted=$((deleted + 1))
done
echo "kept $kept complete backups in $folder, deleted $deleted"
`;
/**
 * Finds the backup to restore: RESTORE_FROM `latest` is the newest complete backup folder this tool
 * named; any other name must be a complete backup. Writes the name to `$WORK_DIR/backup-name`.
 */
exports.CLICKHOUSE_RESOLVE_SCRIPT = AWS_LIB + String.raw `if [ "$RESTORE_FROM" = latest ]; then
  if ! listing=$(s3 s3 ls "$folder/"); then echo "no backups in $folder" >&2; exit 1; fi
  name=""
  for candidate in $(backup_names "$listing" | sort -r); do
    if complete "$candidate"; then name=$candidate; break; fi
  done
  if [ -z "$name" ]; then echo "no complete backup in $folder" >&2; exit 1; fi
else
  name=$RESTORE_FROM
  if ! complete "$name"; then echo "backup $name has no .backup file in $folder: it does not exist or did not complete" >&2; exit 1; fi
fi
printf '%s\n' "$name" > "$WORK_DIR/backup-name"
echo "restoring backup $name from $folder"
`;
/**
 * Restores the database `default` from the backup named in `$WORK_DIR/backup-name`, once the server
 * answers and its `default` database has the engine EXPECTED_ENGINE (the operator makes it
 * `Replicated` before it reports Ready), and only when that database has no table: it never
 * restores over data (a second run, or a cluster Langfuse already started on, fails instead).
 */
exports.CLICKHOUSE_RESTORE_SCRIPT = CLICKHOUSE_LIB + String.raw `name=$(cat "$WORK_DIR/backup-name")
i=0
engine=unknown
until engine=$(ch --query "SELECT engine FROM system.databases WHERE name = 'default'" 2>/dev/null) && [ "$engine" = "$EXPECTED_ENGINE" ]; do
  i=$((i + 1))
  if [ "$i" -ge 180 ]; then echo "database default of $CLICKHOUSE_HOST is not $EXPECTED_ENGINE after 30 minutes (engine: $engine)" >&2; exit 1; fi
  sleep 10
done
tables=$(ch --query "SELECT count() FROM system.tables WHERE database = 'default'")
if [ "$tables" != 0 ]; then
  echo "refusing to restore: database default of $CLICKHOUSE_HOST already holds $tables tables (restore only into a new cluster; remove langfuse_clickhouse_restore_from once restored)" >&2
  exit 1
fi
id="langfuse-restore-$name-$(date -u +%s)"
echo "restoring $BACKUP_URL/$name into database default of $CLICKHOUSE_HOST"
printf 'RESTORE DATABASE default FROM %s SETTINGS id = %s, allow_different_database_def = 1 ASYNC\n' "$(s3_engine "$BACKUP_URL/$name")" "$(sql_string "$id")" | ch >/dev/null
await_operation "$id" RESTORED
if [ "$EXPECTED_ENGINE" = Replicated ]; then
  plain=$(ch --query "SELECT count() FROM system.tables WHERE database = 'default' AND engine LIKE '%MergeTree' AND engine NOT LIKE 'Replicated%'")
  if [ "$plain" != 0 ]; then
    echo "backup $name restored $plain tables that are not replicated: their data is on $CLICKHOUSE_HOST only; was it a backup of the bundled ClickHouse? Restore that into the bundled ClickHouse and migrate (docs/upgrade-v4.md)" >&2
    exit 1
  fi
fi
echo "restored backup $name: $(ch --query "SELECT count() FROM system.tables WHERE database = 'default'") tables"
`;
