import type { PostgresBackupLocation } from './backup-location';
/** Create the Postgres cluster from a backup (`LangfuseChartProps.postgresRestore`). Needs `backup`. */
export interface PostgresRestoreOptions {
    /** The backups to recover from, read with the backup endpoint and credentials. */
    readonly source: PostgresBackupLocation;
    /** RFC 3339 point in time to recover to. @default - the latest archived state */
    readonly targetTime?: string;
}
/** Scheduled ClickHouse backups into the backup bucket (`LangfuseChartProps.clickhouseBackup`). Needs `backup`. */
export interface ClickHouseBackupOptions {
    /** Five-field cron, UTC. @default '0 4 * * *' */
    readonly schedule?: string;
    /** Complete backups kept. @default 7 */
    readonly retention?: number;
}
/**
 * Restore the operator's ClickHouse from a backup before Langfuse first starts
 * (`LangfuseChartProps.clickhouseRestore`): a Flux app with the restore Job, after the analytics
 * app. Needs `backup` and the operator backend, and no ClickHouse migration.
 */
export interface ClickHouseRestoreOptions {
    /**
     * `latest` or a backup folder name of this instance's backups; `<instance>/latest` or
     * `<instance>/<backup>` of another instance's (its folder beside this one's, like a restore drill
     * from production); or a full location `s3://<bucket>/<folder>/<backup or latest>` on the backup
     * endpoint (see `parseClickHouseRestoreFrom`).
     */
    readonly from: string;
}
