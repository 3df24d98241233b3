import type { CrossFieldIssue } from './cross-field-rules';
import { RawConfig } from './raw-config';
/** The server name after `name`: `langfuse-postgresql` → `langfuse-postgresql-2`, `x-2` → `x-3`. */
export declare function nextServerName(name: string): string;
/**
 * Rules of the restore and ClickHouse backup keys: what they need (the backup bucket, the operator
 * backend, no ClickHouse migration under way) and that a restored Postgres never writes into the
 * folder it restores from.
 */
export declare function disasterRecoveryIssues(cfg: RawConfig, clickhouseBackend: 'bundled' | 'operator'): CrossFieldIssue[];
