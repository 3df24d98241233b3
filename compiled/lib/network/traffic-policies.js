"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TrafficPolicies = void 0;
const constructs_1 = require("constructs");
const cilium_policy_1 = require("./cilium-policy");
const kubernetes_network_policy_1 = require("./kubernetes-network-policy");
const traffic_model_1 = require("./traffic-model");
/**
 * One policy per protected workload of a traffic model, rendered by the chosen engine in the
 * chosen mode. The model is the single source of the rules; this construct only picks the
 * rendering.
 */
class TrafficPolicies extends constructs_1.Construct {
    engine;
    mode;
    /** The emitted policy constructs (empty for plain NetworkPolicies in audit mode). */
    policies;
    constructor(scope, id, props) {
        super(scope, id);
        this.engine = props.engine ?? 'cilium';
        this.mode = props.mode ?? 'audit';
        const enforce = this.mode === 'enforce';
        const rules = (0, traffic_model_1.workloadRules)(props.model);
        const namespace = props.model.namespace;
        if (this.engine === 'cilium') {
            this.policies = rules.map((r) => new cilium_policy_1.CiliumPolicy(this, r.workload.policyName, {
                name: r.workload.policyName,
                namespace,
                podLabels: r.workload.peer.labels,
                ingress: r.ingress,
                egress: r.egress,
                enforce,
                description: `${r.workload.description}: ${enforce ? 'only the listed traffic is allowed' : 'audit mode, nothing is denied'}`,
                labels: props.labels,
            }));
        }
        else {
            this.policies = enforce ? rules.map((r) => new kubernetes_network_policy_1.KubernetesNetworkPolicy(this, r.workload.policyName, {
                name: r.workload.policyName,
                namespace,
                podLabels: r.workload.peer.labels,
                ingress: r.ingress,
                egress: r.egress,
                apiServerCidrs: props.apiServerCidrs,
                labels: props.labels,
            })) : [];
        }
    }
}
exports.TrafficPolicies = TrafficPolicies;
