"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CnpgBackup = exports.CnpgBackupMethod = exports.S3_CHECKSUM_WORKAROUND_ENV = exports.BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY = exports.BARMAN_CLOUD_PLUGIN_NAME = void 0;
const constructs_1 = require("constructs");
const barmancloud_cnpg_io_1 = require("../../imports/barmancloud.cnpg.io");
const postgresql_cnpg_io_1 = require("../../imports/postgresql.cnpg.io");
const backup_location_1 = require("../backup/backup-location");
const prune_protection_1 = require("../flux/prune-protection");
const file_placement_1 = require("../output/file-placement");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/** Name under which the Barman Cloud plugin registers with CloudNativePG. */
exports.BARMAN_CLOUD_PLUGIN_NAME = 'barman-cloud.cloudnative-pg.io';
/** The Flux Kustomization that installs the Barman Cloud plugin, by default. */
exports.BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY = { name: 'barman-cloud', namespace: 'cnpg-system' };
/**
 * boto3 >= 1.36 (inside barman-cloud) sends and checks CRC checksums that RustFS and other
 * S3-compatible stores reject; "when_required" restores the old behaviour.
 */
exports.S3_CHECKSUM_WORKAROUND_ENV = [
    { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
    { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
];
/** How base backups and WAL reach the object store. Create one with a static factory. */
class CnpgBackupMethod {
    kind;
    /**
     * The Barman Cloud CNPG-I plugin (CloudNativePG >= 1.26): an `ObjectStore`, the plugin as the
     * cluster's WAL archiver and `ScheduledBackup` method `plugin`. Works with every image flavour.
     * @see https://cloudnative-pg.io/plugin-barman-cloud/docs/usage/
     */
    static plugin() {
        return new CnpgBackupMethod('plugin');
    }
    /**
     * The in-tree `spec.backup.barmanObjectStore` (deprecated since CloudNativePG 1.26), for clusters
     * without the plugin. barman-cloud then runs inside the Postgres container: the image must ship it
     * (the `system` images do, `minimal` and `standard` do not).
     * @see https://cloudnative-pg.io/documentation/current/appendixes/backup_barmanobjectstore/
     */
    static barmanObjectStore() {
        return new CnpgBackupMethod('barmanObjectStore');
    }
    constructor(kind) {
        this.kind = kind;
    }
}
exports.CnpgBackupMethod = CnpgBackupMethod;
/**
 * Restorable backups for a CloudNativePG cluster: continuous WAL archiving to S3 *and* a
 * `ScheduledBackup`, so that a base backup exists (WAL alone cannot be restored). The first base
 * backup starts as soon as the ScheduledBackup is created (`immediate`), not at the first schedule.
 *
 * The cluster itself needs the parts this construct exposes: pass `clusterPlugins`, `clusterBackup`
 * and `clusterEnv` to the `CnpgCluster`.
 */
class CnpgBackup extends constructs_1.Construct {
    method;
    /** Where this cluster's base backups and WAL go. */
    location;
    /** When base backups run (CloudNativePG cron, seconds first). */
    schedule;
    scheduledBackup;
    /** The plugin's ObjectStore; undefined for the in-tree method. */
    objectStore;
    /** `Cluster.spec.plugins` (the plugin as WAL archiver); undefined for the in-tree method. */
    clusterPlugins;
    /** `Cluster.spec.backup` (in-tree barmanObjectStore); undefined for the plugin. */
    clusterBackup;
    /** `Cluster.spec.env` (the S3 checksum workaround for in-tree barman-cloud); undefined for the plugin. */
    clusterEnv;
    constructor(scope, id, props) {
        super(scope, id);
        const destinationPath = props.destinationPath ?? 's3://langfuse-postgres-backups';
        const retention = props.retention ?? '7d';
        const schedule = props.schedule ?? '0 0 3 * * *';
        this.method = props.method ?? CnpgBackupMethod.plugin();
        if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(destinationPath)) {
            throw new Error(`backup destinationPath must be an s3:// bucket URL like "s3://langfuse-postgres-backups" (got "${destinationPath}")`);
        }
        (0, prop_checks_1.checkProp)('backup endpointUrl', props.endpointUrl, (0, fields_1.httpUrl)());
        if (!/^[1-9][0-9]*[dwm]$/.test(retention))
            throw new Error(`backup retention must be like "7d", "4w" or "3m" (got "${retention}")`);
        (0, prop_checks_1.checkProp)('backup schedule', schedule, (0, fields_1.secondsCron)());
        (0, prop_checks_1.checkProp)('backup clusterName', props.clusterName, (0, fields_1.dnsLabel)());
        (0, prop_checks_1.checkProp)('backup namespace', props.namespace, (0, fields_1.dnsLabel)());
        (0, prop_checks_1.checkProp)('backup credentialsSecretName', props.credentialsSecretName, (0, fields_1.dnsSubdomain)());
        if (props.serverName !== undefined && !backup_location_1.SERVER_NAME.test(props.serverName)) {
            throw new Error(`backup serverName must be a DNS label, like "langfuse-postgresql-2" (got "${props.serverName}")`);
        }
        this.location = { destinationPath, serverName: props.serverName ?? props.clusterName };
        this.schedule = schedule;
        const credentials = {
            accessKeyId: { name: props.credentialsSecretName, key: 'ACCESS_KEY_ID' },
            secretAccessKey: { name: props.credentialsSecretName, key: 'SECRET_ACCESS_KEY' },
        };
        if (this.method.kind === 'plugin') {
            const objectStoreName = props.objectStoreName ?? `${props.clusterName}-objectstore`;
            this.objectStore = new barmancloud_cnpg_io_1.ObjectStore(this, 'ObjectStore', {
                metadata: {
                    name: objectStoreName,
                    namespace: props.namespace,
                    labels: { 'app.kubernetes.io/name': objectStoreName, 'app.kubernetes.io/part-of': 'langfuse' },
                    annotations: { ...prune_protection_1.PRUNE_DISABLED },
                },
                spec: {
                    configuration: {
                        destinationPath,
                        endpointUrl: props.endpointUrl,
                        s3Credentials: credentials,
                        wal: { compression: barmancloud_cnpg_io_1.ObjectStoreSpecConfigurationWalCompression.GZIP },
                    },
                    retentionPolicy: retention,
                    instanceSidecarConfiguration: {
                        env: exports.S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e })),
                        logLevel: barmancloud_cnpg_io_1.ObjectStoreSpecInstanceSidecarConfigurationLogLevel.INFO,
                        retentionPolicyIntervalSeconds: 1800,
                        resources: {
                            requests: {
                                cpu: barmancloud_cnpg_io_1.ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests.fromString('50m'),
                                memory: barmancloud_cnpg_io_1.ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests.fromString('64Mi'),
                            },
                            limits: { memory: barmancloud_cnpg_io_1.ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits.fromString('256Mi') },
                        },
                    },
                },
            });
            (0, file_placement_1.placeInFile)(this.objectStore, 'postgresql.yaml');
            // The plugin reads the server name from the cluster's plugin parameters; the ObjectStore's own serverName must stay empty.
            const parameters = { barmanObjectName: objectStoreName };
            if (props.serverName)
                parameters.serverName = props.serverName;
            this.clusterPlugins = [{ name: exports.BARMAN_CLOUD_PLUGIN_NAME, isWalArchiver: true, parameters }];
        }
        else {
            this.clusterBackup = {
                retentionPolicy: retention,
                barmanObjectStore: {
                    destinationPath,
                    endpointUrl: props.endpointUrl,
                    s3Credentials: credentials,
                    serverName: props.serverName,
                    wal: { compression: postgresql_cnpg_io_1.ClusterSpecBackupBarmanObjectStoreWalCompression.GZIP },
                },
            };
            this.clusterEnv = exports.S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e }));
        }
        this.scheduledBackup = new postgresql_cnpg_io_1.ScheduledBackup(this, 'ScheduledBackup', {
            metadata: { name: props.scheduledBackupName ?? `${props.clusterName}-daily`, namespace: props.namespace },
            spec: {
                cluster: { name: props.clusterName },
                schedule,
                immediate: true,
                backupOwnerReference: postgresql_cnpg_io_1.ScheduledBackupSpecBackupOwnerReference.SELF,
                method: this.method.kind === 'plugin' ? postgresql_cnpg_io_1.ScheduledBackupSpecMethod.PLUGIN : postgresql_cnpg_io_1.ScheduledBackupSpecMethod.BARMAN_OBJECT_STORE,
                pluginConfiguration: this.method.kind === 'plugin' ? { name: exports.BARMAN_CLOUD_PLUGIN_NAME } : undefined,
            },
        });
        (0, file_placement_1.placeInFile)(this.scheduledBackup, 'postgresql.yaml');
    }
}
exports.CnpgBackup = CnpgBackup;
