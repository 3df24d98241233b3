import { Construct } from 'constructs';
import { FluxAppChart } from '../flux/flux-app-chart';
import type { KustomizationDependency } from '../flux/flux-kustomization';
import type { FluxOptions } from '../langfuse-chart-props';
import { SopsSecret } from '../secrets/sops-secret';
import type { S3Credentials } from '../settings/derive';
import type { ClickHouseBackupLocation } from './backup-location';
import type { ClickHouseBackupTarget } from './clickhouse-backup-target';
import { ClickHouseRestore } from './clickhouse-restore';

/** Props of `ClickHouseRestoreApp`. */
export interface ClickHouseRestoreAppProps {
  /** The Flux app (folder and Kustomization) name, like `langfuse-clickhouse-restore` (see `clickhouseApps`). */
  readonly appName: string;
  /** The Langfuse namespace, which the analytics app creates. */
  readonly namespace: string;
  /** @default - GitRepository flux-system, apps under kubernetes/apps */
  readonly flux?: FluxOptions;
  /**
   * The Flux app that brings up the ClickHouse the Job restores into, which the Job starts after:
   * the analytics app (`LangfuseAnalyticsChart`, Ready once both clusters are) for the operator's
   * cluster, the Langfuse app (Ready once its HelmRelease is) for the bundled ClickHouse.
   */
  readonly dependency: KustomizationDependency;
  /** The ClickHouse the Job restores into (`operatorBackupTarget` of the analytics app's cluster, or `bundledBackupTarget`). */
  readonly target: ClickHouseBackupTarget;
  /** Credentials that can read the backup folder. */
  readonly backupCredentials: S3Credentials;
  /** The backup folder to restore from (this instance's, or another's). */
  readonly location: ClickHouseBackupLocation;
  /** @default 'us-east-1' */
  readonly region?: string;
  /** `latest` or a backup folder name in `location`. */
  readonly restoreFrom: string;
  /** Name of the restore Job; its credentials Secret is `<jobName>-credentials`. */
  readonly jobName: string;
}

/**
 * A new instance's ClickHouse, restored before Langfuse first starts: a Flux app holding only the
 * `ClickHouseRestore` Job and the Secret with the backup keys it reads, Ready once the Job completed.
 *
 * - The operator's cluster: it depends on the analytics app (which owns the namespace, the
 *   KeeperCluster, the ClickHouseCluster and their password Secret, and is Ready once both clusters
 *   are), and the Langfuse app depends on it, so Langfuse's first start (which runs its ClickHouse
 *   migrations) finds the restored tables.
 * - The bundled ClickHouse comes with the Langfuse HelmRelease, so the order is the other way round:
 *   this app depends on the Langfuse app, whose release runs web and worker at 0 replicas with
 *   ClickHouse migrations off while the restore is configured (see `LangfuseChart`); Langfuse starts
 *   once the restore key is removed.
 *
 * Nothing stateful lives here, and nothing another app emits: when the restore settings are
 * removed and this app goes, Flux prunes only the Job and its credentials.
 */
export class ClickHouseRestoreApp extends FluxAppChart {
  public readonly restore: ClickHouseRestore;
  /** The Secret with the backup keys the Job reads. */
  public readonly credentials: SopsSecret;

  constructor(scope: Construct, id: string, props: ClickHouseRestoreAppProps) {
    const health = ClickHouseRestore.healthChecks(props.jobName, props.namespace);
    super(scope, id, {
      appName: props.appName,
      namespace: props.namespace,
      flux: props.flux,
      dependsOn: [{ ...props.dependency }],
      healthChecks: [health.target],
      healthCheckExprs: [health.expression],
    });
    this.credentials = new SopsSecret(this, 'RestoreCredentials', {
      name: `${props.jobName}-credentials`,
      namespace: props.namespace,
      stringData: { ACCESS_KEY_ID: props.backupCredentials.accessKey, SECRET_ACCESS_KEY: props.backupCredentials.secretKey },
    });
    this.restore = new ClickHouseRestore(this, 'Restore', {
      name: props.jobName,
      namespace: props.namespace,
      target: props.target,
      location: props.location,
      region: props.region,
      restoreFrom: props.restoreFrom,
      credentialsSecretName: this.credentials.name,
      // The operator makes `default` Replicated before it reports Ready; the bundled ClickHouse keeps its Atomic one.
      expectedEngine: props.target.backend === 'operator' ? 'Replicated' : 'Atomic',
    });
  }
}
