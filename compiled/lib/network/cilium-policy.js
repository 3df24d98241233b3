"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CiliumPolicy = exports.CILIUM_NAMESPACE_LABEL = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cilium_io_1 = require("../../imports/cilium.io");
const file_placement_1 = require("../output/file-placement");
const traffic_model_1 = require("./traffic-model");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/** The Cilium label that holds a pod's namespace in endpoint selectors. */
exports.CILIUM_NAMESPACE_LABEL = 'k8s:io.kubernetes.pod.namespace';
/**
 * A `CiliumNetworkPolicy` (cilium.io/v2) for one workload, rendered from allow-rules of the traffic
 * model: pods peers become `toEndpoints`/`fromEndpoints` with the namespace label, whole namespaces
 * become namespace-only endpoint selectors, and the API server and the world become entities.
 * @see https://docs.cilium.io/en/stable/security/policy/
 */
class CiliumPolicy extends constructs_1.Construct {
    name;
    enforce;
    resource;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('cilium policy name', props.name, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkOptionalProps)([[`cilium policy ${props.name}: namespace`, props.namespace, (0, fields_1.dnsLabel)()]]);
        if (Object.keys(props.podLabels).length === 0) {
            throw new Error(`cilium policy ${props.name} needs pod labels (got none): an empty endpointSelector selects every pod of the namespace`);
        }
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        if (!namespace)
            throw new Error(`cilium policy ${props.name} needs a namespace (got none, and its chart has none)`);
        this.name = props.name;
        this.enforce = props.enforce ?? true;
        this.resource = new cilium_io_1.CiliumNetworkPolicy(this, 'Resource', {
            metadata: { name: props.name, namespace, labels: props.labels ? { ...props.labels } : undefined },
            spec: {
                description: props.description,
                endpointSelector: { matchLabels: { ...props.podLabels } },
                enableDefaultDeny: { ingress: this.enforce, egress: this.enforce },
                ingress: (props.ingress ?? []).map((rule) => ingressRule(rule, namespace)),
                egress: (props.egress ?? []).map((rule) => egressRule(rule, namespace)),
            },
        });
        (0, file_placement_1.placeInFile)(this.resource, props.file ?? 'networkpolicy.yaml');
    }
}
exports.CiliumPolicy = CiliumPolicy;
function endpointLabels(peer, policyNamespace) {
    if (peer.kind === traffic_model_1.PeerKind.NAMESPACE)
        return { [exports.CILIUM_NAMESPACE_LABEL]: peer.namespace };
    return { ...peer.labels, [exports.CILIUM_NAMESPACE_LABEL]: peer.namespace ?? policyNamespace };
}
function egressRule(rule, policyNamespace) {
    const toPorts = [{ ports: rule.ports.map((p) => ({ port: String(p.port), protocol: egressProtocol(p) })) }];
    switch (rule.peer.kind) {
        case traffic_model_1.PeerKind.KUBE_APISERVER:
            return { toEntities: [cilium_io_1.CiliumNetworkPolicySpecEgressToEntities.KUBE_HYPHEN_APISERVER], toPorts };
        case traffic_model_1.PeerKind.WORLD:
            return { toEntities: [cilium_io_1.CiliumNetworkPolicySpecEgressToEntities.WORLD], toPorts };
        default:
            return { toEndpoints: [{ matchLabels: endpointLabels(rule.peer, policyNamespace) }], toPorts };
    }
}
function ingressRule(rule, policyNamespace) {
    const toPorts = [{ ports: rule.ports.map((p) => ({ port: String(p.port), protocol: ingressProtocol(p) })) }];
    switch (rule.peer.kind) {
        case traffic_model_1.PeerKind.KUBE_APISERVER:
            return { fromEntities: [cilium_io_1.CiliumNetworkPolicySpecIngressFromEntities.KUBE_HYPHEN_APISERVER], toPorts };
        case traffic_model_1.PeerKind.WORLD:
            return { fromEntities: [cilium_io_1.CiliumNetworkPolicySpecIngressFromEntities.WORLD], toPorts };
        default:
            return { fromEndpoints: [{ matchLabels: endpointLabels(rule.peer, policyNamespace) }], toPorts };
    }
}
function egressProtocol(p) {
    return p.protocol === traffic_model_1.TrafficProtocol.UDP ? cilium_io_1.CiliumNetworkPolicySpecEgressToPortsPortsProtocol.UDP : cilium_io_1.CiliumNetworkPolicySpecEgressToPortsPortsProtocol.TCP;
}
function ingressProtocol(p) {
    return p.protocol === traffic_model_1.TrafficProtocol.UDP ? cilium_io_1.CiliumNetworkPolicySpecIngressToPortsPortsProtocol.UDP : cilium_io_1.CiliumNetworkPolicySpecIngressToPortsPortsProtocol.TCP;
}
