"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LangfuseAnalyticsChart = void 0;
const app_namespace_1 = require("../app-namespace");
const switch_fields_1 = require("../config/switch-fields");
const flux_app_chart_1 = require("../flux/flux-app-chart");
const prune_protection_1 = require("../flux/prune-protection");
const prop_checks_1 = require("../prop-checks");
const sops_secret_1 = require("../secrets/sops-secret");
const clickhouse_cluster_1 = require("./clickhouse-cluster");
/**
 * The operator's ClickHouse as a Flux app of its own, `<namespace>/<instance>-analytics`: the
 * KeeperCluster, the ClickHouseCluster and the SOPS Secret they read, in the Langfuse namespace.
 * Its Kustomization waits for the operator's and counts itself Ready only once both clusters
 * report Ready; whatever writes to ClickHouse (the Langfuse release, the migration's Jobs) waits
 * for this Kustomization. That ordering is the point: the operator turns `default` into a
 * `Replicated` database on its first reconcile and DROPs it when it is not, tables and all
 * (internal/controller/clickhouse/commands.go EnsureDefaultDatabaseEngine), so nothing may create
 * tables before the cluster is Ready.
 *
 * The Secret has its own name (not the bundled ClickHouse's), so no Secret ever moves from one
 * Kustomization to another; like both custom resources it is never pruned.
 */
class LangfuseAnalyticsChart extends flux_app_chart_1.FluxAppChart {
    cluster;
    secret;
    constructor(scope, id, props) {
        const at = (prop) => `analytics app ${props.appName}: ${prop}`;
        (0, prop_checks_1.requireProp)(at('cluster'), props.cluster);
        // the chart pastes the password unencoded into Langfuse's ClickHouse URLs, like the bundled one's
        (0, prop_checks_1.checkProp)(at('password'), props.password, (0, switch_fields_1.clickhousePassword)(1), { secret: true });
        (0, prop_checks_1.checkFluxDependency)(at('operatorFluxDependency'), props.operatorFluxDependency);
        const namespace = props.cluster.namespace;
        const health = clickhouse_cluster_1.ClickHouseCluster.healthChecks(props.cluster.name, namespace);
        super(scope, id, {
            appName: props.appName,
            namespace,
            flux: props.flux,
            dependsOn: [{ ...props.operatorFluxDependency }],
            healthChecks: health.targets,
            healthCheckExprs: health.expressions,
        });
        if (props.ownsNamespace)
            new app_namespace_1.AppNamespace(this, 'Namespace', { name: namespace });
        const secret = props.cluster.passwordSecret;
        this.secret = new sops_secret_1.SopsSecret(this, 'Secret', {
            name: secret.name,
            namespace,
            stringData: { [secret.key]: props.password },
            labels: { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'clickhouse' },
            annotations: { ...prune_protection_1.PRUNE_DISABLED },
        });
        this.cluster = new clickhouse_cluster_1.ClickHouseCluster(this, 'ClickHouse', props.cluster);
    }
}
exports.LangfuseAnalyticsChart = LangfuseAnalyticsChart;
