import { Construct } from 'constructs';
import {
  ObjectStore, ObjectStoreSpecConfigurationWalCompression, ObjectStoreSpecInstanceSidecarConfigurationLogLevel,
  ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits, ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests,
} from '../../imports/barmancloud.cnpg.io';
import {
  ClusterSpecBackup, ClusterSpecBackupBarmanObjectStoreWalCompression, ClusterSpecEnv, ClusterSpecPlugins, ScheduledBackup,
  ScheduledBackupSpecBackupOwnerReference, ScheduledBackupSpecMethod,
} from '../../imports/postgresql.cnpg.io';
import { PostgresBackupLocation, SERVER_NAME } from '../backup/backup-location';
import { PRUNE_DISABLED } from '../flux/prune-protection';
import { placeInFile } from '../output/file-placement';
import { dnsLabel, dnsSubdomain, httpUrl, secondsCron } from '../config/fields';
import { checkProp } from '../prop-checks';

/** Name under which the Barman Cloud plugin registers with CloudNativePG. */
export const BARMAN_CLOUD_PLUGIN_NAME = 'barman-cloud.cloudnative-pg.io';

/** The Flux Kustomization that installs the Barman Cloud plugin, by default. */
export const BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY = { name: 'barman-cloud', namespace: 'cnpg-system' } as const;

/**
 * boto3 >= 1.36 (inside barman-cloud) sends and checks CRC checksums that RustFS and other
 * S3-compatible stores reject; "when_required" restores the old behaviour.
 */
