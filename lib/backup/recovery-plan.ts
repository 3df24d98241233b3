import type { LangfuseChart } from '../langfuse-chart';
import type { LangfuseChartProps } from '../langfuse-chart-props';
import { clickhouseBackupUrl, postgresBackupUrl } from './backup-location';
import { formatDuration, maxScheduleIntervalSeconds } from './schedule-interval';

/**
 * CloudNativePG's `archive_timeout` (docs/src/wal_archiving.md, 1.30: "By default, CloudNativePG sets
 * archive_timeout to 5min"): a WAL file is closed and archived at least this often under load, which
 * bounds what a restore of the archive can lose.
 */
export const CNPG_ARCHIVE_TIMEOUT_SECONDS = 300;

/** The most a total loss loses of one store. */
export interface RecoveryPoint {
  /** Like `5m`, `1d` or `everything`. */
  readonly value: string;
  readonly why: string;
}

/** What a config backs up and restores, and what it can lose: the facts `explain`, `doctor restore` and the docs print. */
export interface RecoveryPlan {
  readonly postgres?: {
    readonly method: 'plugin' | 'barmanObjectStore';
    /** Where new base backups and WAL go. */
    readonly backupUrl: string;
    readonly baseBackupSchedule: string;
    readonly baseBackupIntervalSeconds: number;
    /** Barman retention policy, like `7d`: the point-in-time recovery window. */
    readonly retention: string;
    /** The recovery this config bootstraps from, when it does. */
    readonly restore?: { readonly sourceUrl: string; readonly targetTime?: string };
  };
  readonly clickhouse?: {
    readonly backend: 'operator' | 'bundled';
    /** Backup folder URL (`s3://...`), when backups are on. */
    readonly backupUrl?: string;
    readonly schedule?: string;
    readonly intervalSeconds?: number;
    readonly retention?: number;
    /**
     * The restore before Langfuse starts, when configured: its Flux app, and the app it waits for:
     * the analytics app (the operator's new cluster), or the Langfuse app (whose release brings up
     * the bundled ClickHouse, with Langfuse at 0 replicas).
     */
    readonly restore?: { readonly from: string; readonly sourceUrl: string; readonly appName: string; readonly afterAppName: string };
  };
  /** The data-loss alerts, when monitoring is on: the PrometheusRule and its alerts. */
  readonly alerts?: { readonly rule: string; readonly names: readonly string[] };
  /** What a total loss of the cluster loses, at most, with this config: a short value and why. */
  readonly recoveryPoint: {
    readonly postgres: RecoveryPoint;
    readonly clickhouse: RecoveryPoint;
    readonly objectStorage: RecoveryPoint;
  };
}

/** The recovery plan of a composed instance. */
export function recoveryPlan(props: LangfuseChartProps, chart: LangfuseChart): RecoveryPlan {
  const backup = chart.backup;
  const recovery = chart.recovery;
  const postgres = backup && props.backup ? {
    method: backup.method.kind,
    backupUrl: postgresBackupUrl(backup.location),
    baseBackupSchedule: backup.schedule,
    baseBackupIntervalSeconds: maxScheduleIntervalSeconds(backup.schedule, { seconds: true }),
    retention: props.backup.retention ?? '7d',
    restore: recovery ? { sourceUrl: postgresBackupUrl(recovery.source), targetTime: recovery.targetTime } : undefined,
  } : undefined;
  const chBackup = chart.clickhouseBackup;
  const backend = chart.analytics && chart.clickhouse === chart.analytics.connection ? 'operator' as const : 'bundled' as const;
  const clickhouse = {
    backend,
    backupUrl: chBackup ? clickhouseBackupUrl(chBackup.location) : undefined,
    schedule: chBackup?.schedule,
    intervalSeconds: chBackup?.maxIntervalSeconds,
    retention: chBackup?.retention,
    restore: chart.clickhouseRestoreApp ? {
      from: chart.clickhouseRestoreApp.restore.restoreFrom,
      sourceUrl: clickhouseBackupUrl(chart.clickhouseRestoreApp.restore.location),
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
        ? { value: formatDuration(CNPG_ARCHIVE_TIMEOUT_SECONDS), why: 'WAL is archived continuously, at least every archive_timeout (5 minutes)' }
        : { value: 'everything', why: 'no backup (langfuse_backup_enabled is off)' },
      clickhouse: chBackup
        ? { value: formatDuration(chBackup.maxIntervalSeconds), why: 'plus the duration of one backup: a full backup at least that often' }
        : { value: 'everything', why: 'no backup (langfuse_clickhouse_backup_enabled is off)' },
      objectStorage: { value: 'everything', why: 'the events, media and exports buckets are not backed up: replicate them (docs/disaster-recovery.md)' },
    },
  };
}

/** The plan as `explain` rows: item, value, note. */
export function recoveryPlanRows(plan: RecoveryPlan): string[][] {
  const rows: string[][] = [['item', 'value', 'note']];
  if (plan.postgres) {
    const p = plan.postgres;
    rows.push(['postgres backups', p.backupUrl, `${p.method === 'plugin' ? 'Barman Cloud plugin' : 'in-tree barmanObjectStore'}; WAL continuously, base backups "${p.baseBackupSchedule}", kept ${p.retention}`]);
    rows.push(p.restore
      ? ['postgres recovery', p.restore.sourceUrl, `to ${p.restore.targetTime ?? 'the latest archived WAL'}; only when the Cluster is created (CloudNativePG ignores bootstrap on an existing one); new backups go to ${p.backupUrl}`]
      : ['postgres recovery', '-', 'a new cluster starts empty (set langfuse_postgres_restore_from to recover one)']);
  } else {
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
