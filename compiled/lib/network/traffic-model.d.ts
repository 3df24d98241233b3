/**
 * A small, engine-neutral model of network traffic: who talks to whom, on which ports, and why.
 * Policy constructs (`CiliumPolicy`, `KubernetesNetworkPolicy`) render it, and docs or the CLI can
 * print it, so that every rendering states the same rules.
 */
/** A transport protocol a rule opens. */
export declare enum TrafficProtocol {
    TCP = "TCP",
    UDP = "UDP"
}
/** One port of a flow. */
export interface TrafficPort {
    readonly port: number;
    readonly protocol: TrafficProtocol;
}
/** TCP ports, the common case. */
export declare function tcp(...ports: number[]): TrafficPort[];
/** The kinds of peer a flow can name. */
export declare enum PeerKind {
    /** Pods with labels in one namespace. */
    PODS = "pods",
    /** Every pod of a namespace. */
    NAMESPACE = "namespace",
    /** The Kubernetes API server (not a pod on every cluster). */
    KUBE_APISERVER = "kube-apiserver",
    /** Anything outside the cluster. */
    WORLD = "world"
}
/**
 * One end of a flow. Create one with a static factory.
 */
export declare class Peer {
    readonly kind: PeerKind;
    /** Display name. */
    readonly name: string;
    /** Namespace of `PODS` and `NAMESPACE` peers. */
    readonly namespace: string | undefined;
    /** Pod labels of `PODS` peers. */
    readonly labels: Readonly<Record<string, string>> | undefined;
    /**
     * Pods selected by labels in a namespace.
     * @param name a short display name, like `langfuse-web`
     */
    static pods(name: string, namespace: string, labels: Readonly<Record<string, string>>): Peer;
    /** Every pod of a namespace. */
    static namespace(namespace: string): Peer;
    /** The Kubernetes API server. */
    static kubeApiServer(): Peer;
    /** Destinations outside the cluster. */
    static world(): Peer;
    private constructor();
    /** A stable identity: kind, namespace and sorted labels (the display name does not count). */
    get key(): string;
    /** Whether two peers select the same endpoints. */
    equals(other: Peer): boolean;
}
/** A directed flow: `from` opens connections to `to` on `ports`. */
export interface TrafficFlow {
    readonly from: Peer;
    readonly to: Peer;
    readonly ports: readonly TrafficPort[];
    /** Why the flow exists, like `transactional data`. */
    readonly purpose: string;
    /** When the flow exists, like `always` or `SSO on`. */
    readonly when: string;
}
/** A workload that gets its own policy. */
export interface ProtectedWorkload {
    /** metadata.name of its policy. */
    readonly policyName: string;
    /** The workload's pods (a `PODS` peer). */
    readonly peer: Peer;
    /** One line on what the pods are. */
    readonly description: string;
}
/** One allowed direction of a workload's policy. */
export interface PolicyRule {
    /** The other end: the destination of an egress rule, the source of an ingress rule. */
    readonly peer: Peer;
    readonly ports: readonly TrafficPort[];
    readonly purpose: string;
}
/** A workload's ingress and egress allow-lists, as every policy engine renders them. */
export interface WorkloadRules {
    readonly workload: ProtectedWorkload;
    readonly ingress: readonly PolicyRule[];
    readonly egress: readonly PolicyRule[];
}
/** The protected workloads of an app and every flow that touches them. */
export interface TrafficModel {
    /** Namespace of the protected workloads. */
    readonly namespace: string;
    readonly workloads: readonly ProtectedWorkload[];
    readonly flows: readonly TrafficFlow[];
}
/**
 * The allow-lists of each protected workload: its egress rules are the flows it starts, its ingress
 * rules the flows that end at it.
 */
export declare function workloadRules(model: TrafficModel): WorkloadRules[];
/**
 * Flows from a protected workload to pods that no policy of this model selects: the owners of those
 * pods (Dragonfly, RustFS, Keycloak, Tempo, LiteLLM...) must admit them in their own policies.
 */
export declare function requiredPeerIngress(model: TrafficModel): TrafficFlow[];
/** A peer as a short string, like `cache/app=dragonfly`. */
export declare function describePeer(peer: Peer): string;
/** Ports as a short string, like `8123/TCP, 9000/TCP`. */
export declare function describePorts(ports: readonly TrafficPort[]): string;
/** The model as a Markdown table (source, destination, ports, purpose, when), for docs and `explain`. */
export declare function trafficTable(model: TrafficModel): string;
