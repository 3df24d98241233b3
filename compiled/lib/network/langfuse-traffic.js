"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NEIGHBOUR_LABELS = void 0;
exports.langfuseTraffic = langfuseTraffic;
exports.operatorClickHousePeers = operatorClickHousePeers;
exports.langfuseTrafficInput = langfuseTrafficInput;
exports.inClusterTarget = inClusterTarget;
exports.smtpPort = smtpPort;
const object_storage_1 = require("../backends/object-storage");
const redis_backend_1 = require("../backends/redis-backend");
const operator_conventions_1 = require("../clickhouse/operator-conventions");
const langfuse_llm_connection_1 = require("../integrations/langfuse-llm-connection");
const litellm_integration_1 = require("../integrations/litellm-integration");
const langfuse_role_sync_1 = require("../identity/langfuse-role-sync");
const statsd_exporter_sidecar_1 = require("../observability/statsd-exporter-sidecar");
const derive_1 = require("../settings/derive");
const shared_services_1 = require("../settings/shared-services");
const traffic_model_1 = require("./traffic-model");
/** Pod labels of the operators and neighbours, as their charts and operators set them. */
exports.NEIGHBOUR_LABELS = {
    kubeDns: { 'k8s-app': 'kube-dns' },
    cnpgOperator: { 'app.kubernetes.io/name': 'cloudnative-pg' },
    dragonfly: { app: 'dragonfly' },
    rustfs: { 'app.kubernetes.io/name': 'rustfs' },
    keycloak: { app: 'keycloak' },
    tempo: { 'app.kubernetes.io/name': 'tempo' },
    prometheus: { 'app.kubernetes.io/name': 'prometheus' },
    litellm: { 'app.kubernetes.io/name': 'litellm' },
};
const DNS = [{ port: 53, protocol: traffic_model_1.TrafficProtocol.UDP }, { port: 53, protocol: traffic_model_1.TrafficProtocol.TCP }];
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
function langfuseTraffic(input) {
    const ns = input.namespace;
    const instance = { 'app.kubernetes.io/instance': input.release };
    const web = traffic_model_1.Peer.pods(`${input.release}-web`, ns, { 'app.kubernetes.io/name': 'langfuse', ...instance, app: 'web' });
    const worker = traffic_model_1.Peer.pods(`${input.release}-worker`, ns, { 'app.kubernetes.io/name': 'langfuse', ...instance, app: 'worker' });
    const postgres = traffic_model_1.Peer.pods(input.postgresCluster, ns, { 'cnpg.io/cluster': input.postgresCluster });
    const clickhouse = traffic_model_1.Peer.pods(`${input.release}-clickhouse`, ns, { 'app.kubernetes.io/name': 'clickhouse', ...instance });
    const zookeeper = traffic_model_1.Peer.pods(`${input.release}-zookeeper`, ns, { 'app.kubernetes.io/name': 'zookeeper', ...instance });
    const valkey = traffic_model_1.Peer.pods(`${input.release}-redis`, ns, { 'app.kubernetes.io/name': 'redis', ...instance });
    const minio = traffic_model_1.Peer.pods(`${input.release}-s3`, ns, { 'app.kubernetes.io/name': 's3', ...instance });
    const kubeDns = traffic_model_1.Peer.pods('kube-dns', 'kube-system', exports.NEIGHBOUR_LABELS.kubeDns);
    const neighbour = (name, target, labels) => target.namespace === undefined ? traffic_model_1.Peer.world() : traffic_model_1.Peer.pods(name, target.namespace, labels);
    const workloads = [
        { policyName: `${input.release}-web`, peer: web, description: 'Langfuse web (UI, public API, headless initialization)' },
        { policyName: `${input.release}-worker`, peer: worker, description: 'Langfuse worker (queues, evaluations, exports)' },
        { policyName: `${input.release}-postgres`, peer: postgres, description: 'CloudNativePG instances' },
    ];
    const stores = input.clickhouse ?? { bundled: true, serving: 'bundled' };
    if (stores.bundled)
        workloads.push({ policyName: `${input.release}-clickhouse`, peer: clickhouse, description: 'the chart\'s Bitnami ClickHouse' });
    if (stores.bundled && input.clickhouseCluster)
        workloads.push({ policyName: `${input.release}-zookeeper`, peer: zookeeper, description: 'the ClickHouse sub-chart\'s ZooKeeper' });
    if (!input.dragonfly)
        workloads.push({ policyName: `${input.release}-redis`, peer: valkey, description: 'the chart\'s bundled Valkey' });
    if (!input.rustfs)
        workloads.push({ policyName: `${input.release}-s3`, peer: minio, description: 'the chart\'s bundled MinIO' });
    const flows = [];
    const flow = (from, to, ports, purpose, when = 'always') => {
        for (const f of Array.isArray(from) ? from : [from]) {
            for (const t of Array.isArray(to) ? to : [to])
                flows.push({ from: f, to: t, ports, purpose, when });
        }
    };
    const app = [web, worker];
    // Langfuse web and worker.
    flow(app, kubeDns, DNS, 'DNS');
    flow(app, postgres, (0, traffic_model_1.tcp)(5432), 'transactional data');
    const operator = stores.operator ? operatorClickHousePeers(stores.operator.name, ns) : undefined;
    if (operator) {
        workloads.push({ policyName: operator.server.name, peer: operator.server, description: 'the ClickHouse operator\'s ClickHouse servers' }, { policyName: operator.keeper.name, peer: operator.keeper, description: 'the ClickHouse operator\'s Keeper' });
    }
    const serving = stores.serving === 'operator' && operator ? operator.server : clickhouse;
    flow(app, serving, (0, traffic_model_1.tcp)(8123, 9000), 'analytics (HTTP and native protocol for migrations)');
    if (input.dragonfly) {
        flow(app, neighbour('dragonfly', input.dragonfly, exports.NEIGHBOUR_LABELS.dragonfly), (0, traffic_model_1.tcp)(input.dragonfly.port), 'queues and caches', 'Dragonfly on');
    }
    else {
        flow(app, valkey, (0, traffic_model_1.tcp)(6379), 'queues and caches', 'Dragonfly off (bundled Valkey)');
    }
    if (input.rustfs) {
        flow(app, neighbour('rustfs', input.rustfs, exports.NEIGHBOUR_LABELS.rustfs), (0, traffic_model_1.tcp)(input.rustfs.port), 'event, media and export blobs', 'RustFS on');
    }
    else {
        flow(app, minio, (0, traffic_model_1.tcp)(9000), 'event, media and export blobs', 'RustFS off (bundled MinIO)');
    }
    if (input.keycloak) {
        flow(web, neighbour('keycloak', input.keycloak, exports.NEIGHBOUR_LABELS.keycloak), (0, traffic_model_1.tcp)(input.keycloak.port), 'OIDC token, userinfo and JWKS calls', 'SSO on');
    }
    if (input.tempo) {
        flow(app, neighbour('tempo', input.tempo, exports.NEIGHBOUR_LABELS.tempo), (0, traffic_model_1.tcp)(input.tempo.port), 'OTLP/HTTP self-traces', 'tracing on');
    }
    if (input.litellm) {
        const litellm = neighbour('litellm', input.litellm, exports.NEIGHBOUR_LABELS.litellm);
        flow(app, litellm, (0, traffic_model_1.tcp)(input.litellm.port), 'LLM calls: playground (web), LLM-as-a-judge and experiments (worker)', 'LiteLLM on');
        if (input.litellm.namespace !== undefined)
            flow(litellm, web, (0, traffic_model_1.tcp)(3000), 'LiteLLM\'s Langfuse callback (traces)', 'LiteLLM on');
    }
    if (input.smtpPort !== undefined)
        flow(app, traffic_model_1.Peer.world(), (0, traffic_model_1.tcp)(input.smtpPort), 'outgoing email (SMTP)', 'SMTP configured');
    for (const gatewayNamespace of input.gatewayNamespaces ?? []) {
        flow(traffic_model_1.Peer.namespace(gatewayNamespace), web, (0, traffic_model_1.tcp)(3000), 'HTTPRoute traffic from the gateway', 'route on');
    }
    if (input.llmConnectionJobLabels) {
        const job = traffic_model_1.Peer.pods('llm-connection-job', ns, input.llmConnectionJobLabels);
        flow(job, web, (0, traffic_model_1.tcp)(3000), 'upsert of the LLM connection through the public API', 'LiteLLM and headless initialization on');
    }
    for (const namespace of input.ingressNamespaces ?? []) {
        flow(traffic_model_1.Peer.namespace(namespace), web, (0, traffic_model_1.tcp)(3000), `UI and API calls from namespace ${namespace}`, 'langfuse_ingress_namespaces');
    }
    if (input.roleSyncPodLabels) {
        const sync = traffic_model_1.Peer.pods(`${input.release}-role-sync`, ns, input.roleSyncPodLabels);
        workloads.push({ policyName: `${input.release}-role-sync`, peer: sync, description: 'the SCIM role sync CronJob' });
        const when = 'SCIM role sync on';
        flow(sync, kubeDns, DNS, 'DNS', when);
        flow(sync, traffic_model_1.Peer.pods('keycloak', derive_1.KEYCLOAK_SERVICE.namespace, exports.NEIGHBOUR_LABELS.keycloak), (0, traffic_model_1.tcp)(derive_1.KEYCLOAK_SERVICE.port), 'service-account token and the users\' realm roles', when);
        flow(sync, web, (0, traffic_model_1.tcp)(3000), 'SCIM membership roles', when);
    }
    // Postgres (CloudNativePG).
    flow(postgres, kubeDns, DNS, 'DNS');
    flow(postgres, traffic_model_1.Peer.kubeApiServer(), (0, traffic_model_1.tcp)(443, 6443), 'CNPG instance manager (status, leader election)');
    flow(postgres, postgres, (0, traffic_model_1.tcp)(5432, 8000), 'replication and instance status between instances');
    flow(traffic_model_1.Peer.pods('cloudnative-pg', shared_services_1.CNPG_OPERATOR.namespace, exports.NEIGHBOUR_LABELS.cnpgOperator), postgres, (0, traffic_model_1.tcp)(8000), 'CNPG operator status checks');
    if (input.backup && input.rustfs) {
        flow(postgres, neighbour('rustfs', input.rustfs, exports.NEIGHBOUR_LABELS.rustfs), (0, traffic_model_1.tcp)(input.rustfs.port), 'WAL archive and base backups', 'backups on');
    }
    const prometheus = traffic_model_1.Peer.pods('prometheus', shared_services_1.MONITORING_NAMESPACE, exports.NEIGHBOUR_LABELS.prometheus);
    if (input.monitoring)
        flow(prometheus, postgres, (0, traffic_model_1.tcp)(9187), 'metrics scrape (CNPG exporter)', 'monitoring on');
    // The bundled ClickHouse and, in cluster mode, ZooKeeper.
    if (stores.bundled)
        flow(clickhouse, kubeDns, DNS, 'DNS');
    if (stores.bundled && input.clickhouseCluster) {
        flow(clickhouse, clickhouse, (0, traffic_model_1.tcp)(9000, 9009), 'replication between ClickHouse replicas', 'ClickHouse cluster mode');
        flow(clickhouse, zookeeper, (0, traffic_model_1.tcp)(2181), 'replication coordination', 'ClickHouse cluster mode');
        flow(zookeeper, kubeDns, DNS, 'DNS', 'ClickHouse cluster mode');
        flow(zookeeper, zookeeper, (0, traffic_model_1.tcp)(2888, 3888), 'ZooKeeper quorum and leader election', 'ClickHouse cluster mode');
    }
    // The operator's ClickHouse: servers, Keeper and the operator that manages both. The operator's
    // own pods are no protected workload (no policy selects them, so the API server's calls to its
    // webhook on 9443 and its own egress pass): it serves the whole cluster, not this instance.
    if (operator) {
        const { server, keeper } = operator;
        const op = traffic_model_1.Peer.pods('clickhouse-operator', stores.operator?.operatorNamespace ?? operator_conventions_1.CLICKHOUSE_OPERATOR_NAMESPACE, operator_conventions_1.CLICKHOUSE_OPERATOR_POD_LABELS);
        const when = 'ClickHouse operator';
        flow([server, keeper], kubeDns, DNS, 'DNS', when);
        flow(server, keeper, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_KEEPER_PORTS.client), 'replication coordination (Keeper)', when);
        flow(keeper, keeper, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_KEEPER_PORTS.raft), 'Keeper quorum (Raft)', when);
        flow(server, server, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_SERVER_PORTS.interserver, operator_conventions_1.CLICKHOUSE_SERVER_PORTS.management), 'replication (interserver) and distributed queries (management port) between replicas', when);
        flow(op, server, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_SERVER_PORTS.management), 'the operator\'s management user: schema sync, status', when);
        flow(op, keeper, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_KEEPER_PORTS.client), 'the operator\'s Keeper status checks', when);
    }
    // A migration from the bundled ClickHouse: its Jobs talk to the new cluster, which reads the old one.
    const migration = stores.migration;
    if (operator && migration) {
        const jobs = traffic_model_1.Peer.pods('clickhouse-migration-jobs', ns, migration.jobLabels);
        flow(jobs, operator.server, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_SERVER_PORTS.native), 'schema and copy Jobs of the ClickHouse migration', 'ClickHouse migration, prepare to cutover');
        if (migration.copyFromBundled && stores.bundled) {
            flow(operator.server, clickhouse, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_SERVER_PORTS.native), 'the copy: remote() reads the bundled ClickHouse', 'ClickHouse migration, copy and freeze only');
            flow(jobs, clickhouse, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_SERVER_PORTS.native), 'the final copy: SYSTEM SYNC REPLICA on the replica it reads', 'ClickHouse migration, copy and freeze only');
        }
    }
    // The ClickHouse backup and restore Jobs talk to the store in use, which reads and writes the backup bucket.
    const backupJobs = stores.backupJobs ?? [];
    backupJobs.forEach((labels, i) => {
        const job = traffic_model_1.Peer.pods(labels['app.kubernetes.io/name'] ?? `clickhouse-backup-job-${i}`, ns, labels);
        flow(job, serving, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_SERVER_PORTS.native), 'BACKUP and RESTORE statements (clickhouse-client)', 'ClickHouse backups or restore on');
    });
    if (backupJobs.length > 0 && input.rustfs) {
        flow(serving, neighbour('rustfs', input.rustfs, exports.NEIGHBOUR_LABELS.rustfs), (0, traffic_model_1.tcp)(input.rustfs.port), 'ClickHouse backups to and from the backup bucket', 'ClickHouse backups or restore on');
    }
    if (input.monitoring) {
        flow(prometheus, app, (0, traffic_model_1.tcp)(statsd_exporter_sidecar_1.STATSD_EXPORTER_METRICS_PORT), 'metrics scrape (statsd-exporter sidecar)', 'monitoring on');
        if (stores.bundled)
            flow(prometheus, clickhouse, (0, traffic_model_1.tcp)(8001), 'metrics scrape (ClickHouse Prometheus endpoint)', 'monitoring on');
        if (operator) {
            flow(prometheus, operator.server, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_SERVER_PORTS.prometheus), 'metrics scrape (ClickHouse Prometheus endpoint)', 'monitoring on');
            flow(prometheus, operator.keeper, (0, traffic_model_1.tcp)(operator_conventions_1.CLICKHOUSE_KEEPER_PORTS.prometheus), 'metrics scrape (Keeper Prometheus endpoint)', 'monitoring on');
        }
    }
    // Bundled stores.
    if (!input.dragonfly)
        flow(valkey, kubeDns, DNS, 'DNS', 'Dragonfly off (bundled Valkey)');
    if (!input.rustfs)
        flow(minio, kubeDns, DNS, 'DNS', 'RustFS off (bundled MinIO)');
    return { namespace: ns, workloads, flows };
}
/** The server and Keeper pods of the operator's cluster `name`, selected by the operator's `app` label. */
function operatorClickHousePeers(name, namespace) {
    return {
        server: traffic_model_1.Peer.pods((0, operator_conventions_1.clickhouseSpecificName)(name), namespace, { app: (0, operator_conventions_1.clickhouseServerPodLabels)(name).app }),
        keeper: traffic_model_1.Peer.pods((0, operator_conventions_1.keeperSpecificName)(name), namespace, { app: (0, operator_conventions_1.clickhouseKeeperPodLabels)(name).app }),
    };
}
/**
 * The model input from chart props: the one place where the effective flags of a `LangfuseChart`
 * become traffic.
 */
