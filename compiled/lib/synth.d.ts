import { App } from 'cdk8s';
import type { LangfuseConfig } from './config/langfuse-config';
import { LangfuseChart } from './langfuse-chart';
import { ExistingFileReader, RenderedFile } from './output/flux-tree';
import { SecretFileEncoder } from './output/secret-file-encoder';
import { WriteReport } from './output/tree-writer';
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
export declare function buildApp(configs: LangfuseConfig | readonly LangfuseConfig[], app?: App, options?: BuildAppOptions): {
    app: App;
    charts: LangfuseChart[];
};
/**
 * Config → construct tree → Flux tree on disk. `outDir` is checked first, and everything is
 * rendered (and encrypted) in memory before the first file is written, so a failure leaves the
 * previous tree untouched; the write itself switches from the complete old tree to the complete
 * new one (see `writeTree`).
 */
export declare function synthesizeFluxTree(options: SynthOptions): Promise<SynthResult>;
/**
 * The Flux apps the configs retire on purpose and that hold no data (see
 * `WriteTreeOptions.retiredApps`): at cleanup, each instance's ClickHouse migration app (its
 * Jobs), a sibling of the instance's own app folder.
 */
export declare function retiredApps(charts: readonly LangfuseChart[]): string[];
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
export declare function clickhouseChanges(files: readonly RenderedFile[], existing: ExistingFileReader): ClickhouseValuesChange[];
/**
 * HelmReleases whose bundled ClickHouse goes from a single node to cluster mode compared with the
 * tree on disk: the existing tables are not replicated, so the switch needs a data migration.
 */
export declare function clickhouseReplicationSwitches(files: readonly RenderedFile[], existing: ExistingFileReader): string[];
/**
 * HelmReleases that move from the chart's bundled ClickHouse to another one compared with the tree
 * on disk: Langfuse then starts on an empty database, while the old data stays on the old volumes.
 */
export declare function clickhouseBackendSwitches(files: readonly RenderedFile[], existing: ExistingFileReader): string[];
