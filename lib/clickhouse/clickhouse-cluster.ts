import { JsonPatch } from 'cdk8s';
import { Construct } from 'constructs';
import { PRUNE_DISABLED } from '../flux/prune-protection';
import {
  ClickHouseCluster as RawClickHouseCluster, ClickHouseClusterSpecContainerTemplateResourcesLimits as ServerLimits,
  ClickHouseClusterSpecContainerTemplateResourcesRequests as ServerRequests, ClickHouseClusterSpecDataVolumeClaimSpecResourcesRequests as ServerStorage,
  ClickHouseClusterSpecSettingsLoggerLevel, KeeperCluster as RawKeeperCluster,
  KeeperClusterSpecContainerTemplateResourcesLimits as KeeperLimits, KeeperClusterSpecContainerTemplateResourcesRequests as KeeperRequests,
  KeeperClusterSpecDataVolumeClaimSpecResourcesRequests as KeeperStorage, KeeperClusterSpecReplicas, KeeperClusterSpecSettingsLoggerLevel,
} from '../../imports/clickhouse.com';
import { cpuQuantity, dnsLabel, dnsSubdomain, memoryQuantity, storageQuantity } from '../config/fields';
import { HealthCheckExpression, HealthCheckTarget } from '../flux/flux-kustomization';
import { placeInFile } from '../output/file-placement';
import { checkOptionalProps, checkProp, checkSecretKeyRef } from '../prop-checks';
import { serviceDns } from '../settings/derive';
import { ClickHouseConnection, ExternalClickHouse, SecretKeySelector } from './clickhouse-connection';
import { CLICKHOUSE_KEEPER_IMAGE, CLICKHOUSE_SERVER_IMAGE, imageRef } from './clickhouse-images';
import {
  CLICKHOUSE_SERVER_PORTS, clickhouseKeeperPodLabels, clickhouseServerPod, clickhouseServerPodLabels, clickhouseSpecificName,
} from './operator-conventions';

/** The name of the operator's cluster by default; never the chart's `langfuse`, whose Bitnami objects are `langfuse-clickhouse*`. */
export const DEFAULT_ANALYTICS_CLUSTER_NAME = 'langfuse-analytics';


/** Props of `ClickHouseCluster`. */
export interface ClickHouseClusterProps {
  /**
   * Name of both custom resources (the operator prefixes its objects with `<name>-clickhouse` and
   * `<name>-keeper`).
   * @default DEFAULT_ANALYTICS_CLUSTER_NAME
   */
  readonly name?: string;
  readonly namespace: string;
  /** The Secret key with the password of the user `default` (`settings.defaultUserPassword`). */
  readonly passwordSecret: SecretKeySelector;
  /** Pinned server image, `repository:tag` or `repository@sha256:...`. @default CLICKHOUSE_SERVER_IMAGE */
  readonly image?: string;
  /** Pinned Keeper image. @default CLICKHOUSE_KEEPER_IMAGE */
  readonly keeperImage?: string;
  /** ClickHouse replicas of the single shard. @default 1 */
  readonly replicas?: number;
  /** Keeper replicas: 1, 3 or 5 (a quorum needs an odd number). @default 1 */
  readonly keeperReplicas?: number;
  /** Data volume of each server replica. @default '20Gi' */
  readonly storageSize?: string;
  /** Volume of each Keeper replica. @default '10Gi' */
  readonly keeperStorageSize?: string;
  /** Storage class of every volume. @default 'local-path' */
  readonly storageClass?: string;
  /** @default '500m' */
  readonly cpuRequest?: string;
  /**
   * The operator fills a missing CPU limit with 1 core, which caps ClickHouse (and makes a larger
   * request invalid), so a limit is always set.
   * @default - the larger of `cpuRequest` and 2 cores
   */
  readonly cpuLimit?: string;
  /** @default '2Gi' */
  readonly memoryRequest?: string;
  /** @default '4Gi' */
  readonly memoryLimit?: string;
}

/**
 * Langfuse's analytics store under the ClickHouse operator: a `KeeperCluster` and a
 * `ClickHouseCluster` (one shard) with pinned images, volumes on the given storage class, the
 * default user's password from an existing Secret, and pod anti-affinity plus topology spread
 * across nodes when replicated. Both resources are protected from Flux prune.
 *
 * Database sync stays on, as the operator requires for replicas it adds later; it makes the
 * operator turn the `default` database into a `Replicated` one on every reconcile and DROP a
 * non-Replicated `default` even when it has tables (internal/controller/clickhouse/commands.go
 * EnsureDefaultDatabaseEngine). So never point it at volumes that hold data, and create
 * Langfuse's schema only once it is Ready (the Flux health check below).
 *
 * The pods run without the capabilities the operator adds by default (IPC_LOCK, PERFMON,
 * SYS_PTRACE), which the namespace's `baseline` Pod Security level rejects.
 * @see https://github.com/ClickHouse/clickhouse-operator
 */
