import { Construct } from 'constructs';
import { CiliumPolicy } from './cilium-policy';
import { NEIGHBOUR_LABELS } from './langfuse-traffic';
import { Peer, PeerKind, PolicyRule, TrafficModel } from './traffic-model';

/** The neighbours whose policies the reference deployment extends when Langfuse is on. */
export const POLICED_NEIGHBOURS = ['dragonfly', 'rustfs', 'litellm'] as const;

/** One of those neighbours. */
export type PolicedNeighbour = typeof POLICED_NEIGHBOURS[number];

/** The rules one neighbour's pods need for Langfuse: what they must admit and where they must connect. */
export interface NeighbourRules {
  readonly neighbour: PolicedNeighbour;
  /** The neighbour's pods. */
  readonly peer: Peer;
  readonly ingress: readonly PolicyRule[];
  readonly egress: readonly PolicyRule[];
}

/**
 * The rules of each policed neighbour in a traffic model: the flows that end at its pods (its
 * ingress) and the flows it starts towards Langfuse's workloads (its egress), grouped by the
 * neighbour's pods as the model names them (NEIGHBOUR_LABELS). Neighbours the model never
 * touches are left out.
 */
export function neighbourRules(model: TrafficModel): NeighbourRules[] {
  const rules: NeighbourRules[] = [];
  for (const neighbour of POLICED_NEIGHBOURS) {
    const labels = NEIGHBOUR_LABELS[neighbour];
    const isNeighbour = (p: Peer) => p.kind === PeerKind.PODS && JSON.stringify(p.labels) === JSON.stringify(labels);
    const ingress = model.flows.filter((f) => isNeighbour(f.to)).map((f) => ({ peer: f.from, ports: f.ports, purpose: f.purpose }));
    const egress = model.flows.filter((f) => isNeighbour(f.from)).map((f) => ({ peer: f.to, ports: f.ports, purpose: f.purpose }));
    const peer = [...model.flows.map((f) => f.to), ...model.flows.map((f) => f.from)].find(isNeighbour);
    if (peer) rules.push({ neighbour, peer, ingress, egress });
  }
  return rules;
}

/** Props of `NeighbourAccessPolicy`. */
export interface NeighbourAccessPolicyProps {
  /** metadata.name. */
  readonly name: string;
  readonly rules: NeighbourRules;
  /** @default - none */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * An allow-only CiliumNetworkPolicy in a neighbour's namespace that selects the neighbour's pods
 * and admits Langfuse's flows (`enableDefaultDeny` off both ways, so it never denies anything:
 * the neighbour's own policies keep deciding the rest). Cilium allows a flow that any policy
 * selecting the endpoint allows, whether CiliumNetworkPolicy or NetworkPolicy, so these rules reach
 * even the reference's plain NetworkPolicy of LiteLLM. They replace the lines the reference
 * renders into its neighbours' policies while its `langfuse_enabled` is on.
 */
export class NeighbourAccessPolicy extends Construct {
  public readonly policy: CiliumPolicy;

  constructor(scope: Construct, id: string, props: NeighbourAccessPolicyProps) {
    super(scope, id);
    const { peer, ingress, egress, neighbour } = props.rules;
    this.policy = new CiliumPolicy(this, 'Resource', {
      name: props.name,
      namespace: peer.namespace,
      podLabels: peer.labels!,
      ingress,
      egress,
      enforce: false,
      description: `${neighbour}: what Langfuse needs (allow-only, never denies)`,
      labels: props.labels,
      file: 'networkpolicy.yaml',
    });
  }
}
