import { TreeCheck, TreeFinding } from './tree-finding';
/** Options of {@link validateTree}. */
export interface ValidateTreeOptions {
    /**
     * Checks not to run, for example `secret-in-clear` for a plaintext tree of a local experiment.
     * @default - none
     */
    readonly skip?: readonly TreeCheck[];
    /**
     * The folder of the schemas and chart keys that `npm run import` derives. When a file is missing
     * there, the schema or chart-values check reports an error instead of running.
     * @default - the package's own imports/schemas
     */
    readonly schemasDir?: string;
    /**
     * Whether `kubectl kustomize` can run.
     * @default kubectlAvailable()
     */
    readonly kubectl?: boolean;
}
/** What {@link validateTree} found. */
export interface TreeValidation {
    /** Every finding, sorted. */
    readonly findings: readonly TreeFinding[];
    /** How many YAML files and documents were read. */
    readonly files: number;
    readonly documents: number;
    /** How many findings are errors. */
    readonly errors: number;
}
/**
 * Checks an emitted Flux tree without a cluster: each document against its CRD or Kubernetes
 * schema, Langfuse HelmRelease values against the pinned chart's keys, `kubectl kustomize` of each
 * folder with a kustomization.yaml (when kubectl is there), Flux paths and dependencies, Secrets
 * only in SOPS form, resource requests and pinned images and chart versions.
 *
 * @param dir the tree root, like `dist`
 */
export declare function validateTree(dir: string, options?: ValidateTreeOptions): TreeValidation;