export class ClickHouseCluster extends Construct {
  /** Flux health checks of a cluster named `name` (Ready condition of both resources). */
  public static healthChecks(name: string, namespace: string): { targets: HealthCheckTarget[]; expressions: HealthCheckExpression[] } {
    const apiVersion = 'clickhouse.com/v1alpha1';
    // The operator sets Ready only after the default database is Replicated (sync.go), and
    // SpecValid=False is the one state a retry does not fix.
    const expression = (kind: string): HealthCheckExpression => ({
      apiVersion,
      kind,
      current: "status.conditions.exists(e, e.type == 'Ready' && e.status == 'True')",
      failed: "status.conditions.exists(e, e.type == 'SpecValid' && e.status == 'False')",
    });
    return {
      targets: [
        { apiVersion, kind: 'KeeperCluster', name, namespace },
        { apiVersion, kind: 'ClickHouseCluster', name, namespace },
      ],
      expressions: [expression('KeeperCluster'), expression('ClickHouseCluster')],
    };
  }

  public readonly name: string;
  public readonly namespace: string;
  public readonly replicas: number;
  public readonly keeperReplicas: number;
  /** The pinned server image (its `clickhouse-client` serves Jobs that talk to this cluster). */
  public readonly image: string;
  /** The headless Service of the servers, `<name>-clickhouse-headless` (the only Service the operator creates). */
  public readonly headlessService: string;
  /** Its cluster DNS name. */
  public readonly host: string;
  public readonly httpPort = CLICKHOUSE_SERVER_PORTS.http;
  public readonly nativePort = CLICKHOUSE_SERVER_PORTS.native;
  public readonly passwordSecret: SecretKeySelector;
  /** Labels of every server pod. */
  public readonly podLabels: Readonly<Record<string, string>>;
  /** A selector of the server pods. */
  public readonly podSelector: Readonly<Record<string, string>>;
  /** Labels of every Keeper pod. */
  public readonly keeperPodLabels: Readonly<Record<string, string>>;
  /** A selector of the Keeper pods. */
  public readonly keeperPodSelector: Readonly<Record<string, string>>;
  /** The first server pod, for `kubectl exec`. */
  public readonly firstPod: string;
  /** The first server pod's DNS name under the headless Service (the operator's `HostnameByID`). */
  public readonly firstPodHost: string;
  /** How the Langfuse release reaches this cluster. */
  public readonly connection: ExternalClickHouse;
  public readonly keeper: RawKeeperCluster;
  public readonly cluster: RawClickHouseCluster;

