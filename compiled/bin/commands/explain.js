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
exports.explainCommand = void 0;
exports.loadLangfuse = loadLangfuse;
exports.derivedRows = derivedRows;
exports.serviceRows = serviceRows;
exports.explainRecords = explainRecords;
exports.runExplain = runExplain;
const cdk8s_1 = require("cdk8s");
const path = __importStar(require("path"));
const inert_keys_1 = require("../../lib/config/inert-keys");
const load_1 = require("../../lib/config/load");
const to_props_1 = require("../../lib/config/to-props");
const langfuse_values_v1_1 = require("../../lib/flux/langfuse-values-v1");
const langfuse_v4_1 = require("../../lib/flux/langfuse-v4");
const operator_conventions_1 = require("../../lib/clickhouse/operator-conventions");
const redis_backend_1 = require("../../lib/backends/redis-backend");
const object_storage_1 = require("../../lib/backends/object-storage");
const features_1 = require("../../lib/settings/features");
const derive_1 = require("../../lib/settings/derive");
const recovery_plan_1 = require("../../lib/backup/recovery-plan");
const parent_kustomization_1 = require("../../lib/output/parent-kustomization");
const tree_writer_1 = require("../../lib/output/tree-writer");
const synth_1 = require("../../lib/synth");
const caller_paths_1 = require("./caller-paths");
const command_1 = require("./command");
const json_output_1 = require("./json-output");
const synth_2 = require("./synth");
const text_table_1 = require("./text-table");
/**
 * Ports the pinned chart (1.5.41) listens on; LangfuseChart exposes names, not ports: web is
 * `langfuse.web.service.port`, the worker's undeclared `langfuse.worker.port`, ClickHouse the
 * Bitnami sub-chart's HTTP and native ports.
 */
const CHART_PORTS = { web: '3000', worker: '3030', clickhouse: '8123, 9000', postgres: '5432' };
/**
 * Loads a config (plain or encrypted) and builds a LangfuseChart per enabled instance (nothing is
 * written); empty when `langfuse_enabled` is false.
 * @param treeRoot the tree the config is written to: its namespace folders' kustomizations decide
 * where the Kustomizations live, as in synth (@default - none read)
 */
