import { Construct } from 'constructs';
import { ClickHouseCluster, ClickHouseClusterProps } from '../clickhouse/clickhouse-cluster';
import { FluxAppChart } from '../flux/flux-app-chart';
import type { KustomizationDependency } from '../flux/flux-kustomization';
import type { FluxOptions } from '../langfuse-chart-props';
import type { S3Credentials } from '../settings/derive';
import type { ClickHouseBackupLocation } from './backup-location';
import { ClickHouseRestore } from './clickhouse-restore';
/** The Flux app of an instance's ClickHouse restore. */
export declare const clickhouseRestoreAppName: (instanceName: string) => string;
/** Props of `ClickHouseRestoreApp`. */
export interface ClickHouseRestoreAppProps {
    /** The Langfuse instance's name (the app is `<instance>-clickhouse-restore`). */
    readonly instanceName: string;
    /** The Langfuse namespace. */
    readonly namespace: string;
    /** @default - GitRepository flux-system, apps under kubernetes/apps */
    readonly flux?: FluxOptions;
    /** The ClickHouse operator's Kustomization (its CRDs and webhook). */
    readonly dependsOn: readonly KustomizationDependency[];
    /** The operator's cluster, as the Langfuse app would emit it. */
    readonly cluster: ClickHouseClusterProps & {
        readonly name: string;
    };
    /** Password of the ClickHouse user `default`, for the Secret `cluster.passwordSecret`. */
    readonly clickhousePassword: string;
    /** Credentials that can read the backup folder. */
    readonly backupCredentials: S3Credentials;
    readonly location: ClickHouseBackupLocation;
    /** @default 'us-east-1' */
    readonly region?: string;
    /** `latest` or a backup folder name. */
    readonly restoreFrom: string;
    /** Name of the restore Job and its credentials Secret. */
    readonly jobName: string;
}
/**
 * A new instance's ClickHouse, restored before Langfuse first starts: a Flux app, ahead of the
 * Langfuse app (which depends on it), holding the namespace, the operator's KeeperCluster and
 * ClickHouseCluster with their password Secret, and the `ClickHouseRestore` Job. Flux counts the
 * app Ready once both clusters are Ready and the Job completed, so Langfuse's first start (which
 * runs its ClickHouse migrations) finds the restored tables.
 *
 * The namespace, the clusters and the password Secret are emitted here instead of in the Langfuse
 * app while the restore is configured, each protected from prune: when the restore settings are
 * removed and this app goes, Flux deletes only the Job and its credentials, and the Langfuse app
 * takes the rest over unchanged.
 */
export declare class ClickHouseRestoreApp extends FluxAppChart {
    readonly analytics: ClickHouseCluster;
    readonly restore: ClickHouseRestore;
    constructor(scope: Construct, id: string, props: ClickHouseRestoreAppProps);
}
