import type { CrossFieldIssue } from './cross-field-rules';
import { RawConfig } from './raw-config';
/** The server name after `name`: `langfuse-postgresql` → `langfuse-postgresql-2`, `x-2` → `x-3`. */
export declare function nextServerName(name: string): string;
/**
 * Rules of the restore and ClickHouse backup keys: what they need (the backup bucket, no ClickHouse
 * migration under way, the bundled ClickHouse in single-node mode) and that a restored Postgres
 * never writes into the folder it restores from.
 */
export declare function disasterRecoveryIssues(cfg: RawConfig, clickhouseBackend: 'bundled' | 'operator'): CrossFieldIssue[];
/** The restore keys of one instance, as `restorePairWarnings` reads them. */
export interface RestoreKeys {
    readonly langfuse_instance_name: string;
    readonly langfuse_backup_enabled?: boolean;
    readonly langfuse_clickhouse_backup_enabled?: boolean;
    readonly langfuse_postgres_restore_from?: string;
    readonly langfuse_clickhouse_restore_from?: string;
    readonly langfuse_clickhouse_migration?: string;
    readonly langfuse_clickhouse_cluster_enabled?: boolean;
}
/**
 * A restore of one store without the other, while both have backups: Postgres restored beside a
 * new, empty ClickHouse lets Langfuse's first start run its migrations there, after which the
 * ClickHouse restore refuses it (it has tables); ClickHouse restored beside a new, empty Postgres
 * holds traces of projects that no longer exist. Warnings, not errors: either can be meant.
 */
export declare function restorePairWarnings(cfg: RestoreKeys, clickhouseBackend: 'bundled' | 'operator'): string[];
