/**
 * A small, engine-neutral model of network traffic: who talks to whom, on which ports, and why.
 * Policy constructs (`CiliumPolicy`, `KubernetesNetworkPolicy`) render it, and docs or the CLI can
 * print it, so that every rendering states the same rules.
 */

/** A transport protocol a rule opens. */
export enum TrafficProtocol {
  TCP = 'TCP',
  UDP = 'UDP',
}

/** One port of a flow. */
export interface TrafficPort {
  readonly port: number;
  readonly protocol: TrafficProtocol;
}

/** TCP ports, the common case. */
export function tcp(...ports: number[]): TrafficPort[] {
  return ports.map((port) => ({ port, protocol: TrafficProtocol.TCP }));
}

/** The kinds of peer a flow can name. */
export enum PeerKind {
  /** Pods with labels in one namespace. */
  PODS = 'pods',
  /** Every pod of a namespace. */
  NAMESPACE = 'namespace',
  /** The Kubernetes API server (not a pod on every cluster). */
  KUBE_APISERVER = 'kube-apiserver',
  /** Anything outside the cluster. */
  WORLD = 'world',
}

/**
 * One end of a flow. Create one with a static factory.
 */
export class Peer {
  /**
   * Pods selected by labels in a namespace.
   * @param name a short display name, like `langfuse-web`
   */
  public static pods(name: string, namespace: string, labels: Readonly<Record<string, string>>): Peer {
    if (Object.keys(labels).length === 0) throw new Error(`peer ${name} needs at least one label (got none): an empty selector selects every pod`);
    return new Peer(PeerKind.PODS, name, namespace, { ...labels });
  }

  /** Every pod of a namespace. */
  public static namespace(namespace: string): Peer {
    return new Peer(PeerKind.NAMESPACE, `namespace ${namespace}`, namespace, undefined);
  }

  /** The Kubernetes API server. */
  public static kubeApiServer(): Peer {
    return new Peer(PeerKind.KUBE_APISERVER, 'kube-apiserver', undefined, undefined);
  }

  /** Destinations outside the cluster. */
  public static world(): Peer {
    return new Peer(PeerKind.WORLD, 'world', undefined, undefined);
  }

  private constructor(
    public readonly kind: PeerKind,
    /** Display name. */
    public readonly name: string,
    /** Namespace of `PODS` and `NAMESPACE` peers. */
    public readonly namespace: string | undefined,
    /** Pod labels of `PODS` peers. */
    public readonly labels: Readonly<Record<string, string>> | undefined,
  ) {}

  /** A stable identity: kind, namespace and sorted labels (the display name does not count). */
  public get key(): string {
    const labels = this.labels ? Object.entries(this.labels).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${k}=${v}`).join(',') : '';
    return `${this.kind}/${this.namespace ?? ''}/${labels}`;
  }

  /** Whether two peers select the same endpoints. */
  public equals(other: Peer): boolean {
    return this.key === other.key;
  }
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
export function workloadRules(model: TrafficModel): WorkloadRules[] {
  for (const w of model.workloads) {
    if (w.peer.kind !== PeerKind.PODS) throw new Error(`protected workload ${w.policyName} must be a pods peer (got ${w.peer.kind})`);
    if (w.peer.namespace !== model.namespace) {
      throw new Error(`protected workload ${w.policyName} is in namespace ${w.peer.namespace}, not in the model's namespace ${model.namespace}`);
    }
  }
  const names = model.workloads.map((w) => w.policyName);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new Error(`two protected workloads share the policy name "${duplicate}"`);
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
export function requiredPeerIngress(model: TrafficModel): TrafficFlow[] {
  const isProtected = (p: Peer) => model.workloads.some((w) => w.peer.equals(p));
  return model.flows.filter((f) => isProtected(f.from) && f.to.kind === PeerKind.PODS && !isProtected(f.to));
}

/** A peer as a short string, like `cache/app=dragonfly`. */
export function describePeer(peer: Peer): string {
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
export function describePorts(ports: readonly TrafficPort[]): string {
  return ports.map((p) => `${p.port}/${p.protocol}`).join(', ');
}

/** The model as a Markdown table (source, destination, ports, purpose, when), for docs and `explain`. */
export function trafficTable(model: TrafficModel): string {
  const rows = model.flows.map((f) => `| ${f.from.name} | ${f.to.name} (${describePeer(f.to)}) | ${describePorts(f.ports)} | ${f.purpose} | ${f.when} |`);
  return ['| From | To | Ports | Purpose | When |', '|---|---|---|---|---|', ...rows].join('\n');
}
