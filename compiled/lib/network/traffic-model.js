"use strict";
/**
 * A small, engine-neutral model of network traffic: who talks to whom, on which ports, and why.
 * Policy constructs (`CiliumPolicy`, `KubernetesNetworkPolicy`) render it, and docs or the CLI can
 * print it, so that every rendering states the same rules.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.Peer = exports.PeerKind = exports.TrafficProtocol = void 0;
exports.tcp = tcp;
exports.workloadRules = workloadRules;
exports.requiredPeerIngress = requiredPeerIngress;
exports.describePeer = describePeer;
exports.describePorts = describePorts;
exports.trafficTable = trafficTable;
/** A transport protocol a rule opens. */
var TrafficProtocol;
(function (TrafficProtocol) {
    TrafficProtocol["TCP"] = "TCP";
    TrafficProtocol["UDP"] = "UDP";
})(TrafficProtocol || (exports.TrafficProtocol = TrafficProtocol = {}));
/** TCP ports, the common case. */
function tcp(...ports) {
    return ports.map((port) => ({ port, protocol: TrafficProtocol.TCP }));
}
/** The kinds of peer a flow can name. */
var PeerKind;
(function (PeerKind) {
    /** Pods with labels in one namespace. */
    PeerKind["PODS"] = "pods";
    /** Every pod of a namespace. */
    PeerKind["NAMESPACE"] = "namespace";
    /** The Kubernetes API server (not a pod on every cluster). */
    PeerKind["KUBE_APISERVER"] = "kube-apiserver";
    /** Anything outside the cluster. */
    PeerKind["WORLD"] = "world";
})(PeerKind || (exports.PeerKind = PeerKind = {}));
/**
 * One end of a flow. Create one with a static factory.
 */
class Peer {
    kind;
    name;
    namespace;
    labels;
    /**
     * Pods selected by labels in a namespace.
     * @param name a short display name, like `langfuse-web`
     */
    static pods(name, namespace, labels) {
        if (Object.keys(labels).length === 0)
            throw new Error(`peer ${name} needs at least one label (got none): an empty selector selects every pod`);
        return new Peer(PeerKind.PODS, name, namespace, { ...labels });
    }
    /** Every pod of a namespace. */
    static namespace(namespace) {
        return new Peer(PeerKind.NAMESPACE, `namespace ${namespace}`, namespace, undefined);
    }
    /** The Kubernetes API server. */
    static kubeApiServer() {
        return new Peer(PeerKind.KUBE_APISERVER, 'kube-apiserver', undefined, undefined);
    }
    /** Destinations outside the cluster. */
    static world() {
        return new Peer(PeerKind.WORLD, 'world', undefined, undefined);
    }
    constructor(kind, 
    /** Display name. */
    name, 
    /** Namespace of `PODS` and `NAMESPACE` peers. */
    namespace, 
    /** Pod labels of `PODS` peers. */
    labels) {
        this.kind = kind;
        this.name = name;
        this.namespace = namespace;
        this.labels = labels;
    }
    /** A stable identity: kind, namespace and sorted labels (the display name does not count). */
    get key() {
        const labels = this.labels ? Object.entries(this.labels).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',') : '';
        return `${this.kind}/${this.namespace ?? ''}/${labels}`;
    }
    /** Whether two peers select the same endpoints. */
    equals(other) {
        return this.key === other.key;
    }
}
exports.Peer = Peer;
/**
 * The allow-lists of each protected workload: its egress rules are the flows it starts, its ingress
 * rules the flows that end at it.
 */
function workloadRules(model) {
    for (const w of model.workloads) {
        if (w.peer.kind !== PeerKind.PODS)
            throw new Error(`protected workload ${w.policyName} must be a pods peer (got ${w.peer.kind})`);
        if (w.peer.namespace !== model.namespace) {
            throw new Error(`protected workload ${w.policyName} is in namespace ${w.peer.namespace}, not in the model's namespace ${model.namespace}`);
        }
    }
    const names = model.workloads.map((w) => w.policyName);
    const duplicate = names.find((n, i) => names.indexOf(n) !== i);
    if (duplicate)
        throw new Error(`two protected workloads share the policy name "${duplicate}"`);
    return model.workloads.map((workload) => ({
        workload,
        egress: model.flows.filter((f) => f.from.equals(workload.peer)).map((f) => ({ peer: f.to, ports: f.ports, purpose: f.purpose })),
        ingress: model.flows.filter((f) => f.to.equals(workload.peer)).map((f) => ({ peer: f.from, ports: f.ports, purpose: f.purpose })),
    }));
}
/**
 * Flows from a protected workload to pods that no policy of this model selects: the owners of those
 * pods (Dragonfly, RustFS, Keycloak, Tempo, LiteLLM...) must admit them in their own policies.
 */
function requiredPeerIngress(model) {
    const isProtected = (p) => model.workloads.some((w) => w.peer.equals(p));
    return model.flows.filter((f) => isProtected(f.from) && f.to.kind === PeerKind.PODS && !isProtected(f.to));
}
/** A peer as a short string, like `cache/app=dragonfly`. */
function describePeer(peer) {
    switch (peer.kind) {
        case PeerKind.PODS:
            return `${peer.namespace}/${Object.entries(peer.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',')}`;
        case PeerKind.NAMESPACE:
            return `${peer.namespace}/*`;
        default:
            return peer.kind;
    }
}
/** Ports as a short string, like `8123/TCP, 9000/TCP`. */
function describePorts(ports) {
    return ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
}
/** The model as a Markdown table (source, destination, ports, purpose, when), for docs and `explain`. */
function trafficTable(model) {
    const rows = model.flows.map((f) => `| ${f.from.name} | ${f.to.name} (${describePeer(f.to)}) | ${describePorts(f.ports)} | ${f.purpose} | ${f.when} |`);
    return ['| From | To | Ports | Purpose | When |', '|---|---|---|---|---|', ...rows].join('\n');
}
