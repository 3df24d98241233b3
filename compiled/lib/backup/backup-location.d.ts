/**
 * Where backups live in the backup bucket: the Barman Cloud layout of Postgres
 * (`<destinationPath>/<serverName>/{base,wals}`) and this tool's layout of ClickHouse backups
 * (`<bucket>[/<prefix>]/clickhouse/<instance>/<backup name>/`, one folder per `BACKUP`; the bundled
 * ClickHouse's under `clickhouse-bundled/`).
 */
/** The Postgres backup bucket by default (see `CnpgBackupProps.destinationPath`). */
export declare const DEFAULT_BACKUP_DESTINATION = "s3://langfuse-postgres-backups";
/** An `s3://bucket[/prefix]` URL as bucket and prefix (no leading or trailing slash). */
export interface S3Location {
    readonly bucket: string;
    /** Empty for the bucket root. */
    readonly prefix: string;
}
/** A Barman server name: the folder Barman Cloud writes a cluster's base backups and WAL under. */
export declare const SERVER_NAME: RegExp;
/** Bucket and prefix of an `s3://` URL; throws on anything else. */
export declare function parseS3Url(url: string): S3Location;
/** An `s3://` URL from a location. */
export declare function s3Url(location: S3Location): string;
/** Where one CloudNativePG cluster's base backups and WAL live: Barman's `destinationPath` and `serverName`. */
export interface PostgresBackupLocation {
    /** `s3://bucket[/prefix]`, as `barmanObjectStore.destinationPath` and the ObjectStore take it. */
    readonly destinationPath: string;
    /** The folder under it (a cluster's name unless configured otherwise). */
    readonly serverName: string;
}
/** The full `s3://` URL of a Postgres backup location, `<destinationPath>/<serverName>`. */
export declare function postgresBackupUrl(location: PostgresBackupLocation): string;
/** Whether two locations are the same folder (the same bucket, prefix and server name). */
export declare function sameBackupLocation(a: PostgresBackupLocation, b: PostgresBackupLocation): boolean;
/** What is wrong with a `langfuse_postgres_restore_from` value, or undefined when it is one of the two accepted forms. */
export declare function postgresRestoreFromProblem(value: string): string | undefined;
/**
 * The backup location that `langfuse_postgres_restore_from` names: a bare server name is a folder of
 * this config's backup bucket (`defaultDestination`); an `s3://` URL names the bucket, an optional
 * prefix and, as its last segment, the server name.
 */
export declare function parsePostgresRestoreFrom(value: string, defaultDestination: string): PostgresBackupLocation;
/** The folder of one instance's ClickHouse backups in the backup bucket. */
export interface ClickHouseBackupLocation {
    /** The in-cluster S3 endpoint, like `http://rustfs-svc.storage.svc.cluster.local:9000`. */
    readonly endpointUrl: string;
    readonly bucket: string;
    /** `[<prefix>/]clickhouse/<instance>` (or `clickhouse-bundled/`): never empty, so that retention can never touch the bucket root. */
    readonly prefix: string;
}
/** The first folder of each ClickHouse's backups under the backup destination. */
export declare const CLICKHOUSE_BACKUP_FOLDERS: {
    readonly operator: "clickhouse";
    readonly bundled: "clickhouse-bundled";
};
/**
 * The ClickHouse backup folder of an instance, beside the Postgres backups of `destinationPath`.
 * The bundled ClickHouse's backups have a folder of their own: after a migration to the operator's
 * cluster, its backups (an `Atomic` database of the v3 schema) never count towards the operator's
 * retention, and a restore of `latest` into the operator's cluster never picks one.
 */
export declare function clickhouseBackupLocation(endpointUrl: string, destinationPath: string, instanceName: string, backend?: 'operator' | 'bundled'): ClickHouseBackupLocation;
/**
 * Which ClickHouse's backups an `s3://` restore source holds, when it follows this tool's layout
 * (`s3://<bucket>[/<prefix>]/<backend folder>/<instance>/<backup>`); undefined otherwise.
 */
export declare function clickhouseBackupBackendOf(source: string): 'operator' | 'bundled' | undefined;
/** A ClickHouse backup folder as an `s3://` URL, for people. */
export declare function clickhouseBackupUrl(location: ClickHouseBackupLocation): string;
/**
 * The URL ClickHouse's `S3()` backup engine takes for a folder of the location: path style
 * (`<endpoint>/<bucket>/<key>`), which RustFS and MinIO serve.
 */
export declare function clickhouseBackupEngineUrl(location: ClickHouseBackupLocation): string;
/** Names this tool gives ClickHouse backups: the UTC start time, so that names sort by age. */
export declare const CLICKHOUSE_BACKUP_NAME: RegExp;
/** What is wrong with a backup name to restore (`latest` or one folder), or undefined. */
export declare function clickhouseBackupNameProblem(value: string): string | undefined;
/** What is wrong with a `langfuse_clickhouse_restore_from` value, or undefined. */
export declare function clickhouseRestoreFromProblem(value: string): string | undefined;
/** What `langfuse_clickhouse_restore_from` names: a backup folder (the instance's) and the backup in it. */
export interface ClickHouseRestoreSource {
    readonly location: ClickHouseBackupLocation;
    /** `latest` or a backup folder name. */
    readonly backup: string;
}
/**
 * The backups that `langfuse_clickhouse_restore_from` names: a bare `latest` or backup name is in
 * `own` (this instance's folder); `<instance>/<backup>` is in that instance's folder beside it (the
 * same bucket, prefix and backend folder); `s3://<bucket>/<folder>/<backup>` is in that folder of the
 * backup endpoint. Throws on anything `clickhouseRestoreFromProblem` refuses.
 */
export declare function parseClickHouseRestoreFrom(value: string, own: ClickHouseBackupLocation): ClickHouseRestoreSource;
