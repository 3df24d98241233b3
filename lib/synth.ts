import { App } from 'cdk8s';
import { parse } from 'yaml';
import { ConfigBuildError } from './config/errors';
import { LangfuseConfig } from './config/schema';
import { toChartProps } from './config/to-props';
import { addLangfuseNeighbours, SharedNeighbours } from './integrations/langfuse-neighbours';
import { LangfuseChart } from './langfuse-chart';
import { ExistingFileReader, renderFluxTree, RenderedFile } from './output/flux-tree';
import { SecretFileEncoder } from './output/secret-file-encoder';
import { readTreeFile, WriteReport, writeTree } from './output/tree-writer';
import { CLICKHOUSE_MIGRATION_NOTE } from './validate/policy-checks';

/** Options of `synthesizeFluxTree`. */
export interface SynthOptions {
  /** One config per Langfuse instance. */
  readonly configs: readonly LangfuseConfig[];
  /** Output root, like `dist`. */
  readonly outDir: string;
  /** Encodes each `*.sops.yaml` file. */
  readonly encoder: SecretFileEncoder;
}

/** What a synth produced. */
export interface SynthResult {
  readonly app: App;
  readonly charts: readonly LangfuseChart[];
  readonly report: WriteReport;
  /** Changes an operator must act on, like a single-node ClickHouse turning replicated. */
  readonly warnings: readonly string[];
}

/**
 * Builds the cdk8s app for validated configs: one LangfuseChart per enabled instance, plus
 * its neighbour Flux apps (Dragonfly ACL, Keycloak client, LiteLLM wiring, LLM-connection Job,
 * cross-namespace route) as sibling charts in `app.charts`.
 */
export function buildApp(configs: LangfuseConfig | readonly LangfuseConfig[], app: App = new App()): { app: App; charts: LangfuseChart[] } {
  const shared = new SharedNeighbours();
  const charts: LangfuseChart[] = [];
  for (const config of Array.isArray(configs) ? configs : [configs]) {
    try {
      const props = toChartProps(config);
      if (!props) continue;
      const chart = new LangfuseChart(app, config.langfuse_instance_name, props);
      addLangfuseNeighbours(app, chart, props, shared);
      charts.push(chart);
    } catch (e) {
      // Constructs reject bad props with a plain Error (a TypeError or the like is a bug)
      if (e instanceof Error && e.constructor === Error) throw new ConfigBuildError(config.langfuse_instance_name, e.message);
      throw e;
    }
  }
  return { app, charts };
}

/**
 * Config → construct tree → Flux tree on disk. Everything is rendered (and encrypted) in memory
 * before the first file is written, so a failure leaves the previous tree untouched.
 */
export async function synthesizeFluxTree(options: SynthOptions): Promise<SynthResult> {
  const { app, charts } = buildApp(options.configs);
  const files = await renderFluxTree(app.charts, options.encoder, (p) => readTreeFile(options.outDir, p));
  const warnings = clickhouseReplicationSwitches(files, (p) => readTreeFile(options.outDir, p));
  const report = writeTree(options.outDir, files);
  return { app, charts, report, warnings };
}

/**
 * HelmReleases whose bundled ClickHouse goes from a single node to cluster mode compared with the
 * tree on disk: the existing tables are not replicated, so the switch needs a data migration.
 */
export function clickhouseReplicationSwitches(files: readonly RenderedFile[], existing: ExistingFileReader): string[] {
  const clusterEnabled = (text: string | undefined) => text !== undefined && parse(text)?.spec?.values?.clickhouse?.clusterEnabled === true;
  return files
    .filter((f) => f.path.endsWith('/app/helmrelease.yaml'))
    .filter((f) => existing(f.path) !== undefined && !clusterEnabled(existing(f.path)) && clusterEnabled(f.content))
    .map((f) => `${f.path}: ClickHouse switches from a single node to replicated: ${CLICKHOUSE_MIGRATION_NOTE}`);
}
