import { DEFAULT_BACKUP_DESTINATION, parsePostgresRestoreFrom } from '../backup/backup-location';
import type { LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseConfig } from './langfuse-config';

/**
 * The restore and ClickHouse backup props of a validated config; each needs the Postgres backups
 * (validation makes that an error, so here they are simply off without them).
 */
export function disasterRecoveryProps(cfg: LangfuseConfig, backupsOn: boolean): Pick<LangfuseChartProps, 'postgresRestore' | 'clickhouseBackup' | 'clickhouseRestore'> {
  if (!backupsOn) return {};
  return {
    postgresRestore: cfg.langfuse_postgres_restore_from
      ? { source: parsePostgresRestoreFrom(cfg.langfuse_postgres_restore_from, DEFAULT_BACKUP_DESTINATION), targetTime: cfg.langfuse_postgres_restore_target_time }
      : undefined,
    clickhouseBackup: cfg.langfuse_clickhouse_backup_enabled
      ? { schedule: cfg.langfuse_clickhouse_backup_schedule, retention: cfg.langfuse_clickhouse_backup_retention }
      : undefined,
    clickhouseRestore: cfg.langfuse_clickhouse_restore_from ? { from: cfg.langfuse_clickhouse_restore_from } : undefined,
  };
}
