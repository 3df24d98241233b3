/**
 * The pinned aws-cli image that lists and deletes ClickHouse backup folders (ClickHouse's SQL has
 * no way to delete S3 objects), and that `doctor` uses to check buckets. The jobs set
 * `AWS_REQUEST_CHECKSUM_CALCULATION` and `AWS_RESPONSE_CHECKSUM_VALIDATION` to `when_required`
 * (as for barman-cloud): newer AWS SDKs send CRC checksums that RustFS rejects.
 */
export declare const AWS_CLI_IMAGE = "amazon/aws-cli:2.22.0";
/** The unprivileged uid the aws-cli container runs as (the image itself runs as root). */
export declare const AWS_CLI_UID = 1000;
/** uid and gid of the `clickhouse` user in the clickhouse/clickhouse-server images. */
export declare const CLICKHOUSE_IMAGE_UID = 101;
