"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ClickHouseCluster = exports.DEFAULT_ANALYTICS_CLUSTER_NAME = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const prune_protection_1 = require("../flux/prune-protection");
const clickhouse_com_1 = require("../../imports/clickhouse.com");
const fields_1 = require("../config/fields");
const file_placement_1 = require("../output/file-placement");
const prop_checks_1 = require("../prop-checks");
const derive_1 = require("../settings/derive");
const clickhouse_connection_1 = require("./clickhouse-connection");
const clickhouse_images_1 = require("./clickhouse-images");
const operator_conventions_1 = require("./operator-conventions");
/** The name of the operator's cluster by default; never the chart's `langfuse`, whose Bitnami objects are `langfuse-clickhouse*`. */
exports.DEFAULT_ANALYTICS_CLUSTER_NAME = 'langfuse-analytics';
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
class ClickHouseCluster extends constructs_1.Construct {
    /** Flux health checks of a cluster named `name` (Ready condition of both resources). */
    static healthChecks(name, namespace) {
        const apiVersion = 'clickhouse.com/v1alpha1';
        // The operator sets Ready only after the default database is Replicated (sync.go), and
        // SpecValid=False is the one state a retry does not fix.
        const expression = (kind) => ({
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
    name;
    namespace;
    replicas;
    keeperReplicas;
    /** The pinned server image (its `clickhouse-client` serves Jobs that talk to this cluster). */
    image;
    /** The headless Service of the servers, `<name>-clickhouse-headless` (the only Service the operator creates). */
    headlessService;
    /** Its cluster DNS name. */
    host;
    httpPort = operator_conventions_1.CLICKHOUSE_SERVER_PORTS.http;
    nativePort = operator_conventions_1.CLICKHOUSE_SERVER_PORTS.native;
    passwordSecret;
    /** Labels of every server pod. */
    podLabels;
    /** A selector of the server pods. */
    podSelector;
    /** Labels of every Keeper pod. */
    keeperPodLabels;
    /** A selector of the Keeper pods. */
    keeperPodSelector;
    /** The first server pod, for `kubectl exec`. */
    firstPod;
    /** The first server pod's DNS name under the headless Service (the operator's `HostnameByID`). */
    firstPodHost;
    /** How the Langfuse release reaches this cluster. */
    connection;
    keeper;
    cluster;
    constructor(scope, id, props) {
        super(scope, id);
        this.name = props.name ?? exports.DEFAULT_ANALYTICS_CLUSTER_NAME;
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
        const at = (prop) => `clickhouse cluster ${this.name}: ${prop}`;
        (0, prop_checks_1.checkProp)(at('namespace'), props.namespace, (0, fields_1.dnsLabel)());
        (0, prop_checks_1.checkSecretKeyRef)(at('passwordSecret'), props.passwordSecret);
        (0, prop_checks_1.checkOptionalProps)([
            [at('storageSize'), props.storageSize, (0, fields_1.storageQuantity)()],
            [at('keeperStorageSize'), props.keeperStorageSize, (0, fields_1.storageQuantity)()],
            [at('storageClass'), props.storageClass, (0, fields_1.dnsSubdomain)()],
            [at('cpuRequest'), props.cpuRequest, (0, fields_1.cpuQuantity)()],
            [at('cpuLimit'), props.cpuLimit, (0, fields_1.cpuQuantity)()],
            [at('memoryRequest'), props.memoryRequest, (0, fields_1.memoryQuantity)()],
            [at('memoryLimit'), props.memoryLimit, (0, fields_1.memoryQuantity)()],
        ]);
        this.passwordSecret = props.passwordSecret;
        this.image = props.image ?? clickhouse_images_1.CLICKHOUSE_SERVER_IMAGE;
        this.headlessService = `${(0, operator_conventions_1.clickhouseSpecificName)(this.name)}-headless`;
        this.host = (0, derive_1.serviceDns)(this.headlessService, this.namespace);
        this.podLabels = (0, operator_conventions_1.clickhouseServerPodLabels)(this.name);
        this.podSelector = { app: this.podLabels.app };
        this.keeperPodLabels = (0, operator_conventions_1.clickhouseKeeperPodLabels)(this.name);
        this.keeperPodSelector = { app: this.keeperPodLabels.app };
        this.firstPod = (0, operator_conventions_1.clickhouseServerPod)(this.name);
        this.firstPodHost = `${this.firstPod}.${this.host}`;
        this.connection = clickhouse_connection_1.ClickHouseConnection.external({ host: this.host, passwordSecret: this.passwordSecret, clusterEnabled: true });
        const storageClass = props.storageClass ?? 'local-path';
        const labels = { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'clickhouse' };
        const noExtraCapabilities = { capabilities: { add: [] } };
        const logger = { logToFile: false, level: clickhouse_com_1.KeeperClusterSpecSettingsLoggerLevel.INFORMATION };
        this.keeper = new clickhouse_com_1.KeeperCluster(this, 'Keeper', {
            metadata: { name: this.name, namespace: this.namespace, labels, annotations: { ...prune_protection_1.PRUNE_DISABLED } },
            spec: {
                replicas: this.keeperReplicas,
                containerTemplate: {
                    image: (0, clickhouse_images_1.imageRef)(props.keeperImage ?? clickhouse_images_1.CLICKHOUSE_KEEPER_IMAGE),
                    resources: {
                        requests: { cpu: clickhouse_com_1.KeeperClusterSpecContainerTemplateResourcesRequests.fromString('250m'), memory: clickhouse_com_1.KeeperClusterSpecContainerTemplateResourcesRequests.fromString('256Mi') },
                        limits: { cpu: clickhouse_com_1.KeeperClusterSpecContainerTemplateResourcesLimits.fromString('1'), memory: clickhouse_com_1.KeeperClusterSpecContainerTemplateResourcesLimits.fromString('1Gi') },
                    },
                    securityContext: noExtraCapabilities,
                },
                dataVolumeClaimSpec: {
                    accessModes: ['ReadWriteOnce'],
                    storageClassName: storageClass,
                    resources: { requests: { storage: clickhouse_com_1.KeeperClusterSpecDataVolumeClaimSpecResourcesRequests.fromString(props.keeperStorageSize ?? '10Gi') } },
                },
                podTemplate: this.keeperReplicas > 1 ? spreadAcrossNodes(this.keeperPodSelector) : undefined,
                settings: { logger },
            },
        });
        (0, file_placement_1.placeInFile)(this.keeper, 'clickhouse.yaml');
        const cpuRequest = props.cpuRequest ?? '500m';
        this.cluster = new clickhouse_com_1.ClickHouseCluster(this, 'Resource', {
            metadata: { name: this.name, namespace: this.namespace, labels, annotations: { ...prune_protection_1.PRUNE_DISABLED } },
            spec: {
                replicas: this.replicas,
                shards: 1,
                keeperClusterRef: { name: this.name },
                containerTemplate: {
                    image: (0, clickhouse_images_1.imageRef)(this.image),
                    resources: {
                        requests: { cpu: clickhouse_com_1.ClickHouseClusterSpecContainerTemplateResourcesRequests.fromString(cpuRequest), memory: clickhouse_com_1.ClickHouseClusterSpecContainerTemplateResourcesRequests.fromString(props.memoryRequest ?? '2Gi') },
                        limits: { cpu: clickhouse_com_1.ClickHouseClusterSpecContainerTemplateResourcesLimits.fromString(props.cpuLimit ?? largerCpu(cpuRequest, '2')), memory: clickhouse_com_1.ClickHouseClusterSpecContainerTemplateResourcesLimits.fromString(props.memoryLimit ?? '4Gi') },
                    },
                    securityContext: noExtraCapabilities,
                },
                dataVolumeClaimSpec: {
                    accessModes: ['ReadWriteOnce'],
                    storageClassName: storageClass,
                    resources: { requests: { storage: clickhouse_com_1.ClickHouseClusterSpecDataVolumeClaimSpecResourcesRequests.fromString(props.storageSize ?? '20Gi') } },
                },
                podTemplate: this.replicas > 1 ? spreadAcrossNodes(this.podSelector) : undefined,
                settings: {
                    defaultUserPassword: { secret: { name: this.passwordSecret.name, key: this.passwordSecret.key } },
                    enableDatabaseSync: true,
                    logger: { ...logger, level: clickhouse_com_1.ClickHouseClusterSpecSettingsLoggerLevel.INFORMATION },
                },
            },
        });
        (0, file_placement_1.placeInFile)(this.cluster, 'clickhouse.yaml');
        // cdk8s drops empty arrays; an explicit `add: []` is what replaces the operator's default capabilities.
        for (const resource of [this.keeper, this.cluster]) {
            resource.addJsonPatch(cdk8s_1.JsonPatch.add('/spec/containerTemplate/securityContext/capabilities', { add: [] }));
        }
    }
}
exports.ClickHouseCluster = ClickHouseCluster;
/** Preferred anti-affinity and a topology spread over nodes, so replicas land on different nodes when they can. */
function spreadAcrossNodes(selector) {
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
function largerCpu(a, b) {
    const millis = (q) => (q.endsWith('m') ? Number(q.slice(0, -1)) : Number(q) * 1000);
    return millis(a) >= millis(b) ? a : b;
}
