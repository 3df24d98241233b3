import { App } from 'cdk8s';
import * as path from 'path';
import { InertKey, inertKeys } from '../../lib/config/inert-keys';
import { keysSetIn, loadConfig } from '../../lib/config/load';
import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { toChartProps } from '../../lib/config/to-props';
import type { FluxAppChart } from '../../lib/flux/flux-app-chart';
import { LangfuseChart } from '../../lib/langfuse-chart';
import { LangfuseChartProps } from '../../lib/langfuse-chart-props';
import { LANGFUSE_CHART } from '../../lib/flux/langfuse-values-v1';
import { langfuseImageTag } from '../../lib/flux/langfuse-v4';
import { CLICKHOUSE_KEEPER_PORTS, CLICKHOUSE_OPERATOR_WEBHOOK_PORT } from '../../lib/clickhouse/operator-conventions';
import { DragonflyBackend } from '../../lib/backends/redis-backend';
import { ExternalObjectStorage } from '../../lib/backends/object-storage';
import { effectiveFeatures } from '../../lib/settings/features';
import { KEYCLOAK_SERVICE, langfuseUrl, serviceDns } from '../../lib/settings/derive';
import { recoveryPlan, recoveryPlanRows } from '../../lib/backup/recovery-plan';
import { parentNamespaceReader } from '../../lib/output/parent-kustomization';
import { readTreeFile } from '../../lib/output/tree-writer';
import { buildApp } from '../../lib/synth';
import { shownPath } from './caller-paths';
import { chooseConfig, CliCommand, CONFIG_OPTION_HELP, ConfigSource, defineCommand, EXIT_CODES_HELP } from './command';
import { CommandOutput, JSON_OPTION_HELP, TEXT_OUTPUT } from './json-output';
import { EXIT } from './synth';
import { textTable } from './text-table';

/** Options of {@link runExplain}. */
export interface RunExplainOptions {
  readonly configPath: string;
  /** Why that config. @default 'option' */
  readonly configSource?: ConfigSource;
  /** Where the identities that open an encrypted config come from. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Text or `--json`. @default - text on stdout */
  readonly output?: CommandOutput;
}

/**
 * Ports the pinned chart (1.5.41) listens on; LangfuseChart exposes names, not ports: web is
 * `langfuse.web.service.port`, the worker's undeclared `langfuse.worker.port`, ClickHouse the
 * Bitnami sub-chart's HTTP and native ports.
 */
const CHART_PORTS = { web: '3000', worker: '3030', clickhouse: '8123, 9000', postgres: '5432' } as const;

/** A Langfuse config, validated and composed: what the other commands need to explain it. */
export interface LoadedLangfuse {
  readonly config: LangfuseConfig;
  readonly props: LangfuseChartProps;
  readonly chart: LangfuseChart;
}

/**
 * Loads a config (plain or encrypted) and builds a LangfuseChart per enabled instance (nothing is
 * written); empty when `langfuse_enabled` is false.
 * @param treeRoot the tree the config is written to: its namespace folders' kustomizations decide
 * where the Kustomizations live, as in synth (@default - none read)
 */
export async function loadLangfuse(configPath: string, env: NodeJS.ProcessEnv = process.env, treeRoot?: string): Promise<LoadedLangfuse[]> {
  const configs = await loadConfig(configPath, { env });
  const parentNamespace = treeRoot === undefined ? undefined : parentNamespaceReader((p) => readTreeFile(treeRoot, p));
  const { charts } = buildApp(configs, new App({ outdir: 'unused' }), { parentNamespace });
  return charts.map((chart) => {
    const config = configs.find((c) => c.langfuse_instance_name === chart.appName)!;
    return { config, props: toChartProps(config)!, chart };
  });
}

const flag = (on: boolean) => (on ? 'on' : 'off');

