/**
 * ClickHouse 26.4.4.38 (server and Keeper, one release line): Langfuse v4 needs 25.12 or later and
 * recommends 26.4. The stored copy of ClickHouse/ClickHouse utils/list-versions/version_date.tsv
 * ends at v26.3.1.896-lts; v26.4.4.38-stable is a published release (its release assets and a
 * digest-pinned clickhouse-server:26.4.4.38 image are referenced by public repositories).
 */
export const CLICKHOUSE_VERSION = '26.4.4.38';

/** The pinned ClickHouse server image. */
export const CLICKHOUSE_SERVER_IMAGE = `clickhouse/clickhouse-server:${CLICKHOUSE_VERSION}`;

/** The pinned ClickHouse Keeper image. */
export const CLICKHOUSE_KEEPER_IMAGE = `clickhouse/clickhouse-keeper:${CLICKHOUSE_VERSION}`;

/** `repository:tag` or `repository@sha256:...` as the operator's image object. */
export function imageRef(image: string): { repository: string; tag?: string; hash?: string } {
  const digest = /^(.+)@(sha256:[0-9a-f]{64})$/.exec(image);
  if (digest) return { repository: digest[1], hash: digest[2] };
  const tagged = /^([^:@\s]+(?::\d+)?(?:\/[^:@\s]+)*):([A-Za-z0-9_][A-Za-z0-9._-]{0,127})$/.exec(image);
  if (!tagged || tagged[2] === 'latest') {
    throw new Error(`clickhouse image must be pinned as repository:tag (not latest) or repository@sha256:digest (got "${image}")`);
  }
  return { repository: tagged[1], tag: tagged[2] };
}

/** The ClickHouse version `[major, minor]` of an image tag like `26.4.4.38` or `25.12-alpine`; undefined for a digest or another tag. */
export function clickhouseImageVersion(image: string): [number, number] | undefined {
  const match = /:(\d+)\.(\d+)(?:[.-][A-Za-z0-9._-]*)?$/.exec(image);
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The oldest ClickHouse Langfuse v4 runs on (its events tables use full-text indexes). */
export const LANGFUSE_V4_MIN_CLICKHOUSE: readonly [number, number] = [25, 12];
