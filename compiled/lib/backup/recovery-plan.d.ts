import type { LangfuseChart } from '../langfuse-chart';
import type { LangfuseChartProps } from '../langfuse-chart-props';
/**
 * CloudNativePG's `archive_timeout` (docs/src/wal_archiving.md, 1.30: "By default, CloudNativePG sets
 * archive_timeout to 5min"): a WAL file is closed and archived at least this often under load, which
 * bounds what a restore of the archive can lose.
 */
export declare const CNPG_ARCHIVE_TIMEOUT_SECONDS = 300;
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
        readonly restore?: {
            readonly sourceUrl: string;
            readonly targetTime?: string;
        };
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
        readonly restore?: {
            readonly from: string;
            readonly sourceUrl: string;
            readonly appName: string;
            readonly afterAppName: string;
        };
    };
    /** The data-loss alerts, when monitoring is on: the PrometheusRule and its alerts. */
    readonly alerts?: {
        readonly rule: string;
        readonly names: readonly string[];
    };
    /** What a total loss of the cluster loses, at most, with this config: a short value and why. */
    readonly recoveryPoint: {
        readonly postgres: RecoveryPoint;
        readonly clickhouse: RecoveryPoint;
        readonly objectStorage: RecoveryPoint;
    };
}
/** The recovery plan of a composed instance. */
export declare function recoveryPlan(props: LangfuseChartProps, chart: LangfuseChart): RecoveryPlan;
/** The plan as `explain` rows: item, value, note. */
export declare function recoveryPlanRows(plan: RecoveryPlan): string[][];
