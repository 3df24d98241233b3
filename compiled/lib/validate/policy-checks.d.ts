import { TreeFinding } from './tree-finding';
import { TreeDocument } from './tree-files';
/**
 * Policy checks on the documents of an emitted tree that no schema states: Secrets only in SOPS
 * form, resource requests on every workload, pinned images and chart versions.
 */
type Finding = Omit<TreeFinding, 'file' | 'document'>;
/** An exact semantic version, as Flux needs to pin a chart (no range, no "*"). */
export declare const EXACT_SEMVER: RegExp;
/** Why an image reference is not pinned, or undefined when it has a tag (not latest) or a digest. */
export declare function imagePinProblem(image: string): string | undefined;
/** Secrets must be in SOPS form: a `sops` block with a MAC, and every data value `ENC[...]`. */
export declare function checkSecretEncrypted(doc: Record<string, any>): Finding[];
/** Workloads must request CPU and memory for every container. */
export declare function checkWorkloadRequests(doc: Record<string, any>): Finding[];
/**
 * Every image reference pinned (a tag other than latest, or a digest), every HelmRelease chart
 * version exact; `chartRefs` resolves `spec.chartRef` to the OCIRepository in the tree.
 */
export declare function checkPinned(doc: Record<string, any>, ociRepositories: ReadonlyMap<string, Record<string, any>>): Finding[];
/** The OCIRepositories of a tree by `namespace/name`, for chartRef lookups. */
export declare function ociRepositoriesOf(documents: readonly TreeDocument[]): Map<string, Record<string, any>>;
/** Why moving a single-node ClickHouse to cluster mode needs care. */
export declare const CLICKHOUSE_MIGRATION_NOTE: string;
/** The warning every replicated ClickHouse gets: moving to it from a single node loses data. */
export declare const CLICKHOUSE_REPLICATION_WARNING = "replicated ClickHouse (cluster mode): if this release ran a single-node ClickHouse before, switching needs a data migration (the existing tables are not replicated, and Langfuse's clustered migrations do not convert them); migrate the data or start from an empty ClickHouse";
/** A warning on a Langfuse HelmRelease whose bundled ClickHouse runs in cluster mode. */
export declare function checkClickhouseCluster(doc: Record<string, any>): Finding[];
/** Policy findings of one document, with its file and label filled in. */
export declare function policyFindings(doc: TreeDocument, ociRepositories: ReadonlyMap<string, Record<string, any>>): TreeFinding[];
export {};
