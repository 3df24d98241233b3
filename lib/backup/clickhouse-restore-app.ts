import { Construct } from 'constructs';
import { AppNamespace } from '../app-namespace';
import { ClickHouseCluster, ClickHouseClusterProps } from '../clickhouse/clickhouse-cluster';
import { FluxAppChart } from '../flux/flux-app-chart';
import type { KustomizationDependency } from '../flux/flux-kustomization';
import type { FluxOptions } from '../langfuse-chart-props';
import { SopsSecret } from '../secrets/sops-secret';
import type { S3Credentials } from '../settings/derive';
import type { ClickHouseBackupLocation } from './backup-location';
import { operatorBackupTarget } from './clickhouse-backup-target';
import { ClickHouseRestore } from './clickhouse-restore';

/** The Flux app of an instance's ClickHouse restore. */
export const clickhouseRestoreAppName = (instanceName: string) => `${instanceName}-clickhouse-restore`;

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
  readonly cluster: ClickHouseClusterProps & { readonly name: string };
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
export class ClickHouseRestoreApp extends FluxAppChart {
  public readonly analytics: ClickHouseCluster;
  public readonly restore: ClickHouseRestore;

  constructor(scope: Construct, id: string, props: ClickHouseRestoreAppProps) {
    const restoreHealth = ClickHouseRestore.healthChecks(props.jobName, props.namespace);
    const clusterHealth = ClickHouseCluster.healthChecks(props.cluster.name, props.namespace);
    super(scope, id, {
      appName: clickhouseRestoreAppName(props.instanceName),
      namespace: props.namespace,
      flux: props.flux,
      dependsOn: props.dependsOn,
      healthChecks: [...clusterHealth.targets, restoreHealth.target],
      healthCheckExprs: [...clusterHealth.expressions, restoreHealth.expression],
    });
    new AppNamespace(this, 'Namespace', { name: props.namespace });
    new SopsSecret(this, 'ClickHousePassword', {
      name: props.cluster.passwordSecret.name,
      namespace: props.namespace,
      annotations: { 'kustomize.toolkit.fluxcd.io/prune': 'disabled' },
      stringData: { [props.cluster.passwordSecret.key]: props.clickhousePassword },
    });
    const credentials = new SopsSecret(this, 'RestoreCredentials', {
      name: `${props.jobName}-credentials`,
      namespace: props.namespace,
      stringData: { ACCESS_KEY_ID: props.backupCredentials.accessKey, SECRET_ACCESS_KEY: props.backupCredentials.secretKey },
    });
    this.analytics = new ClickHouseCluster(this, 'ClickHouse', props.cluster);
    this.restore = new ClickHouseRestore(this, 'Restore', {
      name: props.jobName,
      namespace: props.namespace,
      target: operatorBackupTarget(this.analytics, props.cluster.image),
      location: props.location,
      region: props.region,
      restoreFrom: props.restoreFrom,
      credentialsSecretName: credentials.name,
    });
  }
}