export const S3_CHECKSUM_WORKAROUND_ENV: readonly { readonly name: string; readonly value: string }[] = [
  { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
  { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
];

/** How base backups and WAL reach the object store. Create one with a static factory. */
export class CnpgBackupMethod {
  /**
   * The Barman Cloud CNPG-I plugin (CloudNativePG >= 1.26): an `ObjectStore`, the plugin as the
   * cluster's WAL archiver and `ScheduledBackup` method `plugin`. Works with every image flavour.
   * @see https://cloudnative-pg.io/plugin-barman-cloud/docs/usage/
   */
  public static plugin(): CnpgBackupMethod {
    return new CnpgBackupMethod('plugin');
  }

  /**
   * The in-tree `spec.backup.barmanObjectStore` (deprecated since CloudNativePG 1.26), for clusters
   * without the plugin. barman-cloud then runs inside the Postgres container: the image must ship it
   * (the `system` images do, `minimal` and `standard` do not).
   * @see https://cloudnative-pg.io/documentation/current/appendixes/backup_barmanobjectstore/
   */
  public static barmanObjectStore(): CnpgBackupMethod {
    return new CnpgBackupMethod('barmanObjectStore');
  }

  private constructor(public readonly kind: 'plugin' | 'barmanObjectStore') {}
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
export class CnpgBackup extends Construct {
  public readonly method: CnpgBackupMethod;
  /** Where this cluster's base backups and WAL go. */
  public readonly location: PostgresBackupLocation;
  /** When base backups run (CloudNativePG cron, seconds first). */
  public readonly schedule: string;
  public readonly scheduledBackup: ScheduledBackup;
  /** The plugin's ObjectStore; undefined for the in-tree method. */
  public readonly objectStore?: ObjectStore;
  /** `Cluster.spec.plugins` (the plugin as WAL archiver); undefined for the in-tree method. */
  public readonly clusterPlugins?: ClusterSpecPlugins[];
  /** `Cluster.spec.backup` (in-tree barmanObjectStore); undefined for the plugin. */
  public readonly clusterBackup?: ClusterSpecBackup;
  /** `Cluster.spec.env` (the S3 checksum workaround for in-tree barman-cloud); undefined for the plugin. */
  public readonly clusterEnv?: ClusterSpecEnv[];

  constructor(scope: Construct, id: string, props: CnpgBackupProps) {
    super(scope, id);
    const destinationPath = props.destinationPath ?? 's3://langfuse-postgres-backups';
    const retention = props.retention ?? '7d';
    const schedule = props.schedule ?? '0 0 3 * * *';
    this.method = props.method ?? CnpgBackupMethod.plugin();
    if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(destinationPath)) {
      throw new Error(`backup destinationPath must be an s3:// bucket URL like "s3://langfuse-postgres-backups" (got "${destinationPath}")`);
    }
    checkProp('backup endpointUrl', props.endpointUrl, httpUrl());
    if (!/^[1-9][0-9]*[dwm]$/.test(retention)) throw new Error(`backup retention must be like "7d", "4w" or "3m" (got "${retention}")`);
    checkProp('backup schedule', schedule, secondsCron());
    checkProp('backup clusterName', props.clusterName, dnsLabel());
    checkProp('backup namespace', props.namespace, dnsLabel());
    checkProp('backup credentialsSecretName', props.credentialsSecretName, dnsSubdomain());
    if (props.serverName !== undefined && !SERVER_NAME.test(props.serverName)) {
      throw new Error(`backup serverName must be a DNS label, like "langfuse-postgresql-2" (got "${props.serverName}")`);
    }
    this.location = { destinationPath, serverName: props.serverName ?? props.clusterName };
    this.schedule = schedule;
    const credentials = {
      accessKeyId: { name: props.credentialsSecretName, key: 'ACCESS_KEY_ID' },
      secretAccessKey: { name: props.credentialsSecretName, key: 'SECRET_ACCESS_KEY' },
    };

    if (this.method.kind === 'plugin') {
      const objectStoreName = props.objectStoreName ?? `${props.clusterName}-objectstore`;
      this.objectStore = new ObjectStore(this, 'ObjectStore', {
        metadata: {
          name: objectStoreName,
          namespace: props.namespace,
          labels: { 'app.kubernetes.io/name': objectStoreName, 'app.kubernetes.io/part-of': 'langfuse' },
          annotations: { ...PRUNE_DISABLED },
        },
        spec: {
          configuration: {
            destinationPath,
            endpointUrl: props.endpointUrl,
            s3Credentials: credentials,
            wal: { compression: ObjectStoreSpecConfigurationWalCompression.GZIP },
          },
          retentionPolicy: retention,
          instanceSidecarConfiguration: {
            env: S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e })),
            logLevel: ObjectStoreSpecInstanceSidecarConfigurationLogLevel.INFO,
            retentionPolicyIntervalSeconds: 1800,
            resources: {
              requests: {
                cpu: ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests.fromString('50m'),
                memory: ObjectStoreSpecInstanceSidecarConfigurationResourcesRequests.fromString('64Mi'),
              },
              limits: { memory: ObjectStoreSpecInstanceSidecarConfigurationResourcesLimits.fromString('256Mi') },
            },
          },
        },
      });
      placeInFile(this.objectStore, 'postgresql.yaml');
      // The plugin reads the server name from the cluster's plugin parameters; the ObjectStore's own serverName must stay empty.
      const parameters: Record<string, string> = { barmanObjectName: objectStoreName };
      if (props.serverName) parameters.serverName = props.serverName;
      this.clusterPlugins = [{ name: BARMAN_CLOUD_PLUGIN_NAME, isWalArchiver: true, parameters }];
    } else {
      this.clusterBackup = {
        retentionPolicy: retention,
        barmanObjectStore: {
          destinationPath,
          endpointUrl: props.endpointUrl,
          s3Credentials: credentials,
          serverName: props.serverName,
          wal: { compression: ClusterSpecBackupBarmanObjectStoreWalCompression.GZIP },
        },
      };
      this.clusterEnv = S3_CHECKSUM_WORKAROUND_ENV.map((e) => ({ ...e }));
    }

    this.scheduledBackup = new ScheduledBackup(this, 'ScheduledBackup', {
      metadata: { name: props.scheduledBackupName ?? `${props.clusterName}-daily`, namespace: props.namespace },
      spec: {
        cluster: { name: props.clusterName },
        schedule,
        immediate: true,
        backupOwnerReference: ScheduledBackupSpecBackupOwnerReference.SELF,
        method: this.method.kind === 'plugin' ? ScheduledBackupSpecMethod.PLUGIN : ScheduledBackupSpecMethod.BARMAN_OBJECT_STORE,
        pluginConfiguration: this.method.kind === 'plugin' ? { name: BARMAN_CLOUD_PLUGIN_NAME } : undefined,
      },
    });
    placeInFile(this.scheduledBackup, 'postgresql.yaml');
  }
}
