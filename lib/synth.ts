import * as path from 'path';
import { App } from 'cdk8s';
import { DRAGONFLY_ACL_KEY } from './cache/dragonfly-acl';
import { ClickHouseMigrationStage } from './clickhouse/clickhouse-migration-stage';
import { clickhouseApps } from './clickhouse/langfuse-clickhouse';
import { parse } from 'yaml';
import { configWarnings } from './config/config-warnings';
import { ConfigBuildError, ConfigError } from './config/errors';
import type { LangfuseConfig } from './config/langfuse-config';
import { toChartProps } from './config/to-props';
import { sopsSecretWarnings } from './flux/flux-app-chart';
import { addClusterPrerequisites } from './integrations/cluster-prerequisites';
import { addLangfuseNeighbours, SharedNeighbours } from './integrations/langfuse-neighbours';
import { fluxAppKustomizationNamespace } from './flux/flux-app-chart';
import { LangfuseChart } from './langfuse-chart';
import type { LangfuseChartProps } from './langfuse-chart-props';
import { secretSizeProblem } from './secrets/sops-secret';
import { ExistingFileReader, renderFluxTree, RenderedFile } from './output/flux-tree';
import { parentNamespaceReader } from './output/parent-kustomization';
import { SecretFileEncoder } from './output/secret-file-encoder';
import { checkOutDir, readTreeFile, WriteReport, writeTree } from './output/tree-writer';
import { checkUpgradeSteps } from './upgrade/step-check';
import { UpgradeStep } from './upgrade/upgrade-path';
import { CLICKHOUSE_MIGRATION_NOTE } from './validate/policy-checks';

/** Options of `synthesizeFluxTree`. */
export interface SynthOptions {
  /** One config per Langfuse instance. */
  readonly configs: readonly LangfuseConfig[];
  /** Output root, like `dist`. */
  readonly outDir: string;
  /** Encodes each `*.sops.yaml` file. */
  readonly encoder: SecretFileEncoder;
  /**
   * Take over files at emitted paths that langfuse-cdk8s did not write (see `WriteTreeOptions.adopt`).
   * @default false
   */
  readonly adopt?: boolean;
  /**
   * Write even when the new tree drops a whole Flux app or a stateful object (see `WriteTreeOptions.allowDelete`).
   * @default false
   */
  readonly allowDelete?: boolean;
  /**
   * How long to wait for another synth's lock on `outDir`.
   * @default DEFAULT_LOCK_TIMEOUT_MS (60 s)
   */
  readonly lockTimeoutMs?: number;
  /** Where the configs come from, for error messages. @default 'config' */
  readonly configSource?: string;
}

/** What a synth produced. */
export interface SynthResult {
  readonly app: App;
  readonly charts: readonly LangfuseChart[];
  readonly report: WriteReport;
  /** Changes an operator must act on, like a single-node ClickHouse turning replicated or a config without langfuse_version, and what the writer left in place. */
  readonly warnings: readonly string[];
}

/** Options of `buildApp`. */
export interface BuildAppOptions {
  /**
   * The namespace a namespace folder's kustomization.yaml gives the Kustomizations it lists (see
   * `FluxOptions.parentNamespace`), usually `parentNamespaceReader` over the tree the app is written to.
   * @default - none
   */
  readonly parentNamespace?: (folder: string) => string | undefined;
}

/**
 * Builds the cdk8s app for validated configs: one LangfuseChart per enabled instance, plus
 * its neighbour Flux apps (Dragonfly ACL, Keycloak client, LiteLLM wiring, LLM-connection Job,
 * cross-namespace route) as sibling charts in `app.charts`.
 */
