import { Construct } from 'constructs';
import { ObjectStore, ObjectStoreSpecConfigurationWalCompression } from '../../imports/barmancloud.cnpg.io';
import { ClusterSpecBootstrapRecovery, ClusterSpecExternalClusters } from '../../imports/postgresql.cnpg.io';
import { postgresBackupUrl, PostgresBackupLocation, sameBackupLocation, SERVER_NAME } from '../backup/backup-location';
import { placeInFile } from '../output/file-placement';
import { BARMAN_CLOUD_PLUGIN_NAME, CnpgBackupMethod, S3_CHECKSUM_WORKAROUND_ENV } from './cnpg-backup';

/** The name of the external cluster a recovery reads from. */
export const RECOVERY_SOURCE_NAME = 'recovery-source';

/** An RFC 3339 timestamp with seconds and an explicit zone (`Z` or `±hh:mm`), as CloudNativePG's `targetTime` takes it. */
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;

/** What is wrong with a recovery target time, or undefined for a real RFC 3339 instant. */
export function targetTimeProblem(value: string): string | undefined {
  const match = RFC3339.exec(value);
  const fail = 'must be an RFC 3339 time with seconds and a time zone, like "2026-11-30T21:15:00Z" or "2026-11-30T22:15:00+01:00"';
  if (!match) return fail;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const realDay = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const zoneOk = match[8] === 'Z' || (Number(match[9]) <= 23 && Number(match[10]) <= 59);
  return realDay && hour <= 23 && minute <= 59 && second <= 59 && zoneOk ? undefined : fail;
}

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
export class CnpgRecovery extends Construct {
  public readonly source: PostgresBackupLocation;
  public readonly targetTime?: string;
  /** `Cluster.spec.bootstrap.recovery`. */
  public readonly bootstrap: ClusterSpecBootstrapRecovery;
  /** `Cluster.spec.externalClusters`. */
  public readonly externalClusters: ClusterSpecExternalClusters[];
  /** The source's read-only ObjectStore; undefined for the in-tree method. */
  public readonly objectStore?: ObjectStore;

  constructor(scope: Construct, id: string, props: CnpgRecoveryProps) {
    super(scope, id);
    for (const location of [props.source, props.newBackups]) {
      if (!SERVER_NAME.test(location.serverName)) throw new Error(`backup server name must be a DNS label (got "${location.serverName}")`);
    }
    if (sameBackupLocation(props.source, props.newBackups)) {
      throw new Error(`the recovered cluster's backups would go to the folder it recovers from (${postgresBackupUrl(props.source)}): `
        + 'give its backups another server name, so that the source is never written to');
    }
    if (props.targetTime !== undefined) {
      const problem = targetTimeProblem(props.targetTime);
      if (problem) throw new Error(`recovery target time ${problem} (got "${props.targetTime}")`);
    }
    this.source = props.source;
    this.targetTime = props.targetTime;
    const credentials = {
      accessKeyId: { name: props.credentialsSecretName, key: 'ACCESS_KEY_ID' },
      secretAccessKey: { name: props.credentialsSecretName, key: 'SECRET_ACCESS_KEY' },
    };

    let external: ClusterSpecExternalClusters;
    if (props.method.kind === 'plugin') {
      const objectStoreName = props.objectStoreName ?? `${props.clusterName}-recovery-objectstore`;
      this.objectStore = new ObjectStore(this, 'ObjectStore', {
        metadata: {
          name: objectStoreName,
          namespace: props.namespace,
          labels: { 'app.kubernetes.io/name': objectStoreName, 'app.kubernetes.io/part-of': 'langfuse', 'app.kubernetes.io/component': 'recovery-source' },
        },
        spec: {
          configuration: {
            destinationPath: props.source.destinationPath,
            endpointUrl: props.endpointUrl,
            s3Credentials: credentials,
            wal: { compression: ObjectStoreSpecConfigurationWalCompression.GZIP, maxParallel: 8 },
          },
          instanceSidecarConfiguration: { env: S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e })) },
        },
      });
      placeInFile(this.objectStore, 'postgresql.yaml');
      external = {
        name: RECOVERY_SOURCE_NAME,
        plugin: { name: BARMAN_CLOUD_PLUGIN_NAME, parameters: { barmanObjectName: objectStoreName, serverName: props.source.serverName } },
      };
    } else {
      external = {
        name: RECOVERY_SOURCE_NAME,
        barmanObjectStore: {
          destinationPath: props.source.destinationPath,
          endpointUrl: props.endpointUrl,
          s3Credentials: credentials,
          // In-tree recovery reads the folder named after the external cluster unless serverName says otherwise.
          serverName: props.source.serverName,
          wal: { maxParallel: 8 },
        },
      };
    }
    this.externalClusters = [external];
    this.bootstrap = {
      source: RECOVERY_SOURCE_NAME,
      database: props.database,
      owner: props.owner,
      secret: { name: props.secretName },
      recoveryTarget: props.targetTime ? { targetTime: props.targetTime } : undefined,
    };
  }
}
