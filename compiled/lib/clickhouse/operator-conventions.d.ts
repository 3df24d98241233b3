/**
 * What the ClickHouse operator (ClickHouse/clickhouse-operator, group clickhouse.com) creates for a
 * `ClickHouseCluster` or `KeeperCluster` named N: object names, pod labels and ports, written down
 * once with their source so that the release, the policies, the monitors and `doctor` use the same
 * values. Read at main@581494e (the chart pins operator chart 0.0.5, whose source tag was not
 * published): api/v1alpha1/{clickhousecluster,keepercluster}_types.go (SpecificName,
 * HeadlessServiceName, StatefulSetNameByReplicaID), internal/controllerutil/labels.go and
 * internal/controller/{clickhouse,keeper}/{constants,templates}.go.
 */
/** Ports of a ClickHouse server pod (headless Service `N-clickhouse-headless`). */
export declare const CLICKHOUSE_SERVER_PORTS: {
    readonly http: 8123;
    readonly native: 9000;
    readonly management: 9001;
    readonly interserver: 9009;
    readonly prometheus: 9363;
};
/** Ports of a Keeper pod (headless Service `N-keeper-headless`); prometheus is the container port name of 9090. */
export declare const CLICKHOUSE_KEEPER_PORTS: {
    readonly client: 2181;
    readonly raft: 9234;
    readonly prometheus: 9090;
    readonly httpControl: 9123;
};
/** Container port name of the Prometheus endpoint, on server (9363) and Keeper (9090) pods alike. */
export declare const OPERATOR_METRICS_PORT_NAME = "prometheus";
/** Path of both Prometheus endpoints (`controller.DefaultPrometheusConfig` / the `prometheus` protocol handler). */
export declare const OPERATOR_METRICS_PATH = "/metrics";
/** The operator's "specific name" of a ClickHouseCluster N: its Services, StatefulSets and `app` label start with it. */
export declare const clickhouseSpecificName: (name: string) => string;
/** The operator's "specific name" of a KeeperCluster N. */
export declare const keeperSpecificName: (name: string) => string;
/** Labels on every ClickHouse server pod of cluster N (plus `clickhouse.com/shard-id` and `clickhouse.com/replica-id`). */
export declare function clickhouseServerPodLabels(name: string): Record<string, string>;
/** Labels on every Keeper pod of KeeperCluster N (plus `clickhouse.com/keeper-replica-id`). */
export declare function clickhouseKeeperPodLabels(name: string): Record<string, string>;
/** The pod of replica `replica` in shard 0 (StatefulSet `N-clickhouse-<shard>-<replica>`, one pod each). */
export declare const clickhouseServerPod: (name: string, replica?: number) => string;
/** Container of the ClickHouse server pods, whose environment has the default user's password. */
export declare const CLICKHOUSE_SERVER_CONTAINER: {
    readonly name: "clickhouse-server";
    readonly passwordEnv: "CLICKHOUSE_DEFAULT_USER_PASSWORD";
};
/**
 * The operator's own pods, as its Helm chart labels them (dist/chart/templates/manager/manager.yaml:
 * `app.kubernetes.io/name` is the chart name without "-helm"), with its admission webhook port
 * (`webhook.port`, 9443).
 */
export declare const CLICKHOUSE_OPERATOR_POD_LABELS: {
    readonly 'app.kubernetes.io/name': "clickhouse-operator";
    readonly 'control-plane': "controller-manager";
};
/**
 * Where the ClickHouse operator runs by default: the namespace `clickhouse_operator_install`
 * installs its chart to (`clickhouse_operator_namespace` changes both). ClickHouse's own
 * kustomize install and docs use `clickhouse-operator-system`.
 */
export declare const CLICKHOUSE_OPERATOR_NAMESPACE = "clickhouse-operator";
/** The operator's webhook port, which the API server calls. */
export declare const CLICKHOUSE_OPERATOR_WEBHOOK_PORT = 9443;
