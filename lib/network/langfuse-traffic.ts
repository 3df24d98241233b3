import { ExternalObjectStorage } from '../backends/object-storage';
import { DragonflyBackend } from '../backends/redis-backend';
import {
  CLICKHOUSE_KEEPER_PORTS, CLICKHOUSE_OPERATOR_NAMESPACE, CLICKHOUSE_OPERATOR_POD_LABELS, CLICKHOUSE_SERVER_PORTS, clickhouseKeeperPodLabels,
  clickhouseServerPodLabels, clickhouseSpecificName, keeperSpecificName,
} from '../clickhouse/operator-conventions';
import type { LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseNames } from '../names';
import { llmConnectionPodLabels } from '../integrations/langfuse-llm-connection';
import { LITELLM_SERVICE } from '../integrations/litellm-integration';
import { roleSyncPodLabels } from '../identity/langfuse-role-sync';
import { STATSD_EXPORTER_METRICS_PORT } from '../observability/statsd-exporter-sidecar';
import { KEYCLOAK_SERVICE } from '../settings/derive';
import { CNPG_OPERATOR, MONITORING_NAMESPACE } from '../settings/shared-services';
import { Peer, ProtectedWorkload, tcp, TrafficFlow, TrafficModel, TrafficPort, TrafficProtocol } from './traffic-model';

/** A Service Langfuse calls: its namespace and port; no namespace means a host outside the cluster. */
export interface InClusterTarget {
  /** @default - outside the cluster */
  readonly namespace?: string;
  readonly port: number;
}

/** Everything the Langfuse traffic model depends on; every feature flag is already effective. */
export interface LangfuseTrafficInput {
  /** Namespace of Langfuse, its Postgres and the chart's bundled stores. */
  readonly namespace: string;
  /** Helm release name (pods carry `app.kubernetes.io/instance=<release>`). */
  readonly release: string;
  /** CNPG cluster name (pods carry `cnpg.io/cluster=<name>`). */
  readonly postgresCluster: string;
  /** The shared Dragonfly; undefined means the chart's bundled Valkey. */
  readonly dragonfly?: InClusterTarget;
  /** The shared RustFS; undefined means the chart's bundled MinIO. */
  readonly rustfs?: InClusterTarget;
  /** The bundled ClickHouse in cluster mode, which brings ZooKeeper. @default false */
  readonly clickhouseCluster?: boolean;
  /**
   * Which ClickHouse stores run and which one web and worker use; both may run at once (a
   * migration from the bundled store to the operator's).
   * @default - only the chart's bundled ClickHouse, in use
   */
  readonly clickhouse?: ClickHouseStoresTraffic;
  /** Keycloak, when SSO is on. @default - no SSO */
  readonly keycloak?: InClusterTarget;
  /** Tempo's OTLP/HTTP receiver, when self-tracing is on. @default - no tracing */
  readonly tempo?: InClusterTarget;
  /**
   * Prometheus scrapes: the statsd-exporter sidecars of web and worker (9102), the CNPG exporter
   * (9187) and ClickHouse's metrics endpoint (8001).
   * @default false
   */
  readonly monitoring?: boolean;
  /** The LiteLLM proxy next to Langfuse. @default - no LiteLLM */
  readonly litellm?: InClusterTarget;
  /** Pod labels of the LLM-connection Job, when it runs. @default - no Job */
  readonly llmConnectionJobLabels?: Readonly<Record<string, string>>;
  /** SMTP port outside the cluster. @default - no email */
  readonly smtpPort?: number;
  /** Postgres backups to RustFS. @default false */
  readonly backup?: boolean;
  /** Namespaces of the gateways that route to the web Service. @default - no route */
  readonly gatewayNamespaces?: readonly string[];
  /** Other namespaces whose pods call web (like Obot's `obot-mcp`). @default - none */
  readonly ingressNamespaces?: readonly string[];
  /** Pod labels of the SCIM role sync CronJob, when it runs (it calls Keycloak and web). @default - no role sync */
  readonly roleSyncPodLabels?: Readonly<Record<string, string>>;
}