/** The derived-variables table: each gate with the inputs it reads. */
export function derivedRows({ config, props, chart }: LoadedLangfuse): string[][] {
  const backupKeys = (config.langfuse_backup_s3_access_key ?? config.langfuse_s3_access_key)
    && (config.langfuse_backup_s3_secret_key ?? config.langfuse_s3_secret_key);
  const backupInputs = `rustfs_enabled=${config.rustfs_enabled}, langfuse_backup_enabled=${config.langfuse_backup_enabled}, `
    + `backup credentials ${backupKeys ? 'set' : 'missing'}`;
  const inputs = (...keys: Array<keyof LangfuseConfig>) => keys.map((k) => `${k}=${String(config[k] ?? '-')}`).join(', ');
  return [
    ['variable', 'value', 'from'],
    ['langfuse_hostname', chart.hostname, 'langfuse_subdomain.cloudflare_domain'],
    ['langfuse_url', langfuseUrl(chart.hostname), 'https://langfuse_hostname'],
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
    ['chart', `${LANGFUSE_CHART.name} ${chart.release.chartVersion} (Langfuse ${langfuseImageTag(chart.langfuseVersion, LANGFUSE_CHART.appVersion)})`,
      `pinned; langfuse_version=${config.langfuse_version ?? '- (v3, as before the key existed)'}`],
    ['clickhouse backend', clickhouseBackendText(chart),
      `${inputs('langfuse_clickhouse_backend')} (default: operator with langfuse_version 4, else bundled)`],
    ...(chart.analytics ? [['clickhouse operator namespace', config.clickhouse_operator_namespace,
      `clickhouse_operator_namespace; the policies admit the operator to ClickHouse and Keeper, none selects its own pods (webhook ${CLICKHOUSE_OPERATOR_WEBHOOK_PORT})`]] : []),
    ['upgrade stage', chart.upgradeStep, `${inputs('langfuse_clickhouse_migration', 'langfuse_version', 'langfuse_v4_write_mode')}; the path: upgrade plan`],
  ];
}

/** The instance's own Flux app and its ClickHouse apps, each with those of them it depends on. */
function fluxAppsText(chart: LoadedLangfuse['chart']): string {
  const candidates: Array<FluxAppChart | undefined> = [chart.analyticsApp, chart.migrationApp, chart.clickhouseRestoreApp, chart];
  const apps = candidates.filter((a): a is FluxAppChart => a !== undefined);
  const own = new Set(apps.map((a) => a.appName));
  // In the order Flux applies them: each after the apps it waits for (the freeze's migration app and
  // the bundled ClickHouse's restore app wait for the Langfuse app).
  const ordered: FluxAppChart[] = [];
  while (ordered.length < apps.length) {
    const next = apps.find((a) => !ordered.includes(a)
      && a.kustomization.dependsOn.every((d) => !own.has(d.name) || ordered.some((o) => o.appName === d.name)));
    ordered.push(next ?? apps.find((a) => !ordered.includes(a))!);
  }
  return ordered.map((app) => {
    const after = app.kustomization.dependsOn.map((d) => d.name).filter((name) => own.has(name));
    return after.length > 0 ? `${app.appName} (after ${after.join(', ')})` : app.appName;
  }).join('; ');
}

/** The ClickHouse Langfuse uses, and the one it moves to during a migration. */
function clickhouseBackendText(chart: LoadedLangfuse['chart']): string {
  const operator = chart.analytics ? `operator: ClickHouseCluster/KeeperCluster ${chart.analytics.name}` : undefined;
  if (!operator) return 'bundled (the chart\'s Bitnami ClickHouse)';
  const migration = chart.clickhouseStores.migration;
  if (migration === undefined) return operator;
  return chart.clickhouseStores.bundled
    ? `bundled, moving to the ${operator} (migration stage ${migration})`
    : `${operator} (migration stage ${migration})`;
}

/** The service table of the seed's quick reference, from the names the chart exposes. */
export function serviceRows({ props, chart }: LoadedLangfuse): string[][] {
  const storage = new URL(chart.endpoints.objectStorage);
  const redisPort = props.redis instanceof DragonflyBackend ? String(props.redis.port) : '6379';
  const rows = [
    ['service', 'dns', 'port'],
    ['web (UI/API)', chart.endpoints.web, CHART_PORTS.web],
    // chart 1.5.41 renders a Service for web only: the worker's port is reached on its pods
    ['worker', `no Service (the chart renders none): its pods listen on ${CHART_PORTS.worker}, kubectl port-forward -n ${chart.names.namespace} deploy/${chart.names.workerDeployment} ${CHART_PORTS.worker}`, CHART_PORTS.worker],
    ['postgres (rw)', chart.endpoints.postgresRw, String(chart.postgres.port)],
    ['clickhouse', chart.endpoints.clickhouse, CHART_PORTS.clickhouse],
    ...(chart.analytics ? [['clickhouse keeper', serviceDns(`${chart.analytics.name}-keeper-headless`, chart.names.namespace), String(CLICKHOUSE_KEEPER_PORTS.client)]] : []),
    [props.redis instanceof DragonflyBackend ? 'dragonfly' : 'valkey (bundled)', chart.endpoints.redis, redisPort],
    [
      props.objectStorage instanceof ExternalObjectStorage ? 'rustfs (s3)' : 'minio (bundled)',
      storage.hostname,
      storage.port || (storage.protocol === 'https:' ? '443' : '80'),
    ],
  ];
  if (props.sso) rows.push(['keycloak', serviceDns(KEYCLOAK_SERVICE.name, KEYCLOAK_SERVICE.namespace), String(KEYCLOAK_SERVICE.port)]);
  return rows;
}

