import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { SecretKeySelector } from './clickhouse-connection';
/**
 * The tables Langfuse 3.224.1 keeps its data in, as the chart maintainers' online sync copies them
 * (ch-online-sync.sh INCREMENTAL_TABLES): each a ReplacingMergeTree versioned by `event_ts`
 * (migrations 0001-0003, 0011 and 0024 of packages/shared/clickhouse/migrations at v3.224.1).
 * `dataset_run_items`, `project_environments` and `event_log` are unused from 3.224.1 on.
 */
export declare const LANGFUSE_V3_COPIED_TABLES: readonly string[];
/** The new cluster's table that records, per copied table, the source's `event_ts` the last complete pass reached. */
export declare const COPY_WATERMARK_TABLE = "langfuse_cdk8s_copy_watermarks";
/** How far behind the watermark each pass starts again, for rows that arrive late (the maintainers' default). */
export declare const COPY_LOOKBACK_SECONDS = 3600;
/**
 * How long the bundled ClickHouse must have had no write from an HTTP client (Langfuse) before the
 * final pass: longer than a pod's default termination grace period (30 s), so that a worker still
 * finishing its jobs is done.
 */
export declare const FINAL_COPY_QUIET_SECONDS = 120;
/** Which pass a `ClickHouseCopy` runs. */
export declare enum ClickHouseCopyMode {
    /** A CronJob: a pass every `schedule` while Langfuse keeps writing, each one idempotent. */
    ONLINE = "online",
    /**
     * A Job: waits until nothing writes, copies the rest, re-copies every partition whose FINAL row
     * count or key hash differs, and fails unless all match then.
     */
    FINAL = "final"
}
/** Props of `ClickHouseCopy`. */
export interface ClickHouseCopyProps {
    /** metadata.name of the CronJob or Job. */
    readonly name: string;
    /** @default - the chart's namespace */
    readonly namespace?: string;
    readonly mode: ClickHouseCopyMode;
    /** The ClickHouse server image (its `clickhouse-client` runs the passes), pinned. */
    readonly image: string;
    /**
     * `host:port` of the bundled ClickHouse's native protocol, as the new cluster reaches it: one
     * server, never a load-balanced Service of several replicas (each `remote()` could reach
     * another one, at another point of replication).
     */
    readonly sourceAddress: string;
    /**
     * `host:port` of every replica of the bundled ClickHouse, `sourceAddress` among them: the final
     * copy checks each for writes before it copies.
     * @default - [sourceAddress]
     */
    readonly sourceReplicaAddresses?: readonly string[];
    /** The bundled ClickHouse's password of the user `default`. */
    readonly sourcePasswordSecret: SecretKeySelector;
    /** One server of the new cluster (always the same one, whose table holds the watermarks). */
    readonly targetHost: string;
    /** @default 9000 */
    readonly targetPort?: number;
    /** The new cluster's password of the user `default`. */
    readonly targetPasswordSecret: SecretKeySelector;
    /** Pod labels (the network policies admit them to the new cluster). */
    readonly labels: Readonly<Record<string, string>>;
    /** @default LANGFUSE_V3_COPIED_TABLES */
    readonly tables?: readonly string[];
    /** @default COPY_LOOKBACK_SECONDS */
    readonly lookbackSeconds?: number;
    /** ONLINE only: the CronJob schedule. @default '*\/10 * * * *' */
    readonly schedule?: string;
}
/**
 * Copies Langfuse's tables from the bundled ClickHouse into the operator's, with the script of
 * `CLICKHOUSE_COPY_SCRIPT`: online as a CronJob whose passes repeat until the freeze (a pass that
 * still runs when the next is due is not doubled), and once more as the freeze's final Job, which
 * repairs the partitions that differ and fails when one still does. The passwords reach the pod
 * only through Secret references.
 */
export declare class ClickHouseCopy extends Construct {
    readonly name: string;
    readonly mode: ClickHouseCopyMode;
    readonly tables: readonly string[];
    /** The pod's environment, as rendered (Secret references for both passwords). */
    readonly env: readonly k8s.EnvVar[];
    /** Set in ONLINE mode. */
    readonly cronJob?: k8s.KubeCronJob;
    /** Set in FINAL mode. */
    readonly job?: k8s.KubeJob;
    constructor(scope: Construct, id: string, props: ClickHouseCopyProps);
}