function langfuseTrafficInput(props, names, clickhouse) {
    const redis = props.redis;
    const storage = props.objectStorage;
    return {
        namespace: names.namespace,
        release: names.release,
        postgresCluster: names.postgresCluster,
        dragonfly: redis instanceof redis_backend_1.DragonflyBackend ? { namespace: redis.namespace, port: redis.port } : undefined,
        rustfs: storage instanceof object_storage_1.ExternalObjectStorage ? inClusterTarget(storage.endpoint) : undefined,
        clickhouseCluster: props.clickhouse.clusterEnabled ?? false,
        clickhouse,
        keycloak: props.sso ? { namespace: derive_1.KEYCLOAK_SERVICE.namespace, port: derive_1.KEYCLOAK_SERVICE.port } : undefined,
        tempo: props.tracing ? inClusterTarget(props.tracing.otlpEndpoint) : undefined,
        monitoring: Boolean(props.monitoring),
        litellm: props.litellm ? { namespace: names.namespace, port: litellm_integration_1.LITELLM_SERVICE.port } : undefined,
        llmConnectionJobLabels: props.litellmIntegration?.llmConnection ? (0, langfuse_llm_connection_1.llmConnectionPodLabels)() : undefined,
        smtpPort: props.smtp ? smtpPort(props.smtp.url) : undefined,
        backup: props.backup !== undefined,
        gatewayNamespaces: props.route ? [...new Set(props.route.parents.map((p) => p.namespace))] : undefined,
        ingressNamespaces: props.ingressNamespaces,
        roleSyncPodLabels: props.roleSync ? (0, langfuse_role_sync_1.roleSyncPodLabels)() : undefined,
    };
}
/**
 * The namespace and port of a URL: `<service>.<namespace>.svc[.cluster.local]` hosts are in the
 * cluster; any other host is outside it (no namespace).
 */
function inClusterTarget(url) {
    const parsed = new URL(url);
    const match = /^[a-z0-9-]+\.([a-z0-9-]+)\.svc(\.cluster\.local)?$/.exec(parsed.hostname);
    const port = parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
    return { namespace: match ? match[1] : undefined, port };
}
/** The port of an SMTP URL: explicit, else 465 for smtps:// and 587 for smtp://. */
function smtpPort(url) {
    const match = /^smtps?:\/\/(?:[^@/]*@)?[^:/]+:(\d+)/.exec(url);
    if (match)
        return Number(match[1]);
    return url.startsWith('smtps://') ? 465 : 587;
}
