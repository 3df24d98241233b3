"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.disasterRecoveryProps = disasterRecoveryProps;
const backup_location_1 = require("../backup/backup-location");
/**
 * The restore and ClickHouse backup props of a validated config; each needs the Postgres backups
 * (validation makes that an error, so here they are simply off without them).
 */
function disasterRecoveryProps(cfg, backupsOn) {
    if (!backupsOn)
        return {};
    return {
        postgresRestore: cfg.langfuse_postgres_restore_from
            ? { source: (0, backup_location_1.parsePostgresRestoreFrom)(cfg.langfuse_postgres_restore_from, backup_location_1.DEFAULT_BACKUP_DESTINATION), targetTime: cfg.langfuse_postgres_restore_target_time }
            : undefined,
        clickhouseBackup: cfg.langfuse_clickhouse_backup_enabled
            ? { schedule: cfg.langfuse_clickhouse_backup_schedule, retention: cfg.langfuse_clickhouse_backup_retention }
            : undefined,
        clickhouseRestore: cfg.langfuse_clickhouse_restore_from ? { from: cfg.langfuse_clickhouse_restore_from } : undefined,
    };
}
