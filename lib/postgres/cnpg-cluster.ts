import { z } from 'zod';
import { Construct } from 'constructs';
import {
  Cluster, ClusterSpecBackup, ClusterSpecBootstrapRecovery, ClusterSpecEnv, ClusterSpecExternalClusters, ClusterSpecManagedRolesEnsure, ClusterSpecPlugins,
  ClusterSpecResourcesLimits, ClusterSpecResourcesRequests, Database, DatabaseSpecDatabaseReclaimPolicy, DatabaseSpecEnsure,
} from '../../imports/postgresql.cnpg.io';
import { dnsLabel, dnsSubdomain, intBetween, pinnedImage, storageQuantity } from '../config/fields';
import { PRUNE_DISABLED } from '../flux/prune-protection';
import { placeInFile } from '../output/file-placement';
import { checkOptionalProps, checkProp } from '../prop-checks';
import { serviceDns } from '../settings/derive';

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
export class CnpgCluster extends Construct {
  public readonly name: string;
  public readonly namespace: string;
  /** Read-write Service host. */
  public readonly rwHost: string;
  public readonly port = 5432;
  /** Pod label every instance carries. */
  public readonly podSelector: Readonly<Record<string, string>>;
  public readonly cluster: Cluster;

  constructor(scope: Construct, id: string, props: CnpgClusterProps) {
    super(scope, id);
    const instances = props.instances ?? 1;
    checkProp('cnpg cluster name', props.name, dnsLabel());
    const at = (prop: string) => `cnpg cluster ${props.name}: ${prop}`;
    checkProp(at('namespace'), props.namespace, dnsLabel());
    checkProp(at('database'), props.database, postgresIdentifier);
    checkProp(at('owner'), props.owner, postgresIdentifier);
    checkProp(at('credentialsSecretName'), props.credentialsSecretName, dnsSubdomain());
    checkProp(at('instances'), instances, intBetween(1, 99));
    checkOptionalProps([
      [at('storageSize'), props.storageSize, storageQuantity()],
      [at('storageClass'), props.storageClass, dnsSubdomain()],
      [at('imageName'), props.imageName, pinnedImage()],
      [at('priorityClassName'), props.priorityClassName, dnsSubdomain()],
    ]);
    this.name = props.name;
    this.namespace = props.namespace;
    this.rwHost = serviceDns(`${props.name}-rw`, props.namespace);
    this.podSelector = { 'cnpg.io/cluster': props.name };

    this.cluster = new Cluster(this, 'Resource', {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        labels: { 'app.kubernetes.io/name': props.name, 'app.kubernetes.io/part-of': 'langfuse', ...props.labels },
        // Deleting the Cluster deletes its PVCs: no rename or removal of the app may do that.
        annotations: { ...PRUNE_DISABLED },
      },
      spec: {
        instances,
        imageName: props.imageName ?? 'ghcr.io/cloudnative-pg/postgresql:18.1-standard-trixie',
        priorityClassName: props.priorityClassName ?? 'system-cluster-critical',
        bootstrap: props.recovery
          ? { recovery: props.recovery }
          : { initdb: { database: props.database, owner: props.owner, secret: { name: props.credentialsSecretName } } },
        externalClusters: props.externalClusters ? [...props.externalClusters] : undefined,
        managed: {
          roles: [{
            name: props.owner,
            ensure: ClusterSpecManagedRolesEnsure.PRESENT,
            login: true,
            createdb: false,
            createrole: false,
            inherit: true,
            connectionLimit: -1,
            passwordSecret: { name: props.credentialsSecretName },
          }],
        },
        storage: { size: props.storageSize ?? '10Gi', storageClass: props.storageClass ?? 'local-path' },
        resources: {
          requests: { cpu: ClusterSpecResourcesRequests.fromString('100m'), memory: ClusterSpecResourcesRequests.fromString('256Mi') },
          limits: { memory: ClusterSpecResourcesLimits.fromString('2Gi') },
        },
        postgresql: { parameters: POSTGRES_PARAMETERS },
        affinity: instances > 1 ? { enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname' } : undefined,
        plugins: props.plugins ? [...props.plugins] : undefined,
        backup: props.backup,
        env: props.env ? [...props.env] : undefined,
      },
    });
    placeInFile(this.cluster, 'postgresql.yaml');

    const database = new Database(this, 'Database', {
      metadata: { name: props.databaseObjectName ?? `${props.name}-${props.database}`, namespace: props.namespace, annotations: { ...PRUNE_DISABLED } },
      spec: {
        name: props.database,
        owner: props.owner,
        cluster: { name: props.name },
        ensure: DatabaseSpecEnsure.PRESENT,
        databaseReclaimPolicy: DatabaseSpecDatabaseReclaimPolicy.RETAIN,
      },
    });
    placeInFile(database, 'postgresql.yaml');
  }
}

/** A database or role name CloudNativePG accepts unquoted. */
const postgresIdentifier = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, {
  message: 'must be a Postgres identifier: lowercase letters, digits and "_", starting with a letter or "_", at most 63 characters',
});

/** Server settings; Langfuse requires UTC, the rest sizes a small dedicated instance. */
const POSTGRES_PARAMETERS: Record<string, string> = {
  timezone: 'UTC',
  max_connections: '200',
  shared_buffers: '256MB',
  effective_cache_size: '1GB',
  maintenance_work_mem: '64MB',
  checkpoint_completion_target: '0.9',
  wal_buffers: '16MB',
  default_statistics_target: '100',
  random_page_cost: '1.1',
  effective_io_concurrency: '200',
  work_mem: '4MB',
  min_wal_size: '1GB',
  max_wal_size: '4GB',
};
