/**
 * ClickHouse 26.4.4.38 (server and Keeper, one release line): Langfuse v4 needs 25.12 or later and
 * recommends 26.4. The stored copy of ClickHouse/ClickHouse utils/list-versions/version_date.tsv
 * ends at v26.3.1.896-lts; v26.4.4.38-stable is a published release (its release assets and a
 * digest-pinned clickhouse-server:26.4.4.38 image are referenced by public repositories).
 */
export declare const CLICKHOUSE_VERSION = "26.4.4.38";
/** The pinned ClickHouse server image. */
export declare const CLICKHOUSE_SERVER_IMAGE = "clickhouse/clickhouse-server:26.4.4.38";
/** The pinned ClickHouse Keeper image. */
export declare const CLICKHOUSE_KEEPER_IMAGE = "clickhouse/clickhouse-keeper:26.4.4.38";
/** `repository:tag` or `repository@sha256:...` as the operator's image object. */
export declare function imageRef(image: string): {
    repository: string;
    tag?: string;
    hash?: string;
};
/** The ClickHouse version `[major, minor]` of an image tag like `26.4.4.38` or `25.12-alpine`; undefined for a digest or another tag. */
export declare function clickhouseImageVersion(image: string): [number, number] | undefined;
/** The oldest ClickHouse Langfuse v4 runs on (its events tables use full-text indexes). */
export declare const LANGFUSE_V4_MIN_CLICKHOUSE: readonly [number, number];
