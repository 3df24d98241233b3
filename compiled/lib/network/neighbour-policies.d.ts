import { Construct } from 'constructs';
import { CiliumPolicy } from './cilium-policy';
import { Peer, PolicyRule, TrafficModel } from './traffic-model';
/** The neighbours whose policies the reference deployment extends when Langfuse is on. */
export declare const POLICED_NEIGHBOURS: readonly ["dragonfly", "rustfs", "litellm"];
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
export declare function neighbourRules(model: TrafficModel): NeighbourRules[];
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
export declare class NeighbourAccessPolicy extends Construct {
    readonly policy: CiliumPolicy;
    constructor(scope: Construct, id: string, props: NeighbourAccessPolicyProps);
}
