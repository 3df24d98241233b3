import { Chart } from 'cdk8s';
import { SecretFileEncoder } from './secret-file-encoder';
/** A chart that is written as one Flux app folder (ks.yaml + app/). */
export interface IFluxApp {
    /** Folder relative to the output root, like `kubernetes/apps/ai-system/langfuse`. */
    readonly appDirectory: string;
}
/** Whether a chart is a Flux app. */
export declare function isFluxApp(chart: Chart): chart is Chart & IFluxApp;
/** One file of the Flux tree. */
export interface RenderedFile {
    /** Path relative to the output root, with "/" separators. */
    readonly path: string;
    readonly content: string;
}
/** Reads a file of the current tree, for stable re-encryption. */
export type ExistingFileReader = (path: string) => string | undefined;
/**
 * Renders every chart, each a Flux app, to files, in memory: nothing touches the disk, so a
 * failure here leaves the previous tree as it was. A chart that is not a Flux app has no folder to
 * go to; it is an error rather than left out, since Flux would never apply its objects.
 */
export declare function renderFluxTree(charts: readonly Chart[], encoder: SecretFileEncoder, existing: ExistingFileReader): Promise<RenderedFile[]>;
/** The kustomize `kustomization.yaml` listing exactly the emitted files (plain YAML, not a Kubernetes object). */
export declare function kustomizationYaml(files: readonly string[]): string;
