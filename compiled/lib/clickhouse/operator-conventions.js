"use strict";
/**
 * What the ClickHouse operator (ClickHouse/clickhouse-operator, group clickhouse.com) creates for a
 * `ClickHouseCluster` or `KeeperCluster` named N: object names, pod labels and ports, written down
 * once with their source so that the release, the policies, the monitors and `doctor` use the same
 * values. Read at main@581494e (the chart pins operator chart 0.0.5, whose source tag was not
 * published): api/v1alpha1/{clickhousecluster,keepercluster}_types.go (SpecificName,
 * HeadlessServiceName, StatefulSetNameByReplicaID), internal/controllerutil/labels.go and
 * internal/controller/{clickhouse,keeper}/{constants,templates}.go.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.CLICKHOUSE_OPERATOR_WEBHOOK_PORT = exports.CLICKHOUSE_OPERATOR_NAMESPACE = exports.CLICKHOUSE_OPERATOR_POD_LABELS = exports.CLICKHOUSE_SERVER_CONTAINER = exports.clickhouseServerPod = exports.keeperSpecificName = exports.clickhouseSpecificName = exports.OPERATOR_METRICS_PATH = exports.OPERATOR_METRICS_PORT_NAME = exports.CLICKHOUSE_KEEPER_PORTS = exports.CLICKHOUSE_SERVER_PORTS = void 0;
exports.clickhouseServerPodLabels = clickhouseServerPodLabels;
exports.clickhouseKeeperPodLabels = clickhouseKeeperPodLabels;
/** Ports of a ClickHouse server pod (headless Service `N-clickhouse-headless`). */
exports.CLICKHOUSE_SERVER_PORTS = { http: 8123, native: 9000, management: 9001, interserver: 9009, prometheus: 9363 };
/** Ports of a Keeper pod (headless Service `N-keeper-headless`); prometheus is the container port name of 9090. */
exports.CLICKHOUSE_KEEPER_PORTS = { client: 2181, raft: 9234, prometheus: 9090, httpControl: 9123 };
/** Container port name of the Prometheus endpoint, on server (9363) and Keeper (9090) pods alike. */
exports.OPERATOR_METRICS_PORT_NAME = 'prometheus';
/** Path of both Prometheus endpoints (`controller.DefaultPrometheusConfig` / the `prometheus` protocol handler). */
exports.OPERATOR_METRICS_PATH = '/metrics';
/** The operator's "specific name" of a ClickHouseCluster N: its Services, StatefulSets and `app` label start with it. */
const clickhouseSpecificName = (name) => `${name}-clickhouse`;
exports.clickhouseSpecificName = clickhouseSpecificName;
/** The operator's "specific name" of a KeeperCluster N. */
const keeperSpecificName = (name) => `${name}-keeper`;
exports.keeperSpecificName = keeperSpecificName;
/** Labels on every ClickHouse server pod of cluster N (plus `clickhouse.com/shard-id` and `clickhouse.com/replica-id`). */
function clickhouseServerPodLabels(name) {
    const specific = (0, exports.clickhouseSpecificName)(name);
    return { 'app': specific, 'app.kubernetes.io/instance': specific, 'app.kubernetes.io/name': 'clickhouse-server', 'clickhouse.com/role': 'clickhouse-server' };
}
/** Labels on every Keeper pod of KeeperCluster N (plus `clickhouse.com/keeper-replica-id`). */
function clickhouseKeeperPodLabels(name) {
    const specific = (0, exports.keeperSpecificName)(name);
    return { 'app': specific, 'app.kubernetes.io/instance': specific, 'app.kubernetes.io/name': 'clickhouse-keeper', 'clickhouse.com/role': 'clickhouse-keeper' };
}
/** The pod of replica `replica` in shard 0 (StatefulSet `N-clickhouse-<shard>-<replica>`, one pod each). */
const clickhouseServerPod = (name, replica = 0) => `${(0, exports.clickhouseSpecificName)(name)}-0-${replica}-0`;
exports.clickhouseServerPod = clickhouseServerPod;
/** Container of the ClickHouse server pods, whose environment has the default user's password. */
exports.CLICKHOUSE_SERVER_CONTAINER = { name: 'clickhouse-server', passwordEnv: 'CLICKHOUSE_DEFAULT_USER_PASSWORD' };
/**
 * The operator's own pods, as its Helm chart labels them (dist/chart/templates/manager/manager.yaml:
 * `app.kubernetes.io/name` is the chart name without "-helm"), with its admission webhook port
 * (`webhook.port`, 9443).
 */
exports.CLICKHOUSE_OPERATOR_POD_LABELS = { 'app.kubernetes.io/name': 'clickhouse-operator', 'control-plane': 'controller-manager' };
/**
 * Where the ClickHouse operator runs by default: the namespace `clickhouse_operator_install`
 * installs its chart to (`clickhouse_operator_namespace` changes both). ClickHouse's own
 * kustomize install and docs use `clickhouse-operator-system`.
 */
exports.CLICKHOUSE_OPERATOR_NAMESPACE = 'clickhouse-operator';
/** The operator's webhook port, which the API server calls. */
exports.CLICKHOUSE_OPERATOR_WEBHOOK_PORT = 9443;