/** The ClickHouse stores of one instance, for the traffic model. */
export interface ClickHouseStoresTraffic {
  /** The chart's bundled ClickHouse runs. */
  readonly bundled: boolean;
  /**
   * The operator's ClickHouseCluster and KeeperCluster (same name), when they run, and the
   * namespace the ClickHouse operator's own pods run in (they manage both).
   * @default - none
   */
  readonly operator?: OperatorClickHouseTraffic;
  /** The store web and worker talk to. */
  readonly serving: 'bundled' | 'operator';
  /**
   * The Jobs of a migration from the bundled store to the operator's (they reach the new cluster),
   * and whether the new cluster copies from the bundled one (copy and freeze).
   * @default - no migration
   */
  readonly migration?: { readonly jobLabels: Readonly<Record<string, string>>; readonly copyFromBundled: boolean };
  /**
   * Pod labels of the ClickHouse backup and restore Jobs: they reach the store in use on the
   * native port, which then writes to or reads from the backup bucket.
   * @default - none
   */
  readonly backupJobs?: readonly Readonly<Record<string, string>>[];
}

/** The operator's cluster of one instance, for the traffic model. */
export interface OperatorClickHouseTraffic {
  /** Name of the ClickHouseCluster and KeeperCluster. */
  readonly name: string;
  /** Namespace of the ClickHouse operator's pods. @default CLICKHOUSE_OPERATOR_NAMESPACE */
  readonly operatorNamespace?: string;
}

/** Pod labels of the operators and neighbours, as their charts and operators set them. */
export const NEIGHBOUR_LABELS = {
  kubeDns: { 'k8s-app': 'kube-dns' },
  cnpgOperator: { 'app.kubernetes.io/name': 'cloudnative-pg' },
  dragonfly: { app: 'dragonfly' },
  rustfs: { 'app.kubernetes.io/name': 'rustfs' },
  keycloak: { app: 'keycloak' },
  tempo: { 'app.kubernetes.io/name': 'tempo' },
  prometheus: { 'app.kubernetes.io/name': 'prometheus' },
  litellm: { 'app.kubernetes.io/name': 'litellm' },
} as const;

const DNS: TrafficPort[] = [{ port: 53, protocol: TrafficProtocol.UDP }, { port: 53, protocol: TrafficProtocol.TCP }];

/**
 * Who talks to whom around one Langfuse instance, on which port, and when: the single source of
 * the Cilium and the plain NetworkPolicy renderings (and of docs).
 *
 * It covers the seed's egress table (Postgres 5432, ClickHouse 8123/9000, Dragonfly 6379 in `cache`,
 * RustFS 9000 in `storage`, Keycloak 8080 in `identity` with SSO, Tempo 4318 in `monitoring` with
 * tracing, DNS) and what the reference deployment forgot: LiteLLM 4000 (playground in web,
 * LLM-as-a-judge in worker), the Prometheus scrape of Postgres, the LLM-connection Job, and
 * policies for ClickHouse, ZooKeeper and the bundled Valkey and MinIO, which no policy selected.
 *
 * Flows into neighbours that other apps own (Dragonfly, RustFS, Keycloak, Tempo, LiteLLM) need
 * those apps' own policies to admit them: `requiredPeerIngress()` lists them. In particular Tempo's
 * policy must admit Langfuse on 4318 (the reference's Tempo policy admitted only Alloy on 4317 and
 * Grafana/Prometheus on 3200, so tracing was dropped at Tempo).
 *
 * Selectors use the real pod labels: the chart's `app.kubernetes.io/name=langfuse`,
 * `app.kubernetes.io/instance=<release>` and `app=web|worker`; CNPG's `cnpg.io/cluster`; Bitnami's
 * `app.kubernetes.io/name` (`clickhouse`, `zookeeper`, and the aliases `redis` and `s3`, because
 * Helm renames an aliased sub-chart) with the release as instance; the ClickHouse operator's
 * `app=<name>-clickhouse|keeper` (lib/clickhouse/operator-conventions.ts). The bundled and the
 * operator's ClickHouse may both run (`input.clickhouse`); web and worker reach only the one in use.
 */
