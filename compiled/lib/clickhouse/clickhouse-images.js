"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LANGFUSE_V4_MIN_CLICKHOUSE = exports.CLICKHOUSE_KEEPER_IMAGE = exports.CLICKHOUSE_SERVER_IMAGE = exports.CLICKHOUSE_VERSION = void 0;
exports.imageRef = imageRef;
exports.clickhouseImageVersion = clickhouseImageVersion;
/**
 * ClickHouse 26.4.4.38 (server and Keeper, one release line): Langfuse v4 needs 25.12 or later and
 * recommends 26.4. The stored copy of ClickHouse/ClickHouse utils/list-versions/version_date.tsv
 * ends at v26.3.1.896-lts; v26.4.4.38-stable is a published release (its release assets and a
 * digest-pinned clickhouse-server:26.4.4.38 image are referenced by public repositories).
 */
exports.CLICKHOUSE_VERSION = '26.4.4.38';
/** The pinned ClickHouse server image. */
exports.CLICKHOUSE_SERVER_IMAGE = `clickhouse/clickhouse-server:${exports.CLICKHOUSE_VERSION}`;
/** The pinned ClickHouse Keeper image. */
exports.CLICKHOUSE_KEEPER_IMAGE = `clickhouse/clickhouse-keeper:${exports.CLICKHOUSE_VERSION}`;
/** `repository:tag` or `repository@sha256:...` as the operator's image object. */
function imageRef(image) {
    const digest = /^(.+)@(sha256:[0-9a-f]{64})$/.exec(image);
    if (digest)
        return { repository: digest[1], hash: digest[2] };
    const tagged = /^([^:@\s]+(?::\d+)?(?:\/[^:@\s]+)*):([A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/.exec(image);
    if (!tagged || tagged[2] === 'latest') {
        throw new Error(`clickhouse image must be pinned as repository:tag (not latest) or repository@sha256:digest (got "${image}")`);
    }
    return { repository: tagged[1], tag: tagged[2] };
}
/** The ClickHouse version `[major, minor]` of an image tag like `26.4.4.38` or `25.12-alpine`; undefined for a digest or another tag. */
function clickhouseImageVersion(image) {
    const match = /:(\d+)\.(\d+)(?:[.-][A-Za-z0-9._-]*)?$/.exec(image);
    return match ? [Number(match[1]), Number(match[2])] : undefined;
}
/** The oldest ClickHouse Langfuse v4 runs on (its events tables use full-text indexes). */
exports.LANGFUSE_V4_MIN_CLICKHOUSE = [25, 12];
