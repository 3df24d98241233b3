"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildApp = buildApp;
exports.synthesizeFluxTree = synthesizeFluxTree;
exports.retiredApps = retiredApps;
exports.clickhouseChanges = clickhouseChanges;
exports.clickhouseReplicationSwitches = clickhouseReplicationSwitches;
exports.clickhouseBackendSwitches = clickhouseBackendSwitches;
const path = __importStar(require("path"));
const cdk8s_1 = require("cdk8s");
const dragonfly_acl_1 = require("./cache/dragonfly-acl");
const clickhouse_migration_stage_1 = require("./clickhouse/clickhouse-migration-stage");
const langfuse_clickhouse_1 = require("./clickhouse/langfuse-clickhouse");
const yaml_1 = require("yaml");
const config_warnings_1 = require("./config/config-warnings");
const errors_1 = require("./config/errors");
const to_props_1 = require("./config/to-props");
const flux_app_chart_1 = require("./flux/flux-app-chart");
const cluster_prerequisites_1 = require("./integrations/cluster-prerequisites");
const langfuse_neighbours_1 = require("./integrations/langfuse-neighbours");
const flux_app_chart_2 = require("./flux/flux-app-chart");
const langfuse_chart_1 = require("./langfuse-chart");
const sops_secret_1 = require("./secrets/sops-secret");
const flux_tree_1 = require("./output/flux-tree");
const parent_kustomization_1 = require("./output/parent-kustomization");
const tree_writer_1 = require("./output/tree-writer");
const step_check_1 = require("./upgrade/step-check");
const upgrade_path_1 = require("./upgrade/upgrade-path");
const policy_checks_1 = require("./validate/policy-checks");
/**
 * Builds the cdk8s app for validated configs: one LangfuseChart per enabled instance, plus
 * its neighbour Flux apps (Dragonfly ACL, Keycloak client, LiteLLM wiring, LLM-connection Job,
 * cross-namespace route) as sibling charts in `app.charts`.
 */
function buildApp(configs, app = new cdk8s_1.App(), options = {}) {
    const shared = new langfuse_neighbours_1.SharedNeighbours();
    const charts = [];
    const list = Array.isArray(configs) ? configs : [configs];
    // cert-manager and the ClickHouse operator serve the whole cluster: one Flux app each, whichever instance asks.
    const enabled = list.filter((c) => c.langfuse_enabled);
    const first = (key) => enabled.find((c) => c[key]);
    const flux = (first('clickhouse_operator_install') ?? first('cert_manager_install'));
    if (flux) {
        (0, cluster_prerequisites_1.addClusterPrerequisites)(app, {
            clickhouseOperator: first('clickhouse_operator_install') !== undefined,
            clickhouseOperatorNamespace: first('clickhouse_operator_install')?.clickhouse_operator_namespace,
            certManager: first('cert_manager_install') !== undefined,
            flux: {
                sourceName: flux.flux_source_name, appsPath: flux.flux_apps_path, kustomizationNamespace: flux.flux_namespace, sopsSecretName: flux.flux_sops_secret_name,
                parentNamespace: options.parentNamespace,
            },
        });
    }
    for (const config of list) {
        try {
            const converted = (0, to_props_1.toChartProps)(config);
            if (!converted)
                continue;
            const props = options.parentNamespace ? inTreeLayout(converted, config, options.parentNamespace) : converted;
            const chart = new langfuse_chart_1.LangfuseChart(app, config.langfuse_instance_name, props);
            (0, langfuse_neighbours_1.addLangfuseNeighbours)(app, chart, props, shared);
            charts.push(chart);
        }
        catch (e) {
            // Constructs reject bad props with a plain Error (a TypeError or the like is a bug)
            if (e instanceof Error && e.constructor === Error)
                throw new errors_1.ConfigBuildError(config.langfuse_instance_name, e.message);
            throw e;
        }
    }
    checkSharedSecretSizes(shared, list);
    return { app, charts };
}
/**
 * The props with the tree's layout: each app's Kustomization lives where its folder's parent
 * kustomization puts it, and so does the one of the ClickHouse operator this config installs,
 * which Langfuse's analytics app depends on.
 */
function inTreeLayout(props, config, parentNamespace) {
    const flux = { ...props.flux, parentNamespace };
    const dependency = props.clickhouse.operatorFluxDependency;
    const installed = config.clickhouse_operator_install && dependency
        ? { ...dependency, namespace: (0, flux_app_chart_2.fluxAppKustomizationNamespace)(flux, config.clickhouse_operator_namespace) ?? dependency.namespace }
        : dependency;
    return { ...props, flux, clickhouse: { ...props.clickhouse, operatorFluxDependency: installed } };
}
/**
 * The Dragonfly ACL Secret collects the users of every instance (its size is known only once all
 * are built): over the Kubernetes limit, it is a config problem of `dragonfly_acl_extra_users`
 * (exit 2), not a failure of the render.
 */