export function langfuseTraffic(input: LangfuseTrafficInput): TrafficModel {
  const ns = input.namespace;
  const instance = { 'app.kubernetes.io/instance': input.release };
  const web = Peer.pods(`${input.release}-web`, ns, { 'app.kubernetes.io/name': 'langfuse', ...instance, app: 'web' });
  const worker = Peer.pods(`${input.release}-worker`, ns, { 'app.kubernetes.io/name': 'langfuse', ...instance, app: 'worker' });
  const postgres = Peer.pods(input.postgresCluster, ns, { 'cnpg.io/cluster': input.postgresCluster });
  const clickhouse = Peer.pods(`${input.release}-clickhouse`, ns, { 'app.kubernetes.io/name': 'clickhouse', ...instance });
  const zookeeper = Peer.pods(`${input.release}-zookeeper`, ns, { 'app.kubernetes.io/name': 'zookeeper', ...instance });
  const valkey = Peer.pods(`${input.release}-redis`, ns, { 'app.kubernetes.io/name': 'redis', ...instance });
  const minio = Peer.pods(`${input.release}-s3`, ns, { 'app.kubernetes.io/name': 's3', ...instance });
  const kubeDns = Peer.pods('kube-dns', 'kube-system', NEIGHBOUR_LABELS.kubeDns);
  const neighbour = (name: string, target: InClusterTarget, labels: Readonly<Record<string, string>>) =>
    target.namespace === undefined ? Peer.world() : Peer.pods(name, target.namespace, labels);

  const workloads: ProtectedWorkload[] = [
    { policyName: `${input.release}-web`, peer: web, description: 'Langfuse web (UI, public API, headless initialization)' },
    { policyName: `${input.release}-worker`, peer: worker, description: 'Langfuse worker (queues, evaluations, exports)' },
    { policyName: `${input.release}-postgres`, peer: postgres, description: 'CloudNativePG instances' },
  ];
  const stores = input.clickhouse ?? { bundled: true, serving: 'bundled' };
  if (stores.bundled) workloads.push({ policyName: `${input.release}-clickhouse`, peer: clickhouse, description: 'the chart\'s Bitnami ClickHouse' });
  if (stores.bundled && input.clickhouseCluster) workloads.push({ policyName: `${input.release}-zookeeper`, peer: zookeeper, description: 'the ClickHouse sub-chart\'s ZooKeeper' });
  if (!input.dragonfly) workloads.push({ policyName: `${input.release}-redis`, peer: valkey, description: 'the chart\'s bundled Valkey' });
  if (!input.rustfs) workloads.push({ policyName: `${input.release}-s3`, peer: minio, description: 'the chart\'s bundled MinIO' });

  const flows: TrafficFlow[] = [];
  const flow = (from: Peer | Peer[], to: Peer | Peer[], ports: TrafficPort[], purpose: string, when = 'always') => {
    for (const f of Array.isArray(from) ? from : [from]) {
      for (const t of Array.isArray(to) ? to : [to]) flows.push({ from: f, to: t, ports, purpose, when });
    }
  };
  const app = [web, worker];

  // Langfuse web and worker.
  flow(app, kubeDns, DNS, 'DNS');
  flow(app, postgres, tcp(5432), 'transactional data');
  const operator = stores.operator ? operatorClickHousePeers(stores.operator.name, ns) : undefined;
  if (operator) {
    workloads.push(
      { policyName: operator.server.name, peer: operator.server, description: 'the ClickHouse operator\'s ClickHouse servers' },
      { policyName: operator.keeper.name, peer: operator.keeper, description: 'the ClickHouse operator\'s Keeper' },
    );
  }
  const serving = stores.serving === 'operator' && operator ? operator.server : clickhouse;
  flow(app, serving, tcp(8123, 9000), 'analytics (HTTP and native protocol for migrations)');
  if (input.dragonfly) {
    flow(app, neighbour('dragonfly', input.dragonfly, NEIGHBOUR_LABELS.dragonfly), tcp(input.dragonfly.port), 'queues and caches', 'Dragonfly on');
  } else {
    flow(app, valkey, tcp(6379), 'queues and caches', 'Dragonfly off (bundled Valkey)');
  }
  if (input.rustfs) {
    flow(app, neighbour('rustfs', input.rustfs, NEIGHBOUR_LABELS.rustfs), tcp(input.rustfs.port), 'event, media and export blobs', 'RustFS on');
  } else {
    flow(app, minio, tcp(9000), 'event, media and export blobs', 'RustFS off (bundled MinIO)');
  }
  if (input.keycloak) {
    flow(web, neighbour('keycloak', input.keycloak, NEIGHBOUR_LABELS.keycloak), tcp(input.keycloak.port), 'OIDC token, userinfo and JWKS calls', 'SSO on');
  }
  if (input.tempo) {
    flow(app, neighbour('tempo', input.tempo, NEIGHBOUR_LABELS.tempo), tcp(input.tempo.port), 'OTLP/HTTP self-traces', 'tracing on');
  }
  if (input.litellm) {
    const litellm = neighbour('litellm', input.litellm, NEIGHBOUR_LABELS.litellm);
    flow(app, litellm, tcp(input.litellm.port), 'LLM calls: playground (web), LLM-as-a-judge and experiments (worker)', 'LiteLLM on');
    if (input.litellm.namespace !== undefined) flow(litellm, web, tcp(3000), 'LiteLLM\'s Langfuse callback (traces)', 'LiteLLM on');
  }
  if (input.smtpPort !== undefined) flow(app, Peer.world(), tcp(input.smtpPort), 'outgoing email (SMTP)', 'SMTP configured');
  for (const gatewayNamespace of input.gatewayNamespaces ?? []) {
    flow(Peer.namespace(gatewayNamespace), web, tcp(3000), 'HTTPRoute traffic from the gateway', 'route on');
  }
  if (input.llmConnectionJobLabels) {
    const job = Peer.pods('llm-connection-job', ns, input.llmConnectionJobLabels);
    flow(job, web, tcp(3000), 'upsert of the LLM connection through the public API', 'LiteLLM and headless initialization on');
  }
  for (const namespace of input.ingressNamespaces ?? []) {
    flow(Peer.namespace(namespace), web, tcp(3000), `UI and API calls from namespace ${namespace}`, 'langfuse_ingress_namespaces');
  }
  if (input.roleSyncPodLabels) {
    const sync = Peer.pods(`${input.release}-role-sync`, ns, input.roleSyncPodLabels);
    workloads.push({ policyName: `${input.release}-role-sync`, peer: sync, description: 'the SCIM role sync CronJob' });
    const when = 'SCIM role sync on';
    flow(sync, kubeDns, DNS, 'DNS', when);
    flow(sync, Peer.pods('keycloak', KEYCLOAK_SERVICE.namespace, NEIGHBOUR_LABELS.keycloak), tcp(KEYCLOAK_SERVICE.port), 'service-account token and the users\' realm roles', when);
    flow(sync, web, tcp(3000), 'SCIM membership roles', when);
  }

  // Postgres (CloudNativePG).
  flow(postgres, kubeDns, DNS, 'DNS');
  flow(postgres, Peer.kubeApiServer(), tcp(443, 6443), 'CNPG instance manager (status, leader election)');
  flow(postgres, postgres, tcp(5432, 8000), 'replication and instance status between instances');
  flow(Peer.pods('cloudnative-pg', CNPG_OPERATOR.namespace, NEIGHBOUR_LABELS.cnpgOperator), postgres, tcp(8000), 'CNPG operator status checks');
  if (input.backup && input.rustfs) {
    flow(postgres, neighbour('rustfs', input.rustfs, NEIGHBOUR_LABELS.rustfs), tcp(input.rustfs.port), 'WAL archive and base backups', 'backups on');
  }
  const prometheus = Peer.pods('prometheus', MONITORING_NAMESPACE, NEIGHBOUR_LABELS.prometheus);
  if (input.monitoring) flow(prometheus, postgres, tcp(9187), 'metrics scrape (CNPG exporter)', 'monitoring on');

  // The bundled ClickHouse and, in cluster mode, ZooKeeper.
  if (stores.bundled) flow(clickhouse, kubeDns, DNS, 'DNS');
  if (stores.bundled && input.clickhouseCluster) {
    flow(clickhouse, clickhouse, tcp(9000, 9009), 'replication between ClickHouse replicas', 'ClickHouse cluster mode');
    flow(clickhouse, zookeeper, tcp(2181), 'replication coordination', 'ClickHouse cluster mode');
    flow(zookeeper, kubeDns, DNS, 'DNS', 'ClickHouse cluster mode');
    flow(zookeeper, zookeeper, tcp(2888, 3888), 'ZooKeeper quorum and leader election', 'ClickHouse cluster mode');
  }

  // The operator's ClickHouse: servers, Keeper and the operator that manages both. The operator's
  // own pods are no protected workload (no policy selects them, so the API server's calls to its
  // webhook on 9443 and its own egress pass): it serves the whole cluster, not this instance.
  if (operator) {
    const { server, keeper } = operator;
    const op = Peer.pods('clickhouse-operator', stores.operator?.operatorNamespace ?? CLICKHOUSE_OPERATOR_NAMESPACE, CLICKHOUSE_OPERATOR_POD_LABELS);
    const when = 'ClickHouse operator';
    flow([server, keeper], kubeDns, DNS, 'DNS', when);
    flow(server, keeper, tcp(CLICKHOUSE_KEEPER_PORTS.client), 'replication coordination (Keeper)', when);
    flow(keeper, keeper, tcp(CLICKHOUSE_KEEPER_PORTS.raft), 'Keeper quorum (Raft)', when);
    flow(server, server, tcp(CLICKHOUSE_SERVER_PORTS.interserver, CLICKHOUSE_SERVER_PORTS.management),
      'replication (interserver) and distributed queries (management port) between replicas', when);
    flow(op, server, tcp(CLICKHOUSE_SERVER_PORTS.management), 'the operator\'s management user: schema sync, status', when);
    flow(op, keeper, tcp(CLICKHOUSE_KEEPER_PORTS.client), 'the operator\'s Keeper status checks', when);
  }

  // A migration from the bundled ClickHouse: its Jobs talk to the new cluster, which reads the old one.
  const migration = stores.migration;
  if (operator && migration) {
    const jobs = Peer.pods('clickhouse-migration-jobs', ns, migration.jobLabels);
    flow(jobs, operator.server, tcp(CLICKHOUSE_SERVER_PORTS.native), 'schema and copy Jobs of the ClickHouse migration', 'ClickHouse migration, prepare to cutover');
    if (migration.copyFromBundled && stores.bundled) {
      flow(operator.server, clickhouse, tcp(CLICKHOUSE_SERVER_PORTS.native), 'the copy: remote() reads the bundled ClickHouse', 'ClickHouse migration, copy and freeze only');
      flow(jobs, clickhouse, tcp(CLICKHOUSE_SERVER_PORTS.native), 'the final copy: SYSTEM SYNC REPLICA on the replica it reads', 'ClickHouse migration, copy and freeze only');
    }
  }

  // The ClickHouse backup and restore Jobs talk to the store in use, which reads and writes the backup bucket.
  const backupJobs = stores.backupJobs ?? [];
  backupJobs.forEach((labels, i) => {
    const job = Peer.pods(labels['app.kubernetes.io/name'] ?? `clickhouse-backup-job-${i}`, ns, labels);
    flow(job, serving, tcp(CLICKHOUSE_SERVER_PORTS.native), 'BACKUP and RESTORE statements (clickhouse-client)', 'ClickHouse backups or restore on');
  });
  if (backupJobs.length > 0 && input.rustfs) {
    flow(serving, neighbour('rustfs', input.rustfs, NEIGHBOUR_LABELS.rustfs), tcp(input.rustfs.port), 'ClickHouse backups to and from the backup bucket',
      'ClickHouse backups or restore on');
  }

  if (input.monitoring) {
    flow(prometheus, app, tcp(STATSD_EXPORTER_METRICS_PORT), 'metrics scrape (statsd-exporter sidecar)', 'monitoring on');
    if (stores.bundled) flow(prometheus, clickhouse, tcp(8001), 'metrics scrape (ClickHouse Prometheus endpoint)', 'monitoring on');
    if (operator) {
      flow(prometheus, operator.server, tcp(CLICKHOUSE_SERVER_PORTS.prometheus), 'metrics scrape (ClickHouse Prometheus endpoint)', 'monitoring on');
      flow(prometheus, operator.keeper, tcp(CLICKHOUSE_KEEPER_PORTS.prometheus), 'metrics scrape (Keeper Prometheus endpoint)', 'monitoring on');
    }
  }

  // Bundled stores.
  if (!input.dragonfly) flow(valkey, kubeDns, DNS, 'DNS', 'Dragonfly off (bundled Valkey)');
  if (!input.rustfs) flow(minio, kubeDns, DNS, 'DNS', 'RustFS off (bundled MinIO)');

  return { namespace: ns, workloads, flows };
}

