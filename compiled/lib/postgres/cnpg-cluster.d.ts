import { Construct } from 'constructs';
import { Cluster, ClusterSpecBackup, ClusterSpecBootstrapRecovery, ClusterSpecEnv, ClusterSpecExternalClusters, ClusterSpecPlugins } from '../../imports/postgresql.cnpg.io';
/** Props of `CnpgCluster`. */
export interface CnpgClusterProps {
    /** Cluster name; CloudNativePG names its Services `<name>-rw`, `<name>-ro`, `<name>-r`. */
    readonly name: string;
    readonly namespace: string;
    /** Database created at bootstrap and managed declaratively. */
    readonly database: string;
    /** Owner role of the database, managed with its password from `credentialsSecretName`. */
    readonly owner: string;
    /**
     * A `kubernetes.io/basic-auth` Secret with the owner's username and password. Label it
     * `cnpg.io/reload: "true"` so password changes are applied without a restart.
     */
    readonly credentialsSecretName: string;
    /** @default 1 */
    readonly instances?: number;
    /** @default '10Gi' */
    readonly storageSize?: string;
    /** @default 'local-path' */
    readonly storageClass?: string;
    /** A pinned image. @default 'ghcr.io/cloudnative-pg/postgresql:18.1-standard-trixie' */
    readonly imageName?: string;
    /** @default 'system-cluster-critical' */
    readonly priorityClassName?: string;
    /** @default - labels `app.kubernetes.io/name: <name>` and `app.kubernetes.io/part-of: langfuse` */
    readonly labels?: Readonly<Record<string, string>>;
    /** CNPG-I plugins, such as the Barman Cloud plugin as WAL archiver (see `CnpgBackup.clusterPlugins`). @default - none */
    readonly plugins?: readonly ClusterSpecPlugins[];
    /** In-tree backup configuration (see `CnpgBackup.clusterBackup`). @default - none */
    readonly backup?: ClusterSpecBackup;
    /** Extra environment of the instance pods (see `CnpgBackup.clusterEnv`). @default - none */
    readonly env?: readonly ClusterSpecEnv[];
    /**
     * Create the cluster by recovery from a backup instead of `initdb` (see `CnpgRecovery.bootstrap`);
     * CloudNativePG reads it only when it creates the Cluster.
     * @default - a new, empty database (initdb)
     */
    readonly recovery?: ClusterSpecBootstrapRecovery;
    /** External clusters, such as a recovery source (see `CnpgRecovery.externalClusters`). @default - none */
    readonly externalClusters?: readonly ClusterSpecExternalClusters[];
    /**
     * metadata.name of the `Database` object (the reference deployment names it `langfuse-db-langfuse`).
     * @default `<name>-<database>`
     */
    readonly databaseObjectName?: string;
}
/**
 * A CloudNativePG `Cluster` and its `Database`, on UTC (Langfuse requires it), with the owner as a
 * managed role so that password rotation through the Secret works, and pod anti-affinity when
 * there is more than one instance.
 * @see https://cloudnative-pg.io/documentation/current/
 */
export declare class CnpgCluster extends Construct {
    readonly name: string;
    readonly namespace: string;
    /** Read-write Service host. */
    readonly rwHost: string;
    readonly port = 5432;
    /** Pod label every instance carries. */
    readonly podSelector: Readonly<Record<string, string>>;
    readonly cluster: Cluster;
    constructor(scope: Construct, id: string, props: CnpgClusterProps);
}
