"use strict";
/**
 * Where backups live in the backup bucket: the Barman Cloud layout of Postgres
 * (`<destinationPath>/<serverName>/{base,wals}`) and this tool's layout of ClickHouse backups
 * (`<bucket>[/<prefix>]/clickhouse/<instance>/<backup name>/`, one folder per `BACKUP`; the bundled
 * ClickHouse's under `clickhouse-bundled/`).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLICKHOUSE_BACKUP_NAME = exports.CLICKHOUSE_BACKUP_FOLDERS = exports.SERVER_NAME = exports.DEFAULT_BACKUP_DESTINATION = void 0;
exports.parseS3Url = parseS3Url;
exports.s3Url = s3Url;
exports.postgresBackupUrl = postgresBackupUrl;
exports.sameBackupLocation = sameBackupLocation;
exports.postgresRestoreFromProblem = postgresRestoreFromProblem;
exports.parsePostgresRestoreFrom = parsePostgresRestoreFrom;
exports.clickhouseBackupLocation = clickhouseBackupLocation;
exports.clickhouseBackupBackendOf = clickhouseBackupBackendOf;
exports.clickhouseBackupUrl = clickhouseBackupUrl;
exports.clickhouseBackupEngineUrl = clickhouseBackupEngineUrl;
exports.clickhouseBackupNameProblem = clickhouseBackupNameProblem;
exports.clickhouseRestoreFromProblem = clickhouseRestoreFromProblem;
exports.parseClickHouseRestoreFrom = parseClickHouseRestoreFrom;
/** The Postgres backup bucket by default (see `CnpgBackupProps.destinationPath`). */
exports.DEFAULT_BACKUP_DESTINATION = 's3://langfuse-postgres-backups';
const BUCKET = '[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]';
const SEGMENT = '[A-Za-z0-9][A-Za-z0-9._-]{0,127}';
/** A Barman server name: the folder Barman Cloud writes a cluster's base backups and WAL under. */
exports.SERVER_NAME = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** Bucket and prefix of an `s3://` URL; throws on anything else. */
function parseS3Url(url) {
    const match = new RegExp(`^s3://(${BUCKET})((?:/${SEGMENT})*)/?$`).exec(url);
    if (!match)
        throw new Error(`backup location must be an s3:// URL like "s3://langfuse-postgres-backups" or "s3://bucket/folder" (got "${url}")`);
    return { bucket: match[1], prefix: match[2].replace(/^\//, '') };
}
/** An `s3://` URL from a location. */
function s3Url(location) {
    return `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
}
/** The full `s3://` URL of a Postgres backup location, `<destinationPath>/<serverName>`. */
function postgresBackupUrl(location) {
    return `${s3Url(parseS3Url(location.destinationPath))}/${location.serverName}`;
}
/** Whether two locations are the same folder (the same bucket, prefix and server name). */
function sameBackupLocation(a, b) {
    return postgresBackupUrl(a) === postgresBackupUrl(b);
}
/** What is wrong with a `langfuse_postgres_restore_from` value, or undefined when it is one of the two accepted forms. */
function postgresRestoreFromProblem(value) {
    if (exports.SERVER_NAME.test(value))
        return undefined;
    if (value.startsWith('s3://')) {
        try {
            const location = parseS3Url(value);
            const serverName = location.prefix.split('/').pop() ?? '';
            if (location.prefix !== '' && exports.SERVER_NAME.test(serverName))
                return undefined;
        }
        catch {
            // reported below
        }
    }
    return 'must be the server name of the cluster whose backups to restore, like "langfuse-postgresql" (a folder in the backup bucket), '
        + 'or its full location "s3://<bucket>[/<prefix>]/<server name>"';
}
/**
 * The backup location that `langfuse_postgres_restore_from` names: a bare server name is a folder of
 * this config's backup bucket (`defaultDestination`); an `s3://` URL names the bucket, an optional
 * prefix and, as its last segment, the server name.
 */
function parsePostgresRestoreFrom(value, defaultDestination) {
    const problem = postgresRestoreFromProblem(value);
    if (problem)
        throw new Error(`postgres restore source ${problem} (got "${value}")`);
    if (!value.startsWith('s3://'))
        return { destinationPath: s3Url(parseS3Url(defaultDestination)), serverName: value };
    const location = parseS3Url(value);
    const segments = location.prefix.split('/');
    const serverName = segments.pop();
    return { destinationPath: s3Url({ bucket: location.bucket, prefix: segments.join('/') }), serverName };
}
/** The first folder of each ClickHouse's backups under the backup destination. */
exports.CLICKHOUSE_BACKUP_FOLDERS = { operator: 'clickhouse', bundled: 'clickhouse-bundled' };
/**
 * The ClickHouse backup folder of an instance, beside the Postgres backups of `destinationPath`.
 * The bundled ClickHouse's backups have a folder of their own: after a migration to the operator's
 * cluster, its backups (an `Atomic` database of the v3 schema) never count towards the operator's
 * retention, and a restore of `latest` into the operator's cluster never picks one.
 */
function clickhouseBackupLocation(endpointUrl, destinationPath, instanceName, backend = 'operator') {
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(instanceName)) {
        throw new Error(`clickhouse backup folder needs an instance name that is a DNS label (got "${instanceName}")`);
    }
    const location = parseS3Url(destinationPath);
    return { endpointUrl, bucket: location.bucket, prefix: [location.prefix, exports.CLICKHOUSE_BACKUP_FOLDERS[backend], instanceName].filter((p) => p !== '').join('/') };
}
/**
 * Which ClickHouse's backups an `s3://` restore source holds, when it follows this tool's layout
 * (`s3://<bucket>[/<prefix>]/<backend folder>/<instance>/<backup>`); undefined otherwise.
 */
function clickhouseBackupBackendOf(source) {
    if (!source.startsWith('s3://'))
        return undefined;
    const segments = source.slice('s3://'.length).split('/');
    const folder = segments.length >= 4 ? segments[segments.length - 3] : undefined;
    return Object.keys(exports.CLICKHOUSE_BACKUP_FOLDERS).find((b) => exports.CLICKHOUSE_BACKUP_FOLDERS[b] === folder);
}
/** A ClickHouse backup folder as an `s3://` URL, for people. */
function clickhouseBackupUrl(location) {
    return `s3://${location.bucket}/${location.prefix}`;
}
/**
 * The URL ClickHouse's `S3()` backup engine takes for a folder of the location: path style
 * (`<endpoint>/<bucket>/<key>`), which RustFS and MinIO serve.
 */
function clickhouseBackupEngineUrl(location) {
    return `${location.endpointUrl.replace(/\/+$/, '')}/${location.bucket}/${location.prefix}`;
}
/** Names this tool gives ClickHouse backups: the UTC start time, so that names sort by age. */
exports.CLICKHOUSE_BACKUP_NAME = /^[0-9]{8}T[0-9]{6}Z$/;
/** A backup folder name another tool or a person may have chosen: safe in an S3 key and in an SQL string. */
const BACKUP_FOLDER = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
/** An instance name, as the folder of its ClickHouse backups. */
const INSTANCE_FOLDER = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
/** What is wrong with a backup name to restore (`latest` or one folder), or undefined. */
function clickhouseBackupNameProblem(value) {
    if (value === 'latest' || BACKUP_FOLDER.test(value))
        return undefined;
    return 'must be "latest" (the newest complete backup) or the name of a backup folder, like "20261201T040000Z" '
        + '(letters, digits, ".", "_" and "-", starting with a letter or digit)';
}
/** What is wrong with a `langfuse_clickhouse_restore_from` value, or undefined. */
function clickhouseRestoreFromProblem(value) {
    const parts = value.split('/');
    if (parts.length === 1 && clickhouseBackupNameProblem(value) === undefined)
        return undefined;
    if (parts.length === 2 && parts[0] !== 'latest' && INSTANCE_FOLDER.test(parts[0]) && clickhouseBackupNameProblem(parts[1]) === undefined)
        return undefined;
    if (value.startsWith('s3://')) {
        try {
            const location = parseS3Url(value);
            const segments = location.prefix.split('/');
            if (segments.length >= 2 && !value.endsWith('/') && clickhouseBackupNameProblem(segments[segments.length - 1]) === undefined)
                return undefined;
        }
        catch {
            // reported below
        }
    }
    return 'must be "latest" (the newest complete backup) or the name of a backup folder, like "20261201T040000Z" '
        + '(letters, digits, ".", "_" and "-", starting with a letter or digit), of this instance, or of another instance as "<instance>/latest" or "<instance>/<backup>" '
        + '(like "prod/latest"), or a full location "s3://<bucket>/<folder>/<backup or latest>"';
}
/**
 * The backups that `langfuse_clickhouse_restore_from` names: a bare `latest` or backup name is in
 * `own` (this instance's folder); `<instance>/<backup>` is in that instance's folder beside it (the
 * same bucket, prefix and backend folder); `s3://<bucket>/<folder>/<backup>` is in that folder of the
 * backup endpoint. Throws on anything `clickhouseRestoreFromProblem` refuses.
 */
function parseClickHouseRestoreFrom(value, own) {
    const problem = clickhouseRestoreFromProblem(value);
    if (problem)
        throw new Error(`clickhouse restore source ${problem} (got "${value}")`);
    if (value.startsWith('s3://')) {
        const location = parseS3Url(value);
        const segments = location.prefix.split('/');
        const backup = segments.pop();
        return { location: { endpointUrl: own.endpointUrl, bucket: location.bucket, prefix: segments.join('/') }, backup };
    }
    const parts = value.split('/');
    if (parts.length === 1)
        return { location: own, backup: value };
    const siblings = own.prefix.split('/').slice(0, -1);
    return { location: { ...own, prefix: [...siblings, parts[0]].join('/') }, backup: parts[1] };
}