/** The server and Keeper pods of the operator's cluster `name`, selected by the operator's `app` label. */
export function operatorClickHousePeers(name: string, namespace: string): { server: Peer; keeper: Peer } {
  return {
    server: Peer.pods(clickhouseSpecificName(name), namespace, { app: clickhouseServerPodLabels(name).app }),
    keeper: Peer.pods(keeperSpecificName(name), namespace, { app: clickhouseKeeperPodLabels(name).app }),
  };
}

/**
 * The model input from chart props: the one place where the effective flags of a `LangfuseChart`
 * become traffic.
 */
export function langfuseTrafficInput(props: LangfuseChartProps, names: LangfuseNames, clickhouse?: ClickHouseStoresTraffic): LangfuseTrafficInput {
  const redis = props.redis;
  const storage = props.objectStorage;
  return {
    namespace: names.namespace,
    release: names.release,
    postgresCluster: names.postgresCluster,
    dragonfly: redis instanceof DragonflyBackend ? { namespace: redis.namespace, port: redis.port } : undefined,
    rustfs: storage instanceof ExternalObjectStorage ? inClusterTarget(storage.endpoint) : undefined,
    clickhouseCluster: props.clickhouse.clusterEnabled ?? false,
    clickhouse,
    keycloak: props.sso ? { namespace: KEYCLOAK_SERVICE.namespace, port: KEYCLOAK_SERVICE.port } : undefined,
    tempo: props.tracing ? inClusterTarget(props.tracing.otlpEndpoint) : undefined,
    monitoring: Boolean(props.monitoring),
    litellm: props.litellm ? { namespace: names.namespace, port: LITELLM_SERVICE.port } : undefined,
    llmConnectionJobLabels: props.litellmIntegration?.llmConnection ? llmConnectionPodLabels() : undefined,
    smtpPort: props.smtp ? smtpPort(props.smtp.url) : undefined,
    backup: props.backup !== undefined,
    gatewayNamespaces: props.route ? [...new Set(props.route.parents.map((p) => p.namespace))] : undefined,
    ingressNamespaces: props.ingressNamespaces,
    roleSyncPodLabels: props.roleSync ? roleSyncPodLabels() : undefined,
  };
}

/**
 * The namespace and port of a URL: `<service>.<namespace>.svc[.cluster.local]` hosts are in the
 * cluster; any other host is outside it (no namespace).
 */
export function inClusterTarget(url: string): InClusterTarget {
  const parsed = new URL(url);
  const match = /^[a-z0-9-]+\.([a-z0-9-]+)\.svc(\.cluster\.local)?$/.exec(parsed.hostname);
  const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
  return { namespace: match ? match[1] : undefined, port };
}

/** The port of an SMTP URL: explicit, else 465 for smtps:// and 587 for smtp://. */
export function smtpPort(url: string): number {
  const match = /^smtps?:\/\/(?:[^@/]*@)?[^:/]+:(\d+)/.exec(url);
  if (match) return Number(match[1]);
  return url.startsWith('smtps://') ? 465 : 587;
}
