"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextServerName = nextServerName;
exports.disasterRecoveryIssues = disasterRecoveryIssues;
exports.restorePairWarnings = restorePairWarnings;
const backup_location_1 = require("../backup/backup-location");
const names_1 = require("../names");
const raw_config_1 = require("./raw-config");
/** The server name after `name`: `langfuse-postgresql` → `langfuse-postgresql-2`, `x-2` → `x-3`. */
function nextServerName(name) {
    const numbered = /^(.*)-([0-9]+)$/.exec(name);
    return numbered ? `${numbered[1]}-${Number(numbered[2]) + 1}` : `${name}-2`;
}
/**
 * Rules of the restore and ClickHouse backup keys: what they need (the backup bucket, no ClickHouse
 * migration under way, the bundled ClickHouse in single-node mode) and that a restored Postgres
 * never writes into the folder it restores from.
 */
function disasterRecoveryIssues(cfg, clickhouseBackend) {
    const issues = [];
    const backups = cfg.langfuse_backup_enabled === true;
    const needBackups = (key, why) => {
        if ((0, raw_config_1.isSet)(cfg[key]) && cfg[key] !== false && !backups)
            issues.push({ key, message: `needs langfuse_backup_enabled: true (${why})` });
    };
    needBackups('langfuse_postgres_restore_from', 'the backups are read with the backup endpoint and credentials, and the restored cluster archives to the backup bucket');
    needBackups('langfuse_clickhouse_backup_enabled', 'ClickHouse backups go to the backup bucket with the backup credentials');
    needBackups('langfuse_clickhouse_restore_from', 'the backups are read from the backup bucket with the backup credentials');
    if ((0, raw_config_1.isSet)(cfg.langfuse_postgres_restore_target_time) && !(0, raw_config_1.isSet)(cfg.langfuse_postgres_restore_from)) {
        issues.push({ key: 'langfuse_postgres_restore_target_time', message: 'needs langfuse_postgres_restore_from: it is the point in time to recover those backups to' });
    }
    const from = cfg.langfuse_postgres_restore_from;
    if (typeof from === 'string' && (0, backup_location_1.postgresRestoreFromProblem)(from) === undefined) {
        const namespace = typeof cfg.langfuse_namespace === 'string' ? cfg.langfuse_namespace : 'ai-system';
        const serverName = typeof cfg.langfuse_postgres_backup_server_name === 'string' ? cfg.langfuse_postgres_backup_server_name : (0, names_1.langfuseNames)(namespace).postgresCluster;
        const source = (0, backup_location_1.parsePostgresRestoreFrom)(from, backup_location_1.DEFAULT_BACKUP_DESTINATION);
        if ((0, backup_location_1.sameBackupLocation)(source, { destinationPath: backup_location_1.DEFAULT_BACKUP_DESTINATION, serverName })) {
            issues.push({
                key: 'langfuse_postgres_backup_server_name',
                message: `must name a new folder when restoring from ${(0, backup_location_1.postgresBackupUrl)(source)}: the restored cluster's backups would go into the folder it restores from `
                    + `(set langfuse_postgres_backup_server_name: ${nextServerName(serverName)}, and keep it after the restore)`,
            });
        }
    }
    if ((0, raw_config_1.isSet)(cfg.langfuse_clickhouse_restore_from) && (0, raw_config_1.isSet)(cfg.langfuse_clickhouse_migration)) {
        issues.push({
            key: 'langfuse_clickhouse_restore_from',
            message: `cannot be set with langfuse_clickhouse_migration (stage "${String(cfg.langfuse_clickhouse_migration)}"): the migration fills the operator's cluster `
                + 'from the bundled ClickHouse, and the restore needs it new and empty. Restore first without langfuse_clickhouse_migration, or finish the migration; '
                + 'npm run cli -- doctor restore prints the steps for the store Langfuse uses',
        });
    }
    else if ((0, raw_config_1.isSet)(cfg.langfuse_clickhouse_restore_from) && clickhouseBackend !== 'operator' && cfg.langfuse_clickhouse_cluster_enabled === true) {
        issues.push({
            key: 'langfuse_clickhouse_restore_from',
            message: 'cannot restore the bundled ClickHouse in cluster mode (langfuse_clickhouse_cluster_enabled): its database is Atomic, so a restore on one replica '
                + 'leaves the others without tables; restore it by hand (npm run cli -- doctor restore prints the steps), or restore with langfuse_clickhouse_cluster_enabled off',
        });
    }
    const chFrom = cfg.langfuse_clickhouse_restore_from;
    if (typeof chFrom === 'string') {
        const other = clickhouseBackend === 'operator' ? 'bundled' : 'operator';
        if ((0, backup_location_1.clickhouseBackupBackendOf)(chFrom) === other) {
            issues.push({
                key: 'langfuse_clickhouse_restore_from',
                message: `names a backup of the ${other} ClickHouse (folder "${backup_location_1.CLICKHOUSE_BACKUP_FOLDERS[other]}/"), but this config restores the ${clickhouseBackend} one: `
                    + (other === 'bundled'
                        ? 'its tables are not replicated, so the operator\'s cluster would hold the data on one replica only. Restore the bundled ClickHouse first and migrate (docs/upgrade-v4.md)'
                        : 'its tables are replicated under the operator\'s Keeper, which the bundled ClickHouse does not have. Restore into the operator\'s ClickHouse (langfuse_clickhouse_backend: operator)'),
            });
        }
    }
    return issues;
}
/**
 * A restore of one store without the other, while both have backups: Postgres restored beside a
 * new, empty ClickHouse lets Langfuse's first start run its migrations there, after which the
 * ClickHouse restore refuses it (it has tables); ClickHouse restored beside a new, empty Postgres
 * holds traces of projects that no longer exist. Warnings, not errors: either can be meant.
 */
function restorePairWarnings(cfg, clickhouseBackend) {
    if (!cfg.langfuse_backup_enabled || !cfg.langfuse_clickhouse_backup_enabled || cfg.langfuse_clickhouse_migration !== undefined)
        return [];
    const name = cfg.langfuse_instance_name;
    if (cfg.langfuse_postgres_restore_from && !cfg.langfuse_clickhouse_restore_from) {
        const how = clickhouseBackend === 'operator'
            ? 'set langfuse_clickhouse_restore_from (latest) in the same commit: Flux then restores ClickHouse before Langfuse starts'
            : cfg.langfuse_clickhouse_cluster_enabled
                ? 'restore the bundled ClickHouse by hand before Langfuse takes traffic'
                : 'set langfuse_clickhouse_restore_from (latest) in the same commit: Langfuse then stays at 0 replicas until the restore Job is done and the key removed';
        return [`${name}: langfuse_postgres_restore_from without langfuse_clickhouse_restore_from, while langfuse_clickhouse_backup_enabled is on: `
                + 'Langfuse starts on the recovered Postgres and runs its migrations on a new, empty ClickHouse, which the ClickHouse restore then refuses (it has tables). '
                + `To keep the traces, ${how} (npm run cli -- doctor restore prints the steps); to start ClickHouse empty on purpose, ignore this.`];
    }
    if (cfg.langfuse_clickhouse_restore_from && !cfg.langfuse_postgres_restore_from) {
        return [`${name}: langfuse_clickhouse_restore_from without langfuse_postgres_restore_from: the restored traces belong to the projects of the lost Postgres, `
                + 'and a new, empty Postgres has none of them. Set langfuse_postgres_restore_from (and a new langfuse_postgres_backup_server_name) in the same commit '
                + '(npm run cli -- doctor restore prints the steps), unless this Postgres was not lost.'];
    }
    return [];
}
