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
  /** The analytics app (`LangfuseAnalyticsChart`): the Job starts only once both clusters are Ready. */
  readonly analyticsDependency: KustomizationDependency;
  /** The operator's cluster the Job restores into (`operatorBackupTarget` of the analytics app's cluster). */
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
 * `ClickHouseRestore` Job and the Secret with the backup keys it reads. It depends on the analytics
 * app (which owns the namespace, the KeeperCluster, the ClickHouseCluster and their password
 * Secret, and is Ready once both clusters are), and counts itself Ready once the Job completed;
 * the Langfuse app depends on it, so Langfuse's first start (which runs its ClickHouse migrations)
 * finds the restored tables.
 *
 * Nothing stateful lives here, and nothing another app emits: when the restore settings are
 * removed and this app goes, Flux prunes only the Job and its credentials.
 */
export class ClickHouseRestoreApp extends FluxAppChart {
  public readonly restore: ClickHouseRestore;
  /** The Secret with the backup keys the Job reads. */
  public readonly credentials: SopsSecret;

  constructor(scope: Construct, id: string, props: ClickHouseRestoreAppProps) {
    if (props.target.backend !== 'operator') {
      throw new Error('the clickhouse restore app restores into the operator\'s cluster: the bundled ClickHouse comes with the Langfuse HelmRelease, '
        + 'whose first start runs Langfuse\'s migrations before anything could restore it');
    }
    const health = ClickHouseRestore.healthChecks(props.jobName, props.namespace);
    super(scope, id, {
      appName: props.appName,
      namespace: props.namespace,
      flux: props.flux,
      dependsOn: [{ ...props.analyticsDependency }],
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
    });
  }
}
