"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.explainCommand = void 0;
exports.loadLangfuse = loadLangfuse;
exports.derivedRows = derivedRows;
exports.serviceRows = serviceRows;
exports.runExplain = runExplain;
const cdk8s_1 = require("cdk8s");
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
const synth_1 = require("../../lib/synth");
const command_1 = require("./command");
const synth_2 = require("./synth");
const text_table_1 = require("./text-table");
/**
 * Ports the pinned chart (1.5.41) listens on; LangfuseChart exposes names, not ports: web is
 * `langfuse.web.service.port`, the worker's undeclared `langfuse.worker.port`, ClickHouse the
 * Bitnami sub-chart's HTTP and native ports.
 */
const CHART_PORTS = { web: '3000', worker: '3030', clickhouse: '8123, 9000', postgres: '5432' };
/**
 * Loads a config and builds a LangfuseChart per enabled instance (nothing is written); empty when
 * `langfuse_enabled` is false.
 */
function loadLangfuse(configPath) {
    const configs = (0, load_1.loadConfigFile)(configPath);
    const { charts } = (0, synth_1.buildApp)(configs, new cdk8s_1.App({ outdir: 'unused' }));
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
        ['flux kustomization', `${chart.kustomization.namespace}/${chart.kustomization.name}`, 'flux_namespace'],
        ['chart', `${langfuse_values_v1_1.LANGFUSE_CHART.name} ${chart.release.chartVersion} (Langfuse ${(0, langfuse_v4_1.langfuseImageTag)(chart.langfuseVersion, langfuse_values_v1_1.LANGFUSE_CHART.appVersion)})`,
            `pinned; langfuse_version=${config.langfuse_version ?? '- (v3, as before the key existed)'}`],
        ['clickhouse backend', chart.analytics ? `operator: ClickHouseCluster/KeeperCluster ${chart.analytics.name}` : 'bundled (the chart\'s Bitnami ClickHouse)',
            `${inputs('langfuse_clickhouse_backend')} (default: operator with langfuse_version 4, else bundled)`],
    ];
}
/** The service table of the seed's quick reference, from the names the chart exposes. */
function serviceRows({ props, chart }) {
    const storage = new URL(chart.endpoints.objectStorage);
    const redisPort = props.redis instanceof redis_backend_1.DragonflyBackend ? String(props.redis.port) : '6379';
    const rows = [
        ['service', 'dns', 'port'],
        ['web (UI/API)', chart.endpoints.web, CHART_PORTS.web],
        ['worker', chart.endpoints.worker, CHART_PORTS.worker],
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
/** Prints the derived variables, the feature set and the service names of a config. */
async function runExplain(options) {
    return (0, command_1.reportUserErrors)(async () => {
        const instances = loadLangfuse(options.configPath);
        if (instances.length === 0) {
            console.log(`langfuse_enabled is false in ${options.configPath}: nothing is synthesized`);
            return synth_2.EXIT.ok;
        }
        console.log(instances.map((loaded) => explainInstance(options.configPath, loaded, instances.length > 1)).join('\n\n'));
        return synth_2.EXIT.ok;
    });
}
function explainInstance(configPath, loaded, several) {
    const features = (0, features_1.effectiveFeatures)(loaded.props).map((f) => [f.name, flag(f.on), f.detail || '-']);
    const keysSet = (0, load_1.keysSetIn)(loaded.config);
    const idle = keysSet ? (0, inert_keys_1.inertKeys)(loaded.config, keysSet).map((k) => `  ${k.key} ${k.message}`) : [];
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
        ...(idle.length > 0 ? ['', 'keys that do nothing (synth warns; --strict refuses them)', ...idle] : []),
    ].join('\n');
}
const USAGE = `usage: langfuse-cdk8s explain [--config FILE]

Prints what a config means, without writing anything: the derived variables (hostname, URL, the
sso/backup/monitoring/tracing gates with their inputs, issuer URLs, storage class), the effective
feature set (the Langfuse version and the ClickHouse backend among them), and the in-cluster
service names and ports (web, worker, Postgres rw, ClickHouse and its Keeper,
Dragonfly or Valkey, RustFS or MinIO, Keycloak).

  ${command_1.CONFIG_OPTION_HELP}

${command_1.EXIT_CODES_HELP}`;
/** `langfuse-cdk8s explain`. */
exports.explainCommand = (0, command_1.configCommand)('explain', 'print the derived variables, effective features and service DNS names of a config', USAGE, (configPath) => runExplain({ configPath }));
