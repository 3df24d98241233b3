import { Construct } from 'constructs';
import { ObjectStore } from '../../imports/barmancloud.cnpg.io';
import { ClusterSpecBootstrapRecovery, ClusterSpecExternalClusters } from '../../imports/postgresql.cnpg.io';
import { PostgresBackupLocation } from '../backup/backup-location';
import { CnpgBackupMethod } from './cnpg-backup';
/** The name of the external cluster a recovery reads from. */
export declare const RECOVERY_SOURCE_NAME = "recovery-source";
/** What is wrong with a recovery target time, or undefined for a real RFC 3339 instant. */
export declare function targetTimeProblem(value: string): string | undefined;
/** Props of `CnpgRecovery`. */
export interface CnpgRecoveryProps {
    /** The cluster being created by recovery. */
    readonly clusterName: string;
    readonly namespace: string;
    /** The backups to recover from: another cluster's (or this cluster's previous life's) folder. */
    readonly source: PostgresBackupLocation;
    /** Where the new cluster's own backups go (`CnpgBackup.location`); must not be `source`. */
    readonly newBackups: PostgresBackupLocation;
    /** How the source was backed up, and how it is read. */
    readonly method: CnpgBackupMethod;
    /** In-cluster S3 endpoint of the source. */
    readonly endpointUrl: string;
    /** Secret with the keys `ACCESS_KEY_ID` and `SECRET_ACCESS_KEY` that can read the source. */
    readonly credentialsSecretName: string;
    /**
     * Point in time to stop replaying WAL at, RFC 3339. Recovery picks the newest base backup
     * completed before it; PostgreSQL fails the recovery when no transaction follows it in the WAL.
     * @default - replay all archived WAL (the latest state)
     */
    readonly targetTime?: string;
    /** The application database and its owner, re-applied after recovery with the password of `secretName`. */
    readonly database: string;
    readonly owner: string;
    readonly secretName: string;
    /** Name of the read-only ObjectStore of the source (plugin method). @default `<clusterName>-recovery-objectstore` */
    readonly objectStoreName?: string;
}
/**
 * The recovery of a CloudNativePG cluster from a Barman Cloud backup: `bootstrap.recovery` from an
 * external cluster that points at the source folder, through the Barman Cloud plugin (an
 * `ObjectStore` of its own, read only: it has no retention policy, so nothing ever deletes the
 * source's backups through it) or the in-tree `barmanObjectStore`, to match the backup method.
 * Pass `bootstrap` and `externalClusters` to the `CnpgCluster`.
 *
 * CloudNativePG reads `bootstrap` only when it creates the Cluster: on a Cluster that exists the
 * recovery is ignored (recovery is never in place; the old Cluster and its volumes must be gone).
 * The new cluster's backups must go to another folder than the source: a cluster archiving into
 * the folder it recovers from would mix two timelines there (CloudNativePG's WAL archive check
 * stops it, "Expected empty archive"), and its retention would delete the source's backups. The
 * constructor refuses a `newBackups` equal to `source`.
 * @see https://cloudnative-pg.io/documentation/current/recovery/
 * @see https://cloudnative-pg.io/plugin-barman-cloud/docs/usage/#restoring-a-cluster
 */
export declare class CnpgRecovery extends Construct {
    readonly source: PostgresBackupLocation;
    readonly targetTime?: string;
    /** `Cluster.spec.bootstrap.recovery`. */
    readonly bootstrap: ClusterSpecBootstrapRecovery;
    /** `Cluster.spec.externalClusters`. */
    readonly externalClusters: ClusterSpecExternalClusters[];
    /** The source's read-only ObjectStore; undefined for the in-tree method. */
    readonly objectStore?: ObjectStore;
    constructor(scope: Construct, id: string, props: CnpgRecoveryProps);
}
