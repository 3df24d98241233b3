"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.disasterRecoveryNames = disasterRecoveryNames;
exports.restoresClickHouse = restoresClickHouse;
exports.instanceClickHouseBackupLocation = instanceClickHouseBackupLocation;
exports.addPostgresRecovery = addPostgresRecovery;
exports.addClickHouseRestoreApp = addClickHouseRestoreApp;
exports.addClickHouseBackup = addClickHouseBackup;
const object_storage_1 = require("../backends/object-storage");
const langfuse_clickhouse_1 = require("../clickhouse/langfuse-clickhouse");
const langfuse_chart_props_1 = require("../langfuse-chart-props");
const cnpg_backup_1 = require("../postgres/cnpg-backup");
const cnpg_recovery_1 = require("../postgres/cnpg-recovery");
const backup_location_1 = require("./backup-location");
const clickhouse_backup_1 = require("./clickhouse-backup");
const clickhouse_backup_target_1 = require("./clickhouse-backup-target");
const clickhouse_restore_app_1 = require("./clickhouse-restore-app");
/**
 * The disaster-recovery parts of a `LangfuseChart`, composed from its props: the Postgres recovery,
 * the ClickHouse backup CronJob and the ClickHouse restore app. `LangfuseChart` calls these; they
 * hold the decisions, so that the chart only wires them in.
 */
/** Names of the backup and restore objects of an instance. */
function disasterRecoveryNames(names) {
    return {
        clickhouseBackup: `${names.release}-clickhouse-backup`,
        clickhouseRestore: `${names.release}-clickhouse-restore`,
        alerts: `${names.release}-data-loss`,
    };
}
/**
 * Whether the instance restores the operator's ClickHouse before Langfuse starts (the restore
 * app): `clickhouseRestore` is set, which needs the backups, the operator's backend, and no
 * migration from the bundled ClickHouse (whose copy fills the same cluster).
 */
function restoresClickHouse(props, stores) {
    if (!props.clickhouseRestore)
        return false;
    if (!props.backup)
        throw new Error('clickhouseRestore needs backup: the backups are read with the backup endpoint and credentials');
    if (stores.migration !== undefined) {
        throw new Error(`clickhouseRestore cannot run during a clickhouse migration (stage ${stores.migration}): the migration fills the operator's cluster `
            + 'from the bundled ClickHouse, and the restore needs it empty');
    }
    if (stores.serving !== langfuse_chart_props_1.ClickHouseBackend.OPERATOR || !stores.operator) {
        throw new Error('clickhouseRestore needs the operator backend: the bundled ClickHouse is installed by the Langfuse HelmRelease itself, '
            + 'so nothing can run between its start and Langfuse\'s first migrations');
    }
    return true;
}
/**
 * The ClickHouse backup folder of an instance's store, beside the Postgres backups: the operator's
 * cluster and the bundled ClickHouse each have their own (see `clickhouseBackupLocation`).
 */
function instanceClickHouseBackupLocation(props, backend) {
    if (!props.backup)
        throw new Error('clickhouse backups need backup: they go to the backup bucket with the backup credentials');
    return (0, backup_location_1.clickhouseBackupLocation)(props.backup.endpoint, props.backup.destinationPath ?? backup_location_1.DEFAULT_BACKUP_DESTINATION, props.instanceName ?? 'langfuse', backend);
}
/** The S3 region of the backup endpoint (the object storage's, which RustFS validates). */
function backupRegion(props) {
    return props.objectStorage instanceof object_storage_1.ExternalObjectStorage ? props.objectStorage.region : 'us-east-1';
}
/** The Postgres recovery, when `postgresRestore` is set; its new backups go where `backup` says. */
function addPostgresRecovery(scope, props, names, backup) {
    if (!props.postgresRestore)
        return undefined;
    if (!props.backup || !backup)
        throw new Error('postgresRestore needs backup: the source is read with the backup endpoint and credentials');
    return new cnpg_recovery_1.CnpgRecovery(scope, 'Recovery', {
        clusterName: names.postgresCluster,
        namespace: names.namespace,
        source: props.postgresRestore.source,
        newBackups: backup.location,
        method: (props.backup.usePlugin ?? true) ? cnpg_backup_1.CnpgBackupMethod.plugin() : cnpg_backup_1.CnpgBackupMethod.barmanObjectStore(),
        endpointUrl: props.backup.endpoint,
        credentialsSecretName: names.secrets.backup,
        targetTime: props.postgresRestore.targetTime,
        database: names.postgresDatabase,
        owner: names.postgresUser,
        secretName: names.secrets.postgres,
        objectStoreName: `${names.release}-recovery-objectstore`,
    });
}
/**
 * The restore app (see `restoresClickHouse`): the restore Job into the analytics app's cluster,
 * after that app is Ready.
 */
function addClickHouseRestoreApp(scope, props, names, analytics, analyticsDependency) {
    const backup = props.backup;
    const appName = (0, langfuse_clickhouse_1.clickhouseApps)(props.instanceName ?? 'langfuse').restore;
    return new clickhouse_restore_app_1.ClickHouseRestoreApp(scope, appName, {
        appName,
        namespace: names.namespace,
        flux: props.flux,
        analyticsDependency,
        target: (0, clickhouse_backup_target_1.operatorBackupTarget)(analytics),
        backupCredentials: backup.credentials,
        location: instanceClickHouseBackupLocation(props, 'operator'),
        region: backupRegion(props),
        restoreFrom: props.clickhouseRestore.from,
        jobName: disasterRecoveryNames(names).clickhouseRestore,
    });
}
/**
 * The ClickHouse backup CronJob, when `clickhouseBackup` is set, against the ClickHouse Langfuse
 * uses: during a migration from the bundled ClickHouse that is the bundled one until cutover and
 * the operator's from cutover on (each into its own folder).
 */
function addClickHouseBackup(scope, props, names, stores, analytics) {
    if (!props.clickhouseBackup)
        return undefined;
    const target = stores.serving === langfuse_chart_props_1.ClickHouseBackend.OPERATOR && analytics ? (0, clickhouse_backup_target_1.operatorBackupTarget)(analytics) : (0, clickhouse_backup_target_1.bundledBackupTarget)(names);
    return new clickhouse_backup_1.ClickHouseBackup(scope, 'ClickHouseBackup', {
        name: disasterRecoveryNames(names).clickhouseBackup,
        namespace: names.namespace,
        target,
        location: instanceClickHouseBackupLocation(props, target.backend),
        region: backupRegion(props),
        credentialsSecretName: names.secrets.backup,
        schedule: props.clickhouseBackup.schedule,
        retention: props.clickhouseBackup.retention,
    });
}
