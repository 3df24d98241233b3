"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseRestoreApp = void 0;
const flux_app_chart_1 = require("../flux/flux-app-chart");
const sops_secret_1 = require("../secrets/sops-secret");
const clickhouse_restore_1 = require("./clickhouse-restore");
/**
 * A new instance's ClickHouse, restored before Langfuse first starts: a Flux app holding only the
 * `ClickHouseRestore` Job and the Secret with the backup keys it reads, Ready once the Job completed.
 *
 * - The operator's cluster: it depends on the analytics app (which owns the namespace, the
 *   KeeperCluster, the ClickHouseCluster and their password Secret, and is Ready once both clusters
 *   are), and the Langfuse app depends on it, so Langfuse's first start (which runs its ClickHouse
 *   migrations) finds the restored tables.
 * - The bundled ClickHouse comes with the Langfuse HelmRelease, so the order is the other way round:
 *   this app depends on the Langfuse app, whose release runs web and worker at 0 replicas with
 *   ClickHouse migrations off while the restore is configured (see `LangfuseChart`); Langfuse starts
 *   once the restore key is removed.
 *
 * Nothing stateful lives here, and nothing another app emits: when the restore settings are
 * removed and this app goes, Flux prunes only the Job and its credentials.
 */
class ClickHouseRestoreApp extends flux_app_chart_1.FluxAppChart {
    restore;
    /** The Secret with the backup keys the Job reads. */
    credentials;
    constructor(scope, id, props) {
        const health = clickhouse_restore_1.ClickHouseRestore.healthChecks(props.jobName, props.namespace);
        super(scope, id, {
            appName: props.appName,
            namespace: props.namespace,
            flux: props.flux,
            dependsOn: [{ ...props.dependency }],
            healthChecks: [health.target],
            healthCheckExprs: [health.expression],
        });
        this.credentials = new sops_secret_1.SopsSecret(this, 'RestoreCredentials', {
            name: `${props.jobName}-credentials`,
            namespace: props.namespace,
            stringData: { ACCESS_KEY_ID: props.backupCredentials.accessKey, SECRET_ACCESS_KEY: props.backupCredentials.secretKey },
        });
        this.restore = new clickhouse_restore_1.ClickHouseRestore(this, 'Restore', {
            name: props.jobName,
            namespace: props.namespace,
            target: props.target,
            location: props.location,
            region: props.region,
            restoreFrom: props.restoreFrom,
            credentialsSecretName: this.credentials.name,
            // The operator makes `default` Replicated before it reports Ready; the bundled ClickHouse keeps its Atomic one.
            expectedEngine: props.target.backend === 'operator' ? 'Replicated' : 'Atomic',
        });
    }
}
exports.ClickHouseRestoreApp = ClickHouseRestoreApp;