/** One instance in the `--json` document of explain (docs/cli-json.md): the four tables as records. */
export interface ExplainInstance {
  readonly name: string;
  readonly namespace: string;
  readonly derived: ReadonlyArray<{ readonly variable: string; readonly value: string; readonly from: string }>;
  readonly features: ReadonlyArray<{ readonly name: string; readonly on: boolean; readonly detail: string }>;
  readonly services: ReadonlyArray<{ readonly service: string; readonly dns: string; readonly port: string }>;
  readonly recovery: ReadonlyArray<{ readonly item: string; readonly value: string; readonly note: string }>;
  /** The keys the config sets for this instance that do nothing (synth warns; --strict refuses them). */
  readonly inertKeys: readonly InertKey[];
}

/** The keys the config file sets for an instance that do nothing there. */
function idleKeys(loaded: LoadedLangfuse): InertKey[] {
  const keysSet = keysSetIn(loaded.config);
  return keysSet ? inertKeys(loaded.config, keysSet) : [];
}

/** The tables of one instance as records (the header row names the fields). */
export function explainRecords(loaded: LoadedLangfuse): ExplainInstance {
  const records = <K extends string>(rows: string[][], keys: readonly K[]) => rows.slice(1).map((row) => Object.fromEntries(keys.map((k, i) => [k, row[i]])) as Record<K, string>);
  return {
    name: loaded.chart.appName,
    namespace: loaded.chart.names.namespace,
    derived: records(derivedRows(loaded), ['variable', 'value', 'from'] as const),
    features: effectiveFeatures(loaded.props).map((f) => ({ name: f.name, on: f.on, detail: f.detail })),
    services: records(serviceRows(loaded), ['service', 'dns', 'port'] as const),
    recovery: records(recoveryPlanRows(recoveryPlan(loaded.props, loaded.chart)), ['item', 'value', 'note'] as const),
    inertKeys: idleKeys(loaded),
  };
}

/** Prints the derived variables, the feature set and the service names of a config (or, with `--json`, them as records). */
export async function runExplain(options: RunExplainOptions): Promise<number> {
  const output = options.output ?? TEXT_OUTPUT;
  return output.run('explain', async () => {
    const configPath = path.resolve(options.configPath);
    const instances = await loadLangfuse(configPath, options.env);
    if (output.json) {
      output.result('explain', { config: { path: configPath, source: options.configSource ?? 'option' }, instances: instances.map(explainRecords) });
    } else if (instances.length === 0) {
      output.text(`langfuse_enabled is false in ${shownPath(configPath)}: nothing is synthesized`);
    } else {
      output.text(instances.map((loaded) => explainInstance(shownPath(configPath), loaded, instances.length > 1)).join('\n\n'));
    }
    return EXIT.ok;
  });
}

function explainInstance(configPath: string, loaded: LoadedLangfuse, several: boolean): string {
  const features = effectiveFeatures(loaded.props).map((f) => [f.name, flag(f.on), f.detail || '-']);
  const idle = idleKeys(loaded).map((k) => `  ${k.key} ${k.message}`);
  return [
    several ? `config ${configPath}, instance ${loaded.chart.appName}` : `config ${configPath}`,
    '',
    'derived variables',
    textTable(derivedRows(loaded), '  '),
    '',
    'features',
    textTable([['feature', 'state', 'detail'], ...features], '  '),
    '',
    `services (namespace ${loaded.chart.names.namespace})`,
    textTable(serviceRows(loaded), '  '),
    '',
    'disaster recovery (backups, restores, what a lost cluster loses; the full procedure: doctor restore)',
    textTable(recoveryPlanRows(recoveryPlan(loaded.props, loaded.chart)), '  '),
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

  ${CONFIG_OPTION_HELP}
  ${JSON_OPTION_HELP}

${EXIT_CODES_HELP}`;

/** `langfuse-cdk8s explain`. */
export const explainCommand: CliCommand = defineCommand({
  name: 'explain',
  summary: 'print the derived variables, effective features, service DNS names and disaster-recovery plan of a config',
  usage: USAGE,
  options: { config: { type: 'string', path: true } },
  json: true,
}, async ({ values }, output) => {
  const config = chooseConfig(values.config as string | undefined);
  return runExplain({ configPath: config.path, configSource: config.source, output });
});
