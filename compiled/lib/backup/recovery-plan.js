"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CNPG_ARCHIVE_TIMEOUT_SECONDS = void 0;
exports.recoveryPlan = recoveryPlan;
exports.recoveryPlanRows = recoveryPlanRows;
const backup_location_1 = require("./backup-location");
const schedule_interval_1 = require("./schedule-interval");
/**
 * CloudNativePG's `archive_timeout` (docs/src/wal_archiving.md, 1.30: "By default, CloudNativePG sets
 * archive_timeout to 5min"): a WAL file is closed and archived at least this often under load, which
 * bounds what a restore of the archive can lose.
 */
exports.CNPG_ARCHIVE_TIMEOUT_SECONDS = 300;
/** The recovery plan of a composed instance. */
function recoveryPlan(props, chart) {
    const backup = chart.backup;
    const recovery = chart.recovery;
    const postgres = backup && props.backup ? {
        method: backup.method.kind,
        backupUrl: (0, backup_location_1.postgresBackupUrl)(backup.location),
        baseBackupSchedule: backup.schedule,
        baseBackupIntervalSeconds: (0, schedule_interval_1.maxScheduleIntervalSeconds)(backup.schedule, { seconds: true }),
        retention: props.backup.retention ?? '7d',
        restore: recovery ? { sourceUrl: (0, backup_location_1.postgresBackupUrl)(recovery.source), targetTime: recovery.targetTime } : undefined,
    } : undefined;
    const chBackup = chart.clickhouseBackup;
    const backend = chart.analytics && chart.clickhouse === chart.analytics.connection ? 'operator' : 'bundled';
    const clickhouse = {
        backend,
        backupUrl: chBackup ? (0, backup_location_1.clickhouseBackupUrl)(chBackup.location) : undefined,
        schedule: chBackup?.schedule,
        intervalSeconds: chBackup?.maxIntervalSeconds,
        retention: chBackup?.retention,
        restore: chart.clickhouseRestoreApp ? {
            from: chart.clickhouseRestoreApp.restore.restoreFrom,
            sourceUrl: (0, backup_location_1.clickhouseBackupUrl)(chart.clickhouseRestoreApp.restore.location),
            appName: chart.clickhouseRestoreApp.appName,
            afterAppName: backend === 'operator' && chart.analyticsApp ? chart.analyticsApp.appName : chart.appName,
        } : undefined,
    };
    return {
        postgres,
        clickhouse,
        alerts: chart.alerts ? { rule: chart.alerts.resource.name, names: chart.alerts.rules.map((r) => r.alert) } : undefined,
        recoveryPoint: {
            postgres: postgres
                ? { value: (0, schedule_interval_1.formatDuration)(exports.CNPG_ARCHIVE_TIMEOUT_SECONDS), why: 'WAL is archived continuously, at least every archive_timeout (5 minutes)' }
                : { value: 'everything', why: 'no backup (langfuse_backup_enabled is off)' },
            clickhouse: chBackup
                ? { value: (0, schedule_interval_1.formatDuration)(chBackup.maxIntervalSeconds), why: 'plus the duration of one backup: a full backup at least that often' }
                : { value: 'everything', why: 'no backup (langfuse_clickhouse_backup_enabled is off)' },
            objectStorage: { value: 'everything', why: 'the events, media and exports buckets are not backed up: replicate them (docs/disaster-recovery.md)' },
        },
    };
}
/** The plan as `explain` rows: item, value, note. */
function recoveryPlanRows(plan) {
    const rows = [['item', 'value', 'note']];
    if (plan.postgres) {
        const p = plan.postgres;
        rows.push(['postgres backups', p.backupUrl, `${p.method === 'plugin' ? 'Barman Cloud plugin' : 'in-tree barmanObjectStore'}; WAL continuously, base backups "${p.baseBackupSchedule}", kept ${p.retention}`]);
        rows.push(p.restore
            ? ['postgres recovery', p.restore.sourceUrl, `to ${p.restore.targetTime ?? 'the latest archived WAL'}; only when the Cluster is created (CloudNativePG ignores bootstrap on an existing one); new backups go to ${p.backupUrl}`]
            : ['postgres recovery', '-', 'a new cluster starts empty (set langfuse_postgres_restore_from to recover one)']);
    }
    else {
        rows.push(['postgres backups', 'off', 'langfuse_backup_enabled']);
    }
    const c = plan.clickhouse;
    if (c) {
        rows.push(c.backupUrl
            ? ['clickhouse backups', c.backupUrl, `BACKUP DATABASE default, full, "${c.schedule}" (UTC), keeps ${c.retention}`]
            : ['clickhouse backups', 'off', 'langfuse_clickhouse_backup_enabled']);
        rows.push(c.restore
            ? ['clickhouse restore', c.restore.from, c.backend === 'operator'
                    ? `from ${c.restore.sourceUrl}; RESTORE into the new cluster of ${c.restore.afterAppName} once it is Ready, in the Flux app ${c.restore.appName}, which Langfuse waits for`
                    : `from ${c.restore.sourceUrl}; RESTORE into the bundled ClickHouse once the Flux app ${c.restore.afterAppName} is Ready (web and worker at 0 replicas, `
                        + `no ClickHouse migrations), in the Flux app ${c.restore.appName}; Langfuse starts when the key is removed`]
            : ['clickhouse restore', '-', 'a new ClickHouse starts empty (set langfuse_clickhouse_restore_from to restore one)']);
    }
    if (plan.alerts) {
        const stack = plan.alerts.names.filter((a) => a === 'LangfuseClickHouseBackupTooOld' || a === 'LangfuseVolumeAlmostFull');
        rows.push(['alerts', `PrometheusRule ${plan.alerts.rule}`, `${plan.alerts.names.join(', ')}; Prometheus loads it only if it selects its labels (langfuse_monitoring_labels)`
                + (stack.length > 0 ? `; ${stack.join(' and ')} read kube-state-metrics and the kubelet (kube-prometheus-stack), not the emitted monitors` : '')]);
    }
    const lost = plan.recoveryPoint;
    rows.push(['data lost at most: postgres', lost.postgres.value, lost.postgres.why]);
    rows.push(['data lost at most: clickhouse', lost.clickhouse.value, lost.clickhouse.why]);
    rows.push(['data lost at most: buckets', lost.objectStorage.value, lost.objectStorage.why]);
    return rows;
}
