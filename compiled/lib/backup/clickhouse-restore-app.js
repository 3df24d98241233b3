"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseRestoreApp = exports.clickhouseRestoreAppName = void 0;
const app_namespace_1 = require("../app-namespace");
const clickhouse_cluster_1 = require("../clickhouse/clickhouse-cluster");
const flux_app_chart_1 = require("../flux/flux-app-chart");
const sops_secret_1 = require("../secrets/sops-secret");
const clickhouse_backup_target_1 = require("./clickhouse-backup-target");
const clickhouse_restore_1 = require("./clickhouse-restore");
/** The Flux app of an instance's ClickHouse restore. */
const clickhouseRestoreAppName = (instanceName) => `${instanceName}-clickhouse-restore`;
exports.clickhouseRestoreAppName = clickhouseRestoreAppName;
/**
 * A new instance's ClickHouse, restored before Langfuse first starts: a Flux app, ahead of the
 * Langfuse app (which depends on it), holding the namespace, the operator's KeeperCluster and
 * ClickHouseCluster with their password Secret, and the `ClickHouseRestore` Job. Flux counts the
 * app Ready once both clusters are Ready and the Job completed, so Langfuse's first start (which
 * runs its ClickHouse migrations) finds the restored tables.
 *
 * The namespace, the clusters and the password Secret are emitted here instead of in the Langfuse
 * app while the restore is configured, each protected from prune: when the restore settings are
 * removed and this app goes, Flux deletes only the Job and its credentials, and the Langfuse app
 * takes the rest over unchanged.
 */
class ClickHouseRestoreApp extends flux_app_chart_1.FluxAppChart {
    analytics;
    restore;
    constructor(scope, id, props) {
        const restoreHealth = clickhouse_restore_1.ClickHouseRestore.healthChecks(props.jobName, props.namespace);
        const clusterHealth = clickhouse_cluster_1.ClickHouseCluster.healthChecks(props.cluster.name, props.namespace);
        super(scope, id, {
            appName: (0, exports.clickhouseRestoreAppName)(props.instanceName),
            namespace: props.namespace,
            flux: props.flux,
            dependsOn: props.dependsOn,
            healthChecks: [...clusterHealth.targets, restoreHealth.target],
            healthCheckExprs: [...clusterHealth.expressions, restoreHealth.expression],
        });
        new app_namespace_1.AppNamespace(this, 'Namespace', { name: props.namespace });
        new sops_secret_1.SopsSecret(this, 'ClickHousePassword', {
            name: props.cluster.passwordSecret.name,
            namespace: props.namespace,
            annotations: { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' },
            stringData: { [props.cluster.passwordSecret.key]: props.clickhousePassword },
        });
        const credentials = new sops_secret_1.SopsSecret(this, 'RestoreCredentials', {
            name: `${props.jobName}-credentials`,
            namespace: props.namespace,
            stringData: { ACCESS_KEY_ID: props.backupCredentials.accessKey, SECRET_ACCESS_KEY: props.backupCredentials.secretKey },
        });
        this.analytics = new clickhouse_cluster_1.ClickHouseCluster(this, 'ClickHouse', props.cluster);
        this.restore = new clickhouse_restore_1.ClickHouseRestore(this, 'Restore', {
            name: props.jobName,
            namespace: props.namespace,
            target: (0, clickhouse_backup_target_1.operatorBackupTarget)(this.analytics, props.cluster.image),
            location: props.location,
            region: props.region,
            restoreFrom: props.restoreFrom,
            credentialsSecretName: credentials.name,
        });
    }
}
exports.ClickHouseRestoreApp = ClickHouseRestoreApp;
