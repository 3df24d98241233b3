"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY = void 0;
exports.clickhouseApps = clickhouseApps;
exports.langfuseClickHouseStores = langfuseClickHouseStores;
const langfuse_v4_1 = require("../flux/langfuse-v4");
const langfuse_chart_props_1 = require("../langfuse-chart-props");
const clickhouse_migration_stage_1 = require("./clickhouse-migration-stage");
/** The default Flux Kustomization of the ClickHouse operator. */
exports.CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY = { name: 'clickhouse-operator', namespace: 'flux-system' };
/**
 * Flux app names of the operator's ClickHouse, of the migration's Jobs and of the restore Job,
 * next to the instance's own app and in its namespace.
 */
function clickhouseApps(instanceName) {
    return {
        /** The KeeperCluster, the ClickHouseCluster and the Secret they read, applied and health-checked before Langfuse. */
        analytics: `${instanceName}-analytics`,
        /** The schema and copy Jobs of a migration from the bundled ClickHouse; only while one runs. */
        migration: `${instanceName}-clickhouse-migration`,
        /** The Job that restores the analytics app's new cluster from a backup before Langfuse first starts; only while a restore is configured. */
        restore: `${instanceName}-clickhouse-restore`,
    };
}
/**
 * Which ClickHouse stores an instance runs, from its props: the backend the config names (v3
 * defaults to the bundled one, v4 to the operator's) is the one in use, and the operator's cluster
 * exists when it is that backend. During a migration (`clickhouse.migration`, whose target is the
 * operator's backend) both run, and web and worker use the bundled one until cutover.
 */
function langfuseClickHouseStores(props, names) {
    const version = props.langfuseVersion ?? langfuse_v4_1.LangfuseVersion.V3;
    const clickhouse = props.clickhouse;
    const backend = clickhouse.backend ?? (version === langfuse_v4_1.LangfuseVersion.V4 ? langfuse_chart_props_1.ClickHouseBackend.OPERATOR : langfuse_chart_props_1.ClickHouseBackend.BUNDLED);
    if (version === langfuse_v4_1.LangfuseVersion.V4 && backend === langfuse_chart_props_1.ClickHouseBackend.BUNDLED) {
        throw new Error('langfuse v4 cannot run on the bundled ClickHouse: it needs ClickHouse 25.12 or later, and the chart\'s Bitnami ClickHouse is about 25.2; '
            + 'use ClickHouseBackend.OPERATOR');
    }
    const migration = clickhouse.migration;
    if (migration !== undefined) {
        if (backend !== langfuse_chart_props_1.ClickHouseBackend.OPERATOR) {
            throw new Error(`a clickhouse migration moves to the operator's ClickHouse: its backend must be ClickHouseBackend.OPERATOR (got ${backend} with stage ${migration})`);
        }
        if (version !== langfuse_v4_1.LangfuseVersion.V3) {
            throw new Error(`a clickhouse migration runs on Langfuse v3, whose schema the copy carries over (got v${version} with stage ${migration}); move to v4 after it`);
        }
    }
    const serving = migration !== undefined && (0, clickhouse_migration_stage_1.servesFromBundled)(migration) ? langfuse_chart_props_1.ClickHouseBackend.BUNDLED : backend;
    const bundled = serving === langfuse_chart_props_1.ClickHouseBackend.BUNDLED;
    if (backend !== langfuse_chart_props_1.ClickHouseBackend.OPERATOR)
        return { serving, bundled };
    return {
        serving,
        bundled,
        migration,
        operator: {
            name: names.analyticsCluster,
            namespace: names.namespace,
            passwordSecret: { name: names.secrets.analytics, key: 'password' },
            image: clickhouse.image,
            keeperImage: clickhouse.keeperImage,
            replicas: clickhouse.replicas,
            keeperReplicas: clickhouse.keeperReplicas,
            storageSize: clickhouse.storageSize,
            keeperStorageSize: clickhouse.keeperStorageSize,
            storageClass: props.storageClass,
            cpuRequest: clickhouse.cpuRequest,
            memoryRequest: clickhouse.memoryRequest,
            memoryLimit: clickhouse.memoryLimit,
        },
    };
}
