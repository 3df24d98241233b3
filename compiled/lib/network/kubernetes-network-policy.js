"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.KubernetesNetworkPolicy = exports.PRIVATE_CIDRS = void 0;
const cdk8s_1 = require("cdk8s");
const constructs_1 = require("constructs");
const cdk8s_plus_28_1 = require("cdk8s-plus-28");
const file_placement_1 = require("../output/file-placement");
const traffic_model_1 = require("./traffic-model");
const fields_1 = require("../config/fields");
const prop_checks_1 = require("../prop-checks");
/** Private address ranges that a `world` peer excludes. */
exports.PRIVATE_CIDRS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];
/**
 * A plain `networking.k8s.io/v1` NetworkPolicy for one workload, rendered from the same allow-rules
 * as `CiliumPolicy`, for clusters without Cilium.
 *
 * It always lists both policy types, and a NetworkPolicy that selects pods for a direction IS a
 * default deny for that direction: traffic no rule lists is dropped. There is no allow-only form,
 * so it enforces by nature; an audit mode can only be had by not emitting it (see
 * `LangfuseNetworkPolicies`).
 * @see https://kubernetes.io/docs/concepts/services-networking/network-policies/
 */
class KubernetesNetworkPolicy extends constructs_1.Construct {
    name;
    resource;
    constructor(scope, id, props) {
        super(scope, id);
        (0, prop_checks_1.checkProp)('network policy name', props.name, (0, fields_1.dnsSubdomain)());
        (0, prop_checks_1.checkOptionalProps)([[`network policy ${props.name}: namespace`, props.namespace, (0, fields_1.dnsLabel)()]]);
        if (Object.keys(props.podLabels).length === 0) {
            throw new Error(`network policy ${props.name} needs pod labels (got none): an empty podSelector selects every pod of the namespace`);
        }
        const namespace = props.namespace ?? cdk8s_1.Chart.of(this).namespace;
        if (!namespace)
            throw new Error(`network policy ${props.name} needs a namespace (got none, and its chart has none)`);
        const apiServerCidrs = props.apiServerCidrs ?? ['0.0.0.0/0'];
        for (const cidr of apiServerCidrs) {
            if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr))
                throw new Error(`api server CIDR must look like "10.0.0.1/32" (got "${cidr}")`);
        }
        this.name = props.name;
        const peers = (peer) => toPeers(peer, namespace, apiServerCidrs);
        const ports = (rule) => rule.ports.map((p) => ({ port: cdk8s_plus_28_1.k8s.IntOrString.fromNumber(p.port), protocol: p.protocol }));
        this.resource = new cdk8s_plus_28_1.k8s.KubeNetworkPolicy(this, 'Resource', {
            metadata: { name: props.name, namespace, labels: props.labels ? { ...props.labels } : undefined },
            spec: {
                podSelector: { matchLabels: { ...props.podLabels } },
                policyTypes: ['Ingress', 'Egress'],
                ingress: (props.ingress ?? []).map((rule) => ({ from: peers(rule.peer), ports: ports(rule) })),
                egress: (props.egress ?? []).map((rule) => ({ to: peers(rule.peer), ports: ports(rule) })),
            },
        });
        (0, file_placement_1.placeInFile)(this.resource, props.file ?? 'networkpolicy.yaml');
    }
}
exports.KubernetesNetworkPolicy = KubernetesNetworkPolicy;
function toPeers(peer, policyNamespace, apiServerCidrs) {
    switch (peer.kind) {
        case traffic_model_1.PeerKind.KUBE_APISERVER:
            return apiServerCidrs.map((cidr) => ({ ipBlock: { cidr } }));
        case traffic_model_1.PeerKind.WORLD:
            return [{ ipBlock: { cidr: '0.0.0.0/0', except: [...exports.PRIVATE_CIDRS] } }];
        case traffic_model_1.PeerKind.NAMESPACE:
            return [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': peer.namespace } } }];
        default: {
            const podSelector = { matchLabels: { ...peer.labels } };
            if (peer.namespace === undefined || peer.namespace === policyNamespace)
                return [{ podSelector }];
            return [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': peer.namespace } }, podSelector }];
        }
    }
}
