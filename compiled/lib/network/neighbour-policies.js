"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NeighbourAccessPolicy = exports.POLICED_NEIGHBOURS = void 0;
exports.neighbourRules = neighbourRules;
const constructs_1 = require("constructs");
const cilium_policy_1 = require("./cilium-policy");
const langfuse_traffic_1 = require("./langfuse-traffic");
const traffic_model_1 = require("./traffic-model");
/** The neighbours whose policies the reference deployment extends when Langfuse is on. */
exports.POLICED_NEIGHBOURS = ['dragonfly', 'rustfs', 'litellm'];
/**
 * The rules of each policed neighbour in a traffic model: the flows that end at its pods (its
 * ingress) and the flows it starts towards Langfuse's workloads (its egress), grouped by the
 * neighbour's pods as the model names them (NEIGHBOUR_LABELS). Neighbours the model never
 * touches are left out.
 */
function neighbourRules(model) {
    const rules = [];
    for (const neighbour of exports.POLICED_NEIGHBOURS) {
        const labels = langfuse_traffic_1.NEIGHBOUR_LABELS[neighbour];
        const isNeighbour = (p) => p.kind === traffic_model_1.PeerKind.PODS && JSON.stringify(p.labels) === JSON.stringify(labels);
        const ingress = model.flows.filter((f) => isNeighbour(f.to)).map((f) => ({ peer: f.from, ports: f.ports, purpose: f.purpose }));
        const egress = model.flows.filter((f) => isNeighbour(f.from)).map((f) => ({ peer: f.to, ports: f.ports, purpose: f.purpose }));
        const peer = [...model.flows.map((f) => f.to), ...model.flows.map((f) => f.from)].find(isNeighbour);
        if (peer)
            rules.push({ neighbour, peer, ingress, egress });
    }
    return rules;
}
/**
 * An allow-only CiliumNetworkPolicy in a neighbour's namespace that selects the neighbour's pods
 * and admits Langfuse's flows (`enableDefaultDeny` off both ways, so it never denies anything:
 * the neighbour's own policies keep deciding the rest). Cilium allows a flow that any policy
 * selecting the endpoint allows, whether CiliumNetworkPolicy or NetworkPolicy, so these rules reach
 * even the reference's plain NetworkPolicy of LiteLLM. They replace the lines the reference
 * renders into its neighbours' policies while its `langfuse_enabled` is on.
 */
class NeighbourAccessPolicy extends constructs_1.Construct {
    policy;
    constructor(scope, id, props) {
        super(scope, id);
        const { peer, ingress, egress, neighbour } = props.rules;
        this.policy = new cilium_policy_1.CiliumPolicy(this, 'Resource', {
            name: props.name,
            namespace: peer.namespace,
            podLabels: peer.labels,
            ingress,
            egress,
            enforce: false,
            description: `${neighbour}: what Langfuse needs (allow-only, never denies)`,
            labels: props.labels,
            file: 'networkpolicy.yaml',
        });
    }
}
exports.NeighbourAccessPolicy = NeighbourAccessPolicy;
