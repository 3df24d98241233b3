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
/**
 * Takes a full backup of the database `default` into `<BACKUP_URL>/<UTC start time>` and records the
 * name in `$WORK_DIR/backup-name` for the prune step.
 */
export declare const CLICKHOUSE_BACKUP_SCRIPT: string;
/**
 * Keeps the newest RETENTION complete backups and deletes every older backup folder (complete or
 * not); a folder newer than the oldest kept backup is never deleted, even without `.backup` (a
 * backup still being written). Fails without deleting anything when the backup just taken is not
 * complete in the bucket.
 */
export declare const CLICKHOUSE_PRUNE_SCRIPT: string;
/**
 * Finds the backup to restore: RESTORE_FROM `latest` is the newest complete backup folder this tool
 * named; any other name must be a complete backup. Writes the name to `$WORK_DIR/backup-name`.
 */
export declare const CLICKHOUSE_RESOLVE_SCRIPT: string;
/**
 * Restores the database `default` from the backup named in `$WORK_DIR/backup-name`, once the server
 * answers and its `default` database has the engine EXPECTED_ENGINE (the operator makes it
 * `Replicated` before it reports Ready), and only when that database has no table: it never
 * restores over data (a second run, or a cluster Langfuse already started on, fails instead).
 */
export declare const CLICKHOUSE_RESTORE_SCRIPT: string;
