"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY = void 0;
exports.langfuseClickHouseStores = langfuseClickHouseStores;
const langfuse_v4_1 = require("../flux/langfuse-v4");
const langfuse_chart_props_1 = require("../langfuse-chart-props");
/** The default Flux Kustomization of the ClickHouse operator. */
exports.CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY = { name: 'clickhouse-operator', namespace: 'flux-system' };
/**
 * Which ClickHouse stores an instance runs, from its props: the backend the config names (v3
 * defaults to the bundled one, v4 to the operator's) is the one in use, and the operator's cluster
 * exists when it is that backend. One function, so that a migration can run both.
 */
function langfuseClickHouseStores(props, names) {
    const version = props.langfuseVersion ?? langfuse_v4_1.LangfuseVersion.V3;
    const clickhouse = props.clickhouse;
    const serving = clickhouse.backend ?? (version === langfuse_v4_1.LangfuseVersion.V4 ? langfuse_chart_props_1.ClickHouseBackend.OPERATOR : langfuse_chart_props_1.ClickHouseBackend.BUNDLED);
    if (version === langfuse_v4_1.LangfuseVersion.V4 && serving === langfuse_chart_props_1.ClickHouseBackend.BUNDLED) {
        throw new Error('langfuse v4 cannot run on the bundled ClickHouse: it needs ClickHouse 25.12 or later, and the chart\'s Bitnami ClickHouse is about 25.2; '
            + 'use ClickHouseBackend.OPERATOR');
    }
    if (serving !== langfuse_chart_props_1.ClickHouseBackend.OPERATOR)
        return { serving };
    return {
        serving,
        operator: {
            name: names.analyticsCluster,
            namespace: names.namespace,
            passwordSecret: { name: names.secrets.clickhouse, key: 'password' },
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
