import { Construct } from 'constructs';
import { ClickHouseCluster as RawClickHouseCluster, KeeperCluster as RawKeeperCluster } from '../../imports/clickhouse.com';
import { HealthCheckExpression, HealthCheckTarget } from '../flux/flux-kustomization';
import { ExternalClickHouse, SecretKeySelector } from './clickhouse-connection';
/** The name of the operator's cluster by default; never the chart's `langfuse`, whose Bitnami objects are `langfuse-clickhouse*`. */
export declare const DEFAULT_ANALYTICS_CLUSTER_NAME = "langfuse-analytics";
/** Props of `ClickHouseCluster`. */
export interface ClickHouseClusterProps {
    /**
     * Name of both custom resources (the operator prefixes its objects with `<name>-clickhouse` and
     * `<name>-keeper`).
     * @default DEFAULT_ANALYTICS_CLUSTER_NAME
     */
    readonly name?: string;
    readonly namespace: string;
    /** The Secret key with the password of the user `default` (`settings.defaultUserPassword`). */
    readonly passwordSecret: SecretKeySelector;
    /** Pinned server image, `repository:tag` or `repository@sha256:...`. @default CLICKHOUSE_SERVER_IMAGE */
    readonly image?: string;
    /** Pinned Keeper image. @default CLICKHOUSE_KEEPER_IMAGE */
    readonly keeperImage?: string;
    /** ClickHouse replicas of the single shard. @default 1 */
    readonly replicas?: number;
    /** Keeper replicas: 1, 3 or 5 (a quorum needs an odd number). @default 1 */
    readonly keeperReplicas?: number;
    /** Data volume of each server replica. @default '20Gi' */
    readonly storageSize?: string;
    /** Volume of each Keeper replica. @default '10Gi' */
    readonly keeperStorageSize?: string;
    /** Storage class of every volume. @default 'local-path' */
    readonly storageClass?: string;
    /** @default '500m' */
    readonly cpuRequest?: string;
    /**
     * The operator fills a missing CPU limit with 1 core, which caps ClickHouse (and makes a larger
     * request invalid), so a limit is always set.
     * @default - the larger of `cpuRequest` and 2 cores
     */
    readonly cpuLimit?: string;
    /** @default '2Gi' */
    readonly memoryRequest?: string;
    /** @default '4Gi' */
    readonly memoryLimit?: string;
}
/**
 * Langfuse's analytics store under the ClickHouse operator: a `KeeperCluster` and a
 * `ClickHouseCluster` (one shard) with pinned images, volumes on the given storage class, the
 * default user's password from an existing Secret, and pod anti-affinity plus topology spread
 * across nodes when replicated. Both resources are protected from Flux prune.
 *
 * Database sync stays on, as the operator requires for replicas it adds later; it makes the
 * operator turn the `default` database into a `Replicated` one on every reconcile and DROP a
 * non-Replicated `default` even when it has tables (internal/controller/clickhouse/commands.go
 * EnsureDefaultDatabaseEngine). So never point it at volumes that hold data, and create
 * Langfuse's schema only once it is Ready (the Flux health check below).
 *
 * The pods run without the capabilities the operator adds by default (IPC_LOCK, PERFMON,
 * SYS_PTRACE), which the namespace's `baseline` Pod Security level rejects.
 * @see https://github.com/ClickHouse/clickhouse-operator
 */
export declare class ClickHouseCluster extends Construct {
    /** Flux health checks of a cluster named `name` (Ready condition of both resources). */
    static healthChecks(name: string, namespace: string): {
        targets: HealthCheckTarget[];
        expressions: HealthCheckExpression[];
    };
    readonly name: string;
    readonly namespace: string;
    readonly replicas: number;
    readonly keeperReplicas: number;
    /** The pinned server image (its `clickhouse-client` serves Jobs that talk to this cluster). */
    readonly image: string;
    /** The headless Service of the servers, `<name>-clickhouse-headless` (the only Service the operator creates). */
    readonly headlessService: string;
    /** Its cluster DNS name. */
    readonly host: string;
    readonly httpPort: 8123;
    readonly nativePort: 9000;
    readonly passwordSecret: SecretKeySelector;
    /** Labels of every server pod. */
    readonly podLabels: Readonly<Record<string, string>>;
    /** A selector of the server pods. */
    readonly podSelector: Readonly<Record<string, string>>;
    /** Labels of every Keeper pod. */
    readonly keeperPodLabels: Readonly<Record<string, string>>;
    /** A selector of the Keeper pods. */
    readonly keeperPodSelector: Readonly<Record<string, string>>;
    /** The first server pod, for `kubectl exec`. */
    readonly firstPod: string;
    /** The first server pod's DNS name under the headless Service (the operator's `HostnameByID`). */
    readonly firstPodHost: string;
    /** How the Langfuse release reaches this cluster. */
    readonly connection: ExternalClickHouse;
    readonly keeper: RawKeeperCluster;
    readonly cluster: RawClickHouseCluster;
    constructor(scope: Construct, id: string, props: ClickHouseClusterProps);
}
