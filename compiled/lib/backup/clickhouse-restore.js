"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseRestore = void 0;
exports.clickhouseRestorePodLabels = clickhouseRestorePodLabels;
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const file_placement_1 = require("../output/file-placement");
const backup_location_1 = require("./backup-location");
const backup_job_pod_1 = require("./backup-job-pod");
const clickhouse_backup_scripts_1 = require("./clickhouse-backup-scripts");
/** Pod labels of the ClickHouse restore Job (network policies admit it to ClickHouse). */
function clickhouseRestorePodLabels(name) {
    return { 'app.kubernetes.io/name': name, 'app.kubernetes.io/component': 'clickhouse-restore', 'app.kubernetes.io/part-of': 'langfuse' };
}
/**
 * A one-off Job that restores Langfuse's ClickHouse database `default` from a backup of
 * `ClickHouseBackup` into a new, empty cluster: it resolves the backup (aws-cli: `latest` is the
 * newest folder with a `.backup` file), waits until the server's `default` database has the
 * expected engine, refuses when that database already has a table, and runs
 * `RESTORE DATABASE default FROM S3(...) SETTINGS allow_different_database_def = 1 ASYNC`.
 *
 * Why so: the operator creates `default` itself as `Replicated` (and drops one that is not), so the
 * restore goes into that database rather than creating one: `allow_different_database_def` skips
 * only the check that its definition matches the backup's, and changes nothing. No `ON CLUSTER`:
 * a `Replicated` database replicates the `CREATE TABLE`s to every replica, and the replicated
 * tables replicate the restored parts (ClickHouse's test_backup_restore_on_cluster restores a
 * Replicated database on one replica; it refuses only when another replica already holds data).
 * Never `allow_non_empty_tables`: it appends, and would duplicate every trace.
 *
 * It is meant to finish before Langfuse starts (its first start would run its migrations on the
 * empty database): put it in a Flux app that Langfuse's app depends on, with `healthChecks()`.
 * The Job keeps its name and no TTL: a completed Job stays, so Flux never recreates and reruns it.
 */
class ClickHouseRestore extends constructs_1.Construct {
    /** Flux health check of the Job: ready once it completed, failed once it failed. */
    static healthChecks(name, namespace) {
        return {
            target: { apiVersion: 'batch/v1', kind: 'Job', name, namespace },
            expression: {
                apiVersion: 'batch/v1',
                kind: 'Job',
                current: "status.conditions.exists(e, e.type == 'Complete' && e.status == 'True')",
                failed: "status.conditions.exists(e, e.type == 'Failed' && e.status == 'True')",
            },
        };
    }
    name;
    restoreFrom;
    podLabels;
    /** The backup folder it restores from. */
    location;
    job;
    constructor(scope, id, props) {
        super(scope, id);
        if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(props.name))
            throw new Error(`clickhouse restore job name must be a DNS label (got "${props.name}")`);
        const problem = (0, backup_location_1.clickhouseBackupNameProblem)(props.restoreFrom);
        if (problem)
            throw new Error(`clickhouse restore source ${problem} (got "${props.restoreFrom}")`);
        this.name = props.name;
        this.restoreFrom = props.restoreFrom;
        this.podLabels = clickhouseRestorePodLabels(props.name);
        this.location = props.location;
        this.job = new cdk8s_plus_28_1.k8s.KubeJob(this, 'Resource', {
            metadata: { name: props.name, namespace: props.namespace, labels: { ...this.podLabels } },
            spec: {
                backoffLimit: 2,
                activeDeadlineSeconds: 12 * 3600,
                template: (0, backup_job_pod_1.backupPodTemplate)(this.podLabels, [
                    (0, backup_job_pod_1.awsScriptContainer)('resolve', clickhouse_backup_scripts_1.CLICKHOUSE_RESOLVE_SCRIPT, props, [{ name: 'RESTORE_FROM', value: props.restoreFrom }]),
                    (0, backup_job_pod_1.clickhouseScriptContainer)('restore', clickhouse_backup_scripts_1.CLICKHOUSE_RESTORE_SCRIPT, props, [{ name: 'EXPECTED_ENGINE', value: props.expectedEngine ?? 'Replicated' }]),
                ]),
            },
        });
        (0, file_placement_1.placeInFile)(this.job, 'clickhouse-restore.yaml');
    }
}
exports.ClickHouseRestore = ClickHouseRestore;
