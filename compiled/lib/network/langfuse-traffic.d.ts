import type { LangfuseChartProps } from '../langfuse-chart-props';
import type { LangfuseNames } from '../names';
import { Peer, TrafficModel } from './traffic-model';
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
    readonly migration?: {
        readonly jobLabels: Readonly<Record<string, string>>;
        readonly copyFromBundled: boolean;
    };
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
export declare const NEIGHBOUR_LABELS: {
    readonly kubeDns: {
        readonly 'k8s-app': "kube-dns";
    };
    readonly cnpgOperator: {
        readonly 'app.kubernetes.io/name': "cloudnative-pg";
    };
    readonly dragonfly: {
        readonly app: "dragonfly";
    };
    readonly rustfs: {
        readonly 'app.kubernetes.io/name': "rustfs";
    };
    readonly keycloak: {
        readonly app: "keycloak";
    };
    readonly tempo: {
        readonly 'app.kubernetes.io/name': "tempo";
    };
    readonly prometheus: {
        readonly 'app.kubernetes.io/name': "prometheus";
    };
    readonly litellm: {
        readonly 'app.kubernetes.io/name': "litellm";
    };
};
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
export declare function langfuseTraffic(input: LangfuseTrafficInput): TrafficModel;
/** The server and Keeper pods of the operator's cluster `name`, selected by the operator's `app` label. */
export declare function operatorClickHousePeers(name: string, namespace: string): {
    server: Peer;
    keeper: Peer;
};
/**
 * The model input from chart props: the one place where the effective flags of a `LangfuseChart`
 * become traffic.
 */
export declare function langfuseTrafficInput(props: LangfuseChartProps, names: LangfuseNames, clickhouse?: ClickHouseStoresTraffic): LangfuseTrafficInput;
/**
 * The namespace and port of a URL: `<service>.<namespace>.svc[.cluster.local]` hosts are in the
 * cluster; any other host is outside it (no namespace).
 */
export declare function inClusterTarget(url: string): InClusterTarget;
/** The port of an SMTP URL: explicit, else 465 for smtps:// and 587 for smtp://. */
export declare function smtpPort(url: string): number;
