import { RawConfig } from './raw-config';
/** A rule violation that involves more than one key; `key` is the key to fix. */
export interface CrossFieldIssue {
    readonly key: string;
    readonly message: string;
}
/**
 * Rules that tie keys together. They read the config loosely (any value may still be missing or
 * invalid), so that they can run even when field validation failed and every problem is reported
 * at once.
 */
export declare function crossFieldIssues(cfg: RawConfig): CrossFieldIssue[];
/** The ClickHouse backend a config gets: the one it names, else the operator's for v4 and the bundled one otherwise. */
export declare function effectiveClickhouseBackend(cfg: {
    readonly langfuse_clickhouse_backend?: unknown;
    readonly langfuse_version?: unknown;
}): 'bundled' | 'operator';