export function buildApp(configs: LangfuseConfig | readonly LangfuseConfig[], app: App = new App(), options: BuildAppOptions = {}): { app: App; charts: LangfuseChart[] } {
  const shared = new SharedNeighbours();
  const charts: LangfuseChart[] = [];
  const list: readonly LangfuseConfig[] = Array.isArray(configs) ? configs : [configs];
  // cert-manager and the ClickHouse operator serve the whole cluster: one Flux app each, whichever instance asks.
  const enabled = list.filter((c) => c.langfuse_enabled);
  const first = (key: 'clickhouse_operator_install' | 'cert_manager_install') => enabled.find((c) => c[key]);
  const flux = (first('clickhouse_operator_install') ?? first('cert_manager_install'));
  if (flux) {
    addClusterPrerequisites(app, {
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
      const converted = toChartProps(config);
      if (!converted) continue;
      const props = options.parentNamespace ? inTreeLayout(converted, config, options.parentNamespace) : converted;
      const chart = new LangfuseChart(app, config.langfuse_instance_name, props);
      addLangfuseNeighbours(app, chart, props, shared);
      charts.push(chart);
    } catch (e) {
      // Constructs reject bad props with a plain Error (a TypeError or the like is a bug)
      if (e instanceof Error && e.constructor === Error) throw new ConfigBuildError(config.langfuse_instance_name, e.message);
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
function inTreeLayout(props: LangfuseChartProps, config: LangfuseConfig, parentNamespace: (folder: string) => string | undefined): LangfuseChartProps {
  const flux = { ...props.flux, parentNamespace };
  const dependency = props.clickhouse.operatorFluxDependency;
  const installed = config.clickhouse_operator_install && dependency
    ? { ...dependency, namespace: fluxAppKustomizationNamespace(flux, config.clickhouse_operator_namespace) ?? dependency.namespace }
    : dependency;
  return { ...props, flux, clickhouse: { ...props.clickhouse, operatorFluxDependency: installed } };
}

/**
 * The Dragonfly ACL Secret collects the users of every instance (its size is known only once all
 * are built): over the Kubernetes limit, it is a config problem of `dragonfly_acl_extra_users`
 * (exit 2), not a failure of the render.
 */
function checkSharedSecretSizes(shared: SharedNeighbours, configs: readonly LangfuseConfig[]): void {
  for (const acl of shared.dragonflyAcls) {
    const problem = secretSizeProblem(acl.secretName, { [DRAGONFLY_ACL_KEY]: acl.aclFile });
    if (!problem) continue;
    const owners = configs.filter((c) => c.langfuse_enabled && c.dragonfly_acl_extra_users.length > 0).map((c) => c.langfuse_instance_name);
    throw new ConfigBuildError(owners.join(', ') || configs[0].langfuse_instance_name, `dragonfly_acl_extra_users: ${problem}; `
      + 'the ACL file holds one line per user with its key, channel and command patterns: list fewer users or patterns');
  }
}

/**
 * Config → construct tree → Flux tree on disk. `outDir` is checked first, and everything is
 * rendered (and encrypted) in memory before the first file is written, so a failure leaves the
 * previous tree untouched; the write itself switches from the complete old tree to the complete
 * new one (see `writeTree`).
 */
export async function synthesizeFluxTree(options: SynthOptions): Promise<SynthResult> {
  checkOutDir(options.outDir);
  const existing = (p: string) => readTreeFile(options.outDir, p);
  // a Kustomization lives where its namespace folder's kustomization puts it, and is named there
  const { app, charts } = buildApp(options.configs, new App(), { parentNamespace: parentNamespaceReader(existing) });
  // The tree on disk records each instance's upgrade stage: a skipped one stops here, before any write.
  const steps = checkUpgradeSteps(charts, options.configs, existing);
  if (steps.problems.length > 0) throw new ConfigError(options.configSource ?? 'config', steps.problems);
  const files = await renderFluxTree(app.charts, options.encoder, existing);
  // A cutover moves to the new cluster on purpose, after the copy was checked.
  const cutovers = charts.filter((c) => c.upgradeStep === UpgradeStep.CUTOVER).map((c) => `${c.appDirectory}/`);
  const changes = clickhouseChanges(files, existing);
  const switches = changes.filter((c) => !cutovers.some((dir) => c.path.startsWith(dir)));
  const warnings = [...configWarnings(options.configs), ...sopsSecretWarnings(app.charts), ...steps.warnings, ...replicationSwitches(changes), ...backendSwitches(switches)];
  const report = writeTree(options.outDir, files, {
    adopt: options.adopt, allowDelete: options.allowDelete, retiredApps: retiredApps(charts), lockTimeoutMs: options.lockTimeoutMs,
  });
  return { app, charts, report, warnings: [...warnings, ...report.warnings] };
}

/**
 * The Flux apps the configs retire on purpose and that hold no data (see
 * `WriteTreeOptions.retiredApps`): at cleanup, each instance's ClickHouse migration app (its
 * Jobs), a sibling of the instance's own app folder.
 */
export function retiredApps(charts: readonly LangfuseChart[]): string[] {
  return charts.filter((c) => c.clickhouseStores.migration === ClickHouseMigrationStage.CLEANUP)
    .map((c) => `${path.posix.dirname(c.appDirectory)}/${clickhouseApps(c.appName).migration}/ks.yaml`);
}

/** The `clickhouse` values of a Langfuse HelmRelease before (on disk) and after this synth. */
export interface ClickhouseValuesChange {
  readonly path: string;
  readonly before: Record<string, unknown> | undefined;
  readonly after: Record<string, unknown> | undefined;
}

/**
 * The HelmRelease files whose content changes against the tree on disk, with their ClickHouse
 * values parsed once (an unchanged file cannot switch anything, so it is not parsed at all).
 */
export function clickhouseChanges(files: readonly RenderedFile[], existing: ExistingFileReader): ClickhouseValuesChange[] {
  const values = (text: string) => parse(text)?.spec?.values?.clickhouse as Record<string, unknown> | undefined;
  return files.filter((f) => f.path.endsWith('/app/helmrelease.yaml')).flatMap((f) => {
    const before = existing(f.path);
    return before === undefined || before === f.content ? [] : [{ path: f.path, before: values(before), after: values(f.content) }];
  });
}

const bundled = (clickhouse: Record<string, unknown> | undefined) => clickhouse !== undefined && clickhouse.deploy !== false;

/**
 * HelmReleases whose bundled ClickHouse goes from a single node to cluster mode compared with the
 * tree on disk: the existing tables are not replicated, so the switch needs a data migration.
 */
export function clickhouseReplicationSwitches(files: readonly RenderedFile[], existing: ExistingFileReader): string[] {
  return replicationSwitches(clickhouseChanges(files, existing));
}

function replicationSwitches(changes: readonly ClickhouseValuesChange[]): string[] {
  const clustered = (clickhouse: Record<string, unknown> | undefined) => bundled(clickhouse) && clickhouse!.clusterEnabled === true;
  return changes.filter((c) => !clustered(c.before) && clustered(c.after))
    .map((c) => `${c.path}: ClickHouse switches from a single node to replicated: ${CLICKHOUSE_MIGRATION_NOTE}`);
}

/**
 * HelmReleases that move from the chart's bundled ClickHouse to another one compared with the tree
 * on disk: Langfuse then starts on an empty database, while the old data stays on the old volumes.
 */
export function clickhouseBackendSwitches(files: readonly RenderedFile[], existing: ExistingFileReader): string[] {
  return backendSwitches(clickhouseChanges(files, existing));
}

function backendSwitches(changes: readonly ClickhouseValuesChange[]): string[] {
  return changes.filter((c) => bundled(c.before) && c.after !== undefined && !bundled(c.after))
    .map((c) => `${c.path}: Langfuse moves from the bundled ClickHouse to ${String(c.after!.host)}, a new and empty database: `
      + 'existing traces stay on the bundled ClickHouse\'s volumes and are not copied; use the staged upgrade to keep them');
}