function checkSharedSecretSizes(shared, configs) {
    for (const acl of shared.dragonflyAcls) {
        const problem = (0, sops_secret_1.secretSizeProblem)(acl.secretName, { [dragonfly_acl_1.DRAGONFLY_ACL_KEY]: acl.aclFile });
        if (!problem)
            continue;
        const owners = configs.filter((c) => c.langfuse_enabled && c.dragonfly_acl_extra_users.length > 0).map((c) => c.langfuse_instance_name);
        throw new errors_1.ConfigBuildError(owners.join(', ') || configs[0].langfuse_instance_name, `dragonfly_acl_extra_users: ${problem}; `
            + 'the ACL file holds one line per user with its key, channel and command patterns: list fewer users or patterns');
    }
}
/**
 * Config → construct tree → Flux tree on disk. `outDir` is checked first, and everything is
 * rendered (and encrypted) in memory before the first file is written, so a failure leaves the
 * previous tree untouched; the write itself switches from the complete old tree to the complete
 * new one (see `writeTree`).
 */
async function synthesizeFluxTree(options) {
    (0, tree_writer_1.checkOutDir)(options.outDir);
    const existing = (p) => (0, tree_writer_1.readTreeFile)(options.outDir, p);
    // a Kustomization lives where its namespace folder's kustomization puts it, and is named there
    const { app, charts } = buildApp(options.configs, new cdk8s_1.App(), { parentNamespace: (0, parent_kustomization_1.parentNamespaceReader)(existing) });
    // The tree on disk records each instance's upgrade stage: a skipped one stops here, before any write.
    const steps = (0, step_check_1.checkUpgradeSteps)(charts, options.configs, existing);
    if (steps.problems.length > 0)
        throw new errors_1.ConfigError(options.configSource ?? 'config', steps.problems);
    const files = await (0, flux_tree_1.renderFluxTree)(app.charts, options.encoder, existing);
    // A cutover moves to the new cluster on purpose, after the copy was checked.
    const cutovers = charts.filter((c) => c.upgradeStep === upgrade_path_1.UpgradeStep.CUTOVER).map((c) => `${c.appDirectory}/`);
    const changes = clickhouseChanges(files, existing);
    const switches = changes.filter((c) => !cutovers.some((dir) => c.path.startsWith(dir)));
    const warnings = [...(0, config_warnings_1.configWarnings)(options.configs), ...(0, flux_app_chart_1.sopsSecretWarnings)(app.charts), ...steps.warnings, ...replicationSwitches(changes), ...backendSwitches(switches)];
    const report = (0, tree_writer_1.writeTree)(options.outDir, files, {
        adopt: options.adopt, allowDelete: options.allowDelete, retiredApps: retiredApps(charts), lockTimeoutMs: options.lockTimeoutMs,
    });
    return { app, charts, report, warnings: [...warnings, ...report.warnings] };
}
/**
 * The Flux apps the configs retire on purpose and that hold no data (see
 * `WriteTreeOptions.retiredApps`): at cleanup, each instance's ClickHouse migration app (its
 * Jobs), a sibling of the instance's own app folder.
 */
function retiredApps(charts) {
    return charts.filter((c) => c.clickhouseStores.migration === clickhouse_migration_stage_1.ClickHouseMigrationStage.CLEANUP)
        .map((c) => `${path.posix.dirname(c.appDirectory)}/${(0, langfuse_clickhouse_1.clickhouseApps)(c.appName).migration}/ks.yaml`);
}
/**
 * The HelmRelease files whose content changes against the tree on disk, with their ClickHouse
 * values parsed once (an unchanged file cannot switch anything, so it is not parsed at all).
 */
function clickhouseChanges(files, existing) {
    const values = (text) => (0, yaml_1.parse)(text)?.spec?.values?.clickhouse;
    return files.filter((f) => f.path.endsWith('/app/helmrelease.yaml')).flatMap((f) => {
        const before = existing(f.path);
        return before === undefined || before === f.content ? [] : [{ path: f.path, before: values(before), after: values(f.content) }];
    });
}
const bundled = (clickhouse) => clickhouse !== undefined && clickhouse.deploy !== false;
/**
 * HelmReleases whose bundled ClickHouse goes from a single node to cluster mode compared with the
 * tree on disk: the existing tables are not replicated, so the switch needs a data migration.
 */
function clickhouseReplicationSwitches(files, existing) {
    return replicationSwitches(clickhouseChanges(files, existing));
}
function replicationSwitches(changes) {
    const clustered = (clickhouse) => bundled(clickhouse) && clickhouse.clusterEnabled === true;
    return changes.filter((c) => !clustered(c.before) && clustered(c.after))
        .map((c) => `${c.path}: ClickHouse switches from a single node to replicated: ${policy_checks_1.CLICKHOUSE_MIGRATION_NOTE}`);
}
/**
 * HelmReleases that move from the chart's bundled ClickHouse to another one compared with the tree
 * on disk: Langfuse then starts on an empty database, while the old data stays on the old volumes.
 */
function clickhouseBackendSwitches(files, existing) {
    return backendSwitches(clickhouseChanges(files, existing));
}
function backendSwitches(changes) {
    return changes.filter((c) => bundled(c.before) && c.after !== undefined && !bundled(c.after))
        .map((c) => `${c.path}: Langfuse moves from the bundled ClickHouse to ${String(c.after.host)}, a new and empty database: `
        + 'existing traces stay on the bundled ClickHouse\'s volumes and are not copied; use the staged upgrade to keep them');
}