  constructor(scope: Construct, id: string, props: ClickHouseClusterProps) {
    super(scope, id);
    this.name = props.name ?? DEFAULT_ANALYTICS_CLUSTER_NAME;
    this.namespace = props.namespace;
    this.replicas = props.replicas ?? 1;
    this.keeperReplicas = props.keeperReplicas ?? 1;
    if (!Number.isInteger(this.replicas) || this.replicas < 1) {
      throw new Error(`clickhouse replicas must be a whole number of at least 1 (got ${this.replicas})`);
    }
    if (![1, 3, 5].includes(this.keeperReplicas)) {
      throw new Error(`keeper replicas must be 1, 3 or 5: a quorum needs an odd number (got ${this.keeperReplicas})`);
    }
    // The operator truncates longer StatefulSet names and splices in a hash.
    if (!/^[a-z]([-a-z0-9]{0,38}[a-z0-9])?$/.test(this.name)) {
      throw new Error(`clickhouse cluster name must be a DNS label of at most 40 characters starting with a letter (got "${this.name}")`);
    }
    const at = (prop: string) => `clickhouse cluster ${this.name}: ${prop}`;
    checkProp(at('namespace'), props.namespace, dnsLabel());
    checkSecretKeyRef(at('passwordSecret'), props.passwordSecret);
    checkOptionalProps([
      [at('storageSize'), props.storageSize, storageQuantity()],
      [at('keeperStorageSize'), props.keeperStorageSize, storageQuantity()],
      [at('storageClass'), props.storageClass, dnsSubdomain()],
      [at('cpuRequest'), props.cpuRequest, cpuQuantity()],
      [at('cpuLimit'), props.cpuLimit, cpuQuantity()],
      [at('memoryRequest'), props.memoryRequest, memoryQuantity()],
      [at('memoryLimit'), props.memoryLimit, memoryQuantity()],
    ]);
    this.passwordSecret = props.passwordSecret;
    this.image = props.image ?? CLICKHOUSE_SERVER_IMAGE;
    this.headlessService = `${clickhouseSpecificName(this.name)}-headless`;
    this.host = serviceDns(this.headlessService, this.namespace);
    this.podLabels = clickhouseServerPodLabels(this.name);
    this.podSelector = { app: this.podLabels.app };
    this.keeperPodLabels = clickhouseKeeperPodLabels(this.name);
    this.keeperPodSelector = { app: this.keeperPodLabels.app };
    this.firstPod = clickhouseServerPod(this.name);
    this.firstPodHost = `${this.firstPod}.${this.host}`;
    this.connection = ClickHouseConnection.external({ host: this.host, passwordSecret: this.passwordSecret, clusterEnabled: true });

    const storageClass = props.storageClass ?? 'local-path';
    const labels = { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'clickhouse' };
    const noExtraCapabilities = { capabilities: { add: [] } };
    const logger = { logToFile: false, level: KeeperClusterSpecSettingsLoggerLevel.INFORMATION };

    this.keeper = new RawKeeperCluster(this, 'Keeper', {
      metadata: { name: this.name, namespace: this.namespace, labels, annotations: { ...PRUNE_DISABLED } },
      spec: {
        replicas: this.keeperReplicas as KeeperClusterSpecReplicas,
        containerTemplate: {
          image: imageRef(props.keeperImage ?? CLICKHOUSE_KEEPER_IMAGE),
          resources: {
            requests: { cpu: KeeperRequests.fromString('250m'), memory: KeeperRequests.fromString('256Mi') },
            limits: { cpu: KeeperLimits.fromString('1'), memory: KeeperLimits.fromString('1Gi') },
          },
          securityContext: noExtraCapabilities,
        },
        dataVolumeClaimSpec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: storageClass,
          resources: { requests: { storage: KeeperStorage.fromString(props.keeperStorageSize ?? '10Gi') } },
        },
        podTemplate: this.keeperReplicas > 1 ? spreadAcrossNodes(this.keeperPodSelector) : undefined,
        settings: { logger },
      },
    });
    placeInFile(this.keeper, 'clickhouse.yaml');

    const cpuRequest = props.cpuRequest ?? '500m';
    this.cluster = new RawClickHouseCluster(this, 'Resource', {
      metadata: { name: this.name, namespace: this.namespace, labels, annotations: { ...PRUNE_DISABLED } },
      spec: {
        replicas: this.replicas,
        shards: 1,
        keeperClusterRef: { name: this.name },
        containerTemplate: {
          image: imageRef(this.image),
          resources: {
            requests: { cpu: ServerRequests.fromString(cpuRequest), memory: ServerRequests.fromString(props.memoryRequest ?? '2Gi') },
            limits: { cpu: ServerLimits.fromString(props.cpuLimit ?? largerCpu(cpuRequest, '2')), memory: ServerLimits.fromString(props.memoryLimit ?? '4Gi') },
          },
          securityContext: noExtraCapabilities,
        },
        dataVolumeClaimSpec: {
          accessModes: ['ReadWriteOnce'],
          storageClassName: storageClass,
          resources: { requests: { storage: ServerStorage.fromString(props.storageSize ?? '20Gi') } },
        },
        podTemplate: this.replicas > 1 ? spreadAcrossNodes(this.podSelector) : undefined,
        settings: {
          defaultUserPassword: { secret: { name: this.passwordSecret.name, key: this.passwordSecret.key } },
          enableDatabaseSync: true,
          logger: { ...logger, level: ClickHouseClusterSpecSettingsLoggerLevel.INFORMATION },
        },
      },
    });
    placeInFile(this.cluster, 'clickhouse.yaml');
    // cdk8s drops empty arrays; an explicit `add: []` is what replaces the operator's default capabilities.
    for (const resource of [this.keeper, this.cluster]) {
      resource.addJsonPatch(JsonPatch.add('/spec/containerTemplate/securityContext/capabilities', { add: [] }));
    }
  }
}

/** Preferred anti-affinity and a topology spread over nodes, so replicas land on different nodes when they can. */
function spreadAcrossNodes(selector: Readonly<Record<string, string>>) {
  const labelSelector = { matchLabels: { ...selector } };
  return {
    affinity: {
      podAntiAffinity: {
        preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector } }],
      },
    },
    topologySpreadConstraints: [{ maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector }],
  };
}

/** The larger of two CPU quantities (`500m`, `2`, `1.5`). */
function largerCpu(a: string, b: string): string {
  const millis = (q: string) => (q.endsWith('m') ? Number(q.slice(0, -1)) : Number(q) * 1000);
  return millis(a) >= millis(b) ? a : b;
}
