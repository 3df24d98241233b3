"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseMigrationChart = exports.CLICKHOUSE_MIGRATION_POD_LABELS = exports.CLICKHOUSE_MIGRATION_JOBS = void 0;
const fields_1 = require("../config/fields");
const flux_app_chart_1 = require("../flux/flux-app-chart");
const prop_checks_1 = require("../prop-checks");
const clickhouse_copy_1 = require("./clickhouse-copy");
const clickhouse_migration_stage_1 = require("./clickhouse-migration-stage");
const clickhouse_schema_job_1 = require("./clickhouse-schema-job");
/** Names of the migration's Jobs. */
exports.CLICKHOUSE_MIGRATION_JOBS = {
    schema: 'langfuse-clickhouse-schema',
    copy: 'langfuse-clickhouse-copy',
    finalCopy: 'langfuse-clickhouse-final-copy',
};
/** Pod labels of every Job of the migration (the network policies select them by these). */
exports.CLICKHOUSE_MIGRATION_POD_LABELS = {
    'app.kubernetes.io/name': 'langfuse-clickhouse-migration', 'app.kubernetes.io/part-of': 'langfuse',
};
/** The images must be pinned, the hosts and Secrets real names: they become the Jobs' pods. */
function checkMigrationProps(props) {
    const at = (prop) => `clickhouse migration ${props.appName}: ${prop}`;
    (0, prop_checks_1.checkProp)(at('stage'), props.stage, (0, fields_1.migrationStage)());
    (0, prop_checks_1.checkProp)(at('langfuseImage'), props.langfuseImage, (0, fields_1.pinnedImage)());
    (0, prop_checks_1.checkProp)(at('clickhouseImage'), props.clickhouseImage, (0, fields_1.pinnedImage)());
    for (const [end, value] of [['target', props.target], ['source', props.source]])
        (0, prop_checks_1.requireProp)(at(end), value);
    (0, prop_checks_1.checkProp)(at('target.host'), props.target.host, (0, fields_1.hostName)());
    (0, prop_checks_1.checkProp)(at('target.firstServerHost'), props.target.firstServerHost, (0, fields_1.hostName)());
    (0, prop_checks_1.checkSecretKeyRef)(at('target.passwordSecret'), props.target.passwordSecret);
    if (props.source.replicaAddresses.length === 0)
        throw new Error(`${at('source.replicaAddresses')}: must name at least one replica`);
    props.source.replicaAddresses.forEach((address, i) => (0, prop_checks_1.checkProp)(at(`source.replicaAddresses[${i}]`), address, (0, fields_1.hostAndPort)()));
    (0, prop_checks_1.checkSecretKeyRef)(at('source.passwordSecret'), props.source.passwordSecret);
    (0, prop_checks_1.checkFluxDependency)(at('analyticsDependency'), props.analyticsDependency);
    (0, prop_checks_1.checkFluxDependency)(at('langfuseDependency'), props.langfuseDependency);
}
/**
 * The Jobs of a migration from the bundled ClickHouse to the operator's, as their own Flux app in
 * the Langfuse namespace that depends on the new cluster's app, so that none starts before the
 * cluster is Ready:
 * - prepare to cutover: the schema Job (`ClickHouseSchemaJob`);
 * - copy: the online copy CronJob;
 * - freeze: the final copy Job, after the Langfuse app (which stops web and worker in freeze);
 * - cutover: the same final Job, finished. The Langfuse app then waits for this app, and this app
 *   counts itself Ready only when the final copy succeeded: a cutover committed after a failed
 *   final copy never reaches the release.
 * The app's health checks are the Jobs that must complete; the CronJob is left out.
 */
class ClickHouseMigrationChart extends flux_app_chart_1.FluxAppChart {
    stage;
    schemaJob;
    /** The online copy (copy stage only). */
    copy;
    /** The final copy (freeze and cutover). */
    finalCopy;
    constructor(scope, id, props) {
        checkMigrationProps(props);
        if (!(0, clickhouse_migration_stage_1.hasMigrationApp)(props.stage))
            throw new Error(`the clickhouse migration has no Jobs in stage ${props.stage}`);
        const namespace = props.namespace;
        const job = (name) => ({ apiVersion: 'batch/v1', kind: 'Job', name, namespace });
        const freeze = props.stage === clickhouse_migration_stage_1.ClickHouseMigrationStage.FREEZE;
        super(scope, id, {
            appName: props.appName,
            namespace,
            flux: props.flux,
            dependsOn: freeze ? [props.analyticsDependency, props.langfuseDependency] : [props.analyticsDependency],
            healthChecks: [job(exports.CLICKHOUSE_MIGRATION_JOBS.schema), ...((0, clickhouse_migration_stage_1.hasFinalCopy)(props.stage) ? [job(exports.CLICKHOUSE_MIGRATION_JOBS.finalCopy)] : [])],
        });
        this.stage = props.stage;
        this.schemaJob = new clickhouse_schema_job_1.ClickHouseSchemaJob(this, 'Schema', {
            name: exports.CLICKHOUSE_MIGRATION_JOBS.schema,
            image: props.langfuseImage,
            host: props.target.host,
            passwordSecret: props.target.passwordSecret,
            labels: { ...exports.CLICKHOUSE_MIGRATION_POD_LABELS, 'app.kubernetes.io/component': 'schema' },
        });
        const copy = (id, name, mode) => new clickhouse_copy_1.ClickHouseCopy(this, id, {
            name,
            mode,
            image: props.clickhouseImage,
            sourceAddress: props.source.replicaAddresses[0],
            sourceReplicaAddresses: props.source.replicaAddresses,
            sourcePasswordSecret: props.source.passwordSecret,
            targetHost: props.target.firstServerHost,
            targetPasswordSecret: props.target.passwordSecret,
            labels: { ...exports.CLICKHOUSE_MIGRATION_POD_LABELS, 'app.kubernetes.io/component': mode === clickhouse_copy_1.ClickHouseCopyMode.ONLINE ? 'copy' : 'final-copy' },
        });
        if ((0, clickhouse_migration_stage_1.copiesFromBundled)(props.stage) && !freeze)
            this.copy = copy('Copy', exports.CLICKHOUSE_MIGRATION_JOBS.copy, clickhouse_copy_1.ClickHouseCopyMode.ONLINE);
        if ((0, clickhouse_migration_stage_1.hasFinalCopy)(props.stage))
            this.finalCopy = copy('FinalCopy', exports.CLICKHOUSE_MIGRATION_JOBS.finalCopy, clickhouse_copy_1.ClickHouseCopyMode.FINAL);
    }
}
exports.ClickHouseMigrationChart = ClickHouseMigrationChart;
