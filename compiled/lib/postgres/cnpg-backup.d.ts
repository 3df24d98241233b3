import { Construct } from 'constructs';
import { ObjectStore } from '../../imports/barmancloud.cnpg.io';
import { ClusterSpecBackup, ClusterSpecEnv, ClusterSpecPlugins, ScheduledBackup } from '../../imports/postgresql.cnpg.io';
import { PostgresBackupLocation } from '../backup/backup-location';
/** Name under which the Barman Cloud plugin registers with CloudNativePG. */
export declare const BARMAN_CLOUD_PLUGIN_NAME = "barman-cloud.cloudnative-pg.io";
/** The Flux Kustomization that installs the Barman Cloud plugin, by default. */
export declare const BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY: {
    readonly name: "barman-cloud";
    readonly namespace: "cnpg-system";
};
/**
 * boto3 >= 1.36 (inside barman-cloud) sends and checks CRC checksums that RustFS and other
 * S3-compatible stores reject; "when_required" restores the old behaviour.
 */
export declare const S3_CHECKSUM_WORKAROUND_ENV: readonly {
    readonly name: string;
    readonly value: string;
}[];
/** How base backups and WAL reach the object store. Create one with a static factory. */
export declare class CnpgBackupMethod {
    readonly kind: 'plugin' | 'barmanObjectStore';
    /**
     * The Barman Cloud CNPG-I plugin (CloudNativePG >= 1.26): an `ObjectStore`, the plugin as the
     * cluster's WAL archiver and `ScheduledBackup` method `plugin`. Works with every image flavour.
     * @see https://cloudnative-pg.io/plugin-barman-cloud/docs/usage/
     */
    static plugin(): CnpgBackupMethod;
    /**
     * The in-tree `spec.backup.barmanObjectStore` (deprecated since CloudNativePG 1.26), for clusters
     * without the plugin. barman-cloud then runs inside the Postgres container: the image must ship it
     * (the `system` images do, `minimal` and `standard` do not).
     * @see https://cloudnative-pg.io/documentation/current/appendixes/backup_barmanobjectstore/
     */
    static barmanObjectStore(): CnpgBackupMethod;
    private constructor();
}
/** Props of `CnpgBackup`. */
export interface CnpgBackupProps {
    /** The CloudNativePG cluster backed up. */
    readonly clusterName: string;
    readonly namespace: string;
    /** In-cluster S3 endpoint URL, like `http://rustfs-svc.storage.svc.cluster.local:9000`. */
    readonly endpointUrl: string;
    /** Secret with the keys `ACCESS_KEY_ID` and `SECRET_ACCESS_KEY`. */
    readonly credentialsSecretName: string;
    /** @default 's3://langfuse-postgres-backups' */
    readonly destinationPath?: string;
    /** Barman retention policy, like `7d`, `4w` or `3m`. @default '7d' */
    readonly retention?: string;
    /**
     * When base backups run: a CloudNativePG cron expression with seconds first.
     * @default '0 0 3 * * *' (daily at 03:00)
     */
    readonly schedule?: string;
    /** @default CnpgBackupMethod.plugin() */
    readonly method?: CnpgBackupMethod;
    /** Name of the plugin's ObjectStore. @default `<clusterName>-objectstore` */
    readonly objectStoreName?: string;
    /** Name of the ScheduledBackup. @default `<clusterName>-daily` */
    readonly scheduledBackupName?: string;
    /**
     * The folder under `destinationPath` that base backups and WAL go to (Barman's server name): a
     * cluster restored from another's backups must write to a folder of its own.
     * @default - the cluster name (Barman's default)
     */
    readonly serverName?: string;
}
/**
 * Restorable backups for a CloudNativePG cluster: continuous WAL archiving to S3 *and* a
 * `ScheduledBackup`, so that a base backup exists (WAL alone cannot be restored). The first base
 * backup starts as soon as the ScheduledBackup is created (`immediate`), not at the first schedule.
 *
 * The cluster itself needs the parts this construct exposes: pass `clusterPlugins`, `clusterBackup`
 * and `clusterEnv` to the `CnpgCluster`.
 */
export declare class CnpgBackup extends Construct {
    readonly method: CnpgBackupMethod;
    /** Where this cluster's base backups and WAL go. */
    readonly location: PostgresBackupLocation;
    /** When base backups run (CloudNativePG cron, seconds first). */
    readonly schedule: string;
    readonly scheduledBackup: ScheduledBackup;
    /** The plugin's ObjectStore; undefined for the in-tree method. */
    readonly objectStore?: ObjectStore;
    /** `Cluster.spec.plugins` (the plugin as WAL archiver); undefined for the in-tree method. */
    readonly clusterPlugins?: ClusterSpecPlugins[];
    /** `Cluster.spec.backup` (in-tree barmanObjectStore); undefined for the plugin. */
    readonly clusterBackup?: ClusterSpecBackup;
    /** `Cluster.spec.env` (the S3 checksum workaround for in-tree barman-cloud); undefined for the plugin. */
    readonly clusterEnv?: ClusterSpecEnv[];
    constructor(scope: Construct, id: string, props: CnpgBackupProps);
}