async function loadLangfuse(configPath, env = process.env, treeRoot) {
    const configs = await (0, load_1.loadConfig)(configPath, { env });
    const parentNamespace = treeRoot === undefined ? undefined : (0, parent_kustomization_1.parentNamespaceReader)((p) => (0, tree_writer_1.readTreeFile)(treeRoot, p));
    const { charts } = (0, synth_1.buildApp)(configs, new cdk8s_1.App({ outdir: 'unused' }), { parentNamespace });
    return charts.map((chart) => {
        const config = configs.find((c) => c.langfuse_instance_name === chart.appName);
        return { config, props: (0, to_props_1.toChartProps)(config), chart };
    });
}
const flag = (on) => (on ? 'on' : 'off');
/** The derived-variables table: each gate with the inputs it reads. */
function derivedRows({ config, props, chart }) {
    const backupKeys = (config.langfuse_backup_s3_access_key ?? config.langfuse_s3_access_key)
        && (config.langfuse_backup_s3_secret_key ?? config.langfuse_s3_secret_key);
    const backupInputs = `rustfs_enabled=${config.rustfs_enabled}, langfuse_backup_enabled=${config.langfuse_backup_enabled}, `
        + `backup credentials ${backupKeys ? 'set' : 'missing'}`;
    const inputs = (...keys) => keys.map((k) => `${k}=${String(config[k] ?? '-')}`).join(', ');
    return [
        ['variable', 'value', 'from'],
        ['langfuse_hostname', chart.hostname, 'langfuse_subdomain.cloudflare_domain'],
        ['langfuse_url', (0, derive_1.langfuseUrl)(chart.hostname), 'https://langfuse_hostname'],
        ['langfuse_sso_enabled', flag(props.sso !== undefined), inputs('keycloak_enabled', 'langfuse_sso_enabled')],
        ['keycloak issuer (public)', props.sso?.issuerUrl ?? '-', 'keycloak_subdomain.cloudflare_domain/realms/keycloak_realm'],
        ['keycloak issuer (in-cluster)', props.sso?.internalIssuerUrl ?? '-', 'what Langfuse calls (no hairpin through the gateway)'],
        ['langfuse_backup_enabled', flag(props.backup !== undefined), backupInputs],
        ['langfuse_monitoring_enabled', flag(Boolean(props.monitoring)), inputs('monitoring_enabled', 'langfuse_monitoring_enabled')],
        ['langfuse_tracing_enabled', flag(props.tracing !== undefined), inputs('tracing_enabled', 'langfuse_tracing_enabled')],
        ['storage class', props.storageClass ?? 'local-path', `${inputs('cnpg_storage_class')} -> ${inputs('storage_class')} -> local-path`],
        ['flux app folder', chart.appDirectory, 'flux_apps_path/langfuse_namespace/langfuse'],
        ['flux kustomization', `${chart.kustomization.namespace}/${chart.kustomization.name}`, 'flux_kustomization_namespace (default: flux_namespace)'],
        ['flux apps', fluxAppsText(chart), 'the instance and its ClickHouse apps (analytics, migration, restore), each after the ones it waits for'],
        ['chart', `${langfuse_values_v1_1.LANGFUSE_CHART.name} ${chart.release.chartVersion} (Langfuse ${(0, langfuse_v4_1.langfuseImageTag)(chart.langfuseVersion, langfuse_values_v1_1.LANGFUSE_CHART.appVersion)})`,
            `pinned; langfuse_version=${config.langfuse_version ?? '- (v3, as before the key existed)'}`],
        ['clickhouse backend', clickhouseBackendText(chart),
            `${inputs('langfuse_clickhouse_backend')} (default: operator with langfuse_version 4, else bundled)`],
        ...(chart.analytics ? [['clickhouse operator namespace', config.clickhouse_operator_namespace,
                `clickhouse_operator_namespace; the policies admit the operator to ClickHouse and Keeper, none selects its own pods (webhook ${operator_conventions_1.CLICKHOUSE_OPERATOR_WEBHOOK_PORT})`]] : []),
        ['upgrade stage', chart.upgradeStep, `${inputs('langfuse_clickhouse_migration', 'langfuse_version', 'langfuse_v4_write_mode')}; the path: upgrade plan`],
    ];
}
/** The instance's own Flux app and its ClickHouse apps, each with those of them it depends on. */
function fluxAppsText(chart) {
    const candidates = [chart.analyticsApp, chart.migrationApp, chart.clickhouseRestoreApp, chart];
    const apps = candidates.filter((a) => a !== undefined);
    const own = new Set(apps.map((a) => a.appName));
    // In the order Flux applies them: each after the apps it waits for (the freeze's migration app and
    // the bundled ClickHouse's restore app wait for the Langfuse app).
    const ordered = [];
    while (ordered.length < apps.length) {
        const next = apps.find((a) => !ordered.includes(a)
            && a.kustomization.dependsOn.every((d) => !own.has(d.name) || ordered.some((o) => o.appName === d.name)));
        ordered.push(next ?? apps.find((a) => !ordered.includes(a)));
    }
    return ordered.map((app) => {
        const after = app.kustomization.dependsOn.map((d) => d.name).filter((name) => own.has(name));
        return after.length > 0 ? `${app.appName} (after ${after.join(', ')})` : app.appName;
    }).join('; ');
}
/** The ClickHouse Langfuse uses, and the one it moves to during a migration. */
function clickhouseBackendText(chart) {
    const operator = chart.analytics ? `operator: ClickHouseCluster/KeeperCluster ${chart.analytics.name}` : undefined;
    if (!operator)
        return 'bundled (the chart\'s Bitnami ClickHouse)';
    const migration = chart.clickhouseStores.migration;
    if (migration === undefined)
        return operator;
    return chart.clickhouseStores.bundled
        ? `bundled, moving to the ${operator} (migration stage ${migration})`
        : `${operator} (migration stage ${migration})`;
}
/** The service table of the seed's quick reference, from the names the chart exposes. */
function serviceRows({ props, chart }) {
    const storage = new URL(chart.endpoints.objectStorage);
    const redisPort = props.redis instanceof redis_backend_1.DragonflyBackend ? String(props.redis.port) : '6379';
    const rows = [
        ['service', 'dns', 'port'],
        ['web (UI/API)', chart.endpoints.web, CHART_PORTS.web],
        // chart 1.5.41 renders a Service for web only: the worker's port is reached on its pods
        ['worker', `no Service (the chart renders none): its pods listen on ${CHART_PORTS.worker}, kubectl port-forward -n ${chart.names.namespace} deploy/${chart.names.workerDeployment} ${CHART_PORTS.worker}`, CHART_PORTS.worker],
        ['postgres (rw)', chart.endpoints.postgresRw, String(chart.postgres.port)],
        ['clickhouse', chart.endpoints.clickhouse, CHART_PORTS.clickhouse],
        ...(chart.analytics ? [['clickhouse keeper', (0, derive_1.serviceDns)(`${chart.analytics.name}-keeper-headless`, chart.names.namespace), String(operator_conventions_1.CLICKHOUSE_KEEPER_PORTS.client)]] : []),
        [props.redis instanceof redis_backend_1.DragonflyBackend ? 'dragonfly' : 'valkey (bundled)', chart.endpoints.redis, redisPort],
        [
            props.objectStorage instanceof object_storage_1.ExternalObjectStorage ? 'rustfs (s3)' : 'minio (bundled)',
            storage.hostname,
            storage.port || (storage.protocol === 'https:' ? '443' : '80'),
        ],
    ];
    if (props.sso)
        rows.push(['keycloak', (0, derive_1.serviceDns)(derive_1.KEYCLOAK_SERVICE.name, derive_1.KEYCLOAK_SERVICE.namespace), String(derive_1.KEYCLOAK_SERVICE.port)]);
    return rows;
}
/** The keys the config file sets for an instance that do nothing there. */
function idleKeys(loaded) {
    const keysSet = (0, load_1.keysSetIn)(loaded.config);
    return keysSet ? (0, inert_keys_1.inertKeys)(loaded.config, keysSet) : [];
}
/** The tables of one instance as records (the header row names the fields). */
function explainRecords(loaded) {
    const records = (rows, keys) => rows.slice(1).map((row) => Object.fromEntries(keys.map((k, i) => [k, row[i]])));
    return {
        name: loaded.chart.appName,
        namespace: loaded.chart.names.namespace,
        derived: records(derivedRows(loaded), ['variable', 'value', 'from']),
        features: (0, features_1.effectiveFeatures)(loaded.props).map((f) => ({ name: f.name, on: f.on, detail: f.detail })),
        services: records(serviceRows(loaded), ['service', 'dns', 'port']),
        recovery: records((0, recovery_plan_1.recoveryPlanRows)((0, recovery_plan_1.recoveryPlan)(loaded.props, loaded.chart)), ['item', 'value', 'note']),
        inertKeys: idleKeys(loaded),
    };
}
/** Prints the derived variables, the feature set and the service names of a config (or, with `--json`, them as records). */
async function runExplain(options) {
    const output = options.output ?? json_output_1.TEXT_OUTPUT;
    return output.run('explain', async () => {
        const configPath = path.resolve(options.configPath);
        const instances = await loadLangfuse(configPath, options.env);
        if (output.json) {
            output.result('explain', { config: { path: configPath, source: options.configSource ?? 'option' }, instances: instances.map(explainRecords) });
        }
        else if (instances.length === 0) {
            output.text(`langfuse_enabled is false in ${(0, caller_paths_1.shownPath)(configPath)}: nothing is synthesized`);
        }
        else {
            output.text(instances.map((loaded) => explainInstance((0, caller_paths_1.shownPath)(configPath), loaded, instances.length > 1)).join('\n\n'));
        }
        return synth_2.EXIT.ok;
    });
}
function explainInstance(configPath, loaded, several) {
    const features = (0, features_1.effectiveFeatures)(loaded.props).map((f) => [f.name, flag(f.on), f.detail || '-']);
    const idle = idleKeys(loaded).map((k) => `  ${k.key} ${k.message}`);
    return [
        several ? `config ${configPath}, instance ${loaded.chart.appName}` : `config ${configPath}`,
        '',
        'derived variables',
        (0, text_table_1.textTable)(derivedRows(loaded), '  '),
        '',
        'features',
        (0, text_table_1.textTable)([['feature', 'state', 'detail'], ...features], '  '),
        '',
        `services (namespace ${loaded.chart.names.namespace})`,
        (0, text_table_1.textTable)(serviceRows(loaded), '  '),
        '',
        'disaster recovery (backups, restores, what a lost cluster loses; the full procedure: doctor restore)',
        (0, text_table_1.textTable)((0, recovery_plan_1.recoveryPlanRows)((0, recovery_plan_1.recoveryPlan)(loaded.props, loaded.chart)), '  '),
        ...(idle.length > 0 ? ['', 'keys that do nothing (synth warns; --strict refuses them)', ...idle] : []),
    ].join('\n');
}
const USAGE = `usage: langfuse-cdk8s explain [--config FILE] [--json]

Prints what a config means, without writing anything: the derived variables (hostname, URL, the
sso/backup/monitoring/tracing gates with their inputs, issuer URLs, storage class), the effective
feature set (the Langfuse version and the ClickHouse backend among them), and the in-cluster
service names and ports (web, worker, Postgres rw, ClickHouse and its Keeper,
Dragonfly or Valkey, RustFS or MinIO, Keycloak), the disaster-recovery plan (where backups go,
the restore a config bootstraps from and its target time, and what a lost cluster loses), and the
keys the config sets that do nothing (like langfuse_sso_enabled without keycloak_enabled).

  ${command_1.CONFIG_OPTION_HELP}
  ${json_output_1.JSON_OPTION_HELP}

${command_1.EXIT_CODES_HELP}`;
/** `langfuse-cdk8s explain`. */
exports.explainCommand = (0, command_1.defineCommand)({
    name: 'explain',
    summary: 'print the derived variables, effective features, service DNS names and disaster-recovery plan of a config',
    usage: USAGE,
    options: { config: { type: 'string', path: true } },
    json: true,
}, async ({ values }, output) => {
    const config = (0, command_1.chooseConfig)(values.config);
    return runExplain({ configPath: config.path, configSource: config.source, output });
});
