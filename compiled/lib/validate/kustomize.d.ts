/**
 * The result of {@link kustomizeBuild}.
 */
export interface KustomizeBuildResult {
    /** Whether `kubectl kustomize` exited with status 0. */
    readonly ok: boolean;
    /** The rendered manifests (stdout). */
    readonly output: string;
    /** Why the build failed (stderr, or the spawn error), when it did. */
    readonly error?: string;
}
/**
 * Whether `kubectl` can be run (`kubectl version --client` succeeds). Checked once per process.
 */
export declare function kubectlAvailable(): boolean;
/**
 * Renders a kustomization with `kubectl kustomize <dir>`, the same build that Flux's
 * kustomize-controller performs, without a cluster.
 *
 * @param dir the folder holding `kustomization.yaml`
 */
export declare function kustomizeBuild(dir: string): KustomizeBuildResult;
