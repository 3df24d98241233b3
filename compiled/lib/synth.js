"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildApp = buildApp;
exports.synthesizeFluxTree = synthesizeFluxTree;
exports.clickhouseReplicationSwitches = clickhouseReplicationSwitches;
const cdk8s_1 = require("cdk8s");
const yaml_1 = require("yaml");
const to_props_1 = require("./config/to-props");
const langfuse_neighbours_1 = require("./integrations/langfuse-neighbours");
const langfuse_chart_1 = require("./langfuse-chart");
const flux_tree_1 = require("./output/flux-tree");
const tree_writer_1 = require("./output/tree-writer");
const policy_checks_1 = require("./validate/policy-checks");
/**
 * Builds the cdk8s app for validated configs: one LangfuseChart per enabled instance, plus
 * its neighbour Flux apps (Dragonfly ACL, Keycloak client, LiteLLM wiring, LLM-connection Job,
 * cross-namespace route) as sibling charts in `app.charts`.
 */
function buildApp(configs, app = new cdk8s_1.App()) {
    const shared = new langfuse_neighbours_1.SharedNeighbours();
    const charts = [];
    for (const config of Array.isArray(configs) ? configs : [configs]) {
        const props = (0, to_props_1.toChartProps)(config);
        if (!props)
            continue;
        const chart = new langfuse_chart_1.LangfuseChart(app, config.langfuse_instance_name, props);
        (0, langfuse_neighbours_1.addLangfuseNeighbours)(app, chart, props, shared);
        charts.push(chart);
    }
    return { app, charts };
}
/**
 * Config → construct tree → Flux tree on disk. Everything is rendered (and encrypted) in memory
 * before the first file is written, so a failure leaves the previous tree untouched.
 */
async function synthesizeFluxTree(options) {
    const { app, charts } = buildApp(options.configs);
    const files = await (0, flux_tree_1.renderFluxTree)(app.charts, options.encoder, (p) => (0, tree_writer_1.readTreeFile)(options.outDir, p));
    const warnings = clickhouseReplicationSwitches(files, (p) => (0, tree_writer_1.readTreeFile)(options.outDir, p));
    const report = (0, tree_writer_1.writeTree)(options.outDir, files);
    return { app, charts, report, warnings };
}
/**
 * HelmReleases whose bundled ClickHouse goes from a single node to cluster mode compared with the
 * tree on disk: the existing tables are not replicated, so the switch needs a data migration.
 */
function clickhouseReplicationSwitches(files, existing) {
    const clusterEnabled = (text) => text !== undefined && (0, yaml_1.parse)(text)?.spec?.values?.clickhouse?.clusterEnabled === true;
    return files
        .filter((f) => f.path.endsWith('/app/helmrelease.yaml'))
        .filter((f) => existing(f.path) !== undefined && !clusterEnabled(existing(f.path)) && clusterEnabled(f.content))
        .map((f) => `${f.path}: ClickHouse switches from a single node to replicated: ${policy_checks_1.CLICKHOUSE_MIGRATION_NOTE}`);
}
