import { DEFAULT_BACKUP_DESTINATION, parsePostgresRestoreFrom, postgresBackupUrl, postgresRestoreFromProblem, sameBackupLocation } from '../backup/backup-location';
import { langfuseNames } from '../names';
import type { CrossFieldIssue } from './cross-field-rules';
import { isSet, RawConfig } from './raw-config';


/** The server name after `name`: `langfuse-postgresql` → `langfuse-postgresql-2`, `x-2` → `x-3`. */
export function nextServerName(name: string): string {
  const numbered = /^(.*)-([0-9]+)$/.exec(name);
  return numbered ? `${numbered[1]}-${Number(numbered[2]) + 1}` : `${name}-2`;
}

/**
 * Rules of the restore and ClickHouse backup keys: what they need (the backup bucket, the operator
 * backend, no ClickHouse migration under way) and that a restored Postgres never writes into the
 * folder it restores from.
 */
export function disasterRecoveryIssues(cfg: RawConfig, clickhouseBackend: 'bundled' | 'operator'): CrossFieldIssue[] {
  const issues: CrossFieldIssue[] = [];
  const backups = cfg.langfuse_backup_enabled === true;
  const needBackups = (key: string, why: string) => {
    if (isSet(cfg[key]) && cfg[key] !== false && !backups) issues.push({ key, message: `needs langfuse_backup_enabled: true (${why})` });
  };
  needBackups('langfuse_postgres_restore_from', 'the backups are read with the backup endpoint and credentials, and the restored cluster archives to the backup bucket');
  needBackups('langfuse_clickhouse_backup_enabled', 'ClickHouse backups go to the backup bucket with the backup credentials');
  needBackups('langfuse_clickhouse_restore_from', 'the backups are read from the backup bucket with the backup credentials');

  if (isSet(cfg.langfuse_postgres_restore_target_time) && !isSet(cfg.langfuse_postgres_restore_from)) {
    issues.push({ key: 'langfuse_postgres_restore_target_time', message: 'needs langfuse_postgres_restore_from: it is the point in time to recover those backups to' });
  }
  const from = cfg.langfuse_postgres_restore_from;
  if (typeof from === 'string' && postgresRestoreFromProblem(from) === undefined) {
    const namespace = typeof cfg.langfuse_namespace === 'string' ? cfg.langfuse_namespace : 'ai-system';
    const serverName = typeof cfg.langfuse_postgres_backup_server_name === 'string' ? cfg.langfuse_postgres_backup_server_name : langfuseNames(namespace).postgresCluster;
    const source = parsePostgresRestoreFrom(from, DEFAULT_BACKUP_DESTINATION);
    if (sameBackupLocation(source, { destinationPath: DEFAULT_BACKUP_DESTINATION, serverName })) {
      issues.push({
        key: 'langfuse_postgres_backup_server_name',
        message: `must name a new folder when restoring from ${postgresBackupUrl(source)}: the restored cluster's backups would go into the folder it restores from `
          + `(set langfuse_postgres_backup_server_name: ${nextServerName(serverName)}, and keep it after the restore)`,
      });
    }
  }

  if (isSet(cfg.langfuse_clickhouse_restore_from) && isSet(cfg.langfuse_clickhouse_migration)) {
    issues.push({
      key: 'langfuse_clickhouse_restore_from',
      message: `cannot be set with langfuse_clickhouse_migration (stage "${String(cfg.langfuse_clickhouse_migration)}"): the migration fills the operator's cluster `
        + 'from the bundled ClickHouse, and the restore needs it new and empty. Restore first without langfuse_clickhouse_migration, or finish the migration; '
        + 'npm run cli -- doctor restore prints the steps for the store Langfuse uses',
    });
  } else if (isSet(cfg.langfuse_clickhouse_restore_from) && clickhouseBackend !== 'operator') {
    issues.push({
      key: 'langfuse_clickhouse_restore_from',
      message: 'needs langfuse_clickhouse_backend: operator: the bundled ClickHouse comes with the Langfuse HelmRelease, whose first start runs Langfuse\'s migrations, '
        + 'so no restore can run before it; restore a bundled backup by hand (npm run cli -- doctor restore prints the steps)',
    });
  }
  return issues;
}
