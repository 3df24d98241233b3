"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CnpgRecovery = exports.RECOVERY_SOURCE_NAME = void 0;
exports.targetTimeProblem = targetTimeProblem;
const constructs_1 = require("constructs");
const barmancloud_cnpg_io_1 = require("../../imports/barmancloud.cnpg.io");
const backup_location_1 = require("../backup/backup-location");
const file_placement_1 = require("../output/file-placement");
const cnpg_backup_1 = require("./cnpg-backup");
/** The name of the external cluster a recovery reads from. */
exports.RECOVERY_SOURCE_NAME = 'recovery-source';
/** An RFC 3339 timestamp with seconds and an explicit zone (`Z` or `±hh:mm`), as CloudNativePG's `targetTime` takes it. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;
/** What is wrong with a recovery target time, or undefined for a real RFC 3339 instant. */
function targetTimeProblem(value) {
    const match = RFC3339.exec(value);
    const fail = 'must be an RFC 3339 time with seconds and a time zone, like "2026-11-30T21:15:00Z" or "2026-11-30T22:15:00+01:00"';
    if (!match)
        return fail;
    const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    const realDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    const zoneOk = match[8] === 'Z' || (Number(match[9]) <= 23 && Number(match[10]) <= 59);
    return realDay && hour <= 23 && minute <= 59 && second <= 59 && zoneOk ? undefined : fail;
}
/**
 * The recovery of a CloudNativePG cluster from a Barman Cloud backup: `bootstrap.recovery` from an
 * external cluster that points at the source folder, through the Barman Cloud plugin (an
 * `ObjectStore` of its own, read only: it has no retention policy, so nothing ever deletes the
 * source's backups through it) or the in-tree `barmanObjectStore`, to match the backup method.
 * Pass `bootstrap` and `externalClusters` to the `CnpgCluster`.
 *
 * CloudNativePG reads `bootstrap` only when it creates the Cluster: on a Cluster that exists the
 * recovery is ignored (recovery is never in place; the old Cluster and its volumes must be gone).
 * The new cluster's backups must go to another folder than the source: a cluster archiving into
 * the folder it recovers from would mix two timelines there (CloudNativePG's WAL archive check
 * stops it, "Expected empty archive"), and its retention would delete the source's backups. The
 * constructor refuses a `newBackups` equal to `source`.
 * @see https://cloudnative-pg.io/documentation/current/recovery/
 * @see https://cloudnative-pg.io/plugin-barman-cloud/docs/usage/#restoring-a-cluster
 */
class CnpgRecovery extends constructs_1.Construct {
    source;
    targetTime;
    /** `Cluster.spec.bootstrap.recovery`. */
    bootstrap;
    /** `Cluster.spec.externalClusters`. */
    externalClusters;
    /** The source's read-only ObjectStore; undefined for the in-tree method. */
    objectStore;
    constructor(scope, id, props) {
        super(scope, id);
        for (const location of [props.source, props.newBackups]) {
            if (!backup_location_1.SERVER_NAME.test(location.serverName))
                throw new Error(`backup server name must be a DNS label (got "${location.serverName}")`);
        }
        if ((0, backup_location_1.sameBackupLocation)(props.source, props.newBackups)) {
            throw new Error(`the recovered cluster's backups would go to the folder it recovers from (${(0, backup_location_1.postgresBackupUrl)(props.source)}): `
                + 'give its backups another server name, so that the source is never written to');
        }
        if (props.targetTime !== undefined) {
            const problem = targetTimeProblem(props.targetTime);
            if (problem)
                throw new Error(`recovery target time ${problem} (got "${props.targetTime}")`);
        }
        this.source = props.source;
        this.targetTime = props.targetTime;
        const credentials = {
            accessKeyId: { name: props.credentialsSecretName, key: 'ACCESS_KEY_ID' },
            secretAccessKey: { name: props.credentialsSecretName, key: 'SECRET_ACCESS_KEY' },
        };
        let external;
        if (props.method.kind === 'plugin') {
            const objectStoreName = props.objectStoreName ?? `${props.clusterName}-recovery-objectstore`;
            this.objectStore = new barmancloud_cnpg_io_1.ObjectStore(this, 'ObjectStore', {
                metadata: {
                    name: objectStoreName,
                    namespace: props.namespace,
                    labels: { 'app.kubernetes.io/name': objectStoreName, 'app.kubernetes.io/part-of': 'langfuse', 'app.kubernetes.io/component': 'recovery-source' },
                },
                spec: {
                    configuration: {
                        destinationPath: props.source.destinationPath,
                        endpointUrl: props.endpointUrl,
                        s3Credentials: credentials,
                        wal: { compression: barmancloud_cnpg_io_1.ObjectStoreSpecConfigurationWalCompression.GZIP, maxParallel: 8 },
                    },
                    instanceSidecarConfiguration: { env: cnpg_backup_1.S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e })) },
                },
            });
            (0, file_placement_1.placeInFile)(this.objectStore, 'postgresql.yaml');
            external = {
                name: exports.RECOVERY_SOURCE_NAME,
                plugin: { name: cnpg_backup_1.BARMAN_CLOUD_PLUGIN_NAME, parameters: { barmanObjectName: objectStoreName, serverName: props.source.serverName } },
            };
        }
        else {
            external = {
                name: exports.RECOVERY_SOURCE_NAME,
                barmanObjectStore: {
                    destinationPath: props.source.destinationPath,
                    endpointUrl: props.endpointUrl,
                    s3Credentials: credentials,
                    // In-tree recovery reads the folder named after the external cluster unless serverName says otherwise.
                    serverName: props.source.serverName,
                    wal: { maxParallel: 8 },
                },
            };
        }
        this.externalClusters = [external];
        this.bootstrap = {
            source: exports.RECOVERY_SOURCE_NAME,
            database: props.database,
            owner: props.owner,
            secret: { name: props.secretName },
            recoveryTarget: props.targetTime ? { targetTime: props.targetTime } : undefined,
        };
    }
}
exports.CnpgRecovery = CnpgRecovery;
