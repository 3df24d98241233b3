import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * CiliumClusterwideNetworkPolicy is a Kubernetes third-party resource with an
modified version of CiliumNetworkPolicy which is cluster scoped rather than
namespace scoped.
 *
 * @schema CiliumClusterwideNetworkPolicy
 */
export declare class CiliumClusterwideNetworkPolicy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "CiliumClusterwideNetworkPolicy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "CiliumClusterwideNetworkPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: CiliumClusterwideNetworkPolicyProps): any;
    /**
     * Defines a "CiliumClusterwideNetworkPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: CiliumClusterwideNetworkPolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * CiliumClusterwideNetworkPolicy is a Kubernetes third-party resource with an
 * modified version of CiliumNetworkPolicy which is cluster scoped rather than
 * namespace scoped.
 *
 * @schema CiliumClusterwideNetworkPolicy
 */
export interface CiliumClusterwideNetworkPolicyProps {
    /**
     * @schema CiliumClusterwideNetworkPolicy#metadata
     */
    readonly metadata: ApiObjectMetadata;
    /**
     * Spec is the desired Cilium specific rule specification.
     *
     * @schema CiliumClusterwideNetworkPolicy#spec
     */
    readonly spec?: CiliumClusterwideNetworkPolicySpec;
    /**
     * Specs is a list of desired Cilium specific rule specification.
     *
     * @schema CiliumClusterwideNetworkPolicy#specs
     */
    readonly specs?: CiliumClusterwideNetworkPolicySpecs[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicyProps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicyProps(obj: CiliumClusterwideNetworkPolicyProps | undefined): Record<string, any> | undefined;
/**
 * Spec is the desired Cilium specific rule specification.
 *
 * @schema CiliumClusterwideNetworkPolicySpec
 */
export interface CiliumClusterwideNetworkPolicySpec {
    /**
     * Description is a free form string, it can be used by the creator of
     * the rule to store human readable explanation of the purpose of this
     * rule. Rules cannot be identified by comment.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#description
     */
    readonly description?: string;
    /**
     * Egress is a list of EgressRule which are enforced at egress.
     * If omitted or empty, this rule does not apply at egress.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#egress
     */
    readonly egress?: CiliumClusterwideNetworkPolicySpecEgress[];
    /**
     * EgressDeny is a list of EgressDenyRule which are enforced at egress.
     * Any rule inserted here will be denied regardless of the allowed egress
     * rules in the 'egress' field.
     * If omitted or empty, this rule does not apply at egress.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#egressDeny
     */
    readonly egressDeny?: CiliumClusterwideNetworkPolicySpecEgressDeny[];
    /**
     * EnableDefaultDeny determines whether this policy configures the
     * subject endpoint(s) to have a default deny mode. If enabled,
     * this causes all traffic not explicitly allowed by a network policy
     * to be dropped.
     *
     * If not specified, the default is true for each traffic direction
     * that has rules, and false otherwise. For example, if a policy
     * only has Ingress or IngressDeny rules, then the default for
     * ingress is true and egress is false.
     *
     * If multiple policies apply to an endpoint, that endpoint's default deny
     * will be enabled if any policy requests it.
     *
     * This is useful for creating broad-based network policies that will not
     * cause endpoints to enter default-deny mode.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#enableDefaultDeny
     */
    readonly enableDefaultDeny?: CiliumClusterwideNetworkPolicySpecEnableDefaultDeny;
    /**
     * EndpointSelector selects all endpoints which should be subject to
     * this rule. EndpointSelector and NodeSelector cannot be both empty and
     * are mutually exclusive.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#endpointSelector
     */
    readonly endpointSelector?: CiliumClusterwideNetworkPolicySpecEndpointSelector;
    /**
     * Ingress is a list of IngressRule which are enforced at ingress.
     * If omitted or empty, this rule does not apply at ingress.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#ingress
     */
    readonly ingress?: CiliumClusterwideNetworkPolicySpecIngress[];
    /**
     * IngressDeny is a list of IngressDenyRule which are enforced at ingress.
     * Any rule inserted here will be denied regardless of the allowed ingress
     * rules in the 'ingress' field.
     * If omitted or empty, this rule does not apply at ingress.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#ingressDeny
     */
    readonly ingressDeny?: CiliumClusterwideNetworkPolicySpecIngressDeny[];
    /**
     * Labels is a list of optional strings which can be used to
     * re-identify the rule or to store metadata. It is possible to lookup
     * or delete strings based on labels. Labels are not required to be
     * unique, multiple rules can have overlapping or identical labels.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#labels
     */
    readonly labels?: CiliumClusterwideNetworkPolicySpecLabels[];
    /**
     * Log specifies custom policy-specific Hubble logging configuration.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#log
     */
    readonly log?: CiliumClusterwideNetworkPolicySpecLog;
    /**
     * NodeSelector selects all nodes which should be subject to this rule.
     * EndpointSelector and NodeSelector cannot be both empty and are mutually
     * exclusive. Can only be used in CiliumClusterwideNetworkPolicies.
     *
     * @schema CiliumClusterwideNetworkPolicySpec#nodeSelector
     */
    readonly nodeSelector?: CiliumClusterwideNetworkPolicySpecNodeSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpec' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpec(obj: CiliumClusterwideNetworkPolicySpec | undefined): Record<string, any> | undefined;
/**
 * Rule is a policy rule which must be applied to all endpoints which match the
 * labels contained in the endpointSelector
 *
 * Each rule is split into an ingress section which contains all rules
 * applicable at ingress, and an egress section applicable at egress. For rule
 * types such as `L4Rule` and `CIDR` which can be applied at both ingress and
 * egress, both ingress and egress side have to either specifically allow the
 * connection or one side has to be omitted.
 *
 * Either ingress, egress, or both can be provided. If both ingress and egress
 * are omitted, the rule has no effect.
 *
 * @schema CiliumClusterwideNetworkPolicySpecs
 */
export interface CiliumClusterwideNetworkPolicySpecs {
    /**
     * Description is a free form string, it can be used by the creator of
     * the rule to store human readable explanation of the purpose of this
     * rule. Rules cannot be identified by comment.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#description
     */
    readonly description?: string;
    /**
     * Egress is a list of EgressRule which are enforced at egress.
     * If omitted or empty, this rule does not apply at egress.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#egress
     */
    readonly egress?: CiliumClusterwideNetworkPolicySpecsEgress[];
    /**
     * EgressDeny is a list of EgressDenyRule which are enforced at egress.
     * Any rule inserted here will be denied regardless of the allowed egress
     * rules in the 'egress' field.
     * If omitted or empty, this rule does not apply at egress.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#egressDeny
     */
    readonly egressDeny?: CiliumClusterwideNetworkPolicySpecsEgressDeny[];
    /**
     * EnableDefaultDeny determines whether this policy configures the
     * subject endpoint(s) to have a default deny mode. If enabled,
     * this causes all traffic not explicitly allowed by a network policy
     * to be dropped.
     *
     * If not specified, the default is true for each traffic direction
     * that has rules, and false otherwise. For example, if a policy
     * only has Ingress or IngressDeny rules, then the default for
     * ingress is true and egress is false.
     *
     * If multiple policies apply to an endpoint, that endpoint's default deny
     * will be enabled if any policy requests it.
     *
     * This is useful for creating broad-based network policies that will not
     * cause endpoints to enter default-deny mode.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#enableDefaultDeny
     */
    readonly enableDefaultDeny?: CiliumClusterwideNetworkPolicySpecsEnableDefaultDeny;
    /**
     * EndpointSelector selects all endpoints which should be subject to
     * this rule. EndpointSelector and NodeSelector cannot be both empty and
     * are mutually exclusive.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#endpointSelector
     */
    readonly endpointSelector?: CiliumClusterwideNetworkPolicySpecsEndpointSelector;
    /**
     * Ingress is a list of IngressRule which are enforced at ingress.
     * If omitted or empty, this rule does not apply at ingress.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#ingress
     */
    readonly ingress?: CiliumClusterwideNetworkPolicySpecsIngress[];
    /**
     * IngressDeny is a list of IngressDenyRule which are enforced at ingress.
     * Any rule inserted here will be denied regardless of the allowed ingress
     * rules in the 'ingress' field.
     * If omitted or empty, this rule does not apply at ingress.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#ingressDeny
     */
    readonly ingressDeny?: CiliumClusterwideNetworkPolicySpecsIngressDeny[];
    /**
     * Labels is a list of optional strings which can be used to
     * re-identify the rule or to store metadata. It is possible to lookup
     * or delete strings based on labels. Labels are not required to be
     * unique, multiple rules can have overlapping or identical labels.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#labels
     */
    readonly labels?: CiliumClusterwideNetworkPolicySpecsLabels[];
    /**
     * Log specifies custom policy-specific Hubble logging configuration.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#log
     */
    readonly log?: CiliumClusterwideNetworkPolicySpecsLog;
    /**
     * NodeSelector selects all nodes which should be subject to this rule.
     * EndpointSelector and NodeSelector cannot be both empty and are mutually
     * exclusive. Can only be used in CiliumClusterwideNetworkPolicies.
     *
     * @schema CiliumClusterwideNetworkPolicySpecs#nodeSelector
     */
    readonly nodeSelector?: CiliumClusterwideNetworkPolicySpecsNodeSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecs' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecs(obj: CiliumClusterwideNetworkPolicySpecs | undefined): Record<string, any> | undefined;
/**
 * EgressRule contains all rule types which can be applied at egress, i.e.
 * network traffic that originates inside the endpoint and exits the endpoint
 * selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members of the structure are specified, then all members
 * must match in order for the rule to take effect. The exception to this
 * rule is the ToRequires member; the effects of any Requires field in any
 * rule will apply to all other rules as well.
 *
 * - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
 * mutually exclusive. Only one of these members may be present within an
 * individual rule.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgress
 */
export interface CiliumClusterwideNetworkPolicySpecEgress {
    /**
     * Authentication is the required authentication type for the allowed traffic, if any.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#authentication
     */
    readonly authentication?: CiliumClusterwideNetworkPolicySpecEgressAuthentication;
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is allowed to connect to.
     *
     * Example:
     * Any endpoint with the label "app=httpd" is allowed to initiate
     * type 8 ICMP connections.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#icmps
     */
    readonly icmps?: CiliumClusterwideNetworkPolicySpecEgressIcmps[];
    /**
     * ToCIDR is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections. Only connections destined for
     * outside of the cluster and not targeting the host will be subject
     * to CIDR rules.  This will match on the destination IP address of
     * outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
     * with no ExcludeCIDRs is equivalent. Overlaps are allowed between
     * ToCIDR and ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toCIDR
     */
    readonly toCidr?: string[];
    /**
     * ToCIDRSet is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections to in addition to connections
     * which are allowed via ToEndpoints, along with a list of subnets contained
     * within their corresponding IP block to which traffic should not be
     * allowed. This will match on the destination IP address of outgoing
     * connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
     * ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
     * ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toCIDRSet
     */
    readonly toCidrSet?: CiliumClusterwideNetworkPolicySpecEgressToCidrSet[];
    /**
     * ToEndpoints is a list of endpoints identified by an EndpointSelector to
     * which the endpoints subject to the rule are allowed to communicate.
     *
     * Example:
     * Any endpoint with the label "role=frontend" can communicate with any
     * endpoint carrying the label "role=backend".
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toEndpoints
     */
    readonly toEndpoints?: CiliumClusterwideNetworkPolicySpecEgressToEndpoints[];
    /**
     * ToEntities is a list of special entities to which the endpoint subject
     * to the rule is allowed to initiate connections. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toEntities
     */
    readonly toEntities?: CiliumClusterwideNetworkPolicySpecEgressToEntities[];
    /**
     * ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result
     * from DNS resolution of `ToFQDN.MatchName`s are added to the same
     * EgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and
     * L7 rules within this EgressRule will also apply to these IPs.
     * The DNS -> IP mapping is re-resolved periodically from within the
     * cilium-agent, and the IPs in the DNS response are effected in the policy
     * for selected pods as-is (i.e. the list of IPs is not modified in any way).
     * Note: An explicit rule to allow for DNS traffic is needed for the pods, as
     * ToFQDN counts as an egress rule and will enforce egress policy when
     * PolicyEnforcment=default.
     * Note: If the resolved IPs are IPs within the kubernetes cluster, the
     * ToFQDN rule will not apply to that IP.
     * Note: ToFQDN cannot occur in the same policy as other To* rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toFQDNs
     */
    readonly toFqdNs?: CiliumClusterwideNetworkPolicySpecEgressToFqdNs[];
    /**
     * ToGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * toGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toGroups
     */
    readonly toGroups?: CiliumClusterwideNetworkPolicySpecEgressToGroups[];
    /**
     * ToNodes is a list of nodes identified by an
     * EndpointSelector to which endpoints subject to the rule is allowed to communicate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toNodes
     */
    readonly toNodes?: CiliumClusterwideNetworkPolicySpecEgressToNodes[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is allowed to
     * connect to.
     *
     * Example:
     * Any endpoint with the label "role=frontend" is allowed to initiate
     * connections to destination port 8080/tcp
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toPorts
     */
    readonly toPorts?: CiliumClusterwideNetworkPolicySpecEgressToPorts[];
    /**
     * ToRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be able to connect to other
     * endpoints. These additional constraints do no by itself grant access
     * privileges and must always be accompanied with at least one matching
     * ToEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires any endpoint to which it
     * communicates to also carry the label "team=A".
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toRequires
     */
    readonly toRequires?: CiliumClusterwideNetworkPolicySpecEgressToRequires[];
    /**
     * ToServices is a list of services to which the endpoint subject
     * to the rule is allowed to initiate connections.
     * Currently Cilium only supports toServices for K8s services.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgress#toServices
     */
    readonly toServices?: CiliumClusterwideNetworkPolicySpecEgressToServices[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgress' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgress(obj: CiliumClusterwideNetworkPolicySpecEgress | undefined): Record<string, any> | undefined;
/**
 * EgressDenyRule contains all rule types which can be applied at egress, i.e.
 * network traffic that originates inside the endpoint and exits the endpoint
 * selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members of the structure are specified, then all members
 * must match in order for the rule to take effect. The exception to this
 * rule is the ToRequires member; the effects of any Requires field in any
 * rule will apply to all other rules as well.
 *
 * - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
 * mutually exclusive. Only one of these members may be present within an
 * individual rule.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDeny
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDeny {
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is not allowed to connect to.
     *
     * Example:
     * Any endpoint with the label "app=httpd" is not allowed to initiate
     * type 8 ICMP connections.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#icmps
     */
    readonly icmps?: CiliumClusterwideNetworkPolicySpecEgressDenyIcmps[];
    /**
     * ToCIDR is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections. Only connections destined for
     * outside of the cluster and not targeting the host will be subject
     * to CIDR rules.  This will match on the destination IP address of
     * outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
     * with no ExcludeCIDRs is equivalent. Overlaps are allowed between
     * ToCIDR and ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toCIDR
     */
    readonly toCidr?: string[];
    /**
     * ToCIDRSet is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections to in addition to connections
     * which are allowed via ToEndpoints, along with a list of subnets contained
     * within their corresponding IP block to which traffic should not be
     * allowed. This will match on the destination IP address of outgoing
     * connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
     * ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
     * ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toCIDRSet
     */
    readonly toCidrSet?: CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet[];
    /**
     * ToEndpoints is a list of endpoints identified by an EndpointSelector to
     * which the endpoints subject to the rule are allowed to communicate.
     *
     * Example:
     * Any endpoint with the label "role=frontend" can communicate with any
     * endpoint carrying the label "role=backend".
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toEndpoints
     */
    readonly toEndpoints?: CiliumClusterwideNetworkPolicySpecEgressDenyToEndpoints[];
    /**
     * ToEntities is a list of special entities to which the endpoint subject
     * to the rule is allowed to initiate connections. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toEntities
     */
    readonly toEntities?: CiliumClusterwideNetworkPolicySpecEgressDenyToEntities[];
    /**
     * ToGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * toGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toGroups
     */
    readonly toGroups?: CiliumClusterwideNetworkPolicySpecEgressDenyToGroups[];
    /**
     * ToNodes is a list of nodes identified by an
     * EndpointSelector to which endpoints subject to the rule is allowed to communicate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toNodes
     */
    readonly toNodes?: CiliumClusterwideNetworkPolicySpecEgressDenyToNodes[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is not allowed to connect
     * to.
     *
     * Example:
     * Any endpoint with the label "role=frontend" is not allowed to initiate
     * connections to destination port 8080/tcp
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toPorts
     */
    readonly toPorts?: CiliumClusterwideNetworkPolicySpecEgressDenyToPorts[];
    /**
     * ToRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be able to connect to other
     * endpoints. These additional constraints do no by itself grant access
     * privileges and must always be accompanied with at least one matching
     * ToEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires any endpoint to which it
     * communicates to also carry the label "team=A".
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toRequires
     */
    readonly toRequires?: CiliumClusterwideNetworkPolicySpecEgressDenyToRequires[];
    /**
     * ToServices is a list of services to which the endpoint subject
     * to the rule is allowed to initiate connections.
     * Currently Cilium only supports toServices for K8s services.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDeny#toServices
     */
    readonly toServices?: CiliumClusterwideNetworkPolicySpecEgressDenyToServices[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDeny' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDeny(obj: CiliumClusterwideNetworkPolicySpecEgressDeny | undefined): Record<string, any> | undefined;
/**
 * EnableDefaultDeny determines whether this policy configures the
 * subject endpoint(s) to have a default deny mode. If enabled,
 * this causes all traffic not explicitly allowed by a network policy
 * to be dropped.
 *
 * If not specified, the default is true for each traffic direction
 * that has rules, and false otherwise. For example, if a policy
 * only has Ingress or IngressDeny rules, then the default for
 * ingress is true and egress is false.
 *
 * If multiple policies apply to an endpoint, that endpoint's default deny
 * will be enabled if any policy requests it.
 *
 * This is useful for creating broad-based network policies that will not
 * cause endpoints to enter default-deny mode.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEnableDefaultDeny
 */
export interface CiliumClusterwideNetworkPolicySpecEnableDefaultDeny {
    /**
     * Whether or not the endpoint should have a default-deny rule applied
     * to egress traffic.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEnableDefaultDeny#egress
     */
    readonly egress?: boolean;
    /**
     * Whether or not the endpoint should have a default-deny rule applied
     * to ingress traffic.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEnableDefaultDeny#ingress
     */
    readonly ingress?: boolean;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEnableDefaultDeny' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEnableDefaultDeny(obj: CiliumClusterwideNetworkPolicySpecEnableDefaultDeny | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector selects all endpoints which should be subject to
 * this rule. EndpointSelector and NodeSelector cannot be both empty and
 * are mutually exclusive.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEndpointSelector
 */
export interface CiliumClusterwideNetworkPolicySpecEndpointSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEndpointSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEndpointSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEndpointSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEndpointSelector(obj: CiliumClusterwideNetworkPolicySpecEndpointSelector | undefined): Record<string, any> | undefined;
/**
 * IngressRule contains all rule types which can be applied at ingress,
 * i.e. network traffic that originates outside of the endpoint and
 * is entering the endpoint selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members are set, all of them need to match in order for
 * the rule to take effect. The exception to this rule is FromRequires field;
 * the effects of any Requires field in any rule will apply to all other
 * rules as well.
 *
 * - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually
 * exclusive. Only one of these members may be present within an individual
 * rule.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngress
 */
export interface CiliumClusterwideNetworkPolicySpecIngress {
    /**
     * Authentication is the required authentication type for the allowed traffic, if any.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#authentication
     */
    readonly authentication?: CiliumClusterwideNetworkPolicySpecIngressAuthentication;
    /**
     * FromCIDR is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from. Only connections which
     * do *not* originate from the cluster or from the local host are subject
     * to CIDR rules. In order to allow in-cluster connectivity, use the
     * FromEndpoints field.  This will match on the source IP address of
     * incoming connections. Adding  a prefix into FromCIDR or into
     * FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
     * allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.3.9.1
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#fromCIDR
     */
    readonly fromCidr?: string[];
    /**
     * FromCIDRSet is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from in addition to FromEndpoints,
     * along with a list of subnets contained within their corresponding IP block
     * from which traffic should not be allowed.
     * This will match on the source IP address of incoming connections. Adding
     * a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
     * equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#fromCIDRSet
     */
    readonly fromCidrSet?: CiliumClusterwideNetworkPolicySpecIngressFromCidrSet[];
    /**
     * FromEndpoints is a list of endpoints identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * Example:
     * Any endpoint with the label "role=backend" can be consumed by any
     * endpoint carrying the label "role=frontend".
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#fromEndpoints
     */
    readonly fromEndpoints?: CiliumClusterwideNetworkPolicySpecIngressFromEndpoints[];
    /**
     * FromEntities is a list of special entities which the endpoint subject
     * to the rule is allowed to receive connections from. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#fromEntities
     */
    readonly fromEntities?: CiliumClusterwideNetworkPolicySpecIngressFromEntities[];
    /**
     * FromGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * FromGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#fromGroups
     */
    readonly fromGroups?: CiliumClusterwideNetworkPolicySpecIngressFromGroups[];
    /**
     * FromNodes is a list of nodes identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#fromNodes
     */
    readonly fromNodes?: CiliumClusterwideNetworkPolicySpecIngressFromNodes[];
    /**
     * FromRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be reachable. These
     * additional constraints do no by itself grant access privileges and
     * must always be accompanied with at least one matching FromEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires consuming endpoint
     * to also carry the label "team=A".
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#fromRequires
     */
    readonly fromRequires?: CiliumClusterwideNetworkPolicySpecIngressFromRequires[];
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can only accept incoming
     * type 8 ICMP connections.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#icmps
     */
    readonly icmps?: CiliumClusterwideNetworkPolicySpecIngressIcmps[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can only accept incoming
     * connections on port 80/tcp.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngress#toPorts
     */
    readonly toPorts?: CiliumClusterwideNetworkPolicySpecIngressToPorts[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngress' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngress(obj: CiliumClusterwideNetworkPolicySpecIngress | undefined): Record<string, any> | undefined;
/**
 * IngressDenyRule contains all rule types which can be applied at ingress,
 * i.e. network traffic that originates outside of the endpoint and
 * is entering the endpoint selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members are set, all of them need to match in order for
 * the rule to take effect. The exception to this rule is FromRequires field;
 * the effects of any Requires field in any rule will apply to all other
 * rules as well.
 *
 * - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually
 * exclusive. Only one of these members may be present within an individual
 * rule.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDeny
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDeny {
    /**
     * FromCIDR is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from. Only connections which
     * do *not* originate from the cluster or from the local host are subject
     * to CIDR rules. In order to allow in-cluster connectivity, use the
     * FromEndpoints field.  This will match on the source IP address of
     * incoming connections. Adding  a prefix into FromCIDR or into
     * FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
     * allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.3.9.1
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#fromCIDR
     */
    readonly fromCidr?: string[];
    /**
     * FromCIDRSet is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from in addition to FromEndpoints,
     * along with a list of subnets contained within their corresponding IP block
     * from which traffic should not be allowed.
     * This will match on the source IP address of incoming connections. Adding
     * a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
     * equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#fromCIDRSet
     */
    readonly fromCidrSet?: CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet[];
    /**
     * FromEndpoints is a list of endpoints identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * Example:
     * Any endpoint with the label "role=backend" can be consumed by any
     * endpoint carrying the label "role=frontend".
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#fromEndpoints
     */
    readonly fromEndpoints?: CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpoints[];
    /**
     * FromEntities is a list of special entities which the endpoint subject
     * to the rule is allowed to receive connections from. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#fromEntities
     */
    readonly fromEntities?: CiliumClusterwideNetworkPolicySpecIngressDenyFromEntities[];
    /**
     * FromGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * FromGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#fromGroups
     */
    readonly fromGroups?: CiliumClusterwideNetworkPolicySpecIngressDenyFromGroups[];
    /**
     * FromNodes is a list of nodes identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#fromNodes
     */
    readonly fromNodes?: CiliumClusterwideNetworkPolicySpecIngressDenyFromNodes[];
    /**
     * FromRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be reachable. These
     * additional constraints do no by itself grant access privileges and
     * must always be accompanied with at least one matching FromEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires consuming endpoint
     * to also carry the label "team=A".
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#fromRequires
     */
    readonly fromRequires?: CiliumClusterwideNetworkPolicySpecIngressDenyFromRequires[];
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is not allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can not accept incoming
     * type 8 ICMP connections.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#icmps
     */
    readonly icmps?: CiliumClusterwideNetworkPolicySpecIngressDenyIcmps[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is not allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can not accept incoming
     * connections on port 80/tcp.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDeny#toPorts
     */
    readonly toPorts?: CiliumClusterwideNetworkPolicySpecIngressDenyToPorts[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDeny' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDeny(obj: CiliumClusterwideNetworkPolicySpecIngressDeny | undefined): Record<string, any> | undefined;
/**
 * Label is the Cilium's representation of a container label.
 *
 * @schema CiliumClusterwideNetworkPolicySpecLabels
 */
export interface CiliumClusterwideNetworkPolicySpecLabels {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecLabels#key
     */
    readonly key: string;
    /**
     * Source can be one of the above values (e.g.: LabelSourceContainer).
     *
     * @schema CiliumClusterwideNetworkPolicySpecLabels#source
     */
    readonly source?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecLabels#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecLabels' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecLabels(obj: CiliumClusterwideNetworkPolicySpecLabels | undefined): Record<string, any> | undefined;
/**
 * Log specifies custom policy-specific Hubble logging configuration.
 *
 * @schema CiliumClusterwideNetworkPolicySpecLog
 */
export interface CiliumClusterwideNetworkPolicySpecLog {
    /**
     * Value is a free-form string that is included in Hubble flows
     * that match this policy. The string is limited to 32 printable characters.
     *
     * @schema CiliumClusterwideNetworkPolicySpecLog#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecLog' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecLog(obj: CiliumClusterwideNetworkPolicySpecLog | undefined): Record<string, any> | undefined;
/**
 * NodeSelector selects all nodes which should be subject to this rule.
 * EndpointSelector and NodeSelector cannot be both empty and are mutually
 * exclusive. Can only be used in CiliumClusterwideNetworkPolicies.
 *
 * @schema CiliumClusterwideNetworkPolicySpecNodeSelector
 */
export interface CiliumClusterwideNetworkPolicySpecNodeSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecNodeSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecNodeSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecNodeSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecNodeSelector(obj: CiliumClusterwideNetworkPolicySpecNodeSelector | undefined): Record<string, any> | undefined;
/**
 * EgressRule contains all rule types which can be applied at egress, i.e.
 * network traffic that originates inside the endpoint and exits the endpoint
 * selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members of the structure are specified, then all members
 * must match in order for the rule to take effect. The exception to this
 * rule is the ToRequires member; the effects of any Requires field in any
 * rule will apply to all other rules as well.
 *
 * - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
 * mutually exclusive. Only one of these members may be present within an
 * individual rule.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgress
 */
export interface CiliumClusterwideNetworkPolicySpecsEgress {
    /**
     * Authentication is the required authentication type for the allowed traffic, if any.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#authentication
     */
    readonly authentication?: CiliumClusterwideNetworkPolicySpecsEgressAuthentication;
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is allowed to connect to.
     *
     * Example:
     * Any endpoint with the label "app=httpd" is allowed to initiate
     * type 8 ICMP connections.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#icmps
     */
    readonly icmps?: CiliumClusterwideNetworkPolicySpecsEgressIcmps[];
    /**
     * ToCIDR is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections. Only connections destined for
     * outside of the cluster and not targeting the host will be subject
     * to CIDR rules.  This will match on the destination IP address of
     * outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
     * with no ExcludeCIDRs is equivalent. Overlaps are allowed between
     * ToCIDR and ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toCIDR
     */
    readonly toCidr?: string[];
    /**
     * ToCIDRSet is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections to in addition to connections
     * which are allowed via ToEndpoints, along with a list of subnets contained
     * within their corresponding IP block to which traffic should not be
     * allowed. This will match on the destination IP address of outgoing
     * connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
     * ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
     * ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toCIDRSet
     */
    readonly toCidrSet?: CiliumClusterwideNetworkPolicySpecsEgressToCidrSet[];
    /**
     * ToEndpoints is a list of endpoints identified by an EndpointSelector to
     * which the endpoints subject to the rule are allowed to communicate.
     *
     * Example:
     * Any endpoint with the label "role=frontend" can communicate with any
     * endpoint carrying the label "role=backend".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toEndpoints
     */
    readonly toEndpoints?: CiliumClusterwideNetworkPolicySpecsEgressToEndpoints[];
    /**
     * ToEntities is a list of special entities to which the endpoint subject
     * to the rule is allowed to initiate connections. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toEntities
     */
    readonly toEntities?: CiliumClusterwideNetworkPolicySpecsEgressToEntities[];
    /**
     * ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result
     * from DNS resolution of `ToFQDN.MatchName`s are added to the same
     * EgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and
     * L7 rules within this EgressRule will also apply to these IPs.
     * The DNS -> IP mapping is re-resolved periodically from within the
     * cilium-agent, and the IPs in the DNS response are effected in the policy
     * for selected pods as-is (i.e. the list of IPs is not modified in any way).
     * Note: An explicit rule to allow for DNS traffic is needed for the pods, as
     * ToFQDN counts as an egress rule and will enforce egress policy when
     * PolicyEnforcment=default.
     * Note: If the resolved IPs are IPs within the kubernetes cluster, the
     * ToFQDN rule will not apply to that IP.
     * Note: ToFQDN cannot occur in the same policy as other To* rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toFQDNs
     */
    readonly toFqdNs?: CiliumClusterwideNetworkPolicySpecsEgressToFqdNs[];
    /**
     * ToGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * toGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toGroups
     */
    readonly toGroups?: CiliumClusterwideNetworkPolicySpecsEgressToGroups[];
    /**
     * ToNodes is a list of nodes identified by an
     * EndpointSelector to which endpoints subject to the rule is allowed to communicate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toNodes
     */
    readonly toNodes?: CiliumClusterwideNetworkPolicySpecsEgressToNodes[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is allowed to
     * connect to.
     *
     * Example:
     * Any endpoint with the label "role=frontend" is allowed to initiate
     * connections to destination port 8080/tcp
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toPorts
     */
    readonly toPorts?: CiliumClusterwideNetworkPolicySpecsEgressToPorts[];
    /**
     * ToRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be able to connect to other
     * endpoints. These additional constraints do no by itself grant access
     * privileges and must always be accompanied with at least one matching
     * ToEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires any endpoint to which it
     * communicates to also carry the label "team=A".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toRequires
     */
    readonly toRequires?: CiliumClusterwideNetworkPolicySpecsEgressToRequires[];
    /**
     * ToServices is a list of services to which the endpoint subject
     * to the rule is allowed to initiate connections.
     * Currently Cilium only supports toServices for K8s services.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgress#toServices
     */
    readonly toServices?: CiliumClusterwideNetworkPolicySpecsEgressToServices[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgress' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgress(obj: CiliumClusterwideNetworkPolicySpecsEgress | undefined): Record<string, any> | undefined;
/**
 * EgressDenyRule contains all rule types which can be applied at egress, i.e.
 * network traffic that originates inside the endpoint and exits the endpoint
 * selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members of the structure are specified, then all members
 * must match in order for the rule to take effect. The exception to this
 * rule is the ToRequires member; the effects of any Requires field in any
 * rule will apply to all other rules as well.
 *
 * - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
 * mutually exclusive. Only one of these members may be present within an
 * individual rule.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDeny {
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is not allowed to connect to.
     *
     * Example:
     * Any endpoint with the label "app=httpd" is not allowed to initiate
     * type 8 ICMP connections.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#icmps
     */
    readonly icmps?: CiliumClusterwideNetworkPolicySpecsEgressDenyIcmps[];
    /**
     * ToCIDR is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections. Only connections destined for
     * outside of the cluster and not targeting the host will be subject
     * to CIDR rules.  This will match on the destination IP address of
     * outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
     * with no ExcludeCIDRs is equivalent. Overlaps are allowed between
     * ToCIDR and ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toCIDR
     */
    readonly toCidr?: string[];
    /**
     * ToCIDRSet is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections to in addition to connections
     * which are allowed via ToEndpoints, along with a list of subnets contained
     * within their corresponding IP block to which traffic should not be
     * allowed. This will match on the destination IP address of outgoing
     * connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
     * ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
     * ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toCIDRSet
     */
    readonly toCidrSet?: CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet[];
    /**
     * ToEndpoints is a list of endpoints identified by an EndpointSelector to
     * which the endpoints subject to the rule are allowed to communicate.
     *
     * Example:
     * Any endpoint with the label "role=frontend" can communicate with any
     * endpoint carrying the label "role=backend".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toEndpoints
     */
    readonly toEndpoints?: CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpoints[];
    /**
     * ToEntities is a list of special entities to which the endpoint subject
     * to the rule is allowed to initiate connections. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toEntities
     */
    readonly toEntities?: CiliumClusterwideNetworkPolicySpecsEgressDenyToEntities[];
    /**
     * ToGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * toGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toGroups
     */
    readonly toGroups?: CiliumClusterwideNetworkPolicySpecsEgressDenyToGroups[];
    /**
     * ToNodes is a list of nodes identified by an
     * EndpointSelector to which endpoints subject to the rule is allowed to communicate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toNodes
     */
    readonly toNodes?: CiliumClusterwideNetworkPolicySpecsEgressDenyToNodes[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is not allowed to connect
     * to.
     *
     * Example:
     * Any endpoint with the label "role=frontend" is not allowed to initiate
     * connections to destination port 8080/tcp
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toPorts
     */
    readonly toPorts?: CiliumClusterwideNetworkPolicySpecsEgressDenyToPorts[];
    /**
     * ToRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be able to connect to other
     * endpoints. These additional constraints do no by itself grant access
     * privileges and must always be accompanied with at least one matching
     * ToEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires any endpoint to which it
     * communicates to also carry the label "team=A".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toRequires
     */
    readonly toRequires?: CiliumClusterwideNetworkPolicySpecsEgressDenyToRequires[];
    /**
     * ToServices is a list of services to which the endpoint subject
     * to the rule is allowed to initiate connections.
     * Currently Cilium only supports toServices for K8s services.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDeny#toServices
     */
    readonly toServices?: CiliumClusterwideNetworkPolicySpecsEgressDenyToServices[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDeny' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDeny(obj: CiliumClusterwideNetworkPolicySpecsEgressDeny | undefined): Record<string, any> | undefined;
/**
 * EnableDefaultDeny determines whether this policy configures the
 * subject endpoint(s) to have a default deny mode. If enabled,
 * this causes all traffic not explicitly allowed by a network policy
 * to be dropped.
 *
 * If not specified, the default is true for each traffic direction
 * that has rules, and false otherwise. For example, if a policy
 * only has Ingress or IngressDeny rules, then the default for
 * ingress is true and egress is false.
 *
 * If multiple policies apply to an endpoint, that endpoint's default deny
 * will be enabled if any policy requests it.
 *
 * This is useful for creating broad-based network policies that will not
 * cause endpoints to enter default-deny mode.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEnableDefaultDeny
 */
export interface CiliumClusterwideNetworkPolicySpecsEnableDefaultDeny {
    /**
     * Whether or not the endpoint should have a default-deny rule applied
     * to egress traffic.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEnableDefaultDeny#egress
     */
    readonly egress?: boolean;
    /**
     * Whether or not the endpoint should have a default-deny rule applied
     * to ingress traffic.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEnableDefaultDeny#ingress
     */
    readonly ingress?: boolean;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEnableDefaultDeny' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEnableDefaultDeny(obj: CiliumClusterwideNetworkPolicySpecsEnableDefaultDeny | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector selects all endpoints which should be subject to
 * this rule. EndpointSelector and NodeSelector cannot be both empty and
 * are mutually exclusive.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEndpointSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsEndpointSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEndpointSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEndpointSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEndpointSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEndpointSelector(obj: CiliumClusterwideNetworkPolicySpecsEndpointSelector | undefined): Record<string, any> | undefined;
/**
 * IngressRule contains all rule types which can be applied at ingress,
 * i.e. network traffic that originates outside of the endpoint and
 * is entering the endpoint selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members are set, all of them need to match in order for
 * the rule to take effect. The exception to this rule is FromRequires field;
 * the effects of any Requires field in any rule will apply to all other
 * rules as well.
 *
 * - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually
 * exclusive. Only one of these members may be present within an individual
 * rule.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngress
 */
export interface CiliumClusterwideNetworkPolicySpecsIngress {
    /**
     * Authentication is the required authentication type for the allowed traffic, if any.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#authentication
     */
    readonly authentication?: CiliumClusterwideNetworkPolicySpecsIngressAuthentication;
    /**
     * FromCIDR is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from. Only connections which
     * do *not* originate from the cluster or from the local host are subject
     * to CIDR rules. In order to allow in-cluster connectivity, use the
     * FromEndpoints field.  This will match on the source IP address of
     * incoming connections. Adding  a prefix into FromCIDR or into
     * FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
     * allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.3.9.1
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#fromCIDR
     */
    readonly fromCidr?: string[];
    /**
     * FromCIDRSet is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from in addition to FromEndpoints,
     * along with a list of subnets contained within their corresponding IP block
     * from which traffic should not be allowed.
     * This will match on the source IP address of incoming connections. Adding
     * a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
     * equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#fromCIDRSet
     */
    readonly fromCidrSet?: CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet[];
    /**
     * FromEndpoints is a list of endpoints identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * Example:
     * Any endpoint with the label "role=backend" can be consumed by any
     * endpoint carrying the label "role=frontend".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#fromEndpoints
     */
    readonly fromEndpoints?: CiliumClusterwideNetworkPolicySpecsIngressFromEndpoints[];
    /**
     * FromEntities is a list of special entities which the endpoint subject
     * to the rule is allowed to receive connections from. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#fromEntities
     */
    readonly fromEntities?: CiliumClusterwideNetworkPolicySpecsIngressFromEntities[];
    /**
     * FromGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * FromGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#fromGroups
     */
    readonly fromGroups?: CiliumClusterwideNetworkPolicySpecsIngressFromGroups[];
    /**
     * FromNodes is a list of nodes identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#fromNodes
     */
    readonly fromNodes?: CiliumClusterwideNetworkPolicySpecsIngressFromNodes[];
    /**
     * FromRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be reachable. These
     * additional constraints do no by itself grant access privileges and
     * must always be accompanied with at least one matching FromEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires consuming endpoint
     * to also carry the label "team=A".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#fromRequires
     */
    readonly fromRequires?: CiliumClusterwideNetworkPolicySpecsIngressFromRequires[];
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can only accept incoming
     * type 8 ICMP connections.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#icmps
     */
    readonly icmps?: CiliumClusterwideNetworkPolicySpecsIngressIcmps[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can only accept incoming
     * connections on port 80/tcp.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngress#toPorts
     */
    readonly toPorts?: CiliumClusterwideNetworkPolicySpecsIngressToPorts[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngress' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngress(obj: CiliumClusterwideNetworkPolicySpecsIngress | undefined): Record<string, any> | undefined;
/**
 * IngressDenyRule contains all rule types which can be applied at ingress,
 * i.e. network traffic that originates outside of the endpoint and
 * is entering the endpoint selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members are set, all of them need to match in order for
 * the rule to take effect. The exception to this rule is FromRequires field;
 * the effects of any Requires field in any rule will apply to all other
 * rules as well.
 *
 * - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually
 * exclusive. Only one of these members may be present within an individual
 * rule.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDeny {
    /**
     * FromCIDR is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from. Only connections which
     * do *not* originate from the cluster or from the local host are subject
     * to CIDR rules. In order to allow in-cluster connectivity, use the
     * FromEndpoints field.  This will match on the source IP address of
     * incoming connections. Adding  a prefix into FromCIDR or into
     * FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
     * allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.3.9.1
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#fromCIDR
     */
    readonly fromCidr?: string[];
    /**
     * FromCIDRSet is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from in addition to FromEndpoints,
     * along with a list of subnets contained within their corresponding IP block
     * from which traffic should not be allowed.
     * This will match on the source IP address of incoming connections. Adding
     * a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
     * equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#fromCIDRSet
     */
    readonly fromCidrSet?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet[];
    /**
     * FromEndpoints is a list of endpoints identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * Example:
     * Any endpoint with the label "role=backend" can be consumed by any
     * endpoint carrying the label "role=frontend".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#fromEndpoints
     */
    readonly fromEndpoints?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpoints[];
    /**
     * FromEntities is a list of special entities which the endpoint subject
     * to the rule is allowed to receive connections from. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#fromEntities
     */
    readonly fromEntities?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromEntities[];
    /**
     * FromGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * FromGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#fromGroups
     */
    readonly fromGroups?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroups[];
    /**
     * FromNodes is a list of nodes identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#fromNodes
     */
    readonly fromNodes?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodes[];
    /**
     * FromRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be reachable. These
     * additional constraints do no by itself grant access privileges and
     * must always be accompanied with at least one matching FromEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires consuming endpoint
     * to also carry the label "team=A".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#fromRequires
     */
    readonly fromRequires?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequires[];
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is not allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can not accept incoming
     * type 8 ICMP connections.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#icmps
     */
    readonly icmps?: CiliumClusterwideNetworkPolicySpecsIngressDenyIcmps[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is not allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can not accept incoming
     * connections on port 80/tcp.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDeny#toPorts
     */
    readonly toPorts?: CiliumClusterwideNetworkPolicySpecsIngressDenyToPorts[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDeny' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDeny(obj: CiliumClusterwideNetworkPolicySpecsIngressDeny | undefined): Record<string, any> | undefined;
/**
 * Label is the Cilium's representation of a container label.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsLabels
 */
export interface CiliumClusterwideNetworkPolicySpecsLabels {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsLabels#key
     */
    readonly key: string;
    /**
     * Source can be one of the above values (e.g.: LabelSourceContainer).
     *
     * @schema CiliumClusterwideNetworkPolicySpecsLabels#source
     */
    readonly source?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsLabels#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsLabels' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsLabels(obj: CiliumClusterwideNetworkPolicySpecsLabels | undefined): Record<string, any> | undefined;
/**
 * Log specifies custom policy-specific Hubble logging configuration.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsLog
 */
export interface CiliumClusterwideNetworkPolicySpecsLog {
    /**
     * Value is a free-form string that is included in Hubble flows
     * that match this policy. The string is limited to 32 printable characters.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsLog#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsLog' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsLog(obj: CiliumClusterwideNetworkPolicySpecsLog | undefined): Record<string, any> | undefined;
/**
 * NodeSelector selects all nodes which should be subject to this rule.
 * EndpointSelector and NodeSelector cannot be both empty and are mutually
 * exclusive. Can only be used in CiliumClusterwideNetworkPolicies.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsNodeSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsNodeSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsNodeSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsNodeSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsNodeSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsNodeSelector(obj: CiliumClusterwideNetworkPolicySpecsNodeSelector | undefined): Record<string, any> | undefined;
/**
 * Authentication is the required authentication type for the allowed traffic, if any.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressAuthentication
 */
export interface CiliumClusterwideNetworkPolicySpecEgressAuthentication {
    /**
     * Mode is the required authentication mode for the allowed traffic, if any.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressAuthentication#mode
     */
    readonly mode: CiliumClusterwideNetworkPolicySpecEgressAuthenticationMode;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressAuthentication' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressAuthentication(obj: CiliumClusterwideNetworkPolicySpecEgressAuthentication | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressIcmps
 */
export interface CiliumClusterwideNetworkPolicySpecEgressIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressIcmps#fields
     */
    readonly fields?: CiliumClusterwideNetworkPolicySpecEgressIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressIcmps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressIcmps(obj: CiliumClusterwideNetworkPolicySpecEgressIcmps | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSet
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToCidrSet' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToCidrSet(obj: CiliumClusterwideNetworkPolicySpecEgressToCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToEndpoints
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToEndpoints' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToEndpoints(obj: CiliumClusterwideNetworkPolicySpecEgressToEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToEntities
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * @schema CiliumClusterwideNetworkPolicySpecEgressToFqdNs
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToFqdNs {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToFqdNs#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToFqdNs#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToFqdNs' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToFqdNs(obj: CiliumClusterwideNetworkPolicySpecEgressToFqdNs | undefined): Record<string, any> | undefined;
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToGroups
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToGroups#aws
     */
    readonly aws?: CiliumClusterwideNetworkPolicySpecEgressToGroupsAws;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToGroups' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToGroups(obj: CiliumClusterwideNetworkPolicySpecEgressToGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToNodes
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToNodes' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToNodes(obj: CiliumClusterwideNetworkPolicySpecEgressToNodes | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of ports/protocol combinations with optional Layer 7
 * rules which must be met.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPorts
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPorts {
    /**
     * listener specifies the name of a custom Envoy listener to which this traffic should be
     * redirected to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPorts#listener
     */
    readonly listener?: CiliumClusterwideNetworkPolicySpecEgressToPortsListener;
    /**
     * OriginatingTLS is the TLS context for the connections originated by
     * the L7 proxy.  For egress policy this specifies the client-side TLS
     * parameters for the upstream connection originating from the L7 proxy
     * to the remote destination. For ingress policy this specifies the
     * client-side TLS parameters for the connection from the L7 proxy to
     * the local endpoint.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPorts#originatingTLS
     */
    readonly originatingTls?: CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls;
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPorts#ports
     */
    readonly ports?: CiliumClusterwideNetworkPolicySpecEgressToPortsPorts[];
    /**
     * Rules is a list of additional port level rules which must be met in
     * order for the PortRule to allow the traffic. If omitted or empty,
     * no layer 7 rules are enforced.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPorts#rules
     */
    readonly rules?: CiliumClusterwideNetworkPolicySpecEgressToPortsRules;
    /**
     * ServerNames is a list of allowed TLS SNI values. If not empty, then
     * TLS must be present and one of the provided SNIs must be indicated in the
     * TLS handshake.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPorts#serverNames
     */
    readonly serverNames?: string[];
    /**
     * TerminatingTLS is the TLS context for the connection terminated by
     * the L7 proxy.  For egress policy this specifies the server-side TLS
     * parameters to be applied on the connections originated from the local
     * endpoint and terminated by the L7 proxy. For ingress policy this specifies
     * the server-side TLS parameters to be applied on the connections
     * originated from a remote source and terminated by the L7 proxy.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPorts#terminatingTLS
     */
    readonly terminatingTls?: CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPorts(obj: CiliumClusterwideNetworkPolicySpecEgressToPorts | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToRequires
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToRequires' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToRequires(obj: CiliumClusterwideNetworkPolicySpecEgressToRequires | undefined): Record<string, any> | undefined;
/**
 * Service selects policy targets that are bundled as part of a
 * logical load-balanced service.
 *
 * Currently only Kubernetes-based Services are supported.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToServices
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToServices {
    /**
     * K8sService selects service by name and namespace pair
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServices#k8sService
     */
    readonly k8SService?: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SService;
    /**
     * K8sServiceSelector selects services by k8s labels and namespace
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServices#k8sServiceSelector
     */
    readonly k8SServiceSelector?: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToServices' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToServices(obj: CiliumClusterwideNetworkPolicySpecEgressToServices | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyIcmps
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyIcmps#fields
     */
    readonly fields?: CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyIcmps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyIcmps(obj: CiliumClusterwideNetworkPolicySpecEgressDenyIcmps | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEndpoints
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToEndpoints' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToEndpoints(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEntities
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressDenyToEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToGroups
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToGroups#aws
     */
    readonly aws?: CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToGroups' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToGroups(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToNodes
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToNodes' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToNodes(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToNodes | undefined): Record<string, any> | undefined;
/**
 * PortDenyRule is a list of ports/protocol that should be used for deny
 * policies. This structure lacks the L7Rules since it's not supported in deny
 * policies.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToPorts
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToPorts {
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToPorts#ports
     */
    readonly ports?: CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToPorts(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToPorts | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToRequires
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToRequires' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToRequires(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToRequires | undefined): Record<string, any> | undefined;
/**
 * Service selects policy targets that are bundled as part of a
 * logical load-balanced service.
 *
 * Currently only Kubernetes-based Services are supported.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServices
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToServices {
    /**
     * K8sService selects service by name and namespace pair
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServices#k8sService
     */
    readonly k8SService?: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SService;
    /**
     * K8sServiceSelector selects services by k8s labels and namespace
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServices#k8sServiceSelector
     */
    readonly k8SServiceSelector?: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToServices' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToServices(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToServices | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Authentication is the required authentication type for the allowed traffic, if any.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressAuthentication
 */
export interface CiliumClusterwideNetworkPolicySpecIngressAuthentication {
    /**
     * Mode is the required authentication mode for the allowed traffic, if any.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressAuthentication#mode
     */
    readonly mode: CiliumClusterwideNetworkPolicySpecIngressAuthenticationMode;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressAuthentication' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressAuthentication(obj: CiliumClusterwideNetworkPolicySpecIngressAuthentication | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSet
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromCidrSet' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromCidrSet(obj: CiliumClusterwideNetworkPolicySpecIngressFromCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromEndpoints
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromEndpoints' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromEndpoints(obj: CiliumClusterwideNetworkPolicySpecIngressFromEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromEntities
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressFromEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromGroups
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromGroups#aws
     */
    readonly aws?: CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromGroups' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromGroups(obj: CiliumClusterwideNetworkPolicySpecIngressFromGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromNodes
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromNodes' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromNodes(obj: CiliumClusterwideNetworkPolicySpecIngressFromNodes | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromRequires
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromRequires' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromRequires(obj: CiliumClusterwideNetworkPolicySpecIngressFromRequires | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressIcmps
 */
export interface CiliumClusterwideNetworkPolicySpecIngressIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressIcmps#fields
     */
    readonly fields?: CiliumClusterwideNetworkPolicySpecIngressIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressIcmps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressIcmps(obj: CiliumClusterwideNetworkPolicySpecIngressIcmps | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of ports/protocol combinations with optional Layer 7
 * rules which must be met.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPorts
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPorts {
    /**
     * listener specifies the name of a custom Envoy listener to which this traffic should be
     * redirected to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPorts#listener
     */
    readonly listener?: CiliumClusterwideNetworkPolicySpecIngressToPortsListener;
    /**
     * OriginatingTLS is the TLS context for the connections originated by
     * the L7 proxy.  For egress policy this specifies the client-side TLS
     * parameters for the upstream connection originating from the L7 proxy
     * to the remote destination. For ingress policy this specifies the
     * client-side TLS parameters for the connection from the L7 proxy to
     * the local endpoint.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPorts#originatingTLS
     */
    readonly originatingTls?: CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls;
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPorts#ports
     */
    readonly ports?: CiliumClusterwideNetworkPolicySpecIngressToPortsPorts[];
    /**
     * Rules is a list of additional port level rules which must be met in
     * order for the PortRule to allow the traffic. If omitted or empty,
     * no layer 7 rules are enforced.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPorts#rules
     */
    readonly rules?: CiliumClusterwideNetworkPolicySpecIngressToPortsRules;
    /**
     * ServerNames is a list of allowed TLS SNI values. If not empty, then
     * TLS must be present and one of the provided SNIs must be indicated in the
     * TLS handshake.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPorts#serverNames
     */
    readonly serverNames?: string[];
    /**
     * TerminatingTLS is the TLS context for the connection terminated by
     * the L7 proxy.  For egress policy this specifies the server-side TLS
     * parameters to be applied on the connections originated from the local
     * endpoint and terminated by the L7 proxy. For ingress policy this specifies
     * the server-side TLS parameters to be applied on the connections
     * originated from a remote source and terminated by the L7 proxy.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPorts#terminatingTLS
     */
    readonly terminatingTls?: CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPorts(obj: CiliumClusterwideNetworkPolicySpecIngressToPorts | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpoints
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpoints' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpoints(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEntities
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressDenyFromEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromGroups
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromGroups#aws
     */
    readonly aws?: CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromGroups' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromGroups(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromNodes
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromNodes' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromNodes(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromNodes | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromRequires
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromRequires' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromRequires(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromRequires | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyIcmps
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyIcmps#fields
     */
    readonly fields?: CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyIcmps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyIcmps(obj: CiliumClusterwideNetworkPolicySpecIngressDenyIcmps | undefined): Record<string, any> | undefined;
/**
 * PortDenyRule is a list of ports/protocol that should be used for deny
 * policies. This structure lacks the L7Rules since it's not supported in deny
 * policies.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyToPorts
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyToPorts {
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyToPorts#ports
     */
    readonly ports?: CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyToPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyToPorts(obj: CiliumClusterwideNetworkPolicySpecIngressDenyToPorts | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Authentication is the required authentication type for the allowed traffic, if any.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressAuthentication
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressAuthentication {
    /**
     * Mode is the required authentication mode for the allowed traffic, if any.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressAuthentication#mode
     */
    readonly mode: CiliumClusterwideNetworkPolicySpecsEgressAuthenticationMode;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressAuthentication' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressAuthentication(obj: CiliumClusterwideNetworkPolicySpecsEgressAuthentication | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressIcmps
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressIcmps#fields
     */
    readonly fields?: CiliumClusterwideNetworkPolicySpecsEgressIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressIcmps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressIcmps(obj: CiliumClusterwideNetworkPolicySpecsEgressIcmps | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSet
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToCidrSet' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToCidrSet(obj: CiliumClusterwideNetworkPolicySpecsEgressToCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToEndpoints
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToEndpoints' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToEndpoints(obj: CiliumClusterwideNetworkPolicySpecsEgressToEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToEntities
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToFqdNs
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToFqdNs {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToFqdNs#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToFqdNs#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToFqdNs' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToFqdNs(obj: CiliumClusterwideNetworkPolicySpecsEgressToFqdNs | undefined): Record<string, any> | undefined;
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToGroups
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToGroups#aws
     */
    readonly aws?: CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToGroups' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToGroups(obj: CiliumClusterwideNetworkPolicySpecsEgressToGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToNodes
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToNodes' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToNodes(obj: CiliumClusterwideNetworkPolicySpecsEgressToNodes | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of ports/protocol combinations with optional Layer 7
 * rules which must be met.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPorts
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPorts {
    /**
     * listener specifies the name of a custom Envoy listener to which this traffic should be
     * redirected to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPorts#listener
     */
    readonly listener?: CiliumClusterwideNetworkPolicySpecsEgressToPortsListener;
    /**
     * OriginatingTLS is the TLS context for the connections originated by
     * the L7 proxy.  For egress policy this specifies the client-side TLS
     * parameters for the upstream connection originating from the L7 proxy
     * to the remote destination. For ingress policy this specifies the
     * client-side TLS parameters for the connection from the L7 proxy to
     * the local endpoint.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPorts#originatingTLS
     */
    readonly originatingTls?: CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls;
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPorts#ports
     */
    readonly ports?: CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts[];
    /**
     * Rules is a list of additional port level rules which must be met in
     * order for the PortRule to allow the traffic. If omitted or empty,
     * no layer 7 rules are enforced.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPorts#rules
     */
    readonly rules?: CiliumClusterwideNetworkPolicySpecsEgressToPortsRules;
    /**
     * ServerNames is a list of allowed TLS SNI values. If not empty, then
     * TLS must be present and one of the provided SNIs must be indicated in the
     * TLS handshake.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPorts#serverNames
     */
    readonly serverNames?: string[];
    /**
     * TerminatingTLS is the TLS context for the connection terminated by
     * the L7 proxy.  For egress policy this specifies the server-side TLS
     * parameters to be applied on the connections originated from the local
     * endpoint and terminated by the L7 proxy. For ingress policy this specifies
     * the server-side TLS parameters to be applied on the connections
     * originated from a remote source and terminated by the L7 proxy.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPorts#terminatingTLS
     */
    readonly terminatingTls?: CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPorts(obj: CiliumClusterwideNetworkPolicySpecsEgressToPorts | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToRequires
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToRequires' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToRequires(obj: CiliumClusterwideNetworkPolicySpecsEgressToRequires | undefined): Record<string, any> | undefined;
/**
 * Service selects policy targets that are bundled as part of a
 * logical load-balanced service.
 *
 * Currently only Kubernetes-based Services are supported.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToServices
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToServices {
    /**
     * K8sService selects service by name and namespace pair
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServices#k8sService
     */
    readonly k8SService?: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SService;
    /**
     * K8sServiceSelector selects services by k8s labels and namespace
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServices#k8sServiceSelector
     */
    readonly k8SServiceSelector?: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToServices' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToServices(obj: CiliumClusterwideNetworkPolicySpecsEgressToServices | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyIcmps
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyIcmps#fields
     */
    readonly fields?: CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyIcmps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyIcmps(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyIcmps | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpoints
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpoints' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpoints(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEntities
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressDenyToEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToGroups
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToGroups#aws
     */
    readonly aws?: CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToGroups' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToGroups(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToNodes
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToNodes' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToNodes(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToNodes | undefined): Record<string, any> | undefined;
/**
 * PortDenyRule is a list of ports/protocol that should be used for deny
 * policies. This structure lacks the L7Rules since it's not supported in deny
 * policies.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToPorts
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToPorts {
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToPorts#ports
     */
    readonly ports?: CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToPorts(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToPorts | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToRequires
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToRequires' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToRequires(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToRequires | undefined): Record<string, any> | undefined;
/**
 * Service selects policy targets that are bundled as part of a
 * logical load-balanced service.
 *
 * Currently only Kubernetes-based Services are supported.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServices
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToServices {
    /**
     * K8sService selects service by name and namespace pair
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServices#k8sService
     */
    readonly k8SService?: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SService;
    /**
     * K8sServiceSelector selects services by k8s labels and namespace
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServices#k8sServiceSelector
     */
    readonly k8SServiceSelector?: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToServices' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToServices(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToServices | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Authentication is the required authentication type for the allowed traffic, if any.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressAuthentication
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressAuthentication {
    /**
     * Mode is the required authentication mode for the allowed traffic, if any.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressAuthentication#mode
     */
    readonly mode: CiliumClusterwideNetworkPolicySpecsIngressAuthenticationMode;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressAuthentication' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressAuthentication(obj: CiliumClusterwideNetworkPolicySpecsIngressAuthentication | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet(obj: CiliumClusterwideNetworkPolicySpecsIngressFromCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEndpoints
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromEndpoints' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromEndpoints(obj: CiliumClusterwideNetworkPolicySpecsIngressFromEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEntities
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressFromEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromGroups
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromGroups#aws
     */
    readonly aws?: CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromGroups' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromGroups(obj: CiliumClusterwideNetworkPolicySpecsIngressFromGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromNodes
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromNodes' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromNodes(obj: CiliumClusterwideNetworkPolicySpecsIngressFromNodes | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromRequires
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromRequires' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromRequires(obj: CiliumClusterwideNetworkPolicySpecsIngressFromRequires | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressIcmps
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressIcmps#fields
     */
    readonly fields?: CiliumClusterwideNetworkPolicySpecsIngressIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressIcmps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressIcmps(obj: CiliumClusterwideNetworkPolicySpecsIngressIcmps | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of ports/protocol combinations with optional Layer 7
 * rules which must be met.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPorts
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPorts {
    /**
     * listener specifies the name of a custom Envoy listener to which this traffic should be
     * redirected to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPorts#listener
     */
    readonly listener?: CiliumClusterwideNetworkPolicySpecsIngressToPortsListener;
    /**
     * OriginatingTLS is the TLS context for the connections originated by
     * the L7 proxy.  For egress policy this specifies the client-side TLS
     * parameters for the upstream connection originating from the L7 proxy
     * to the remote destination. For ingress policy this specifies the
     * client-side TLS parameters for the connection from the L7 proxy to
     * the local endpoint.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPorts#originatingTLS
     */
    readonly originatingTls?: CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls;
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPorts#ports
     */
    readonly ports?: CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts[];
    /**
     * Rules is a list of additional port level rules which must be met in
     * order for the PortRule to allow the traffic. If omitted or empty,
     * no layer 7 rules are enforced.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPorts#rules
     */
    readonly rules?: CiliumClusterwideNetworkPolicySpecsIngressToPortsRules;
    /**
     * ServerNames is a list of allowed TLS SNI values. If not empty, then
     * TLS must be present and one of the provided SNIs must be indicated in the
     * TLS handshake.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPorts#serverNames
     */
    readonly serverNames?: string[];
    /**
     * TerminatingTLS is the TLS context for the connection terminated by
     * the L7 proxy.  For egress policy this specifies the server-side TLS
     * parameters to be applied on the connections originated from the local
     * endpoint and terminated by the L7 proxy. For ingress policy this specifies
     * the server-side TLS parameters to be applied on the connections
     * originated from a remote source and terminated by the L7 proxy.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPorts#terminatingTLS
     */
    readonly terminatingTls?: CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPorts(obj: CiliumClusterwideNetworkPolicySpecsIngressToPorts | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpoints
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpoints' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpoints(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEntities
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressDenyFromEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroups
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroups#aws
     */
    readonly aws?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroups' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroups(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodes
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodes' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodes(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodes | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequires
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequires' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequires(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequires | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyIcmps
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyIcmps#fields
     */
    readonly fields?: CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyIcmps' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyIcmps(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyIcmps | undefined): Record<string, any> | undefined;
/**
 * PortDenyRule is a list of ports/protocol that should be used for deny
 * policies. This structure lacks the L7Rules since it's not supported in deny
 * policies.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyToPorts
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyToPorts {
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyToPorts#ports
     */
    readonly ports?: CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyToPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyToPorts(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyToPorts | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Mode is the required authentication mode for the allowed traffic, if any.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressAuthenticationMode
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressAuthenticationMode {
    /** disabled */
    DISABLED = "disabled",
    /** required */
    REQUIRED = "required",
    /** test-always-fail */
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "test-always-fail"
}
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressIcmpsFields
 */
export interface CiliumClusterwideNetworkPolicySpecEgressIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressIcmpsFields#family
     */
    readonly family?: CiliumClusterwideNetworkPolicySpecEgressIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressIcmpsFields#type
     */
    readonly type: CiliumClusterwideNetworkPolicySpecEgressIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressIcmpsFields(obj: CiliumClusterwideNetworkPolicySpecEgressIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelector
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelector(obj: CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToGroupsAws
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToGroupsAws {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressToGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressToGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressToGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressToGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToGroupsAws(obj: CiliumClusterwideNetworkPolicySpecEgressToGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * listener specifies the name of a custom Envoy listener to which this traffic should be
 * redirected to.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsListener
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsListener {
    /**
     * EnvoyConfig is a reference to the CEC or CCEC resource in which
     * the listener is defined.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsListener#envoyConfig
     */
    readonly envoyConfig: CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfig;
    /**
     * Name is the name of the listener.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsListener#name
     */
    readonly name: string;
    /**
     * Priority for this Listener that is used when multiple rules would apply different
     * listeners to a policy map entry. Behavior of this is implementation dependent.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsListener#priority
     */
    readonly priority?: number;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsListener' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsListener(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsListener | undefined): Record<string, any> | undefined;
/**
 * OriginatingTLS is the TLS context for the connections originated by
 * the L7 proxy.  For egress policy this specifies the client-side TLS
 * parameters for the upstream connection originating from the L7 proxy
 * to the remote destination. For ingress policy this specifies the
 * client-side TLS parameters for the connection from the L7 proxy to
 * the local endpoint.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls#secret
     */
    readonly secret: CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTls | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsPorts
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsPorts#protocol
     */
    readonly protocol?: CiliumClusterwideNetworkPolicySpecEgressToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsPorts(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * Rules is a list of additional port level rules which must be met in
 * order for the PortRule to allow the traffic. If omitted or empty,
 * no layer 7 rules are enforced.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRules
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsRules {
    /**
     * DNS-specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRules#dns
     */
    readonly dns?: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesDns[];
    /**
     * HTTP specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRules#http
     */
    readonly http?: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp[];
    /**
     * Kafka-specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRules#kafka
     */
    readonly kafka?: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka[];
    /**
     * Key-value pair rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRules#l7
     */
    readonly l7?: {
        [key: string]: string;
    }[];
    /**
     * Name of the L7 protocol for which the Key-value pair rules apply.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRules#l7proto
     */
    readonly l7Proto?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsRules' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsRules(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsRules | undefined): Record<string, any> | undefined;
/**
 * TerminatingTLS is the TLS context for the connection terminated by
 * the L7 proxy.  For egress policy this specifies the server-side TLS
 * parameters to be applied on the connections originated from the local
 * endpoint and terminated by the L7 proxy. For ingress policy this specifies
 * the server-side TLS parameters to be applied on the connections
 * originated from a remote source and terminated by the L7 proxy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls#secret
     */
    readonly secret: CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTls | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * K8sService selects service by name and namespace pair
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SService
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToServicesK8SService {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SService#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SService#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToServicesK8SService' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToServicesK8SService(obj: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SService | undefined): Record<string, any> | undefined;
/**
 * K8sServiceSelector selects services by k8s labels and namespace
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelector
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelector {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelector#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceSelector is a label selector for k8s services
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelector#selector
     */
    readonly selector: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelector(obj: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelector | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFields
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFields#family
     */
    readonly family?: CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFields#type
     */
    readonly type: CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFields(obj: CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts#protocol
     */
    readonly protocol?: CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * K8sService selects service by name and namespace pair
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SService
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SService {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SService#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SService#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SService' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SService(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SService | undefined): Record<string, any> | undefined;
/**
 * K8sServiceSelector selects services by k8s labels and namespace
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelector
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelector {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelector#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceSelector is a label selector for k8s services
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelector#selector
     */
    readonly selector: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelector(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelector | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEndpointSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mode is the required authentication mode for the allowed traffic, if any.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressAuthenticationMode
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressAuthenticationMode {
    /** disabled */
    DISABLED = "disabled",
    /** required */
    REQUIRED = "required",
    /** test-always-fail */
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "test-always-fail"
}
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelector
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelector(obj: CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws(obj: CiliumClusterwideNetworkPolicySpecIngressFromGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressIcmpsFields
 */
export interface CiliumClusterwideNetworkPolicySpecIngressIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressIcmpsFields#family
     */
    readonly family?: CiliumClusterwideNetworkPolicySpecIngressIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressIcmpsFields#type
     */
    readonly type: CiliumClusterwideNetworkPolicySpecIngressIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressIcmpsFields(obj: CiliumClusterwideNetworkPolicySpecIngressIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * listener specifies the name of a custom Envoy listener to which this traffic should be
 * redirected to.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsListener
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsListener {
    /**
     * EnvoyConfig is a reference to the CEC or CCEC resource in which
     * the listener is defined.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsListener#envoyConfig
     */
    readonly envoyConfig: CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfig;
    /**
     * Name is the name of the listener.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsListener#name
     */
    readonly name: string;
    /**
     * Priority for this Listener that is used when multiple rules would apply different
     * listeners to a policy map entry. Behavior of this is implementation dependent.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsListener#priority
     */
    readonly priority?: number;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsListener' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsListener(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsListener | undefined): Record<string, any> | undefined;
/**
 * OriginatingTLS is the TLS context for the connections originated by
 * the L7 proxy.  For egress policy this specifies the client-side TLS
 * parameters for the upstream connection originating from the L7 proxy
 * to the remote destination. For ingress policy this specifies the
 * client-side TLS parameters for the connection from the L7 proxy to
 * the local endpoint.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls#secret
     */
    readonly secret: CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTls | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsPorts
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsPorts#protocol
     */
    readonly protocol?: CiliumClusterwideNetworkPolicySpecIngressToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsPorts(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * Rules is a list of additional port level rules which must be met in
 * order for the PortRule to allow the traffic. If omitted or empty,
 * no layer 7 rules are enforced.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRules
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsRules {
    /**
     * DNS-specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRules#dns
     */
    readonly dns?: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesDns[];
    /**
     * HTTP specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRules#http
     */
    readonly http?: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp[];
    /**
     * Kafka-specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRules#kafka
     */
    readonly kafka?: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka[];
    /**
     * Key-value pair rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRules#l7
     */
    readonly l7?: {
        [key: string]: string;
    }[];
    /**
     * Name of the L7 protocol for which the Key-value pair rules apply.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRules#l7proto
     */
    readonly l7Proto?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsRules' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsRules(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsRules | undefined): Record<string, any> | undefined;
/**
 * TerminatingTLS is the TLS context for the connection terminated by
 * the L7 proxy.  For egress policy this specifies the server-side TLS
 * parameters to be applied on the connections originated from the local
 * endpoint and terminated by the L7 proxy. For ingress policy this specifies
 * the server-side TLS parameters to be applied on the connections
 * originated from a remote source and terminated by the L7 proxy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls#secret
     */
    readonly secret: CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTls | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFields
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFields#family
     */
    readonly family?: CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFields#type
     */
    readonly type: CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFields(obj: CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts#protocol
     */
    readonly protocol?: CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts(obj: CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecNodeSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mode is the required authentication mode for the allowed traffic, if any.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressAuthenticationMode
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressAuthenticationMode {
    /** disabled */
    DISABLED = "disabled",
    /** required */
    REQUIRED = "required",
    /** test-always-fail */
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "test-always-fail"
}
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressIcmpsFields
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressIcmpsFields#family
     */
    readonly family?: CiliumClusterwideNetworkPolicySpecsEgressIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressIcmpsFields#type
     */
    readonly type: CiliumClusterwideNetworkPolicySpecsEgressIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressIcmpsFields(obj: CiliumClusterwideNetworkPolicySpecsEgressIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelector(obj: CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws(obj: CiliumClusterwideNetworkPolicySpecsEgressToGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * listener specifies the name of a custom Envoy listener to which this traffic should be
 * redirected to.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsListener
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsListener {
    /**
     * EnvoyConfig is a reference to the CEC or CCEC resource in which
     * the listener is defined.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsListener#envoyConfig
     */
    readonly envoyConfig: CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfig;
    /**
     * Name is the name of the listener.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsListener#name
     */
    readonly name: string;
    /**
     * Priority for this Listener that is used when multiple rules would apply different
     * listeners to a policy map entry. Behavior of this is implementation dependent.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsListener#priority
     */
    readonly priority?: number;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsListener' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsListener(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsListener | undefined): Record<string, any> | undefined;
/**
 * OriginatingTLS is the TLS context for the connections originated by
 * the L7 proxy.  For egress policy this specifies the client-side TLS
 * parameters for the upstream connection originating from the L7 proxy
 * to the remote destination. For ingress policy this specifies the
 * client-side TLS parameters for the connection from the L7 proxy to
 * the local endpoint.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls#secret
     */
    readonly secret: CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTls | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts#protocol
     */
    readonly protocol?: CiliumClusterwideNetworkPolicySpecsEgressToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * Rules is a list of additional port level rules which must be met in
 * order for the PortRule to allow the traffic. If omitted or empty,
 * no layer 7 rules are enforced.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRules
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsRules {
    /**
     * DNS-specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRules#dns
     */
    readonly dns?: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesDns[];
    /**
     * HTTP specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRules#http
     */
    readonly http?: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp[];
    /**
     * Kafka-specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRules#kafka
     */
    readonly kafka?: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka[];
    /**
     * Key-value pair rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRules#l7
     */
    readonly l7?: {
        [key: string]: string;
    }[];
    /**
     * Name of the L7 protocol for which the Key-value pair rules apply.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRules#l7proto
     */
    readonly l7Proto?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsRules' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsRules(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsRules | undefined): Record<string, any> | undefined;
/**
 * TerminatingTLS is the TLS context for the connection terminated by
 * the L7 proxy.  For egress policy this specifies the server-side TLS
 * parameters to be applied on the connections originated from the local
 * endpoint and terminated by the L7 proxy. For ingress policy this specifies
 * the server-side TLS parameters to be applied on the connections
 * originated from a remote source and terminated by the L7 proxy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls#secret
     */
    readonly secret: CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTls | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * K8sService selects service by name and namespace pair
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SService
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SService {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SService#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SService#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SService' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SService(obj: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SService | undefined): Record<string, any> | undefined;
/**
 * K8sServiceSelector selects services by k8s labels and namespace
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelector {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelector#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceSelector is a label selector for k8s services
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelector#selector
     */
    readonly selector: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelector(obj: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelector | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFields
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFields#family
     */
    readonly family?: CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFields#type
     */
    readonly type: CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFields(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts#protocol
     */
    readonly protocol?: CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * K8sService selects service by name and namespace pair
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SService
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SService {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SService#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SService#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SService' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SService(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SService | undefined): Record<string, any> | undefined;
/**
 * K8sServiceSelector selects services by k8s labels and namespace
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceSelector is a label selector for k8s services
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector#selector
     */
    readonly selector: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mode is the required authentication mode for the allowed traffic, if any.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressAuthenticationMode
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressAuthenticationMode {
    /** disabled */
    DISABLED = "disabled",
    /** required */
    REQUIRED = "required",
    /** test-always-fail */
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "test-always-fail"
}
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector(obj: CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws(obj: CiliumClusterwideNetworkPolicySpecsIngressFromGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressIcmpsFields
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressIcmpsFields#family
     */
    readonly family?: CiliumClusterwideNetworkPolicySpecsIngressIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressIcmpsFields#type
     */
    readonly type: CiliumClusterwideNetworkPolicySpecsIngressIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressIcmpsFields(obj: CiliumClusterwideNetworkPolicySpecsIngressIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * listener specifies the name of a custom Envoy listener to which this traffic should be
 * redirected to.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsListener
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsListener {
    /**
     * EnvoyConfig is a reference to the CEC or CCEC resource in which
     * the listener is defined.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsListener#envoyConfig
     */
    readonly envoyConfig: CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfig;
    /**
     * Name is the name of the listener.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsListener#name
     */
    readonly name: string;
    /**
     * Priority for this Listener that is used when multiple rules would apply different
     * listeners to a policy map entry. Behavior of this is implementation dependent.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsListener#priority
     */
    readonly priority?: number;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsListener' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsListener(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsListener | undefined): Record<string, any> | undefined;
/**
 * OriginatingTLS is the TLS context for the connections originated by
 * the L7 proxy.  For egress policy this specifies the client-side TLS
 * parameters for the upstream connection originating from the L7 proxy
 * to the remote destination. For ingress policy this specifies the
 * client-side TLS parameters for the connection from the L7 proxy to
 * the local endpoint.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls#secret
     */
    readonly secret: CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTls | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts#protocol
     */
    readonly protocol?: CiliumClusterwideNetworkPolicySpecsIngressToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * Rules is a list of additional port level rules which must be met in
 * order for the PortRule to allow the traffic. If omitted or empty,
 * no layer 7 rules are enforced.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRules
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsRules {
    /**
     * DNS-specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRules#dns
     */
    readonly dns?: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesDns[];
    /**
     * HTTP specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRules#http
     */
    readonly http?: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp[];
    /**
     * Kafka-specific rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRules#kafka
     */
    readonly kafka?: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka[];
    /**
     * Key-value pair rules.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRules#l7
     */
    readonly l7?: {
        [key: string]: string;
    }[];
    /**
     * Name of the L7 protocol for which the Key-value pair rules apply.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRules#l7proto
     */
    readonly l7Proto?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsRules' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsRules(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsRules | undefined): Record<string, any> | undefined;
/**
 * TerminatingTLS is the TLS context for the connection terminated by
 * the L7 proxy.  For egress policy this specifies the server-side TLS
 * parameters to be applied on the connections originated from the local
 * endpoint and terminated by the L7 proxy. For ingress policy this specifies
 * the server-side TLS parameters to be applied on the connections
 * originated from a remote source and terminated by the L7 proxy.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls#secret
     */
    readonly secret: CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTls | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws {
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFields
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFields#family
     */
    readonly family?: CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFields#type
     */
    readonly type: CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFields(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts#protocol
     */
    readonly protocol?: CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsNodeSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressIcmpsFieldsFamily
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressIcmpsFieldsType
 */
export declare class CiliumClusterwideNetworkPolicySpecEgressIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumClusterwideNetworkPolicySpecEgressIcmpsFieldsType;
    static fromString(value: string): CiliumClusterwideNetworkPolicySpecEgressIcmpsFieldsType;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * EnvoyConfig is a reference to the CEC or CCEC resource in which
 * the listener is defined.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfig
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfig {
    /**
     * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
     * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
     * respectively. The only case this is currently explicitly needed is when referring to a
     * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
     * from a cluster scoped policy is not allowed.
     *
     * @default CiliumEnvoyConfig or
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfig#kind
     */
    readonly kind?: CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfigKind;
    /**
     * Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where
     * the listener is defined in.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfig#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfig' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfig(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfig | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTlsSecret
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTlsSecret(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsOriginatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsPortsProtocol
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * PortRuleDNS is a list of allowed DNS lookups.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesDns
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsRulesDns {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesDns#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesDns#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsRulesDns' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsRulesDns(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesDns | undefined): Record<string, any> | undefined;
/**
 * PortRuleHTTP is a list of HTTP protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule does not have any
 * effect.
 *
 * All fields of this type are extended POSIX regex as defined by IEEE Std
 * 1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
 * matched against the path of an incoming request. Currently it can contain
 * characters disallowed from the conventional "path" part of a URL as defined
 * by RFC 3986.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp {
    /**
     * HeaderMatches is a list of HTTP headers which must be
     * present and match against the given values. Mismatch field can be used
     * to specify what to do when there is no match.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp#headerMatches
     */
    readonly headerMatches?: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches[];
    /**
     * Headers is a list of HTTP headers which must be present in the
     * request. If omitted or empty, requests are allowed regardless of
     * headers present.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp#headers
     */
    readonly headers?: string[];
    /**
     * Host is an extended POSIX regex matched against the host header of a
     * request. Examples:
     *
     * - foo.bar.com will match the host fooXbar.com or foo-bar.com
     * - foo\.bar\.com will only match the host foo.bar.com
     *
     * If omitted or empty, the value of the host header is ignored.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp#host
     */
    readonly host?: string;
    /**
     * Method is an extended POSIX regex matched against the method of a
     * request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...
     *
     * If omitted or empty, all methods are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp#method
     */
    readonly method?: string;
    /**
     * Path is an extended POSIX regex matched against the path of a
     * request. Currently it can contain characters disallowed from the
     * conventional "path" part of a URL as defined by RFC 3986.
     *
     * If omitted or empty, all paths are all allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttp | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of Kafka protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule will match all
 * Kafka messages.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka {
    /**
     * APIKey is a case-insensitive string matched against the key of a
     * request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al
     * Reference: https://kafka.apache.org/protocol#protocol_api_keys
     *
     * If omitted or empty, and if Role is not specified, then all keys are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka#apiKey
     */
    readonly apiKey?: string;
    /**
     * APIVersion is the version matched against the api version of the
     * Kafka message. If set, it has to be a string representing a positive
     * integer.
     *
     * If omitted or empty, all versions are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * ClientID is the client identifier as provided in the request.
     *
     * From Kafka protocol documentation:
     * This is a user supplied identifier for the client application. The
     * user can use any identifier they like and it will be used when
     * logging errors, monitoring aggregates, etc. For example, one might
     * want to monitor not just the requests per second overall, but the
     * number coming from each client application (each of which could
     * reside on multiple servers). This id acts as a logical grouping
     * across all requests from a particular client.
     *
     * If omitted or empty, all client identifiers are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka#clientID
     */
    readonly clientId?: string;
    /**
     * Role is a case-insensitive string and describes a group of API keys
     * necessary to perform certain higher-level Kafka operations such as "produce"
     * or "consume". A Role automatically expands into all APIKeys required
     * to perform the specified higher-level operation.
     *
     * The following values are supported:
     * - "produce": Allow producing to the topics specified in the rule
     * - "consume": Allow consuming from the topics specified in the rule
     *
     * This field is incompatible with the APIKey field, i.e APIKey and Role
     * cannot both be specified in the same rule.
     *
     * If omitted or empty, and if APIKey is not specified, then all keys are
     * allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka#role
     */
    readonly role?: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafkaRole;
    /**
     * Topic is the topic name contained in the message. If a Kafka request
     * contains multiple topics, then all topics must be allowed or the
     * message will be rejected.
     *
     * This constraint is ignored if the matched request message type
     * doesn't contain any topic. Maximum size of Topic can be 249
     * characters as per recent Kafka spec and allowed characters are
     * a-z, A-Z, 0-9, -, . and _.
     *
     * Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
     * version the length was changed from 255 to 249. For compatibility
     * reasons we are using 255.
     *
     * If omitted or empty, all topics are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka#topic
     */
    readonly topic?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafka | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTlsSecret
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTlsSecret(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsTerminatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * ServiceSelector is a label selector for k8s services
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector(obj: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector | undefined): Record<string, any> | undefined;
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFieldsFamily
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFieldsType
 */
export declare class CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFieldsType;
    static fromString(value: string): CiliumClusterwideNetworkPolicySpecEgressDenyIcmpsFieldsType;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressDenyToEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressDenyToNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPortsProtocol
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressDenyToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressDenyToRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * ServiceSelector is a label selector for k8s services
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressFromEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressFromNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressFromRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressIcmpsFieldsFamily
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressIcmpsFieldsType
 */
export declare class CiliumClusterwideNetworkPolicySpecIngressIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumClusterwideNetworkPolicySpecIngressIcmpsFieldsType;
    static fromString(value: string): CiliumClusterwideNetworkPolicySpecIngressIcmpsFieldsType;
    private constructor();
}
/**
 * EnvoyConfig is a reference to the CEC or CCEC resource in which
 * the listener is defined.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfig
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfig {
    /**
     * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
     * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
     * respectively. The only case this is currently explicitly needed is when referring to a
     * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
     * from a cluster scoped policy is not allowed.
     *
     * @default CiliumEnvoyConfig or
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfig#kind
     */
    readonly kind?: CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfigKind;
    /**
     * Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where
     * the listener is defined in.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfig#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfig' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfig(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfig | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTlsSecret
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTlsSecret(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsOriginatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsPortsProtocol
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * PortRuleDNS is a list of allowed DNS lookups.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesDns
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsRulesDns {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesDns#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesDns#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsRulesDns' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsRulesDns(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesDns | undefined): Record<string, any> | undefined;
/**
 * PortRuleHTTP is a list of HTTP protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule does not have any
 * effect.
 *
 * All fields of this type are extended POSIX regex as defined by IEEE Std
 * 1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
 * matched against the path of an incoming request. Currently it can contain
 * characters disallowed from the conventional "path" part of a URL as defined
 * by RFC 3986.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp {
    /**
     * HeaderMatches is a list of HTTP headers which must be
     * present and match against the given values. Mismatch field can be used
     * to specify what to do when there is no match.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp#headerMatches
     */
    readonly headerMatches?: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches[];
    /**
     * Headers is a list of HTTP headers which must be present in the
     * request. If omitted or empty, requests are allowed regardless of
     * headers present.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp#headers
     */
    readonly headers?: string[];
    /**
     * Host is an extended POSIX regex matched against the host header of a
     * request. Examples:
     *
     * - foo.bar.com will match the host fooXbar.com or foo-bar.com
     * - foo\.bar\.com will only match the host foo.bar.com
     *
     * If omitted or empty, the value of the host header is ignored.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp#host
     */
    readonly host?: string;
    /**
     * Method is an extended POSIX regex matched against the method of a
     * request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...
     *
     * If omitted or empty, all methods are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp#method
     */
    readonly method?: string;
    /**
     * Path is an extended POSIX regex matched against the path of a
     * request. Currently it can contain characters disallowed from the
     * conventional "path" part of a URL as defined by RFC 3986.
     *
     * If omitted or empty, all paths are all allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttp | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of Kafka protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule will match all
 * Kafka messages.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka {
    /**
     * APIKey is a case-insensitive string matched against the key of a
     * request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al
     * Reference: https://kafka.apache.org/protocol#protocol_api_keys
     *
     * If omitted or empty, and if Role is not specified, then all keys are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka#apiKey
     */
    readonly apiKey?: string;
    /**
     * APIVersion is the version matched against the api version of the
     * Kafka message. If set, it has to be a string representing a positive
     * integer.
     *
     * If omitted or empty, all versions are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * ClientID is the client identifier as provided in the request.
     *
     * From Kafka protocol documentation:
     * This is a user supplied identifier for the client application. The
     * user can use any identifier they like and it will be used when
     * logging errors, monitoring aggregates, etc. For example, one might
     * want to monitor not just the requests per second overall, but the
     * number coming from each client application (each of which could
     * reside on multiple servers). This id acts as a logical grouping
     * across all requests from a particular client.
     *
     * If omitted or empty, all client identifiers are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka#clientID
     */
    readonly clientId?: string;
    /**
     * Role is a case-insensitive string and describes a group of API keys
     * necessary to perform certain higher-level Kafka operations such as "produce"
     * or "consume". A Role automatically expands into all APIKeys required
     * to perform the specified higher-level operation.
     *
     * The following values are supported:
     * - "produce": Allow producing to the topics specified in the rule
     * - "consume": Allow consuming from the topics specified in the rule
     *
     * This field is incompatible with the APIKey field, i.e APIKey and Role
     * cannot both be specified in the same rule.
     *
     * If omitted or empty, and if APIKey is not specified, then all keys are
     * allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka#role
     */
    readonly role?: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafkaRole;
    /**
     * Topic is the topic name contained in the message. If a Kafka request
     * contains multiple topics, then all topics must be allowed or the
     * message will be rejected.
     *
     * This constraint is ignored if the matched request message type
     * doesn't contain any topic. Maximum size of Topic can be 249
     * characters as per recent Kafka spec and allowed characters are
     * a-z, A-Z, 0-9, -, . and _.
     *
     * Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
     * version the length was changed from 255 to 249. For compatibility
     * reasons we are using 255.
     *
     * If omitted or empty, all topics are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka#topic
     */
    readonly topic?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafka | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTlsSecret
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTlsSecret(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsTerminatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressDenyFromEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressDenyFromNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressDenyFromRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFieldsFamily
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFieldsType
 */
export declare class CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFieldsType;
    static fromString(value: string): CiliumClusterwideNetworkPolicySpecIngressDenyIcmpsFieldsType;
    private constructor();
}
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPortsProtocol
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressDenyToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressIcmpsFieldsFamily
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressIcmpsFieldsType
 */
export declare class CiliumClusterwideNetworkPolicySpecsEgressIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumClusterwideNetworkPolicySpecsEgressIcmpsFieldsType;
    static fromString(value: string): CiliumClusterwideNetworkPolicySpecsEgressIcmpsFieldsType;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * EnvoyConfig is a reference to the CEC or CCEC resource in which
 * the listener is defined.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfig
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfig {
    /**
     * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
     * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
     * respectively. The only case this is currently explicitly needed is when referring to a
     * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
     * from a cluster scoped policy is not allowed.
     *
     * @default CiliumEnvoyConfig or
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfig#kind
     */
    readonly kind?: CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind;
    /**
     * Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where
     * the listener is defined in.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfig#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfig' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfig(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfig | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTlsSecret
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTlsSecret(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsOriginatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsPortsProtocol
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * PortRuleDNS is a list of allowed DNS lookups.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesDns
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesDns {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesDns#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesDns#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesDns' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesDns(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesDns | undefined): Record<string, any> | undefined;
/**
 * PortRuleHTTP is a list of HTTP protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule does not have any
 * effect.
 *
 * All fields of this type are extended POSIX regex as defined by IEEE Std
 * 1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
 * matched against the path of an incoming request. Currently it can contain
 * characters disallowed from the conventional "path" part of a URL as defined
 * by RFC 3986.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp {
    /**
     * HeaderMatches is a list of HTTP headers which must be
     * present and match against the given values. Mismatch field can be used
     * to specify what to do when there is no match.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp#headerMatches
     */
    readonly headerMatches?: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches[];
    /**
     * Headers is a list of HTTP headers which must be present in the
     * request. If omitted or empty, requests are allowed regardless of
     * headers present.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp#headers
     */
    readonly headers?: string[];
    /**
     * Host is an extended POSIX regex matched against the host header of a
     * request. Examples:
     *
     * - foo.bar.com will match the host fooXbar.com or foo-bar.com
     * - foo\.bar\.com will only match the host foo.bar.com
     *
     * If omitted or empty, the value of the host header is ignored.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp#host
     */
    readonly host?: string;
    /**
     * Method is an extended POSIX regex matched against the method of a
     * request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...
     *
     * If omitted or empty, all methods are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp#method
     */
    readonly method?: string;
    /**
     * Path is an extended POSIX regex matched against the path of a
     * request. Currently it can contain characters disallowed from the
     * conventional "path" part of a URL as defined by RFC 3986.
     *
     * If omitted or empty, all paths are all allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttp | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of Kafka protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule will match all
 * Kafka messages.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka {
    /**
     * APIKey is a case-insensitive string matched against the key of a
     * request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al
     * Reference: https://kafka.apache.org/protocol#protocol_api_keys
     *
     * If omitted or empty, and if Role is not specified, then all keys are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka#apiKey
     */
    readonly apiKey?: string;
    /**
     * APIVersion is the version matched against the api version of the
     * Kafka message. If set, it has to be a string representing a positive
     * integer.
     *
     * If omitted or empty, all versions are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * ClientID is the client identifier as provided in the request.
     *
     * From Kafka protocol documentation:
     * This is a user supplied identifier for the client application. The
     * user can use any identifier they like and it will be used when
     * logging errors, monitoring aggregates, etc. For example, one might
     * want to monitor not just the requests per second overall, but the
     * number coming from each client application (each of which could
     * reside on multiple servers). This id acts as a logical grouping
     * across all requests from a particular client.
     *
     * If omitted or empty, all client identifiers are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka#clientID
     */
    readonly clientId?: string;
    /**
     * Role is a case-insensitive string and describes a group of API keys
     * necessary to perform certain higher-level Kafka operations such as "produce"
     * or "consume". A Role automatically expands into all APIKeys required
     * to perform the specified higher-level operation.
     *
     * The following values are supported:
     * - "produce": Allow producing to the topics specified in the rule
     * - "consume": Allow consuming from the topics specified in the rule
     *
     * This field is incompatible with the APIKey field, i.e APIKey and Role
     * cannot both be specified in the same rule.
     *
     * If omitted or empty, and if APIKey is not specified, then all keys are
     * allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka#role
     */
    readonly role?: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafkaRole;
    /**
     * Topic is the topic name contained in the message. If a Kafka request
     * contains multiple topics, then all topics must be allowed or the
     * message will be rejected.
     *
     * This constraint is ignored if the matched request message type
     * doesn't contain any topic. Maximum size of Topic can be 249
     * characters as per recent Kafka spec and allowed characters are
     * a-z, A-Z, 0-9, -, . and _.
     *
     * Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
     * version the length was changed from 255 to 249. For compatibility
     * reasons we are using 255.
     *
     * If omitted or empty, all topics are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka#topic
     */
    readonly topic?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafka | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTlsSecret
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTlsSecret(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsTerminatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * ServiceSelector is a label selector for k8s services
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector(obj: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector | undefined): Record<string, any> | undefined;
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFieldsFamily
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFieldsType
 */
export declare class CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFieldsType;
    static fromString(value: string): CiliumClusterwideNetworkPolicySpecsEgressDenyIcmpsFieldsType;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPortsProtocol
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressDenyToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * ServiceSelector is a label selector for k8s services
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressIcmpsFieldsFamily
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressIcmpsFieldsType
 */
export declare class CiliumClusterwideNetworkPolicySpecsIngressIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumClusterwideNetworkPolicySpecsIngressIcmpsFieldsType;
    static fromString(value: string): CiliumClusterwideNetworkPolicySpecsIngressIcmpsFieldsType;
    private constructor();
}
/**
 * EnvoyConfig is a reference to the CEC or CCEC resource in which
 * the listener is defined.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfig
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfig {
    /**
     * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
     * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
     * respectively. The only case this is currently explicitly needed is when referring to a
     * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
     * from a cluster scoped policy is not allowed.
     *
     * @default CiliumEnvoyConfig or
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfig#kind
     */
    readonly kind?: CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind;
    /**
     * Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where
     * the listener is defined in.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfig#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfig' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfig(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfig | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTlsSecret
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTlsSecret(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsOriginatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsPortsProtocol
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * PortRuleDNS is a list of allowed DNS lookups.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesDns
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesDns {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesDns#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesDns#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesDns' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesDns(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesDns | undefined): Record<string, any> | undefined;
/**
 * PortRuleHTTP is a list of HTTP protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule does not have any
 * effect.
 *
 * All fields of this type are extended POSIX regex as defined by IEEE Std
 * 1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
 * matched against the path of an incoming request. Currently it can contain
 * characters disallowed from the conventional "path" part of a URL as defined
 * by RFC 3986.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp {
    /**
     * HeaderMatches is a list of HTTP headers which must be
     * present and match against the given values. Mismatch field can be used
     * to specify what to do when there is no match.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp#headerMatches
     */
    readonly headerMatches?: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches[];
    /**
     * Headers is a list of HTTP headers which must be present in the
     * request. If omitted or empty, requests are allowed regardless of
     * headers present.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp#headers
     */
    readonly headers?: string[];
    /**
     * Host is an extended POSIX regex matched against the host header of a
     * request. Examples:
     *
     * - foo.bar.com will match the host fooXbar.com or foo-bar.com
     * - foo\.bar\.com will only match the host foo.bar.com
     *
     * If omitted or empty, the value of the host header is ignored.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp#host
     */
    readonly host?: string;
    /**
     * Method is an extended POSIX regex matched against the method of a
     * request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...
     *
     * If omitted or empty, all methods are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp#method
     */
    readonly method?: string;
    /**
     * Path is an extended POSIX regex matched against the path of a
     * request. Currently it can contain characters disallowed from the
     * conventional "path" part of a URL as defined by RFC 3986.
     *
     * If omitted or empty, all paths are all allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttp | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of Kafka protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule will match all
 * Kafka messages.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka {
    /**
     * APIKey is a case-insensitive string matched against the key of a
     * request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al
     * Reference: https://kafka.apache.org/protocol#protocol_api_keys
     *
     * If omitted or empty, and if Role is not specified, then all keys are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka#apiKey
     */
    readonly apiKey?: string;
    /**
     * APIVersion is the version matched against the api version of the
     * Kafka message. If set, it has to be a string representing a positive
     * integer.
     *
     * If omitted or empty, all versions are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * ClientID is the client identifier as provided in the request.
     *
     * From Kafka protocol documentation:
     * This is a user supplied identifier for the client application. The
     * user can use any identifier they like and it will be used when
     * logging errors, monitoring aggregates, etc. For example, one might
     * want to monitor not just the requests per second overall, but the
     * number coming from each client application (each of which could
     * reside on multiple servers). This id acts as a logical grouping
     * across all requests from a particular client.
     *
     * If omitted or empty, all client identifiers are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka#clientID
     */
    readonly clientId?: string;
    /**
     * Role is a case-insensitive string and describes a group of API keys
     * necessary to perform certain higher-level Kafka operations such as "produce"
     * or "consume". A Role automatically expands into all APIKeys required
     * to perform the specified higher-level operation.
     *
     * The following values are supported:
     * - "produce": Allow producing to the topics specified in the rule
     * - "consume": Allow consuming from the topics specified in the rule
     *
     * This field is incompatible with the APIKey field, i.e APIKey and Role
     * cannot both be specified in the same rule.
     *
     * If omitted or empty, and if APIKey is not specified, then all keys are
     * allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka#role
     */
    readonly role?: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafkaRole;
    /**
     * Topic is the topic name contained in the message. If a Kafka request
     * contains multiple topics, then all topics must be allowed or the
     * message will be rejected.
     *
     * This constraint is ignored if the matched request message type
     * doesn't contain any topic. Maximum size of Topic can be 249
     * characters as per recent Kafka spec and allowed characters are
     * a-z, A-Z, 0-9, -, . and _.
     *
     * Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
     * version the length was changed from 255 to 249. For compatibility
     * reasons we are using 255.
     *
     * If omitted or empty, all topics are allowed.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka#topic
     */
    readonly topic?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafka | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTlsSecret
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTlsSecret(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsTerminatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFieldsFamily
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFieldsType
 */
export declare class CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFieldsType;
    static fromString(value: string): CiliumClusterwideNetworkPolicySpecsIngressDenyIcmpsFieldsType;
    private constructor();
}
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPortsProtocol
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressDenyToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
 * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
 * respectively. The only case this is currently explicitly needed is when referring to a
 * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
 * from a cluster scoped policy is not allowed.
 *
 * @default CiliumEnvoyConfig or
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfigKind
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToPortsListenerEnvoyConfigKind {
    /** CiliumEnvoyConfig */
    CILIUM_ENVOY_CONFIG = "CiliumEnvoyConfig",
    /** CiliumClusterwideEnvoyConfig */
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CiliumClusterwideEnvoyConfig"
}
/**
 * HeaderMatch extends the HeaderValue for matching requirement of a
 * named header field against an immediate string or a secret value.
 * If none of the optional fields is present, then the
 * header value is not matched, only presence of the header is enough.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches {
    /**
     * Mismatch identifies what to do in case there is no match. The default is
     * to drop the request. Otherwise the overall rule is still considered as
     * matching, but the mismatches are logged in the access log.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches#mismatch
     */
    readonly mismatch?: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesMismatch;
    /**
     * Name identifies the header.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches#name
     */
    readonly name: string;
    /**
     * Secret refers to a secret that contains the value to be matched against.
     * The secret must only contain one entry. If the referred secret does not
     * exist, and there is no "Value" specified, the match will fail.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches#secret
     */
    readonly secret?: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret;
    /**
     * Value matches the exact value of the header. Can be specified either
     * alone or together with "Secret"; will be used as the header value if the
     * secret can not be found in the latter case.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches | undefined): Record<string, any> | undefined;
/**
 * Role is a case-insensitive string and describes a group of API keys
 * necessary to perform certain higher-level Kafka operations such as "produce"
 * or "consume". A Role automatically expands into all APIKeys required
 * to perform the specified higher-level operation.
 *
 * The following values are supported:
 * - "produce": Allow producing to the topics specified in the rule
 * - "consume": Allow consuming from the topics specified in the rule
 *
 * This field is incompatible with the APIKey field, i.e APIKey and Role
 * cannot both be specified in the same rule.
 *
 * If omitted or empty, and if APIKey is not specified, then all keys are
 * allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafkaRole
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToPortsRulesKafkaRole {
    /** produce */
    PRODUCE = "produce",
    /** consume */
    CONSUME = "consume"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
 * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
 * respectively. The only case this is currently explicitly needed is when referring to a
 * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
 * from a cluster scoped policy is not allowed.
 *
 * @default CiliumEnvoyConfig or
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfigKind
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressToPortsListenerEnvoyConfigKind {
    /** CiliumEnvoyConfig */
    CILIUM_ENVOY_CONFIG = "CiliumEnvoyConfig",
    /** CiliumClusterwideEnvoyConfig */
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CiliumClusterwideEnvoyConfig"
}
/**
 * HeaderMatch extends the HeaderValue for matching requirement of a
 * named header field against an immediate string or a secret value.
 * If none of the optional fields is present, then the
 * header value is not matched, only presence of the header is enough.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches {
    /**
     * Mismatch identifies what to do in case there is no match. The default is
     * to drop the request. Otherwise the overall rule is still considered as
     * matching, but the mismatches are logged in the access log.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches#mismatch
     */
    readonly mismatch?: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesMismatch;
    /**
     * Name identifies the header.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches#name
     */
    readonly name: string;
    /**
     * Secret refers to a secret that contains the value to be matched against.
     * The secret must only contain one entry. If the referred secret does not
     * exist, and there is no "Value" specified, the match will fail.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches#secret
     */
    readonly secret?: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret;
    /**
     * Value matches the exact value of the header. Can be specified either
     * alone or together with "Secret"; will be used as the header value if the
     * secret can not be found in the latter case.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches | undefined): Record<string, any> | undefined;
/**
 * Role is a case-insensitive string and describes a group of API keys
 * necessary to perform certain higher-level Kafka operations such as "produce"
 * or "consume". A Role automatically expands into all APIKeys required
 * to perform the specified higher-level operation.
 *
 * The following values are supported:
 * - "produce": Allow producing to the topics specified in the rule
 * - "consume": Allow consuming from the topics specified in the rule
 *
 * This field is incompatible with the APIKey field, i.e APIKey and Role
 * cannot both be specified in the same rule.
 *
 * If omitted or empty, and if APIKey is not specified, then all keys are
 * allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafkaRole
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressToPortsRulesKafkaRole {
    /** produce */
    PRODUCE = "produce",
    /** consume */
    CONSUME = "consume"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
 * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
 * respectively. The only case this is currently explicitly needed is when referring to a
 * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
 * from a cluster scoped policy is not allowed.
 *
 * @default CiliumEnvoyConfig or
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind {
    /** CiliumEnvoyConfig */
    CILIUM_ENVOY_CONFIG = "CiliumEnvoyConfig",
    /** CiliumClusterwideEnvoyConfig */
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CiliumClusterwideEnvoyConfig"
}
/**
 * HeaderMatch extends the HeaderValue for matching requirement of a
 * named header field against an immediate string or a secret value.
 * If none of the optional fields is present, then the
 * header value is not matched, only presence of the header is enough.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches {
    /**
     * Mismatch identifies what to do in case there is no match. The default is
     * to drop the request. Otherwise the overall rule is still considered as
     * matching, but the mismatches are logged in the access log.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#mismatch
     */
    readonly mismatch?: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch;
    /**
     * Name identifies the header.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#name
     */
    readonly name: string;
    /**
     * Secret refers to a secret that contains the value to be matched against.
     * The secret must only contain one entry. If the referred secret does not
     * exist, and there is no "Value" specified, the match will fail.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#secret
     */
    readonly secret?: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret;
    /**
     * Value matches the exact value of the header. Can be specified either
     * alone or together with "Secret"; will be used as the header value if the
     * secret can not be found in the latter case.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches | undefined): Record<string, any> | undefined;
/**
 * Role is a case-insensitive string and describes a group of API keys
 * necessary to perform certain higher-level Kafka operations such as "produce"
 * or "consume". A Role automatically expands into all APIKeys required
 * to perform the specified higher-level operation.
 *
 * The following values are supported:
 * - "produce": Allow producing to the topics specified in the rule
 * - "consume": Allow consuming from the topics specified in the rule
 *
 * This field is incompatible with the APIKey field, i.e APIKey and Role
 * cannot both be specified in the same rule.
 *
 * If omitted or empty, and if APIKey is not specified, then all keys are
 * allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafkaRole
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesKafkaRole {
    /** produce */
    PRODUCE = "produce",
    /** consume */
    CONSUME = "consume"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#operator
     */
    readonly operator: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions(obj: CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
 * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
 * respectively. The only case this is currently explicitly needed is when referring to a
 * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
 * from a cluster scoped policy is not allowed.
 *
 * @default CiliumEnvoyConfig or
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind {
    /** CiliumEnvoyConfig */
    CILIUM_ENVOY_CONFIG = "CiliumEnvoyConfig",
    /** CiliumClusterwideEnvoyConfig */
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CiliumClusterwideEnvoyConfig"
}
/**
 * HeaderMatch extends the HeaderValue for matching requirement of a
 * named header field against an immediate string or a secret value.
 * If none of the optional fields is present, then the
 * header value is not matched, only presence of the header is enough.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches {
    /**
     * Mismatch identifies what to do in case there is no match. The default is
     * to drop the request. Otherwise the overall rule is still considered as
     * matching, but the mismatches are logged in the access log.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#mismatch
     */
    readonly mismatch?: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch;
    /**
     * Name identifies the header.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#name
     */
    readonly name: string;
    /**
     * Secret refers to a secret that contains the value to be matched against.
     * The secret must only contain one entry. If the referred secret does not
     * exist, and there is no "Value" specified, the match will fail.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#secret
     */
    readonly secret?: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret;
    /**
     * Value matches the exact value of the header. Can be specified either
     * alone or together with "Secret"; will be used as the header value if the
     * secret can not be found in the latter case.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches | undefined): Record<string, any> | undefined;
/**
 * Role is a case-insensitive string and describes a group of API keys
 * necessary to perform certain higher-level Kafka operations such as "produce"
 * or "consume". A Role automatically expands into all APIKeys required
 * to perform the specified higher-level operation.
 *
 * The following values are supported:
 * - "produce": Allow producing to the topics specified in the rule
 * - "consume": Allow consuming from the topics specified in the rule
 *
 * This field is incompatible with the APIKey field, i.e APIKey and Role
 * cannot both be specified in the same rule.
 *
 * If omitted or empty, and if APIKey is not specified, then all keys are
 * allowed.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafkaRole
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesKafkaRole {
    /** produce */
    PRODUCE = "produce",
    /** consume */
    CONSUME = "consume"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mismatch identifies what to do in case there is no match. The default is
 * to drop the request. Otherwise the overall rule is still considered as
 * matching, but the mismatches are logged in the access log.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesMismatch
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesMismatch {
    /** LOG */
    LOG = "LOG",
    /** ADD */
    ADD = "ADD",
    /** DELETE */
    DELETE = "DELETE",
    /** REPLACE */
    REPLACE = "REPLACE"
}
/**
 * Secret refers to a secret that contains the value to be matched against.
 * The secret must only contain one entry. If the referred secret does not
 * exist, and there is no "Value" specified, the match will fail.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret
 */
export interface CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret(obj: CiliumClusterwideNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mismatch identifies what to do in case there is no match. The default is
 * to drop the request. Otherwise the overall rule is still considered as
 * matching, but the mismatches are logged in the access log.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesMismatch
 */
export declare enum CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesMismatch {
    /** LOG */
    LOG = "LOG",
    /** ADD */
    ADD = "ADD",
    /** DELETE */
    DELETE = "DELETE",
    /** REPLACE */
    REPLACE = "REPLACE"
}
/**
 * Secret refers to a secret that contains the value to be matched against.
 * The secret must only contain one entry. If the referred secret does not
 * exist, and there is no "Value" specified, the match will fail.
 *
 * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret
 */
export interface CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret(obj: CiliumClusterwideNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret | undefined): Record<string, any> | undefined;
/**
 * Mismatch identifies what to do in case there is no match. The default is
 * to drop the request. Otherwise the overall rule is still considered as
 * matching, but the mismatches are logged in the access log.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch {
    /** LOG */
    LOG = "LOG",
    /** ADD */
    ADD = "ADD",
    /** DELETE */
    DELETE = "DELETE",
    /** REPLACE */
    REPLACE = "REPLACE"
}
/**
 * Secret refers to a secret that contains the value to be matched against.
 * The secret must only contain one entry. If the referred secret does not
 * exist, and there is no "Value" specified, the match will fail.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret
 */
export interface CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret(obj: CiliumClusterwideNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
 */
export declare enum CiliumClusterwideNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mismatch identifies what to do in case there is no match. The default is
 * to drop the request. Otherwise the overall rule is still considered as
 * matching, but the mismatches are logged in the access log.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch
 */
export declare enum CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch {
    /** LOG */
    LOG = "LOG",
    /** ADD */
    ADD = "ADD",
    /** DELETE */
    DELETE = "DELETE",
    /** REPLACE */
    REPLACE = "REPLACE"
}
/**
 * Secret refers to a secret that contains the value to be matched against.
 * The secret must only contain one entry. If the referred secret does not
 * exist, and there is no "Value" specified, the match will fail.
 *
 * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret
 */
export interface CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret' to JSON representation.
 */
export declare function toJson_CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret(obj: CiliumClusterwideNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret | undefined): Record<string, any> | undefined;
/**
 * CiliumNetworkPolicy is a Kubernetes third-party resource with an extended
version of NetworkPolicy.
 *
 * @schema CiliumNetworkPolicy
 */
export declare class CiliumNetworkPolicy extends ApiObject {
    /**
     * Returns the apiVersion and kind for "CiliumNetworkPolicy"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "CiliumNetworkPolicy".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: CiliumNetworkPolicyProps): any;
    /**
     * Defines a "CiliumNetworkPolicy" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: CiliumNetworkPolicyProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * CiliumNetworkPolicy is a Kubernetes third-party resource with an extended
 * version of NetworkPolicy.
 *
 * @schema CiliumNetworkPolicy
 */
export interface CiliumNetworkPolicyProps {
    /**
     * @schema CiliumNetworkPolicy#metadata
     */
    readonly metadata: ApiObjectMetadata;
    /**
     * Spec is the desired Cilium specific rule specification.
     *
     * @schema CiliumNetworkPolicy#spec
     */
    readonly spec?: CiliumNetworkPolicySpec;
    /**
     * Specs is a list of desired Cilium specific rule specification.
     *
     * @schema CiliumNetworkPolicy#specs
     */
    readonly specs?: CiliumNetworkPolicySpecs[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicyProps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicyProps(obj: CiliumNetworkPolicyProps | undefined): Record<string, any> | undefined;
/**
 * Spec is the desired Cilium specific rule specification.
 *
 * @schema CiliumNetworkPolicySpec
 */
export interface CiliumNetworkPolicySpec {
    /**
     * Description is a free form string, it can be used by the creator of
     * the rule to store human readable explanation of the purpose of this
     * rule. Rules cannot be identified by comment.
     *
     * @schema CiliumNetworkPolicySpec#description
     */
    readonly description?: string;
    /**
     * Egress is a list of EgressRule which are enforced at egress.
     * If omitted or empty, this rule does not apply at egress.
     *
     * @schema CiliumNetworkPolicySpec#egress
     */
    readonly egress?: CiliumNetworkPolicySpecEgress[];
    /**
     * EgressDeny is a list of EgressDenyRule which are enforced at egress.
     * Any rule inserted here will be denied regardless of the allowed egress
     * rules in the 'egress' field.
     * If omitted or empty, this rule does not apply at egress.
     *
     * @schema CiliumNetworkPolicySpec#egressDeny
     */
    readonly egressDeny?: CiliumNetworkPolicySpecEgressDeny[];
    /**
     * EnableDefaultDeny determines whether this policy configures the
     * subject endpoint(s) to have a default deny mode. If enabled,
     * this causes all traffic not explicitly allowed by a network policy
     * to be dropped.
     *
     * If not specified, the default is true for each traffic direction
     * that has rules, and false otherwise. For example, if a policy
     * only has Ingress or IngressDeny rules, then the default for
     * ingress is true and egress is false.
     *
     * If multiple policies apply to an endpoint, that endpoint's default deny
     * will be enabled if any policy requests it.
     *
     * This is useful for creating broad-based network policies that will not
     * cause endpoints to enter default-deny mode.
     *
     * @schema CiliumNetworkPolicySpec#enableDefaultDeny
     */
    readonly enableDefaultDeny?: CiliumNetworkPolicySpecEnableDefaultDeny;
    /**
     * EndpointSelector selects all endpoints which should be subject to
     * this rule. EndpointSelector and NodeSelector cannot be both empty and
     * are mutually exclusive.
     *
     * @schema CiliumNetworkPolicySpec#endpointSelector
     */
    readonly endpointSelector?: CiliumNetworkPolicySpecEndpointSelector;
    /**
     * Ingress is a list of IngressRule which are enforced at ingress.
     * If omitted or empty, this rule does not apply at ingress.
     *
     * @schema CiliumNetworkPolicySpec#ingress
     */
    readonly ingress?: CiliumNetworkPolicySpecIngress[];
    /**
     * IngressDeny is a list of IngressDenyRule which are enforced at ingress.
     * Any rule inserted here will be denied regardless of the allowed ingress
     * rules in the 'ingress' field.
     * If omitted or empty, this rule does not apply at ingress.
     *
     * @schema CiliumNetworkPolicySpec#ingressDeny
     */
    readonly ingressDeny?: CiliumNetworkPolicySpecIngressDeny[];
    /**
     * Labels is a list of optional strings which can be used to
     * re-identify the rule or to store metadata. It is possible to lookup
     * or delete strings based on labels. Labels are not required to be
     * unique, multiple rules can have overlapping or identical labels.
     *
     * @schema CiliumNetworkPolicySpec#labels
     */
    readonly labels?: CiliumNetworkPolicySpecLabels[];
    /**
     * Log specifies custom policy-specific Hubble logging configuration.
     *
     * @schema CiliumNetworkPolicySpec#log
     */
    readonly log?: CiliumNetworkPolicySpecLog;
    /**
     * NodeSelector selects all nodes which should be subject to this rule.
     * EndpointSelector and NodeSelector cannot be both empty and are mutually
     * exclusive. Can only be used in CiliumClusterwideNetworkPolicies.
     *
     * @schema CiliumNetworkPolicySpec#nodeSelector
     */
    readonly nodeSelector?: CiliumNetworkPolicySpecNodeSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpec' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpec(obj: CiliumNetworkPolicySpec | undefined): Record<string, any> | undefined;
/**
 * Rule is a policy rule which must be applied to all endpoints which match the
 * labels contained in the endpointSelector
 *
 * Each rule is split into an ingress section which contains all rules
 * applicable at ingress, and an egress section applicable at egress. For rule
 * types such as `L4Rule` and `CIDR` which can be applied at both ingress and
 * egress, both ingress and egress side have to either specifically allow the
 * connection or one side has to be omitted.
 *
 * Either ingress, egress, or both can be provided. If both ingress and egress
 * are omitted, the rule has no effect.
 *
 * @schema CiliumNetworkPolicySpecs
 */
export interface CiliumNetworkPolicySpecs {
    /**
     * Description is a free form string, it can be used by the creator of
     * the rule to store human readable explanation of the purpose of this
     * rule. Rules cannot be identified by comment.
     *
     * @schema CiliumNetworkPolicySpecs#description
     */
    readonly description?: string;
    /**
     * Egress is a list of EgressRule which are enforced at egress.
     * If omitted or empty, this rule does not apply at egress.
     *
     * @schema CiliumNetworkPolicySpecs#egress
     */
    readonly egress?: CiliumNetworkPolicySpecsEgress[];
    /**
     * EgressDeny is a list of EgressDenyRule which are enforced at egress.
     * Any rule inserted here will be denied regardless of the allowed egress
     * rules in the 'egress' field.
     * If omitted or empty, this rule does not apply at egress.
     *
     * @schema CiliumNetworkPolicySpecs#egressDeny
     */
    readonly egressDeny?: CiliumNetworkPolicySpecsEgressDeny[];
    /**
     * EnableDefaultDeny determines whether this policy configures the
     * subject endpoint(s) to have a default deny mode. If enabled,
     * this causes all traffic not explicitly allowed by a network policy
     * to be dropped.
     *
     * If not specified, the default is true for each traffic direction
     * that has rules, and false otherwise. For example, if a policy
     * only has Ingress or IngressDeny rules, then the default for
     * ingress is true and egress is false.
     *
     * If multiple policies apply to an endpoint, that endpoint's default deny
     * will be enabled if any policy requests it.
     *
     * This is useful for creating broad-based network policies that will not
     * cause endpoints to enter default-deny mode.
     *
     * @schema CiliumNetworkPolicySpecs#enableDefaultDeny
     */
    readonly enableDefaultDeny?: CiliumNetworkPolicySpecsEnableDefaultDeny;
    /**
     * EndpointSelector selects all endpoints which should be subject to
     * this rule. EndpointSelector and NodeSelector cannot be both empty and
     * are mutually exclusive.
     *
     * @schema CiliumNetworkPolicySpecs#endpointSelector
     */
    readonly endpointSelector?: CiliumNetworkPolicySpecsEndpointSelector;
    /**
     * Ingress is a list of IngressRule which are enforced at ingress.
     * If omitted or empty, this rule does not apply at ingress.
     *
     * @schema CiliumNetworkPolicySpecs#ingress
     */
    readonly ingress?: CiliumNetworkPolicySpecsIngress[];
    /**
     * IngressDeny is a list of IngressDenyRule which are enforced at ingress.
     * Any rule inserted here will be denied regardless of the allowed ingress
     * rules in the 'ingress' field.
     * If omitted or empty, this rule does not apply at ingress.
     *
     * @schema CiliumNetworkPolicySpecs#ingressDeny
     */
    readonly ingressDeny?: CiliumNetworkPolicySpecsIngressDeny[];
    /**
     * Labels is a list of optional strings which can be used to
     * re-identify the rule or to store metadata. It is possible to lookup
     * or delete strings based on labels. Labels are not required to be
     * unique, multiple rules can have overlapping or identical labels.
     *
     * @schema CiliumNetworkPolicySpecs#labels
     */
    readonly labels?: CiliumNetworkPolicySpecsLabels[];
    /**
     * Log specifies custom policy-specific Hubble logging configuration.
     *
     * @schema CiliumNetworkPolicySpecs#log
     */
    readonly log?: CiliumNetworkPolicySpecsLog;
    /**
     * NodeSelector selects all nodes which should be subject to this rule.
     * EndpointSelector and NodeSelector cannot be both empty and are mutually
     * exclusive. Can only be used in CiliumClusterwideNetworkPolicies.
     *
     * @schema CiliumNetworkPolicySpecs#nodeSelector
     */
    readonly nodeSelector?: CiliumNetworkPolicySpecsNodeSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecs' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecs(obj: CiliumNetworkPolicySpecs | undefined): Record<string, any> | undefined;
/**
 * EgressRule contains all rule types which can be applied at egress, i.e.
 * network traffic that originates inside the endpoint and exits the endpoint
 * selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members of the structure are specified, then all members
 * must match in order for the rule to take effect. The exception to this
 * rule is the ToRequires member; the effects of any Requires field in any
 * rule will apply to all other rules as well.
 *
 * - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
 * mutually exclusive. Only one of these members may be present within an
 * individual rule.
 *
 * @schema CiliumNetworkPolicySpecEgress
 */
export interface CiliumNetworkPolicySpecEgress {
    /**
     * Authentication is the required authentication type for the allowed traffic, if any.
     *
     * @schema CiliumNetworkPolicySpecEgress#authentication
     */
    readonly authentication?: CiliumNetworkPolicySpecEgressAuthentication;
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is allowed to connect to.
     *
     * Example:
     * Any endpoint with the label "app=httpd" is allowed to initiate
     * type 8 ICMP connections.
     *
     * @schema CiliumNetworkPolicySpecEgress#icmps
     */
    readonly icmps?: CiliumNetworkPolicySpecEgressIcmps[];
    /**
     * ToCIDR is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections. Only connections destined for
     * outside of the cluster and not targeting the host will be subject
     * to CIDR rules.  This will match on the destination IP address of
     * outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
     * with no ExcludeCIDRs is equivalent. Overlaps are allowed between
     * ToCIDR and ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24
     *
     * @schema CiliumNetworkPolicySpecEgress#toCIDR
     */
    readonly toCidr?: string[];
    /**
     * ToCIDRSet is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections to in addition to connections
     * which are allowed via ToEndpoints, along with a list of subnets contained
     * within their corresponding IP block to which traffic should not be
     * allowed. This will match on the destination IP address of outgoing
     * connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
     * ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
     * ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
     *
     * @schema CiliumNetworkPolicySpecEgress#toCIDRSet
     */
    readonly toCidrSet?: CiliumNetworkPolicySpecEgressToCidrSet[];
    /**
     * ToEndpoints is a list of endpoints identified by an EndpointSelector to
     * which the endpoints subject to the rule are allowed to communicate.
     *
     * Example:
     * Any endpoint with the label "role=frontend" can communicate with any
     * endpoint carrying the label "role=backend".
     *
     * @schema CiliumNetworkPolicySpecEgress#toEndpoints
     */
    readonly toEndpoints?: CiliumNetworkPolicySpecEgressToEndpoints[];
    /**
     * ToEntities is a list of special entities to which the endpoint subject
     * to the rule is allowed to initiate connections. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumNetworkPolicySpecEgress#toEntities
     */
    readonly toEntities?: CiliumNetworkPolicySpecEgressToEntities[];
    /**
     * ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result
     * from DNS resolution of `ToFQDN.MatchName`s are added to the same
     * EgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and
     * L7 rules within this EgressRule will also apply to these IPs.
     * The DNS -> IP mapping is re-resolved periodically from within the
     * cilium-agent, and the IPs in the DNS response are effected in the policy
     * for selected pods as-is (i.e. the list of IPs is not modified in any way).
     * Note: An explicit rule to allow for DNS traffic is needed for the pods, as
     * ToFQDN counts as an egress rule and will enforce egress policy when
     * PolicyEnforcment=default.
     * Note: If the resolved IPs are IPs within the kubernetes cluster, the
     * ToFQDN rule will not apply to that IP.
     * Note: ToFQDN cannot occur in the same policy as other To* rules.
     *
     * @schema CiliumNetworkPolicySpecEgress#toFQDNs
     */
    readonly toFqdNs?: CiliumNetworkPolicySpecEgressToFqdNs[];
    /**
     * ToGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * toGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumNetworkPolicySpecEgress#toGroups
     */
    readonly toGroups?: CiliumNetworkPolicySpecEgressToGroups[];
    /**
     * ToNodes is a list of nodes identified by an
     * EndpointSelector to which endpoints subject to the rule is allowed to communicate.
     *
     * @schema CiliumNetworkPolicySpecEgress#toNodes
     */
    readonly toNodes?: CiliumNetworkPolicySpecEgressToNodes[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is allowed to
     * connect to.
     *
     * Example:
     * Any endpoint with the label "role=frontend" is allowed to initiate
     * connections to destination port 8080/tcp
     *
     * @schema CiliumNetworkPolicySpecEgress#toPorts
     */
    readonly toPorts?: CiliumNetworkPolicySpecEgressToPorts[];
    /**
     * ToRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be able to connect to other
     * endpoints. These additional constraints do no by itself grant access
     * privileges and must always be accompanied with at least one matching
     * ToEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires any endpoint to which it
     * communicates to also carry the label "team=A".
     *
     * @schema CiliumNetworkPolicySpecEgress#toRequires
     */
    readonly toRequires?: CiliumNetworkPolicySpecEgressToRequires[];
    /**
     * ToServices is a list of services to which the endpoint subject
     * to the rule is allowed to initiate connections.
     * Currently Cilium only supports toServices for K8s services.
     *
     * @schema CiliumNetworkPolicySpecEgress#toServices
     */
    readonly toServices?: CiliumNetworkPolicySpecEgressToServices[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgress' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgress(obj: CiliumNetworkPolicySpecEgress | undefined): Record<string, any> | undefined;
/**
 * EgressDenyRule contains all rule types which can be applied at egress, i.e.
 * network traffic that originates inside the endpoint and exits the endpoint
 * selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members of the structure are specified, then all members
 * must match in order for the rule to take effect. The exception to this
 * rule is the ToRequires member; the effects of any Requires field in any
 * rule will apply to all other rules as well.
 *
 * - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
 * mutually exclusive. Only one of these members may be present within an
 * individual rule.
 *
 * @schema CiliumNetworkPolicySpecEgressDeny
 */
export interface CiliumNetworkPolicySpecEgressDeny {
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is not allowed to connect to.
     *
     * Example:
     * Any endpoint with the label "app=httpd" is not allowed to initiate
     * type 8 ICMP connections.
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#icmps
     */
    readonly icmps?: CiliumNetworkPolicySpecEgressDenyIcmps[];
    /**
     * ToCIDR is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections. Only connections destined for
     * outside of the cluster and not targeting the host will be subject
     * to CIDR rules.  This will match on the destination IP address of
     * outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
     * with no ExcludeCIDRs is equivalent. Overlaps are allowed between
     * ToCIDR and ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toCIDR
     */
    readonly toCidr?: string[];
    /**
     * ToCIDRSet is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections to in addition to connections
     * which are allowed via ToEndpoints, along with a list of subnets contained
     * within their corresponding IP block to which traffic should not be
     * allowed. This will match on the destination IP address of outgoing
     * connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
     * ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
     * ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toCIDRSet
     */
    readonly toCidrSet?: CiliumNetworkPolicySpecEgressDenyToCidrSet[];
    /**
     * ToEndpoints is a list of endpoints identified by an EndpointSelector to
     * which the endpoints subject to the rule are allowed to communicate.
     *
     * Example:
     * Any endpoint with the label "role=frontend" can communicate with any
     * endpoint carrying the label "role=backend".
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toEndpoints
     */
    readonly toEndpoints?: CiliumNetworkPolicySpecEgressDenyToEndpoints[];
    /**
     * ToEntities is a list of special entities to which the endpoint subject
     * to the rule is allowed to initiate connections. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toEntities
     */
    readonly toEntities?: CiliumNetworkPolicySpecEgressDenyToEntities[];
    /**
     * ToGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * toGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toGroups
     */
    readonly toGroups?: CiliumNetworkPolicySpecEgressDenyToGroups[];
    /**
     * ToNodes is a list of nodes identified by an
     * EndpointSelector to which endpoints subject to the rule is allowed to communicate.
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toNodes
     */
    readonly toNodes?: CiliumNetworkPolicySpecEgressDenyToNodes[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is not allowed to connect
     * to.
     *
     * Example:
     * Any endpoint with the label "role=frontend" is not allowed to initiate
     * connections to destination port 8080/tcp
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toPorts
     */
    readonly toPorts?: CiliumNetworkPolicySpecEgressDenyToPorts[];
    /**
     * ToRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be able to connect to other
     * endpoints. These additional constraints do no by itself grant access
     * privileges and must always be accompanied with at least one matching
     * ToEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires any endpoint to which it
     * communicates to also carry the label "team=A".
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toRequires
     */
    readonly toRequires?: CiliumNetworkPolicySpecEgressDenyToRequires[];
    /**
     * ToServices is a list of services to which the endpoint subject
     * to the rule is allowed to initiate connections.
     * Currently Cilium only supports toServices for K8s services.
     *
     * @schema CiliumNetworkPolicySpecEgressDeny#toServices
     */
    readonly toServices?: CiliumNetworkPolicySpecEgressDenyToServices[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDeny' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDeny(obj: CiliumNetworkPolicySpecEgressDeny | undefined): Record<string, any> | undefined;
/**
 * EnableDefaultDeny determines whether this policy configures the
 * subject endpoint(s) to have a default deny mode. If enabled,
 * this causes all traffic not explicitly allowed by a network policy
 * to be dropped.
 *
 * If not specified, the default is true for each traffic direction
 * that has rules, and false otherwise. For example, if a policy
 * only has Ingress or IngressDeny rules, then the default for
 * ingress is true and egress is false.
 *
 * If multiple policies apply to an endpoint, that endpoint's default deny
 * will be enabled if any policy requests it.
 *
 * This is useful for creating broad-based network policies that will not
 * cause endpoints to enter default-deny mode.
 *
 * @schema CiliumNetworkPolicySpecEnableDefaultDeny
 */
export interface CiliumNetworkPolicySpecEnableDefaultDeny {
    /**
     * Whether or not the endpoint should have a default-deny rule applied
     * to egress traffic.
     *
     * @schema CiliumNetworkPolicySpecEnableDefaultDeny#egress
     */
    readonly egress?: boolean;
    /**
     * Whether or not the endpoint should have a default-deny rule applied
     * to ingress traffic.
     *
     * @schema CiliumNetworkPolicySpecEnableDefaultDeny#ingress
     */
    readonly ingress?: boolean;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEnableDefaultDeny' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEnableDefaultDeny(obj: CiliumNetworkPolicySpecEnableDefaultDeny | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector selects all endpoints which should be subject to
 * this rule. EndpointSelector and NodeSelector cannot be both empty and
 * are mutually exclusive.
 *
 * @schema CiliumNetworkPolicySpecEndpointSelector
 */
export interface CiliumNetworkPolicySpecEndpointSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEndpointSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEndpointSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEndpointSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEndpointSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEndpointSelector(obj: CiliumNetworkPolicySpecEndpointSelector | undefined): Record<string, any> | undefined;
/**
 * IngressRule contains all rule types which can be applied at ingress,
 * i.e. network traffic that originates outside of the endpoint and
 * is entering the endpoint selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members are set, all of them need to match in order for
 * the rule to take effect. The exception to this rule is FromRequires field;
 * the effects of any Requires field in any rule will apply to all other
 * rules as well.
 *
 * - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually
 * exclusive. Only one of these members may be present within an individual
 * rule.
 *
 * @schema CiliumNetworkPolicySpecIngress
 */
export interface CiliumNetworkPolicySpecIngress {
    /**
     * Authentication is the required authentication type for the allowed traffic, if any.
     *
     * @schema CiliumNetworkPolicySpecIngress#authentication
     */
    readonly authentication?: CiliumNetworkPolicySpecIngressAuthentication;
    /**
     * FromCIDR is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from. Only connections which
     * do *not* originate from the cluster or from the local host are subject
     * to CIDR rules. In order to allow in-cluster connectivity, use the
     * FromEndpoints field.  This will match on the source IP address of
     * incoming connections. Adding  a prefix into FromCIDR or into
     * FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
     * allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.3.9.1
     *
     * @schema CiliumNetworkPolicySpecIngress#fromCIDR
     */
    readonly fromCidr?: string[];
    /**
     * FromCIDRSet is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from in addition to FromEndpoints,
     * along with a list of subnets contained within their corresponding IP block
     * from which traffic should not be allowed.
     * This will match on the source IP address of incoming connections. Adding
     * a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
     * equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
     *
     * @schema CiliumNetworkPolicySpecIngress#fromCIDRSet
     */
    readonly fromCidrSet?: CiliumNetworkPolicySpecIngressFromCidrSet[];
    /**
     * FromEndpoints is a list of endpoints identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * Example:
     * Any endpoint with the label "role=backend" can be consumed by any
     * endpoint carrying the label "role=frontend".
     *
     * @schema CiliumNetworkPolicySpecIngress#fromEndpoints
     */
    readonly fromEndpoints?: CiliumNetworkPolicySpecIngressFromEndpoints[];
    /**
     * FromEntities is a list of special entities which the endpoint subject
     * to the rule is allowed to receive connections from. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumNetworkPolicySpecIngress#fromEntities
     */
    readonly fromEntities?: CiliumNetworkPolicySpecIngressFromEntities[];
    /**
     * FromGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * FromGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumNetworkPolicySpecIngress#fromGroups
     */
    readonly fromGroups?: CiliumNetworkPolicySpecIngressFromGroups[];
    /**
     * FromNodes is a list of nodes identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * @schema CiliumNetworkPolicySpecIngress#fromNodes
     */
    readonly fromNodes?: CiliumNetworkPolicySpecIngressFromNodes[];
    /**
     * FromRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be reachable. These
     * additional constraints do no by itself grant access privileges and
     * must always be accompanied with at least one matching FromEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires consuming endpoint
     * to also carry the label "team=A".
     *
     * @schema CiliumNetworkPolicySpecIngress#fromRequires
     */
    readonly fromRequires?: CiliumNetworkPolicySpecIngressFromRequires[];
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can only accept incoming
     * type 8 ICMP connections.
     *
     * @schema CiliumNetworkPolicySpecIngress#icmps
     */
    readonly icmps?: CiliumNetworkPolicySpecIngressIcmps[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can only accept incoming
     * connections on port 80/tcp.
     *
     * @schema CiliumNetworkPolicySpecIngress#toPorts
     */
    readonly toPorts?: CiliumNetworkPolicySpecIngressToPorts[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngress' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngress(obj: CiliumNetworkPolicySpecIngress | undefined): Record<string, any> | undefined;
/**
 * IngressDenyRule contains all rule types which can be applied at ingress,
 * i.e. network traffic that originates outside of the endpoint and
 * is entering the endpoint selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members are set, all of them need to match in order for
 * the rule to take effect. The exception to this rule is FromRequires field;
 * the effects of any Requires field in any rule will apply to all other
 * rules as well.
 *
 * - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually
 * exclusive. Only one of these members may be present within an individual
 * rule.
 *
 * @schema CiliumNetworkPolicySpecIngressDeny
 */
export interface CiliumNetworkPolicySpecIngressDeny {
    /**
     * FromCIDR is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from. Only connections which
     * do *not* originate from the cluster or from the local host are subject
     * to CIDR rules. In order to allow in-cluster connectivity, use the
     * FromEndpoints field.  This will match on the source IP address of
     * incoming connections. Adding  a prefix into FromCIDR or into
     * FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
     * allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.3.9.1
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#fromCIDR
     */
    readonly fromCidr?: string[];
    /**
     * FromCIDRSet is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from in addition to FromEndpoints,
     * along with a list of subnets contained within their corresponding IP block
     * from which traffic should not be allowed.
     * This will match on the source IP address of incoming connections. Adding
     * a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
     * equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#fromCIDRSet
     */
    readonly fromCidrSet?: CiliumNetworkPolicySpecIngressDenyFromCidrSet[];
    /**
     * FromEndpoints is a list of endpoints identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * Example:
     * Any endpoint with the label "role=backend" can be consumed by any
     * endpoint carrying the label "role=frontend".
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#fromEndpoints
     */
    readonly fromEndpoints?: CiliumNetworkPolicySpecIngressDenyFromEndpoints[];
    /**
     * FromEntities is a list of special entities which the endpoint subject
     * to the rule is allowed to receive connections from. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#fromEntities
     */
    readonly fromEntities?: CiliumNetworkPolicySpecIngressDenyFromEntities[];
    /**
     * FromGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * FromGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#fromGroups
     */
    readonly fromGroups?: CiliumNetworkPolicySpecIngressDenyFromGroups[];
    /**
     * FromNodes is a list of nodes identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#fromNodes
     */
    readonly fromNodes?: CiliumNetworkPolicySpecIngressDenyFromNodes[];
    /**
     * FromRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be reachable. These
     * additional constraints do no by itself grant access privileges and
     * must always be accompanied with at least one matching FromEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires consuming endpoint
     * to also carry the label "team=A".
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#fromRequires
     */
    readonly fromRequires?: CiliumNetworkPolicySpecIngressDenyFromRequires[];
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is not allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can not accept incoming
     * type 8 ICMP connections.
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#icmps
     */
    readonly icmps?: CiliumNetworkPolicySpecIngressDenyIcmps[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is not allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can not accept incoming
     * connections on port 80/tcp.
     *
     * @schema CiliumNetworkPolicySpecIngressDeny#toPorts
     */
    readonly toPorts?: CiliumNetworkPolicySpecIngressDenyToPorts[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDeny' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDeny(obj: CiliumNetworkPolicySpecIngressDeny | undefined): Record<string, any> | undefined;
/**
 * Label is the Cilium's representation of a container label.
 *
 * @schema CiliumNetworkPolicySpecLabels
 */
export interface CiliumNetworkPolicySpecLabels {
    /**
     * @schema CiliumNetworkPolicySpecLabels#key
     */
    readonly key: string;
    /**
     * Source can be one of the above values (e.g.: LabelSourceContainer).
     *
     * @schema CiliumNetworkPolicySpecLabels#source
     */
    readonly source?: string;
    /**
     * @schema CiliumNetworkPolicySpecLabels#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecLabels' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecLabels(obj: CiliumNetworkPolicySpecLabels | undefined): Record<string, any> | undefined;
/**
 * Log specifies custom policy-specific Hubble logging configuration.
 *
 * @schema CiliumNetworkPolicySpecLog
 */
export interface CiliumNetworkPolicySpecLog {
    /**
     * Value is a free-form string that is included in Hubble flows
     * that match this policy. The string is limited to 32 printable characters.
     *
     * @schema CiliumNetworkPolicySpecLog#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecLog' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecLog(obj: CiliumNetworkPolicySpecLog | undefined): Record<string, any> | undefined;
/**
 * NodeSelector selects all nodes which should be subject to this rule.
 * EndpointSelector and NodeSelector cannot be both empty and are mutually
 * exclusive. Can only be used in CiliumClusterwideNetworkPolicies.
 *
 * @schema CiliumNetworkPolicySpecNodeSelector
 */
export interface CiliumNetworkPolicySpecNodeSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecNodeSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecNodeSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecNodeSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecNodeSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecNodeSelector(obj: CiliumNetworkPolicySpecNodeSelector | undefined): Record<string, any> | undefined;
/**
 * EgressRule contains all rule types which can be applied at egress, i.e.
 * network traffic that originates inside the endpoint and exits the endpoint
 * selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members of the structure are specified, then all members
 * must match in order for the rule to take effect. The exception to this
 * rule is the ToRequires member; the effects of any Requires field in any
 * rule will apply to all other rules as well.
 *
 * - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
 * mutually exclusive. Only one of these members may be present within an
 * individual rule.
 *
 * @schema CiliumNetworkPolicySpecsEgress
 */
export interface CiliumNetworkPolicySpecsEgress {
    /**
     * Authentication is the required authentication type for the allowed traffic, if any.
     *
     * @schema CiliumNetworkPolicySpecsEgress#authentication
     */
    readonly authentication?: CiliumNetworkPolicySpecsEgressAuthentication;
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is allowed to connect to.
     *
     * Example:
     * Any endpoint with the label "app=httpd" is allowed to initiate
     * type 8 ICMP connections.
     *
     * @schema CiliumNetworkPolicySpecsEgress#icmps
     */
    readonly icmps?: CiliumNetworkPolicySpecsEgressIcmps[];
    /**
     * ToCIDR is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections. Only connections destined for
     * outside of the cluster and not targeting the host will be subject
     * to CIDR rules.  This will match on the destination IP address of
     * outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
     * with no ExcludeCIDRs is equivalent. Overlaps are allowed between
     * ToCIDR and ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24
     *
     * @schema CiliumNetworkPolicySpecsEgress#toCIDR
     */
    readonly toCidr?: string[];
    /**
     * ToCIDRSet is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections to in addition to connections
     * which are allowed via ToEndpoints, along with a list of subnets contained
     * within their corresponding IP block to which traffic should not be
     * allowed. This will match on the destination IP address of outgoing
     * connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
     * ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
     * ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
     *
     * @schema CiliumNetworkPolicySpecsEgress#toCIDRSet
     */
    readonly toCidrSet?: CiliumNetworkPolicySpecsEgressToCidrSet[];
    /**
     * ToEndpoints is a list of endpoints identified by an EndpointSelector to
     * which the endpoints subject to the rule are allowed to communicate.
     *
     * Example:
     * Any endpoint with the label "role=frontend" can communicate with any
     * endpoint carrying the label "role=backend".
     *
     * @schema CiliumNetworkPolicySpecsEgress#toEndpoints
     */
    readonly toEndpoints?: CiliumNetworkPolicySpecsEgressToEndpoints[];
    /**
     * ToEntities is a list of special entities to which the endpoint subject
     * to the rule is allowed to initiate connections. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumNetworkPolicySpecsEgress#toEntities
     */
    readonly toEntities?: CiliumNetworkPolicySpecsEgressToEntities[];
    /**
     * ToFQDN allows whitelisting DNS names in place of IPs. The IPs that result
     * from DNS resolution of `ToFQDN.MatchName`s are added to the same
     * EgressRule object as ToCIDRSet entries, and behave accordingly. Any L4 and
     * L7 rules within this EgressRule will also apply to these IPs.
     * The DNS -> IP mapping is re-resolved periodically from within the
     * cilium-agent, and the IPs in the DNS response are effected in the policy
     * for selected pods as-is (i.e. the list of IPs is not modified in any way).
     * Note: An explicit rule to allow for DNS traffic is needed for the pods, as
     * ToFQDN counts as an egress rule and will enforce egress policy when
     * PolicyEnforcment=default.
     * Note: If the resolved IPs are IPs within the kubernetes cluster, the
     * ToFQDN rule will not apply to that IP.
     * Note: ToFQDN cannot occur in the same policy as other To* rules.
     *
     * @schema CiliumNetworkPolicySpecsEgress#toFQDNs
     */
    readonly toFqdNs?: CiliumNetworkPolicySpecsEgressToFqdNs[];
    /**
     * ToGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * toGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumNetworkPolicySpecsEgress#toGroups
     */
    readonly toGroups?: CiliumNetworkPolicySpecsEgressToGroups[];
    /**
     * ToNodes is a list of nodes identified by an
     * EndpointSelector to which endpoints subject to the rule is allowed to communicate.
     *
     * @schema CiliumNetworkPolicySpecsEgress#toNodes
     */
    readonly toNodes?: CiliumNetworkPolicySpecsEgressToNodes[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is allowed to
     * connect to.
     *
     * Example:
     * Any endpoint with the label "role=frontend" is allowed to initiate
     * connections to destination port 8080/tcp
     *
     * @schema CiliumNetworkPolicySpecsEgress#toPorts
     */
    readonly toPorts?: CiliumNetworkPolicySpecsEgressToPorts[];
    /**
     * ToRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be able to connect to other
     * endpoints. These additional constraints do no by itself grant access
     * privileges and must always be accompanied with at least one matching
     * ToEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires any endpoint to which it
     * communicates to also carry the label "team=A".
     *
     * @schema CiliumNetworkPolicySpecsEgress#toRequires
     */
    readonly toRequires?: CiliumNetworkPolicySpecsEgressToRequires[];
    /**
     * ToServices is a list of services to which the endpoint subject
     * to the rule is allowed to initiate connections.
     * Currently Cilium only supports toServices for K8s services.
     *
     * @schema CiliumNetworkPolicySpecsEgress#toServices
     */
    readonly toServices?: CiliumNetworkPolicySpecsEgressToServices[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgress' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgress(obj: CiliumNetworkPolicySpecsEgress | undefined): Record<string, any> | undefined;
/**
 * EgressDenyRule contains all rule types which can be applied at egress, i.e.
 * network traffic that originates inside the endpoint and exits the endpoint
 * selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members of the structure are specified, then all members
 * must match in order for the rule to take effect. The exception to this
 * rule is the ToRequires member; the effects of any Requires field in any
 * rule will apply to all other rules as well.
 *
 * - ToEndpoints, ToCIDR, ToCIDRSet, ToEntities, ToServices and ToGroups are
 * mutually exclusive. Only one of these members may be present within an
 * individual rule.
 *
 * @schema CiliumNetworkPolicySpecsEgressDeny
 */
export interface CiliumNetworkPolicySpecsEgressDeny {
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is not allowed to connect to.
     *
     * Example:
     * Any endpoint with the label "app=httpd" is not allowed to initiate
     * type 8 ICMP connections.
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#icmps
     */
    readonly icmps?: CiliumNetworkPolicySpecsEgressDenyIcmps[];
    /**
     * ToCIDR is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections. Only connections destined for
     * outside of the cluster and not targeting the host will be subject
     * to CIDR rules.  This will match on the destination IP address of
     * outgoing connections. Adding a prefix into ToCIDR or into ToCIDRSet
     * with no ExcludeCIDRs is equivalent. Overlaps are allowed between
     * ToCIDR and ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toCIDR
     */
    readonly toCidr?: string[];
    /**
     * ToCIDRSet is a list of IP blocks which the endpoint subject to the rule
     * is allowed to initiate connections to in addition to connections
     * which are allowed via ToEndpoints, along with a list of subnets contained
     * within their corresponding IP block to which traffic should not be
     * allowed. This will match on the destination IP address of outgoing
     * connections. Adding a prefix into ToCIDR or into ToCIDRSet with no
     * ExcludeCIDRs is equivalent. Overlaps are allowed between ToCIDR and
     * ToCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=database-proxy" is allowed to
     * initiate connections to 10.2.3.0/24 except from IPs in subnet 10.2.3.0/28.
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toCIDRSet
     */
    readonly toCidrSet?: CiliumNetworkPolicySpecsEgressDenyToCidrSet[];
    /**
     * ToEndpoints is a list of endpoints identified by an EndpointSelector to
     * which the endpoints subject to the rule are allowed to communicate.
     *
     * Example:
     * Any endpoint with the label "role=frontend" can communicate with any
     * endpoint carrying the label "role=backend".
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toEndpoints
     */
    readonly toEndpoints?: CiliumNetworkPolicySpecsEgressDenyToEndpoints[];
    /**
     * ToEntities is a list of special entities to which the endpoint subject
     * to the rule is allowed to initiate connections. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toEntities
     */
    readonly toEntities?: CiliumNetworkPolicySpecsEgressDenyToEntities[];
    /**
     * ToGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * toGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toGroups
     */
    readonly toGroups?: CiliumNetworkPolicySpecsEgressDenyToGroups[];
    /**
     * ToNodes is a list of nodes identified by an
     * EndpointSelector to which endpoints subject to the rule is allowed to communicate.
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toNodes
     */
    readonly toNodes?: CiliumNetworkPolicySpecsEgressDenyToNodes[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is not allowed to connect
     * to.
     *
     * Example:
     * Any endpoint with the label "role=frontend" is not allowed to initiate
     * connections to destination port 8080/tcp
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toPorts
     */
    readonly toPorts?: CiliumNetworkPolicySpecsEgressDenyToPorts[];
    /**
     * ToRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be able to connect to other
     * endpoints. These additional constraints do no by itself grant access
     * privileges and must always be accompanied with at least one matching
     * ToEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires any endpoint to which it
     * communicates to also carry the label "team=A".
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toRequires
     */
    readonly toRequires?: CiliumNetworkPolicySpecsEgressDenyToRequires[];
    /**
     * ToServices is a list of services to which the endpoint subject
     * to the rule is allowed to initiate connections.
     * Currently Cilium only supports toServices for K8s services.
     *
     * @schema CiliumNetworkPolicySpecsEgressDeny#toServices
     */
    readonly toServices?: CiliumNetworkPolicySpecsEgressDenyToServices[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDeny' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDeny(obj: CiliumNetworkPolicySpecsEgressDeny | undefined): Record<string, any> | undefined;
/**
 * EnableDefaultDeny determines whether this policy configures the
 * subject endpoint(s) to have a default deny mode. If enabled,
 * this causes all traffic not explicitly allowed by a network policy
 * to be dropped.
 *
 * If not specified, the default is true for each traffic direction
 * that has rules, and false otherwise. For example, if a policy
 * only has Ingress or IngressDeny rules, then the default for
 * ingress is true and egress is false.
 *
 * If multiple policies apply to an endpoint, that endpoint's default deny
 * will be enabled if any policy requests it.
 *
 * This is useful for creating broad-based network policies that will not
 * cause endpoints to enter default-deny mode.
 *
 * @schema CiliumNetworkPolicySpecsEnableDefaultDeny
 */
export interface CiliumNetworkPolicySpecsEnableDefaultDeny {
    /**
     * Whether or not the endpoint should have a default-deny rule applied
     * to egress traffic.
     *
     * @schema CiliumNetworkPolicySpecsEnableDefaultDeny#egress
     */
    readonly egress?: boolean;
    /**
     * Whether or not the endpoint should have a default-deny rule applied
     * to ingress traffic.
     *
     * @schema CiliumNetworkPolicySpecsEnableDefaultDeny#ingress
     */
    readonly ingress?: boolean;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEnableDefaultDeny' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEnableDefaultDeny(obj: CiliumNetworkPolicySpecsEnableDefaultDeny | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector selects all endpoints which should be subject to
 * this rule. EndpointSelector and NodeSelector cannot be both empty and
 * are mutually exclusive.
 *
 * @schema CiliumNetworkPolicySpecsEndpointSelector
 */
export interface CiliumNetworkPolicySpecsEndpointSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEndpointSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEndpointSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEndpointSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEndpointSelector(obj: CiliumNetworkPolicySpecsEndpointSelector | undefined): Record<string, any> | undefined;
/**
 * IngressRule contains all rule types which can be applied at ingress,
 * i.e. network traffic that originates outside of the endpoint and
 * is entering the endpoint selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members are set, all of them need to match in order for
 * the rule to take effect. The exception to this rule is FromRequires field;
 * the effects of any Requires field in any rule will apply to all other
 * rules as well.
 *
 * - FromEndpoints, FromCIDR, FromCIDRSet and FromEntities are mutually
 * exclusive. Only one of these members may be present within an individual
 * rule.
 *
 * @schema CiliumNetworkPolicySpecsIngress
 */
export interface CiliumNetworkPolicySpecsIngress {
    /**
     * Authentication is the required authentication type for the allowed traffic, if any.
     *
     * @schema CiliumNetworkPolicySpecsIngress#authentication
     */
    readonly authentication?: CiliumNetworkPolicySpecsIngressAuthentication;
    /**
     * FromCIDR is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from. Only connections which
     * do *not* originate from the cluster or from the local host are subject
     * to CIDR rules. In order to allow in-cluster connectivity, use the
     * FromEndpoints field.  This will match on the source IP address of
     * incoming connections. Adding  a prefix into FromCIDR or into
     * FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
     * allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.3.9.1
     *
     * @schema CiliumNetworkPolicySpecsIngress#fromCIDR
     */
    readonly fromCidr?: string[];
    /**
     * FromCIDRSet is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from in addition to FromEndpoints,
     * along with a list of subnets contained within their corresponding IP block
     * from which traffic should not be allowed.
     * This will match on the source IP address of incoming connections. Adding
     * a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
     * equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
     *
     * @schema CiliumNetworkPolicySpecsIngress#fromCIDRSet
     */
    readonly fromCidrSet?: CiliumNetworkPolicySpecsIngressFromCidrSet[];
    /**
     * FromEndpoints is a list of endpoints identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * Example:
     * Any endpoint with the label "role=backend" can be consumed by any
     * endpoint carrying the label "role=frontend".
     *
     * @schema CiliumNetworkPolicySpecsIngress#fromEndpoints
     */
    readonly fromEndpoints?: CiliumNetworkPolicySpecsIngressFromEndpoints[];
    /**
     * FromEntities is a list of special entities which the endpoint subject
     * to the rule is allowed to receive connections from. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumNetworkPolicySpecsIngress#fromEntities
     */
    readonly fromEntities?: CiliumNetworkPolicySpecsIngressFromEntities[];
    /**
     * FromGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * FromGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumNetworkPolicySpecsIngress#fromGroups
     */
    readonly fromGroups?: CiliumNetworkPolicySpecsIngressFromGroups[];
    /**
     * FromNodes is a list of nodes identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * @schema CiliumNetworkPolicySpecsIngress#fromNodes
     */
    readonly fromNodes?: CiliumNetworkPolicySpecsIngressFromNodes[];
    /**
     * FromRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be reachable. These
     * additional constraints do no by itself grant access privileges and
     * must always be accompanied with at least one matching FromEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires consuming endpoint
     * to also carry the label "team=A".
     *
     * @schema CiliumNetworkPolicySpecsIngress#fromRequires
     */
    readonly fromRequires?: CiliumNetworkPolicySpecsIngressFromRequires[];
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can only accept incoming
     * type 8 ICMP connections.
     *
     * @schema CiliumNetworkPolicySpecsIngress#icmps
     */
    readonly icmps?: CiliumNetworkPolicySpecsIngressIcmps[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can only accept incoming
     * connections on port 80/tcp.
     *
     * @schema CiliumNetworkPolicySpecsIngress#toPorts
     */
    readonly toPorts?: CiliumNetworkPolicySpecsIngressToPorts[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngress' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngress(obj: CiliumNetworkPolicySpecsIngress | undefined): Record<string, any> | undefined;
/**
 * IngressDenyRule contains all rule types which can be applied at ingress,
 * i.e. network traffic that originates outside of the endpoint and
 * is entering the endpoint selected by the endpointSelector.
 *
 * - All members of this structure are optional. If omitted or empty, the
 * member will have no effect on the rule.
 *
 * - If multiple members are set, all of them need to match in order for
 * the rule to take effect. The exception to this rule is FromRequires field;
 * the effects of any Requires field in any rule will apply to all other
 * rules as well.
 *
 * - FromEndpoints, FromCIDR, FromCIDRSet, FromGroups and FromEntities are mutually
 * exclusive. Only one of these members may be present within an individual
 * rule.
 *
 * @schema CiliumNetworkPolicySpecsIngressDeny
 */
export interface CiliumNetworkPolicySpecsIngressDeny {
    /**
     * FromCIDR is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from. Only connections which
     * do *not* originate from the cluster or from the local host are subject
     * to CIDR rules. In order to allow in-cluster connectivity, use the
     * FromEndpoints field.  This will match on the source IP address of
     * incoming connections. Adding  a prefix into FromCIDR or into
     * FromCIDRSet with no ExcludeCIDRs is  equivalent.  Overlaps are
     * allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.3.9.1
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#fromCIDR
     */
    readonly fromCidr?: string[];
    /**
     * FromCIDRSet is a list of IP blocks which the endpoint subject to the
     * rule is allowed to receive connections from in addition to FromEndpoints,
     * along with a list of subnets contained within their corresponding IP block
     * from which traffic should not be allowed.
     * This will match on the source IP address of incoming connections. Adding
     * a prefix into FromCIDR or into FromCIDRSet with no ExcludeCIDRs is
     * equivalent. Overlaps are allowed between FromCIDR and FromCIDRSet.
     *
     * Example:
     * Any endpoint with the label "app=my-legacy-pet" is allowed to receive
     * connections from 10.0.0.0/8 except from IPs in subnet 10.96.0.0/12.
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#fromCIDRSet
     */
    readonly fromCidrSet?: CiliumNetworkPolicySpecsIngressDenyFromCidrSet[];
    /**
     * FromEndpoints is a list of endpoints identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * Example:
     * Any endpoint with the label "role=backend" can be consumed by any
     * endpoint carrying the label "role=frontend".
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#fromEndpoints
     */
    readonly fromEndpoints?: CiliumNetworkPolicySpecsIngressDenyFromEndpoints[];
    /**
     * FromEntities is a list of special entities which the endpoint subject
     * to the rule is allowed to receive connections from. Supported entities are
     * `world`, `cluster`, `host`, `remote-node`, `kube-apiserver`, `ingress`, `init`,
     * `health`, `unmanaged`, `none` and `all`.
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#fromEntities
     */
    readonly fromEntities?: CiliumNetworkPolicySpecsIngressDenyFromEntities[];
    /**
     * FromGroups is a directive that allows the integration with multiple outside
     * providers. Currently, only AWS is supported, and the rule can select by
     * multiple sub directives:
     *
     * Example:
     * FromGroups:
     * - aws:
     * securityGroupsIds:
     * - 'sg-XXXXXXXXXXXXX'
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#fromGroups
     */
    readonly fromGroups?: CiliumNetworkPolicySpecsIngressDenyFromGroups[];
    /**
     * FromNodes is a list of nodes identified by an
     * EndpointSelector which are allowed to communicate with the endpoint
     * subject to the rule.
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#fromNodes
     */
    readonly fromNodes?: CiliumNetworkPolicySpecsIngressDenyFromNodes[];
    /**
     * FromRequires is a list of additional constraints which must be met
     * in order for the selected endpoints to be reachable. These
     * additional constraints do no by itself grant access privileges and
     * must always be accompanied with at least one matching FromEndpoints.
     *
     * Example:
     * Any Endpoint with the label "team=A" requires consuming endpoint
     * to also carry the label "team=A".
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#fromRequires
     */
    readonly fromRequires?: CiliumNetworkPolicySpecsIngressDenyFromRequires[];
    /**
     * ICMPs is a list of ICMP rule identified by type number
     * which the endpoint subject to the rule is not allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can not accept incoming
     * type 8 ICMP connections.
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#icmps
     */
    readonly icmps?: CiliumNetworkPolicySpecsIngressDenyIcmps[];
    /**
     * ToPorts is a list of destination ports identified by port number and
     * protocol which the endpoint subject to the rule is not allowed to
     * receive connections on.
     *
     * Example:
     * Any endpoint with the label "app=httpd" can not accept incoming
     * connections on port 80/tcp.
     *
     * @schema CiliumNetworkPolicySpecsIngressDeny#toPorts
     */
    readonly toPorts?: CiliumNetworkPolicySpecsIngressDenyToPorts[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDeny' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDeny(obj: CiliumNetworkPolicySpecsIngressDeny | undefined): Record<string, any> | undefined;
/**
 * Label is the Cilium's representation of a container label.
 *
 * @schema CiliumNetworkPolicySpecsLabels
 */
export interface CiliumNetworkPolicySpecsLabels {
    /**
     * @schema CiliumNetworkPolicySpecsLabels#key
     */
    readonly key: string;
    /**
     * Source can be one of the above values (e.g.: LabelSourceContainer).
     *
     * @schema CiliumNetworkPolicySpecsLabels#source
     */
    readonly source?: string;
    /**
     * @schema CiliumNetworkPolicySpecsLabels#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsLabels' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsLabels(obj: CiliumNetworkPolicySpecsLabels | undefined): Record<string, any> | undefined;
/**
 * Log specifies custom policy-specific Hubble logging configuration.
 *
 * @schema CiliumNetworkPolicySpecsLog
 */
export interface CiliumNetworkPolicySpecsLog {
    /**
     * Value is a free-form string that is included in Hubble flows
     * that match this policy. The string is limited to 32 printable characters.
     *
     * @schema CiliumNetworkPolicySpecsLog#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsLog' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsLog(obj: CiliumNetworkPolicySpecsLog | undefined): Record<string, any> | undefined;
/**
 * NodeSelector selects all nodes which should be subject to this rule.
 * EndpointSelector and NodeSelector cannot be both empty and are mutually
 * exclusive. Can only be used in CiliumClusterwideNetworkPolicies.
 *
 * @schema CiliumNetworkPolicySpecsNodeSelector
 */
export interface CiliumNetworkPolicySpecsNodeSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsNodeSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsNodeSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsNodeSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsNodeSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsNodeSelector(obj: CiliumNetworkPolicySpecsNodeSelector | undefined): Record<string, any> | undefined;
/**
 * Authentication is the required authentication type for the allowed traffic, if any.
 *
 * @schema CiliumNetworkPolicySpecEgressAuthentication
 */
export interface CiliumNetworkPolicySpecEgressAuthentication {
    /**
     * Mode is the required authentication mode for the allowed traffic, if any.
     *
     * @schema CiliumNetworkPolicySpecEgressAuthentication#mode
     */
    readonly mode: CiliumNetworkPolicySpecEgressAuthenticationMode;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressAuthentication' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressAuthentication(obj: CiliumNetworkPolicySpecEgressAuthentication | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumNetworkPolicySpecEgressIcmps
 */
export interface CiliumNetworkPolicySpecEgressIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumNetworkPolicySpecEgressIcmps#fields
     */
    readonly fields?: CiliumNetworkPolicySpecEgressIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressIcmps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressIcmps(obj: CiliumNetworkPolicySpecEgressIcmps | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumNetworkPolicySpecEgressToCidrSet
 */
export interface CiliumNetworkPolicySpecEgressToCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToCidrSet' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToCidrSet(obj: CiliumNetworkPolicySpecEgressToCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecEgressToEndpoints
 */
export interface CiliumNetworkPolicySpecEgressToEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToEndpoints' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToEndpoints(obj: CiliumNetworkPolicySpecEgressToEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumNetworkPolicySpecEgressToEntities
 */
export declare enum CiliumNetworkPolicySpecEgressToEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * @schema CiliumNetworkPolicySpecEgressToFqdNs
 */
export interface CiliumNetworkPolicySpecEgressToFqdNs {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumNetworkPolicySpecEgressToFqdNs#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumNetworkPolicySpecEgressToFqdNs#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToFqdNs' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToFqdNs(obj: CiliumNetworkPolicySpecEgressToFqdNs | undefined): Record<string, any> | undefined;
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumNetworkPolicySpecEgressToGroups
 */
export interface CiliumNetworkPolicySpecEgressToGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumNetworkPolicySpecEgressToGroups#aws
     */
    readonly aws?: CiliumNetworkPolicySpecEgressToGroupsAws;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToGroups' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToGroups(obj: CiliumNetworkPolicySpecEgressToGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecEgressToNodes
 */
export interface CiliumNetworkPolicySpecEgressToNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressToNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToNodes' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToNodes(obj: CiliumNetworkPolicySpecEgressToNodes | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of ports/protocol combinations with optional Layer 7
 * rules which must be met.
 *
 * @schema CiliumNetworkPolicySpecEgressToPorts
 */
export interface CiliumNetworkPolicySpecEgressToPorts {
    /**
     * listener specifies the name of a custom Envoy listener to which this traffic should be
     * redirected to.
     *
     * @schema CiliumNetworkPolicySpecEgressToPorts#listener
     */
    readonly listener?: CiliumNetworkPolicySpecEgressToPortsListener;
    /**
     * OriginatingTLS is the TLS context for the connections originated by
     * the L7 proxy.  For egress policy this specifies the client-side TLS
     * parameters for the upstream connection originating from the L7 proxy
     * to the remote destination. For ingress policy this specifies the
     * client-side TLS parameters for the connection from the L7 proxy to
     * the local endpoint.
     *
     * @schema CiliumNetworkPolicySpecEgressToPorts#originatingTLS
     */
    readonly originatingTls?: CiliumNetworkPolicySpecEgressToPortsOriginatingTls;
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumNetworkPolicySpecEgressToPorts#ports
     */
    readonly ports?: CiliumNetworkPolicySpecEgressToPortsPorts[];
    /**
     * Rules is a list of additional port level rules which must be met in
     * order for the PortRule to allow the traffic. If omitted or empty,
     * no layer 7 rules are enforced.
     *
     * @schema CiliumNetworkPolicySpecEgressToPorts#rules
     */
    readonly rules?: CiliumNetworkPolicySpecEgressToPortsRules;
    /**
     * ServerNames is a list of allowed TLS SNI values. If not empty, then
     * TLS must be present and one of the provided SNIs must be indicated in the
     * TLS handshake.
     *
     * @schema CiliumNetworkPolicySpecEgressToPorts#serverNames
     */
    readonly serverNames?: string[];
    /**
     * TerminatingTLS is the TLS context for the connection terminated by
     * the L7 proxy.  For egress policy this specifies the server-side TLS
     * parameters to be applied on the connections originated from the local
     * endpoint and terminated by the L7 proxy. For ingress policy this specifies
     * the server-side TLS parameters to be applied on the connections
     * originated from a remote source and terminated by the L7 proxy.
     *
     * @schema CiliumNetworkPolicySpecEgressToPorts#terminatingTLS
     */
    readonly terminatingTls?: CiliumNetworkPolicySpecEgressToPortsTerminatingTls;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPorts(obj: CiliumNetworkPolicySpecEgressToPorts | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecEgressToRequires
 */
export interface CiliumNetworkPolicySpecEgressToRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressToRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToRequires' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToRequires(obj: CiliumNetworkPolicySpecEgressToRequires | undefined): Record<string, any> | undefined;
/**
 * Service selects policy targets that are bundled as part of a
 * logical load-balanced service.
 *
 * Currently only Kubernetes-based Services are supported.
 *
 * @schema CiliumNetworkPolicySpecEgressToServices
 */
export interface CiliumNetworkPolicySpecEgressToServices {
    /**
     * K8sService selects service by name and namespace pair
     *
     * @schema CiliumNetworkPolicySpecEgressToServices#k8sService
     */
    readonly k8SService?: CiliumNetworkPolicySpecEgressToServicesK8SService;
    /**
     * K8sServiceSelector selects services by k8s labels and namespace
     *
     * @schema CiliumNetworkPolicySpecEgressToServices#k8sServiceSelector
     */
    readonly k8SServiceSelector?: CiliumNetworkPolicySpecEgressToServicesK8SServiceSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToServices' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToServices(obj: CiliumNetworkPolicySpecEgressToServices | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyIcmps
 */
export interface CiliumNetworkPolicySpecEgressDenyIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyIcmps#fields
     */
    readonly fields?: CiliumNetworkPolicySpecEgressDenyIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyIcmps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyIcmps(obj: CiliumNetworkPolicySpecEgressDenyIcmps | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToCidrSet
 */
export interface CiliumNetworkPolicySpecEgressDenyToCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToCidrSet' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToCidrSet(obj: CiliumNetworkPolicySpecEgressDenyToCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToEndpoints
 */
export interface CiliumNetworkPolicySpecEgressDenyToEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToEndpoints' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToEndpoints(obj: CiliumNetworkPolicySpecEgressDenyToEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToEntities
 */
export declare enum CiliumNetworkPolicySpecEgressDenyToEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToGroups
 */
export interface CiliumNetworkPolicySpecEgressDenyToGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToGroups#aws
     */
    readonly aws?: CiliumNetworkPolicySpecEgressDenyToGroupsAws;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToGroups' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToGroups(obj: CiliumNetworkPolicySpecEgressDenyToGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToNodes
 */
export interface CiliumNetworkPolicySpecEgressDenyToNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToNodes' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToNodes(obj: CiliumNetworkPolicySpecEgressDenyToNodes | undefined): Record<string, any> | undefined;
/**
 * PortDenyRule is a list of ports/protocol that should be used for deny
 * policies. This structure lacks the L7Rules since it's not supported in deny
 * policies.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToPorts
 */
export interface CiliumNetworkPolicySpecEgressDenyToPorts {
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToPorts#ports
     */
    readonly ports?: CiliumNetworkPolicySpecEgressDenyToPortsPorts[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToPorts(obj: CiliumNetworkPolicySpecEgressDenyToPorts | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToRequires
 */
export interface CiliumNetworkPolicySpecEgressDenyToRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToRequires' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToRequires(obj: CiliumNetworkPolicySpecEgressDenyToRequires | undefined): Record<string, any> | undefined;
/**
 * Service selects policy targets that are bundled as part of a
 * logical load-balanced service.
 *
 * Currently only Kubernetes-based Services are supported.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToServices
 */
export interface CiliumNetworkPolicySpecEgressDenyToServices {
    /**
     * K8sService selects service by name and namespace pair
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToServices#k8sService
     */
    readonly k8SService?: CiliumNetworkPolicySpecEgressDenyToServicesK8SService;
    /**
     * K8sServiceSelector selects services by k8s labels and namespace
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToServices#k8sServiceSelector
     */
    readonly k8SServiceSelector?: CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToServices' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToServices(obj: CiliumNetworkPolicySpecEgressDenyToServices | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEndpointSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecEndpointSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEndpointSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEndpointSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEndpointSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEndpointSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEndpointSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEndpointSelectorMatchExpressions(obj: CiliumNetworkPolicySpecEndpointSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Authentication is the required authentication type for the allowed traffic, if any.
 *
 * @schema CiliumNetworkPolicySpecIngressAuthentication
 */
export interface CiliumNetworkPolicySpecIngressAuthentication {
    /**
     * Mode is the required authentication mode for the allowed traffic, if any.
     *
     * @schema CiliumNetworkPolicySpecIngressAuthentication#mode
     */
    readonly mode: CiliumNetworkPolicySpecIngressAuthenticationMode;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressAuthentication' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressAuthentication(obj: CiliumNetworkPolicySpecIngressAuthentication | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumNetworkPolicySpecIngressFromCidrSet
 */
export interface CiliumNetworkPolicySpecIngressFromCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromCidrSet' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromCidrSet(obj: CiliumNetworkPolicySpecIngressFromCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecIngressFromEndpoints
 */
export interface CiliumNetworkPolicySpecIngressFromEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressFromEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressFromEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromEndpoints' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromEndpoints(obj: CiliumNetworkPolicySpecIngressFromEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumNetworkPolicySpecIngressFromEntities
 */
export declare enum CiliumNetworkPolicySpecIngressFromEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumNetworkPolicySpecIngressFromGroups
 */
export interface CiliumNetworkPolicySpecIngressFromGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumNetworkPolicySpecIngressFromGroups#aws
     */
    readonly aws?: CiliumNetworkPolicySpecIngressFromGroupsAws;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromGroups' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromGroups(obj: CiliumNetworkPolicySpecIngressFromGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecIngressFromNodes
 */
export interface CiliumNetworkPolicySpecIngressFromNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressFromNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecIngressFromNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressFromNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromNodes' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromNodes(obj: CiliumNetworkPolicySpecIngressFromNodes | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecIngressFromRequires
 */
export interface CiliumNetworkPolicySpecIngressFromRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressFromRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressFromRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromRequires' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromRequires(obj: CiliumNetworkPolicySpecIngressFromRequires | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumNetworkPolicySpecIngressIcmps
 */
export interface CiliumNetworkPolicySpecIngressIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumNetworkPolicySpecIngressIcmps#fields
     */
    readonly fields?: CiliumNetworkPolicySpecIngressIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressIcmps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressIcmps(obj: CiliumNetworkPolicySpecIngressIcmps | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of ports/protocol combinations with optional Layer 7
 * rules which must be met.
 *
 * @schema CiliumNetworkPolicySpecIngressToPorts
 */
export interface CiliumNetworkPolicySpecIngressToPorts {
    /**
     * listener specifies the name of a custom Envoy listener to which this traffic should be
     * redirected to.
     *
     * @schema CiliumNetworkPolicySpecIngressToPorts#listener
     */
    readonly listener?: CiliumNetworkPolicySpecIngressToPortsListener;
    /**
     * OriginatingTLS is the TLS context for the connections originated by
     * the L7 proxy.  For egress policy this specifies the client-side TLS
     * parameters for the upstream connection originating from the L7 proxy
     * to the remote destination. For ingress policy this specifies the
     * client-side TLS parameters for the connection from the L7 proxy to
     * the local endpoint.
     *
     * @schema CiliumNetworkPolicySpecIngressToPorts#originatingTLS
     */
    readonly originatingTls?: CiliumNetworkPolicySpecIngressToPortsOriginatingTls;
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumNetworkPolicySpecIngressToPorts#ports
     */
    readonly ports?: CiliumNetworkPolicySpecIngressToPortsPorts[];
    /**
     * Rules is a list of additional port level rules which must be met in
     * order for the PortRule to allow the traffic. If omitted or empty,
     * no layer 7 rules are enforced.
     *
     * @schema CiliumNetworkPolicySpecIngressToPorts#rules
     */
    readonly rules?: CiliumNetworkPolicySpecIngressToPortsRules;
    /**
     * ServerNames is a list of allowed TLS SNI values. If not empty, then
     * TLS must be present and one of the provided SNIs must be indicated in the
     * TLS handshake.
     *
     * @schema CiliumNetworkPolicySpecIngressToPorts#serverNames
     */
    readonly serverNames?: string[];
    /**
     * TerminatingTLS is the TLS context for the connection terminated by
     * the L7 proxy.  For egress policy this specifies the server-side TLS
     * parameters to be applied on the connections originated from the local
     * endpoint and terminated by the L7 proxy. For ingress policy this specifies
     * the server-side TLS parameters to be applied on the connections
     * originated from a remote source and terminated by the L7 proxy.
     *
     * @schema CiliumNetworkPolicySpecIngressToPorts#terminatingTLS
     */
    readonly terminatingTls?: CiliumNetworkPolicySpecIngressToPortsTerminatingTls;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPorts(obj: CiliumNetworkPolicySpecIngressToPorts | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSet
 */
export interface CiliumNetworkPolicySpecIngressDenyFromCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromCidrSet' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromCidrSet(obj: CiliumNetworkPolicySpecIngressDenyFromCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromEndpoints
 */
export interface CiliumNetworkPolicySpecIngressDenyFromEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromEndpoints' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromEndpoints(obj: CiliumNetworkPolicySpecIngressDenyFromEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromEntities
 */
export declare enum CiliumNetworkPolicySpecIngressDenyFromEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromGroups
 */
export interface CiliumNetworkPolicySpecIngressDenyFromGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromGroups#aws
     */
    readonly aws?: CiliumNetworkPolicySpecIngressDenyFromGroupsAws;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromGroups' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromGroups(obj: CiliumNetworkPolicySpecIngressDenyFromGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromNodes
 */
export interface CiliumNetworkPolicySpecIngressDenyFromNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromNodes' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromNodes(obj: CiliumNetworkPolicySpecIngressDenyFromNodes | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromRequires
 */
export interface CiliumNetworkPolicySpecIngressDenyFromRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromRequires' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromRequires(obj: CiliumNetworkPolicySpecIngressDenyFromRequires | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyIcmps
 */
export interface CiliumNetworkPolicySpecIngressDenyIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyIcmps#fields
     */
    readonly fields?: CiliumNetworkPolicySpecIngressDenyIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyIcmps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyIcmps(obj: CiliumNetworkPolicySpecIngressDenyIcmps | undefined): Record<string, any> | undefined;
/**
 * PortDenyRule is a list of ports/protocol that should be used for deny
 * policies. This structure lacks the L7Rules since it's not supported in deny
 * policies.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyToPorts
 */
export interface CiliumNetworkPolicySpecIngressDenyToPorts {
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumNetworkPolicySpecIngressDenyToPorts#ports
     */
    readonly ports?: CiliumNetworkPolicySpecIngressDenyToPortsPorts[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyToPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyToPorts(obj: CiliumNetworkPolicySpecIngressDenyToPorts | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecNodeSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecNodeSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecNodeSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecNodeSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecNodeSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecNodeSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecNodeSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecNodeSelectorMatchExpressions(obj: CiliumNetworkPolicySpecNodeSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Authentication is the required authentication type for the allowed traffic, if any.
 *
 * @schema CiliumNetworkPolicySpecsEgressAuthentication
 */
export interface CiliumNetworkPolicySpecsEgressAuthentication {
    /**
     * Mode is the required authentication mode for the allowed traffic, if any.
     *
     * @schema CiliumNetworkPolicySpecsEgressAuthentication#mode
     */
    readonly mode: CiliumNetworkPolicySpecsEgressAuthenticationMode;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressAuthentication' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressAuthentication(obj: CiliumNetworkPolicySpecsEgressAuthentication | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumNetworkPolicySpecsEgressIcmps
 */
export interface CiliumNetworkPolicySpecsEgressIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumNetworkPolicySpecsEgressIcmps#fields
     */
    readonly fields?: CiliumNetworkPolicySpecsEgressIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressIcmps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressIcmps(obj: CiliumNetworkPolicySpecsEgressIcmps | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumNetworkPolicySpecsEgressToCidrSet
 */
export interface CiliumNetworkPolicySpecsEgressToCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToCidrSet' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToCidrSet(obj: CiliumNetworkPolicySpecsEgressToCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsEgressToEndpoints
 */
export interface CiliumNetworkPolicySpecsEgressToEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToEndpoints' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToEndpoints(obj: CiliumNetworkPolicySpecsEgressToEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumNetworkPolicySpecsEgressToEntities
 */
export declare enum CiliumNetworkPolicySpecsEgressToEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * @schema CiliumNetworkPolicySpecsEgressToFqdNs
 */
export interface CiliumNetworkPolicySpecsEgressToFqdNs {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumNetworkPolicySpecsEgressToFqdNs#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumNetworkPolicySpecsEgressToFqdNs#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToFqdNs' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToFqdNs(obj: CiliumNetworkPolicySpecsEgressToFqdNs | undefined): Record<string, any> | undefined;
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumNetworkPolicySpecsEgressToGroups
 */
export interface CiliumNetworkPolicySpecsEgressToGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumNetworkPolicySpecsEgressToGroups#aws
     */
    readonly aws?: CiliumNetworkPolicySpecsEgressToGroupsAws;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToGroups' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToGroups(obj: CiliumNetworkPolicySpecsEgressToGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsEgressToNodes
 */
export interface CiliumNetworkPolicySpecsEgressToNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressToNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToNodes' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToNodes(obj: CiliumNetworkPolicySpecsEgressToNodes | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of ports/protocol combinations with optional Layer 7
 * rules which must be met.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPorts
 */
export interface CiliumNetworkPolicySpecsEgressToPorts {
    /**
     * listener specifies the name of a custom Envoy listener to which this traffic should be
     * redirected to.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPorts#listener
     */
    readonly listener?: CiliumNetworkPolicySpecsEgressToPortsListener;
    /**
     * OriginatingTLS is the TLS context for the connections originated by
     * the L7 proxy.  For egress policy this specifies the client-side TLS
     * parameters for the upstream connection originating from the L7 proxy
     * to the remote destination. For ingress policy this specifies the
     * client-side TLS parameters for the connection from the L7 proxy to
     * the local endpoint.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPorts#originatingTLS
     */
    readonly originatingTls?: CiliumNetworkPolicySpecsEgressToPortsOriginatingTls;
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumNetworkPolicySpecsEgressToPorts#ports
     */
    readonly ports?: CiliumNetworkPolicySpecsEgressToPortsPorts[];
    /**
     * Rules is a list of additional port level rules which must be met in
     * order for the PortRule to allow the traffic. If omitted or empty,
     * no layer 7 rules are enforced.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPorts#rules
     */
    readonly rules?: CiliumNetworkPolicySpecsEgressToPortsRules;
    /**
     * ServerNames is a list of allowed TLS SNI values. If not empty, then
     * TLS must be present and one of the provided SNIs must be indicated in the
     * TLS handshake.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPorts#serverNames
     */
    readonly serverNames?: string[];
    /**
     * TerminatingTLS is the TLS context for the connection terminated by
     * the L7 proxy.  For egress policy this specifies the server-side TLS
     * parameters to be applied on the connections originated from the local
     * endpoint and terminated by the L7 proxy. For ingress policy this specifies
     * the server-side TLS parameters to be applied on the connections
     * originated from a remote source and terminated by the L7 proxy.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPorts#terminatingTLS
     */
    readonly terminatingTls?: CiliumNetworkPolicySpecsEgressToPortsTerminatingTls;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPorts(obj: CiliumNetworkPolicySpecsEgressToPorts | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsEgressToRequires
 */
export interface CiliumNetworkPolicySpecsEgressToRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToRequires' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToRequires(obj: CiliumNetworkPolicySpecsEgressToRequires | undefined): Record<string, any> | undefined;
/**
 * Service selects policy targets that are bundled as part of a
 * logical load-balanced service.
 *
 * Currently only Kubernetes-based Services are supported.
 *
 * @schema CiliumNetworkPolicySpecsEgressToServices
 */
export interface CiliumNetworkPolicySpecsEgressToServices {
    /**
     * K8sService selects service by name and namespace pair
     *
     * @schema CiliumNetworkPolicySpecsEgressToServices#k8sService
     */
    readonly k8SService?: CiliumNetworkPolicySpecsEgressToServicesK8SService;
    /**
     * K8sServiceSelector selects services by k8s labels and namespace
     *
     * @schema CiliumNetworkPolicySpecsEgressToServices#k8sServiceSelector
     */
    readonly k8SServiceSelector?: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToServices' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToServices(obj: CiliumNetworkPolicySpecsEgressToServices | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyIcmps
 */
export interface CiliumNetworkPolicySpecsEgressDenyIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyIcmps#fields
     */
    readonly fields?: CiliumNetworkPolicySpecsEgressDenyIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyIcmps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyIcmps(obj: CiliumNetworkPolicySpecsEgressDenyIcmps | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSet
 */
export interface CiliumNetworkPolicySpecsEgressDenyToCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToCidrSet' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToCidrSet(obj: CiliumNetworkPolicySpecsEgressDenyToCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToEndpoints
 */
export interface CiliumNetworkPolicySpecsEgressDenyToEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToEndpoints' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToEndpoints(obj: CiliumNetworkPolicySpecsEgressDenyToEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToEntities
 */
export declare enum CiliumNetworkPolicySpecsEgressDenyToEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToGroups
 */
export interface CiliumNetworkPolicySpecsEgressDenyToGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToGroups#aws
     */
    readonly aws?: CiliumNetworkPolicySpecsEgressDenyToGroupsAws;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToGroups' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToGroups(obj: CiliumNetworkPolicySpecsEgressDenyToGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToNodes
 */
export interface CiliumNetworkPolicySpecsEgressDenyToNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToNodes' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToNodes(obj: CiliumNetworkPolicySpecsEgressDenyToNodes | undefined): Record<string, any> | undefined;
/**
 * PortDenyRule is a list of ports/protocol that should be used for deny
 * policies. This structure lacks the L7Rules since it's not supported in deny
 * policies.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToPorts
 */
export interface CiliumNetworkPolicySpecsEgressDenyToPorts {
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToPorts#ports
     */
    readonly ports?: CiliumNetworkPolicySpecsEgressDenyToPortsPorts[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToPorts(obj: CiliumNetworkPolicySpecsEgressDenyToPorts | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToRequires
 */
export interface CiliumNetworkPolicySpecsEgressDenyToRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToRequires' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToRequires(obj: CiliumNetworkPolicySpecsEgressDenyToRequires | undefined): Record<string, any> | undefined;
/**
 * Service selects policy targets that are bundled as part of a
 * logical load-balanced service.
 *
 * Currently only Kubernetes-based Services are supported.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToServices
 */
export interface CiliumNetworkPolicySpecsEgressDenyToServices {
    /**
     * K8sService selects service by name and namespace pair
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToServices#k8sService
     */
    readonly k8SService?: CiliumNetworkPolicySpecsEgressDenyToServicesK8SService;
    /**
     * K8sServiceSelector selects services by k8s labels and namespace
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToServices#k8sServiceSelector
     */
    readonly k8SServiceSelector?: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToServices' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToServices(obj: CiliumNetworkPolicySpecsEgressDenyToServices | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions(obj: CiliumNetworkPolicySpecsEndpointSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Authentication is the required authentication type for the allowed traffic, if any.
 *
 * @schema CiliumNetworkPolicySpecsIngressAuthentication
 */
export interface CiliumNetworkPolicySpecsIngressAuthentication {
    /**
     * Mode is the required authentication mode for the allowed traffic, if any.
     *
     * @schema CiliumNetworkPolicySpecsIngressAuthentication#mode
     */
    readonly mode: CiliumNetworkPolicySpecsIngressAuthenticationMode;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressAuthentication' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressAuthentication(obj: CiliumNetworkPolicySpecsIngressAuthentication | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromCidrSet
 */
export interface CiliumNetworkPolicySpecsIngressFromCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromCidrSet' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromCidrSet(obj: CiliumNetworkPolicySpecsIngressFromCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromEndpoints
 */
export interface CiliumNetworkPolicySpecsIngressFromEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromEndpoints' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromEndpoints(obj: CiliumNetworkPolicySpecsIngressFromEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromEntities
 */
export declare enum CiliumNetworkPolicySpecsIngressFromEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromGroups
 */
export interface CiliumNetworkPolicySpecsIngressFromGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumNetworkPolicySpecsIngressFromGroups#aws
     */
    readonly aws?: CiliumNetworkPolicySpecsIngressFromGroupsAws;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromGroups' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromGroups(obj: CiliumNetworkPolicySpecsIngressFromGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromNodes
 */
export interface CiliumNetworkPolicySpecsIngressFromNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromNodes' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromNodes(obj: CiliumNetworkPolicySpecsIngressFromNodes | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromRequires
 */
export interface CiliumNetworkPolicySpecsIngressFromRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromRequires' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromRequires(obj: CiliumNetworkPolicySpecsIngressFromRequires | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumNetworkPolicySpecsIngressIcmps
 */
export interface CiliumNetworkPolicySpecsIngressIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumNetworkPolicySpecsIngressIcmps#fields
     */
    readonly fields?: CiliumNetworkPolicySpecsIngressIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressIcmps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressIcmps(obj: CiliumNetworkPolicySpecsIngressIcmps | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of ports/protocol combinations with optional Layer 7
 * rules which must be met.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPorts
 */
export interface CiliumNetworkPolicySpecsIngressToPorts {
    /**
     * listener specifies the name of a custom Envoy listener to which this traffic should be
     * redirected to.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPorts#listener
     */
    readonly listener?: CiliumNetworkPolicySpecsIngressToPortsListener;
    /**
     * OriginatingTLS is the TLS context for the connections originated by
     * the L7 proxy.  For egress policy this specifies the client-side TLS
     * parameters for the upstream connection originating from the L7 proxy
     * to the remote destination. For ingress policy this specifies the
     * client-side TLS parameters for the connection from the L7 proxy to
     * the local endpoint.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPorts#originatingTLS
     */
    readonly originatingTls?: CiliumNetworkPolicySpecsIngressToPortsOriginatingTls;
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumNetworkPolicySpecsIngressToPorts#ports
     */
    readonly ports?: CiliumNetworkPolicySpecsIngressToPortsPorts[];
    /**
     * Rules is a list of additional port level rules which must be met in
     * order for the PortRule to allow the traffic. If omitted or empty,
     * no layer 7 rules are enforced.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPorts#rules
     */
    readonly rules?: CiliumNetworkPolicySpecsIngressToPortsRules;
    /**
     * ServerNames is a list of allowed TLS SNI values. If not empty, then
     * TLS must be present and one of the provided SNIs must be indicated in the
     * TLS handshake.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPorts#serverNames
     */
    readonly serverNames?: string[];
    /**
     * TerminatingTLS is the TLS context for the connection terminated by
     * the L7 proxy.  For egress policy this specifies the server-side TLS
     * parameters to be applied on the connections originated from the local
     * endpoint and terminated by the L7 proxy. For ingress policy this specifies
     * the server-side TLS parameters to be applied on the connections
     * originated from a remote source and terminated by the L7 proxy.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPorts#terminatingTLS
     */
    readonly terminatingTls?: CiliumNetworkPolicySpecsIngressToPortsTerminatingTls;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPorts(obj: CiliumNetworkPolicySpecsIngressToPorts | undefined): Record<string, any> | undefined;
/**
 * CIDRRule is a rule that specifies a CIDR prefix to/from which outside
 * communication  is allowed, along with an optional list of subnets within that
 * CIDR prefix to/from which outside communication is not allowed.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSet
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromCidrSet {
    /**
     * CIDR is a CIDR prefix / IP Block.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSet#cidr
     */
    readonly cidr?: string;
    /**
     * CIDRGroupRef is a reference to a CiliumCIDRGroup object.
     * A CiliumCIDRGroup contains a list of CIDRs that the endpoint, subject to
     * the rule, can (Ingress/Egress) or cannot (IngressDeny/EgressDeny) receive
     * connections from.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSet#cidrGroupRef
     */
    readonly cidrGroupRef?: string;
    /**
     * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
     * rather than by name.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSet#cidrGroupSelector
     */
    readonly cidrGroupSelector?: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector;
    /**
     * ExceptCIDRs is a list of IP blocks which the endpoint subject to the rule
     * is not allowed to initiate connections to. These CIDR prefixes should be
     * contained within Cidr, using ExceptCIDRs together with CIDRGroupRef is not
     * supported yet.
     * These exceptions are only applied to the Cidr in this CIDRRule, and do not
     * apply to any other CIDR prefixes in any other CIDRRules.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSet#except
     */
    readonly except?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromCidrSet' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromCidrSet(obj: CiliumNetworkPolicySpecsIngressDenyFromCidrSet | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromEndpoints
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromEndpoints {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromEndpoints#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromEndpoints#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromEndpoints' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromEndpoints(obj: CiliumNetworkPolicySpecsIngressDenyFromEndpoints | undefined): Record<string, any> | undefined;
/**
 * Entity specifies the class of receiver/sender endpoints that do not have
 * individual identities.  Entities are used to describe "outside of cluster",
 * "host", etc.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromEntities
 */
export declare enum CiliumNetworkPolicySpecsIngressDenyFromEntities {
    /** all */
    ALL = "all",
    /** world */
    WORLD = "world",
    /** cluster */
    CLUSTER = "cluster",
    /** host */
    HOST = "host",
    /** init */
    INIT = "init",
    /** ingress */
    INGRESS = "ingress",
    /** unmanaged */
    UNMANAGED = "unmanaged",
    /** remote-node */
    REMOTE_HYPHEN_NODE = "remote-node",
    /** health */
    HEALTH = "health",
    /** none */
    NONE = "none",
    /** kube-apiserver */
    KUBE_HYPHEN_APISERVER = "kube-apiserver"
}
/**
 * Groups structure to store all kinds of new integrations that needs a new
 * derivative policy.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromGroups
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromGroups {
    /**
     * AWSGroup is an structure that can be used to whitelisting information from AWS integration
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromGroups#aws
     */
    readonly aws?: CiliumNetworkPolicySpecsIngressDenyFromGroupsAws;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromGroups' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromGroups(obj: CiliumNetworkPolicySpecsIngressDenyFromGroups | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromNodes
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromNodes {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromNodes#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromNodes#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromNodes' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromNodes(obj: CiliumNetworkPolicySpecsIngressDenyFromNodes | undefined): Record<string, any> | undefined;
/**
 * EndpointSelector is a wrapper for k8s LabelSelector.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromRequires
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromRequires {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromRequires#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromRequires#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromRequires' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromRequires(obj: CiliumNetworkPolicySpecsIngressDenyFromRequires | undefined): Record<string, any> | undefined;
/**
 * ICMPRule is a list of ICMP fields.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyIcmps
 */
export interface CiliumNetworkPolicySpecsIngressDenyIcmps {
    /**
     * Fields is a list of ICMP fields.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyIcmps#fields
     */
    readonly fields?: CiliumNetworkPolicySpecsIngressDenyIcmpsFields[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyIcmps' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyIcmps(obj: CiliumNetworkPolicySpecsIngressDenyIcmps | undefined): Record<string, any> | undefined;
/**
 * PortDenyRule is a list of ports/protocol that should be used for deny
 * policies. This structure lacks the L7Rules since it's not supported in deny
 * policies.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyToPorts
 */
export interface CiliumNetworkPolicySpecsIngressDenyToPorts {
    /**
     * Ports is a list of L4 port/protocol
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyToPorts#ports
     */
    readonly ports?: CiliumNetworkPolicySpecsIngressDenyToPortsPorts[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyToPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyToPorts(obj: CiliumNetworkPolicySpecsIngressDenyToPorts | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsNodeSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecsNodeSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsNodeSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsNodeSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsNodeSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsNodeSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsNodeSelectorMatchExpressions(obj: CiliumNetworkPolicySpecsNodeSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * Mode is the required authentication mode for the allowed traffic, if any.
 *
 * @schema CiliumNetworkPolicySpecEgressAuthenticationMode
 */
export declare enum CiliumNetworkPolicySpecEgressAuthenticationMode {
    /** disabled */
    DISABLED = "disabled",
    /** required */
    REQUIRED = "required",
    /** test-always-fail */
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "test-always-fail"
}
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumNetworkPolicySpecEgressIcmpsFields
 */
export interface CiliumNetworkPolicySpecEgressIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumNetworkPolicySpecEgressIcmpsFields#family
     */
    readonly family?: CiliumNetworkPolicySpecEgressIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumNetworkPolicySpecEgressIcmpsFields#type
     */
    readonly type: CiliumNetworkPolicySpecEgressIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressIcmpsFields(obj: CiliumNetworkPolicySpecEgressIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelector
 */
export interface CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelector(obj: CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressToEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions(obj: CiliumNetworkPolicySpecEgressToEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumNetworkPolicySpecEgressToGroupsAws
 */
export interface CiliumNetworkPolicySpecEgressToGroupsAws {
    /**
     * @schema CiliumNetworkPolicySpecEgressToGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumNetworkPolicySpecEgressToGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumNetworkPolicySpecEgressToGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumNetworkPolicySpecEgressToGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToGroupsAws(obj: CiliumNetworkPolicySpecEgressToGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressToNodesMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressToNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressToNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressToNodesMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressToNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressToNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToNodesMatchExpressions(obj: CiliumNetworkPolicySpecEgressToNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * listener specifies the name of a custom Envoy listener to which this traffic should be
 * redirected to.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsListener
 */
export interface CiliumNetworkPolicySpecEgressToPortsListener {
    /**
     * EnvoyConfig is a reference to the CEC or CCEC resource in which
     * the listener is defined.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsListener#envoyConfig
     */
    readonly envoyConfig: CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfig;
    /**
     * Name is the name of the listener.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsListener#name
     */
    readonly name: string;
    /**
     * Priority for this Listener that is used when multiple rules would apply different
     * listeners to a policy map entry. Behavior of this is implementation dependent.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsListener#priority
     */
    readonly priority?: number;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsListener' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsListener(obj: CiliumNetworkPolicySpecEgressToPortsListener | undefined): Record<string, any> | undefined;
/**
 * OriginatingTLS is the TLS context for the connections originated by
 * the L7 proxy.  For egress policy this specifies the client-side TLS
 * parameters for the upstream connection originating from the L7 proxy
 * to the remote destination. For ingress policy this specifies the
 * client-side TLS parameters for the connection from the L7 proxy to
 * the local endpoint.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsOriginatingTls
 */
export interface CiliumNetworkPolicySpecEgressToPortsOriginatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsOriginatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsOriginatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsOriginatingTls#secret
     */
    readonly secret: CiliumNetworkPolicySpecEgressToPortsOriginatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsOriginatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsOriginatingTls' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsOriginatingTls(obj: CiliumNetworkPolicySpecEgressToPortsOriginatingTls | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsPorts
 */
export interface CiliumNetworkPolicySpecEgressToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsPorts#protocol
     */
    readonly protocol?: CiliumNetworkPolicySpecEgressToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsPorts(obj: CiliumNetworkPolicySpecEgressToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * Rules is a list of additional port level rules which must be met in
 * order for the PortRule to allow the traffic. If omitted or empty,
 * no layer 7 rules are enforced.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsRules
 */
export interface CiliumNetworkPolicySpecEgressToPortsRules {
    /**
     * DNS-specific rules.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRules#dns
     */
    readonly dns?: CiliumNetworkPolicySpecEgressToPortsRulesDns[];
    /**
     * HTTP specific rules.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRules#http
     */
    readonly http?: CiliumNetworkPolicySpecEgressToPortsRulesHttp[];
    /**
     * Kafka-specific rules.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRules#kafka
     */
    readonly kafka?: CiliumNetworkPolicySpecEgressToPortsRulesKafka[];
    /**
     * Key-value pair rules.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRules#l7
     */
    readonly l7?: {
        [key: string]: string;
    }[];
    /**
     * Name of the L7 protocol for which the Key-value pair rules apply.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRules#l7proto
     */
    readonly l7Proto?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsRules' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsRules(obj: CiliumNetworkPolicySpecEgressToPortsRules | undefined): Record<string, any> | undefined;
/**
 * TerminatingTLS is the TLS context for the connection terminated by
 * the L7 proxy.  For egress policy this specifies the server-side TLS
 * parameters to be applied on the connections originated from the local
 * endpoint and terminated by the L7 proxy. For ingress policy this specifies
 * the server-side TLS parameters to be applied on the connections
 * originated from a remote source and terminated by the L7 proxy.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsTerminatingTls
 */
export interface CiliumNetworkPolicySpecEgressToPortsTerminatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsTerminatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsTerminatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsTerminatingTls#secret
     */
    readonly secret: CiliumNetworkPolicySpecEgressToPortsTerminatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsTerminatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsTerminatingTls' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsTerminatingTls(obj: CiliumNetworkPolicySpecEgressToPortsTerminatingTls | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressToRequiresMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressToRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressToRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressToRequiresMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressToRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressToRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToRequiresMatchExpressions(obj: CiliumNetworkPolicySpecEgressToRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * K8sService selects service by name and namespace pair
 *
 * @schema CiliumNetworkPolicySpecEgressToServicesK8SService
 */
export interface CiliumNetworkPolicySpecEgressToServicesK8SService {
    /**
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SService#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SService#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToServicesK8SService' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToServicesK8SService(obj: CiliumNetworkPolicySpecEgressToServicesK8SService | undefined): Record<string, any> | undefined;
/**
 * K8sServiceSelector selects services by k8s labels and namespace
 *
 * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelector
 */
export interface CiliumNetworkPolicySpecEgressToServicesK8SServiceSelector {
    /**
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelector#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceSelector is a label selector for k8s services
     *
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelector#selector
     */
    readonly selector: CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToServicesK8SServiceSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToServicesK8SServiceSelector(obj: CiliumNetworkPolicySpecEgressToServicesK8SServiceSelector | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyIcmpsFields
 */
export interface CiliumNetworkPolicySpecEgressDenyIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyIcmpsFields#family
     */
    readonly family?: CiliumNetworkPolicySpecEgressDenyIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumNetworkPolicySpecEgressDenyIcmpsFields#type
     */
    readonly type: CiliumNetworkPolicySpecEgressDenyIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyIcmpsFields(obj: CiliumNetworkPolicySpecEgressDenyIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector
 */
export interface CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector(obj: CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions(obj: CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToGroupsAws
 */
export interface CiliumNetworkPolicySpecEgressDenyToGroupsAws {
    /**
     * @schema CiliumNetworkPolicySpecEgressDenyToGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumNetworkPolicySpecEgressDenyToGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumNetworkPolicySpecEgressDenyToGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumNetworkPolicySpecEgressDenyToGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToGroupsAws(obj: CiliumNetworkPolicySpecEgressDenyToGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions(obj: CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToPortsPorts
 */
export interface CiliumNetworkPolicySpecEgressDenyToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToPortsPorts#protocol
     */
    readonly protocol?: CiliumNetworkPolicySpecEgressDenyToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToPortsPorts(obj: CiliumNetworkPolicySpecEgressDenyToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions(obj: CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * K8sService selects service by name and namespace pair
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SService
 */
export interface CiliumNetworkPolicySpecEgressDenyToServicesK8SService {
    /**
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SService#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SService#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToServicesK8SService' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToServicesK8SService(obj: CiliumNetworkPolicySpecEgressDenyToServicesK8SService | undefined): Record<string, any> | undefined;
/**
 * K8sServiceSelector selects services by k8s labels and namespace
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelector
 */
export interface CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelector {
    /**
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelector#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceSelector is a label selector for k8s services
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelector#selector
     */
    readonly selector: CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelector(obj: CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelector | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEndpointSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEndpointSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mode is the required authentication mode for the allowed traffic, if any.
 *
 * @schema CiliumNetworkPolicySpecIngressAuthenticationMode
 */
export declare enum CiliumNetworkPolicySpecIngressAuthenticationMode {
    /** disabled */
    DISABLED = "disabled",
    /** required */
    REQUIRED = "required",
    /** test-always-fail */
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "test-always-fail"
}
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelector
 */
export interface CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelector(obj: CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions
 */
export interface CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions(obj: CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumNetworkPolicySpecIngressFromGroupsAws
 */
export interface CiliumNetworkPolicySpecIngressFromGroupsAws {
    /**
     * @schema CiliumNetworkPolicySpecIngressFromGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumNetworkPolicySpecIngressFromGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumNetworkPolicySpecIngressFromGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumNetworkPolicySpecIngressFromGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromGroupsAws(obj: CiliumNetworkPolicySpecIngressFromGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecIngressFromNodesMatchExpressions
 */
export interface CiliumNetworkPolicySpecIngressFromNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecIngressFromNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecIngressFromNodesMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecIngressFromNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecIngressFromNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromNodesMatchExpressions(obj: CiliumNetworkPolicySpecIngressFromNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions
 */
export interface CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecIngressFromRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions(obj: CiliumNetworkPolicySpecIngressFromRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumNetworkPolicySpecIngressIcmpsFields
 */
export interface CiliumNetworkPolicySpecIngressIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumNetworkPolicySpecIngressIcmpsFields#family
     */
    readonly family?: CiliumNetworkPolicySpecIngressIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumNetworkPolicySpecIngressIcmpsFields#type
     */
    readonly type: CiliumNetworkPolicySpecIngressIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressIcmpsFields(obj: CiliumNetworkPolicySpecIngressIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * listener specifies the name of a custom Envoy listener to which this traffic should be
 * redirected to.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsListener
 */
export interface CiliumNetworkPolicySpecIngressToPortsListener {
    /**
     * EnvoyConfig is a reference to the CEC or CCEC resource in which
     * the listener is defined.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsListener#envoyConfig
     */
    readonly envoyConfig: CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfig;
    /**
     * Name is the name of the listener.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsListener#name
     */
    readonly name: string;
    /**
     * Priority for this Listener that is used when multiple rules would apply different
     * listeners to a policy map entry. Behavior of this is implementation dependent.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsListener#priority
     */
    readonly priority?: number;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsListener' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsListener(obj: CiliumNetworkPolicySpecIngressToPortsListener | undefined): Record<string, any> | undefined;
/**
 * OriginatingTLS is the TLS context for the connections originated by
 * the L7 proxy.  For egress policy this specifies the client-side TLS
 * parameters for the upstream connection originating from the L7 proxy
 * to the remote destination. For ingress policy this specifies the
 * client-side TLS parameters for the connection from the L7 proxy to
 * the local endpoint.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsOriginatingTls
 */
export interface CiliumNetworkPolicySpecIngressToPortsOriginatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsOriginatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsOriginatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsOriginatingTls#secret
     */
    readonly secret: CiliumNetworkPolicySpecIngressToPortsOriginatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsOriginatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsOriginatingTls' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsOriginatingTls(obj: CiliumNetworkPolicySpecIngressToPortsOriginatingTls | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsPorts
 */
export interface CiliumNetworkPolicySpecIngressToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsPorts#protocol
     */
    readonly protocol?: CiliumNetworkPolicySpecIngressToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsPorts(obj: CiliumNetworkPolicySpecIngressToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * Rules is a list of additional port level rules which must be met in
 * order for the PortRule to allow the traffic. If omitted or empty,
 * no layer 7 rules are enforced.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsRules
 */
export interface CiliumNetworkPolicySpecIngressToPortsRules {
    /**
     * DNS-specific rules.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRules#dns
     */
    readonly dns?: CiliumNetworkPolicySpecIngressToPortsRulesDns[];
    /**
     * HTTP specific rules.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRules#http
     */
    readonly http?: CiliumNetworkPolicySpecIngressToPortsRulesHttp[];
    /**
     * Kafka-specific rules.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRules#kafka
     */
    readonly kafka?: CiliumNetworkPolicySpecIngressToPortsRulesKafka[];
    /**
     * Key-value pair rules.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRules#l7
     */
    readonly l7?: {
        [key: string]: string;
    }[];
    /**
     * Name of the L7 protocol for which the Key-value pair rules apply.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRules#l7proto
     */
    readonly l7Proto?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsRules' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsRules(obj: CiliumNetworkPolicySpecIngressToPortsRules | undefined): Record<string, any> | undefined;
/**
 * TerminatingTLS is the TLS context for the connection terminated by
 * the L7 proxy.  For egress policy this specifies the server-side TLS
 * parameters to be applied on the connections originated from the local
 * endpoint and terminated by the L7 proxy. For ingress policy this specifies
 * the server-side TLS parameters to be applied on the connections
 * originated from a remote source and terminated by the L7 proxy.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsTerminatingTls
 */
export interface CiliumNetworkPolicySpecIngressToPortsTerminatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsTerminatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsTerminatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsTerminatingTls#secret
     */
    readonly secret: CiliumNetworkPolicySpecIngressToPortsTerminatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsTerminatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsTerminatingTls' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsTerminatingTls(obj: CiliumNetworkPolicySpecIngressToPortsTerminatingTls | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector
 */
export interface CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector(obj: CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions
 */
export interface CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions(obj: CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromGroupsAws
 */
export interface CiliumNetworkPolicySpecIngressDenyFromGroupsAws {
    /**
     * @schema CiliumNetworkPolicySpecIngressDenyFromGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumNetworkPolicySpecIngressDenyFromGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumNetworkPolicySpecIngressDenyFromGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumNetworkPolicySpecIngressDenyFromGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromGroupsAws(obj: CiliumNetworkPolicySpecIngressDenyFromGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions
 */
export interface CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions(obj: CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions
 */
export interface CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions(obj: CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyIcmpsFields
 */
export interface CiliumNetworkPolicySpecIngressDenyIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyIcmpsFields#family
     */
    readonly family?: CiliumNetworkPolicySpecIngressDenyIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumNetworkPolicySpecIngressDenyIcmpsFields#type
     */
    readonly type: CiliumNetworkPolicySpecIngressDenyIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyIcmpsFields(obj: CiliumNetworkPolicySpecIngressDenyIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumNetworkPolicySpecIngressDenyToPortsPorts
 */
export interface CiliumNetworkPolicySpecIngressDenyToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumNetworkPolicySpecIngressDenyToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyToPortsPorts#protocol
     */
    readonly protocol?: CiliumNetworkPolicySpecIngressDenyToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyToPortsPorts(obj: CiliumNetworkPolicySpecIngressDenyToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecNodeSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecNodeSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mode is the required authentication mode for the allowed traffic, if any.
 *
 * @schema CiliumNetworkPolicySpecsEgressAuthenticationMode
 */
export declare enum CiliumNetworkPolicySpecsEgressAuthenticationMode {
    /** disabled */
    DISABLED = "disabled",
    /** required */
    REQUIRED = "required",
    /** test-always-fail */
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "test-always-fail"
}
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumNetworkPolicySpecsEgressIcmpsFields
 */
export interface CiliumNetworkPolicySpecsEgressIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumNetworkPolicySpecsEgressIcmpsFields#family
     */
    readonly family?: CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumNetworkPolicySpecsEgressIcmpsFields#type
     */
    readonly type: CiliumNetworkPolicySpecsEgressIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressIcmpsFields(obj: CiliumNetworkPolicySpecsEgressIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector
 */
export interface CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector(obj: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions(obj: CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumNetworkPolicySpecsEgressToGroupsAws
 */
export interface CiliumNetworkPolicySpecsEgressToGroupsAws {
    /**
     * @schema CiliumNetworkPolicySpecsEgressToGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumNetworkPolicySpecsEgressToGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumNetworkPolicySpecsEgressToGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumNetworkPolicySpecsEgressToGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToGroupsAws(obj: CiliumNetworkPolicySpecsEgressToGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressToNodesMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressToNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressToNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToNodesMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressToNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToNodesMatchExpressions(obj: CiliumNetworkPolicySpecsEgressToNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * listener specifies the name of a custom Envoy listener to which this traffic should be
 * redirected to.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsListener
 */
export interface CiliumNetworkPolicySpecsEgressToPortsListener {
    /**
     * EnvoyConfig is a reference to the CEC or CCEC resource in which
     * the listener is defined.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsListener#envoyConfig
     */
    readonly envoyConfig: CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig;
    /**
     * Name is the name of the listener.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsListener#name
     */
    readonly name: string;
    /**
     * Priority for this Listener that is used when multiple rules would apply different
     * listeners to a policy map entry. Behavior of this is implementation dependent.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsListener#priority
     */
    readonly priority?: number;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsListener' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsListener(obj: CiliumNetworkPolicySpecsEgressToPortsListener | undefined): Record<string, any> | undefined;
/**
 * OriginatingTLS is the TLS context for the connections originated by
 * the L7 proxy.  For egress policy this specifies the client-side TLS
 * parameters for the upstream connection originating from the L7 proxy
 * to the remote destination. For ingress policy this specifies the
 * client-side TLS parameters for the connection from the L7 proxy to
 * the local endpoint.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsOriginatingTls
 */
export interface CiliumNetworkPolicySpecsEgressToPortsOriginatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsOriginatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsOriginatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsOriginatingTls#secret
     */
    readonly secret: CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsOriginatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsOriginatingTls' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsOriginatingTls(obj: CiliumNetworkPolicySpecsEgressToPortsOriginatingTls | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsPorts
 */
export interface CiliumNetworkPolicySpecsEgressToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsPorts#protocol
     */
    readonly protocol?: CiliumNetworkPolicySpecsEgressToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsPorts(obj: CiliumNetworkPolicySpecsEgressToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * Rules is a list of additional port level rules which must be met in
 * order for the PortRule to allow the traffic. If omitted or empty,
 * no layer 7 rules are enforced.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsRules
 */
export interface CiliumNetworkPolicySpecsEgressToPortsRules {
    /**
     * DNS-specific rules.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRules#dns
     */
    readonly dns?: CiliumNetworkPolicySpecsEgressToPortsRulesDns[];
    /**
     * HTTP specific rules.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRules#http
     */
    readonly http?: CiliumNetworkPolicySpecsEgressToPortsRulesHttp[];
    /**
     * Kafka-specific rules.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRules#kafka
     */
    readonly kafka?: CiliumNetworkPolicySpecsEgressToPortsRulesKafka[];
    /**
     * Key-value pair rules.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRules#l7
     */
    readonly l7?: {
        [key: string]: string;
    }[];
    /**
     * Name of the L7 protocol for which the Key-value pair rules apply.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRules#l7proto
     */
    readonly l7Proto?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsRules' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsRules(obj: CiliumNetworkPolicySpecsEgressToPortsRules | undefined): Record<string, any> | undefined;
/**
 * TerminatingTLS is the TLS context for the connection terminated by
 * the L7 proxy.  For egress policy this specifies the server-side TLS
 * parameters to be applied on the connections originated from the local
 * endpoint and terminated by the L7 proxy. For ingress policy this specifies
 * the server-side TLS parameters to be applied on the connections
 * originated from a remote source and terminated by the L7 proxy.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsTerminatingTls
 */
export interface CiliumNetworkPolicySpecsEgressToPortsTerminatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsTerminatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsTerminatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsTerminatingTls#secret
     */
    readonly secret: CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsTerminatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsTerminatingTls' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsTerminatingTls(obj: CiliumNetworkPolicySpecsEgressToPortsTerminatingTls | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions(obj: CiliumNetworkPolicySpecsEgressToRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * K8sService selects service by name and namespace pair
 *
 * @schema CiliumNetworkPolicySpecsEgressToServicesK8SService
 */
export interface CiliumNetworkPolicySpecsEgressToServicesK8SService {
    /**
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SService#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SService#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToServicesK8SService' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToServicesK8SService(obj: CiliumNetworkPolicySpecsEgressToServicesK8SService | undefined): Record<string, any> | undefined;
/**
 * K8sServiceSelector selects services by k8s labels and namespace
 *
 * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector
 */
export interface CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector {
    /**
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceSelector is a label selector for k8s services
     *
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector#selector
     */
    readonly selector: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector(obj: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelector | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyIcmpsFields
 */
export interface CiliumNetworkPolicySpecsEgressDenyIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyIcmpsFields#family
     */
    readonly family?: CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyIcmpsFields#type
     */
    readonly type: CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyIcmpsFields(obj: CiliumNetworkPolicySpecsEgressDenyIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector
 */
export interface CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector(obj: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions(obj: CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToGroupsAws
 */
export interface CiliumNetworkPolicySpecsEgressDenyToGroupsAws {
    /**
     * @schema CiliumNetworkPolicySpecsEgressDenyToGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumNetworkPolicySpecsEgressDenyToGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumNetworkPolicySpecsEgressDenyToGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumNetworkPolicySpecsEgressDenyToGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToGroupsAws(obj: CiliumNetworkPolicySpecsEgressDenyToGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions(obj: CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToPortsPorts
 */
export interface CiliumNetworkPolicySpecsEgressDenyToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToPortsPorts#protocol
     */
    readonly protocol?: CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToPortsPorts(obj: CiliumNetworkPolicySpecsEgressDenyToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions(obj: CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * K8sService selects service by name and namespace pair
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SService
 */
export interface CiliumNetworkPolicySpecsEgressDenyToServicesK8SService {
    /**
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SService#namespace
     */
    readonly namespace?: string;
    /**
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SService#serviceName
     */
    readonly serviceName?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToServicesK8SService' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToServicesK8SService(obj: CiliumNetworkPolicySpecsEgressDenyToServicesK8SService | undefined): Record<string, any> | undefined;
/**
 * K8sServiceSelector selects services by k8s labels and namespace
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector
 */
export interface CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector {
    /**
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector#namespace
     */
    readonly namespace?: string;
    /**
     * ServiceSelector is a label selector for k8s services
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector#selector
     */
    readonly selector: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector(obj: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelector | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEndpointSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mode is the required authentication mode for the allowed traffic, if any.
 *
 * @schema CiliumNetworkPolicySpecsIngressAuthenticationMode
 */
export declare enum CiliumNetworkPolicySpecsIngressAuthenticationMode {
    /** disabled */
    DISABLED = "disabled",
    /** required */
    REQUIRED = "required",
    /** test-always-fail */
    TEST_HYPHEN_ALWAYS_HYPHEN_FAIL = "test-always-fail"
}
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector
 */
export interface CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector(obj: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions
 */
export interface CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions(obj: CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumNetworkPolicySpecsIngressFromGroupsAws
 */
export interface CiliumNetworkPolicySpecsIngressFromGroupsAws {
    /**
     * @schema CiliumNetworkPolicySpecsIngressFromGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumNetworkPolicySpecsIngressFromGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumNetworkPolicySpecsIngressFromGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumNetworkPolicySpecsIngressFromGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromGroupsAws(obj: CiliumNetworkPolicySpecsIngressFromGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions
 */
export interface CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions(obj: CiliumNetworkPolicySpecsIngressFromNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions
 */
export interface CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions(obj: CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumNetworkPolicySpecsIngressIcmpsFields
 */
export interface CiliumNetworkPolicySpecsIngressIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumNetworkPolicySpecsIngressIcmpsFields#family
     */
    readonly family?: CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumNetworkPolicySpecsIngressIcmpsFields#type
     */
    readonly type: CiliumNetworkPolicySpecsIngressIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressIcmpsFields(obj: CiliumNetworkPolicySpecsIngressIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * listener specifies the name of a custom Envoy listener to which this traffic should be
 * redirected to.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsListener
 */
export interface CiliumNetworkPolicySpecsIngressToPortsListener {
    /**
     * EnvoyConfig is a reference to the CEC or CCEC resource in which
     * the listener is defined.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsListener#envoyConfig
     */
    readonly envoyConfig: CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig;
    /**
     * Name is the name of the listener.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsListener#name
     */
    readonly name: string;
    /**
     * Priority for this Listener that is used when multiple rules would apply different
     * listeners to a policy map entry. Behavior of this is implementation dependent.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsListener#priority
     */
    readonly priority?: number;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsListener' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsListener(obj: CiliumNetworkPolicySpecsIngressToPortsListener | undefined): Record<string, any> | undefined;
/**
 * OriginatingTLS is the TLS context for the connections originated by
 * the L7 proxy.  For egress policy this specifies the client-side TLS
 * parameters for the upstream connection originating from the L7 proxy
 * to the remote destination. For ingress policy this specifies the
 * client-side TLS parameters for the connection from the L7 proxy to
 * the local endpoint.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsOriginatingTls
 */
export interface CiliumNetworkPolicySpecsIngressToPortsOriginatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsOriginatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsOriginatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsOriginatingTls#secret
     */
    readonly secret: CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsOriginatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsOriginatingTls' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsOriginatingTls(obj: CiliumNetworkPolicySpecsIngressToPortsOriginatingTls | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsPorts
 */
export interface CiliumNetworkPolicySpecsIngressToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsPorts#protocol
     */
    readonly protocol?: CiliumNetworkPolicySpecsIngressToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsPorts(obj: CiliumNetworkPolicySpecsIngressToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * Rules is a list of additional port level rules which must be met in
 * order for the PortRule to allow the traffic. If omitted or empty,
 * no layer 7 rules are enforced.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsRules
 */
export interface CiliumNetworkPolicySpecsIngressToPortsRules {
    /**
     * DNS-specific rules.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRules#dns
     */
    readonly dns?: CiliumNetworkPolicySpecsIngressToPortsRulesDns[];
    /**
     * HTTP specific rules.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRules#http
     */
    readonly http?: CiliumNetworkPolicySpecsIngressToPortsRulesHttp[];
    /**
     * Kafka-specific rules.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRules#kafka
     */
    readonly kafka?: CiliumNetworkPolicySpecsIngressToPortsRulesKafka[];
    /**
     * Key-value pair rules.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRules#l7
     */
    readonly l7?: {
        [key: string]: string;
    }[];
    /**
     * Name of the L7 protocol for which the Key-value pair rules apply.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRules#l7proto
     */
    readonly l7Proto?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsRules' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsRules(obj: CiliumNetworkPolicySpecsIngressToPortsRules | undefined): Record<string, any> | undefined;
/**
 * TerminatingTLS is the TLS context for the connection terminated by
 * the L7 proxy.  For egress policy this specifies the server-side TLS
 * parameters to be applied on the connections originated from the local
 * endpoint and terminated by the L7 proxy. For ingress policy this specifies
 * the server-side TLS parameters to be applied on the connections
 * originated from a remote source and terminated by the L7 proxy.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsTerminatingTls
 */
export interface CiliumNetworkPolicySpecsIngressToPortsTerminatingTls {
    /**
     * Certificate is the file name or k8s secret item name for the certificate
     * chain. If omitted, 'tls.crt' is assumed, if it exists. If given, the
     * item must exist.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsTerminatingTls#certificate
     */
    readonly certificate?: string;
    /**
     * PrivateKey is the file name or k8s secret item name for the private key
     * matching the certificate chain. If omitted, 'tls.key' is assumed, if it
     * exists. If given, the item must exist.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsTerminatingTls#privateKey
     */
    readonly privateKey?: string;
    /**
     * Secret is the secret that contains the certificates and private key for
     * the TLS context.
     * By default, Cilium will search in this secret for the following items:
     * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
     * - 'tls.crt' - Which represents the public key certificate.
     * - 'tls.key' - Which represents the private key matching the public key
     * certificate.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsTerminatingTls#secret
     */
    readonly secret: CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret;
    /**
     * TrustedCA is the file name or k8s secret item name for the trusted CA.
     * If omitted, 'ca.crt' is assumed, if it exists. If given, the item must
     * exist.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsTerminatingTls#trustedCA
     */
    readonly trustedCa?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsTerminatingTls' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsTerminatingTls(obj: CiliumNetworkPolicySpecsIngressToPortsTerminatingTls | undefined): Record<string, any> | undefined;
/**
 * CIDRGroupSelector selects CiliumCIDRGroups by their labels,
 * rather than by name.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector(obj: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions(obj: CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * AWSGroup is an structure that can be used to whitelisting information from AWS integration
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromGroupsAws
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromGroupsAws {
    /**
     * @schema CiliumNetworkPolicySpecsIngressDenyFromGroupsAws#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * @schema CiliumNetworkPolicySpecsIngressDenyFromGroupsAws#region
     */
    readonly region?: string;
    /**
     * @schema CiliumNetworkPolicySpecsIngressDenyFromGroupsAws#securityGroupsIds
     */
    readonly securityGroupsIds?: string[];
    /**
     * @schema CiliumNetworkPolicySpecsIngressDenyFromGroupsAws#securityGroupsNames
     */
    readonly securityGroupsNames?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromGroupsAws' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromGroupsAws(obj: CiliumNetworkPolicySpecsIngressDenyFromGroupsAws | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions(obj: CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions(obj: CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * ICMPField is a ICMP field.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyIcmpsFields
 */
export interface CiliumNetworkPolicySpecsIngressDenyIcmpsFields {
    /**
     * Family is a IP address version.
     * Currently, we support `IPv4` and `IPv6`.
     * `IPv4` is set as default.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyIcmpsFields#family
     */
    readonly family?: CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily;
    /**
     * Type is a ICMP-type.
     * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
     * Allowed ICMP types are:
     * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
     * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
     * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
     * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
     * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
     * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
     * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
     * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
     * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
     * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
     * ExtendedEchoRequest | ExtendedEchoReply
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyIcmpsFields#type
     */
    readonly type: CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyIcmpsFields' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyIcmpsFields(obj: CiliumNetworkPolicySpecsIngressDenyIcmpsFields | undefined): Record<string, any> | undefined;
/**
 * PortProtocol specifies an L4 port with an optional transport protocol
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyToPortsPorts
 */
export interface CiliumNetworkPolicySpecsIngressDenyToPortsPorts {
    /**
     * EndPort can only be an L4 port number.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyToPortsPorts#endPort
     */
    readonly endPort?: number;
    /**
     * Port can be an L4 port number, or a name in the form of "http"
     * or "http-8080".
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyToPortsPorts#port
     */
    readonly port: string;
    /**
     * Protocol is the L4 protocol. If omitted or empty, any protocol
     * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
     *
     * Matching on ICMP is not supported.
     *
     * Named port specified for a container may narrow this down, but may not
     * contradict this.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyToPortsPorts#protocol
     */
    readonly protocol?: CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyToPortsPorts' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyToPortsPorts(obj: CiliumNetworkPolicySpecsIngressDenyToPortsPorts | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsNodeSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumNetworkPolicySpecEgressIcmpsFieldsFamily
 */
export declare enum CiliumNetworkPolicySpecEgressIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumNetworkPolicySpecEgressIcmpsFieldsType
 */
export declare class CiliumNetworkPolicySpecEgressIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumNetworkPolicySpecEgressIcmpsFieldsType;
    static fromString(value: string): CiliumNetworkPolicySpecEgressIcmpsFieldsType;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressToEndpointsMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressToEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressToNodesMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressToNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * EnvoyConfig is a reference to the CEC or CCEC resource in which
 * the listener is defined.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfig
 */
export interface CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfig {
    /**
     * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
     * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
     * respectively. The only case this is currently explicitly needed is when referring to a
     * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
     * from a cluster scoped policy is not allowed.
     *
     * @default CiliumEnvoyConfig or
     * @schema CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfig#kind
     */
    readonly kind?: CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfigKind;
    /**
     * Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where
     * the listener is defined in.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfig#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfig' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfig(obj: CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfig | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsOriginatingTlsSecret
 */
export interface CiliumNetworkPolicySpecEgressToPortsOriginatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsOriginatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsOriginatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsOriginatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsOriginatingTlsSecret(obj: CiliumNetworkPolicySpecEgressToPortsOriginatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsPortsProtocol
 */
export declare enum CiliumNetworkPolicySpecEgressToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * PortRuleDNS is a list of allowed DNS lookups.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsRulesDns
 */
export interface CiliumNetworkPolicySpecEgressToPortsRulesDns {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesDns#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesDns#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsRulesDns' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsRulesDns(obj: CiliumNetworkPolicySpecEgressToPortsRulesDns | undefined): Record<string, any> | undefined;
/**
 * PortRuleHTTP is a list of HTTP protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule does not have any
 * effect.
 *
 * All fields of this type are extended POSIX regex as defined by IEEE Std
 * 1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
 * matched against the path of an incoming request. Currently it can contain
 * characters disallowed from the conventional "path" part of a URL as defined
 * by RFC 3986.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttp
 */
export interface CiliumNetworkPolicySpecEgressToPortsRulesHttp {
    /**
     * HeaderMatches is a list of HTTP headers which must be
     * present and match against the given values. Mismatch field can be used
     * to specify what to do when there is no match.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttp#headerMatches
     */
    readonly headerMatches?: CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches[];
    /**
     * Headers is a list of HTTP headers which must be present in the
     * request. If omitted or empty, requests are allowed regardless of
     * headers present.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttp#headers
     */
    readonly headers?: string[];
    /**
     * Host is an extended POSIX regex matched against the host header of a
     * request. Examples:
     *
     * - foo.bar.com will match the host fooXbar.com or foo-bar.com
     * - foo\.bar\.com will only match the host foo.bar.com
     *
     * If omitted or empty, the value of the host header is ignored.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttp#host
     */
    readonly host?: string;
    /**
     * Method is an extended POSIX regex matched against the method of a
     * request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...
     *
     * If omitted or empty, all methods are allowed.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttp#method
     */
    readonly method?: string;
    /**
     * Path is an extended POSIX regex matched against the path of a
     * request. Currently it can contain characters disallowed from the
     * conventional "path" part of a URL as defined by RFC 3986.
     *
     * If omitted or empty, all paths are all allowed.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsRulesHttp' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsRulesHttp(obj: CiliumNetworkPolicySpecEgressToPortsRulesHttp | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of Kafka protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule will match all
 * Kafka messages.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsRulesKafka
 */
export interface CiliumNetworkPolicySpecEgressToPortsRulesKafka {
    /**
     * APIKey is a case-insensitive string matched against the key of a
     * request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al
     * Reference: https://kafka.apache.org/protocol#protocol_api_keys
     *
     * If omitted or empty, and if Role is not specified, then all keys are allowed.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesKafka#apiKey
     */
    readonly apiKey?: string;
    /**
     * APIVersion is the version matched against the api version of the
     * Kafka message. If set, it has to be a string representing a positive
     * integer.
     *
     * If omitted or empty, all versions are allowed.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesKafka#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * ClientID is the client identifier as provided in the request.
     *
     * From Kafka protocol documentation:
     * This is a user supplied identifier for the client application. The
     * user can use any identifier they like and it will be used when
     * logging errors, monitoring aggregates, etc. For example, one might
     * want to monitor not just the requests per second overall, but the
     * number coming from each client application (each of which could
     * reside on multiple servers). This id acts as a logical grouping
     * across all requests from a particular client.
     *
     * If omitted or empty, all client identifiers are allowed.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesKafka#clientID
     */
    readonly clientId?: string;
    /**
     * Role is a case-insensitive string and describes a group of API keys
     * necessary to perform certain higher-level Kafka operations such as "produce"
     * or "consume". A Role automatically expands into all APIKeys required
     * to perform the specified higher-level operation.
     *
     * The following values are supported:
     * - "produce": Allow producing to the topics specified in the rule
     * - "consume": Allow consuming from the topics specified in the rule
     *
     * This field is incompatible with the APIKey field, i.e APIKey and Role
     * cannot both be specified in the same rule.
     *
     * If omitted or empty, and if APIKey is not specified, then all keys are
     * allowed.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesKafka#role
     */
    readonly role?: CiliumNetworkPolicySpecEgressToPortsRulesKafkaRole;
    /**
     * Topic is the topic name contained in the message. If a Kafka request
     * contains multiple topics, then all topics must be allowed or the
     * message will be rejected.
     *
     * This constraint is ignored if the matched request message type
     * doesn't contain any topic. Maximum size of Topic can be 249
     * characters as per recent Kafka spec and allowed characters are
     * a-z, A-Z, 0-9, -, . and _.
     *
     * Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
     * version the length was changed from 255 to 249. For compatibility
     * reasons we are using 255.
     *
     * If omitted or empty, all topics are allowed.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesKafka#topic
     */
    readonly topic?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsRulesKafka' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsRulesKafka(obj: CiliumNetworkPolicySpecEgressToPortsRulesKafka | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsTerminatingTlsSecret
 */
export interface CiliumNetworkPolicySpecEgressToPortsTerminatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsTerminatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsTerminatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsTerminatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsTerminatingTlsSecret(obj: CiliumNetworkPolicySpecEgressToPortsTerminatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressToRequiresMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressToRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * ServiceSelector is a label selector for k8s services
 *
 * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector
 */
export interface CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector(obj: CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelector | undefined): Record<string, any> | undefined;
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyIcmpsFieldsFamily
 */
export declare enum CiliumNetworkPolicySpecEgressDenyIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumNetworkPolicySpecEgressDenyIcmpsFieldsType
 */
export declare class CiliumNetworkPolicySpecEgressDenyIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumNetworkPolicySpecEgressDenyIcmpsFieldsType;
    static fromString(value: string): CiliumNetworkPolicySpecEgressDenyIcmpsFieldsType;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressDenyToEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressDenyToNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToPortsPortsProtocol
 */
export declare enum CiliumNetworkPolicySpecEgressDenyToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressDenyToRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * ServiceSelector is a label selector for k8s services
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector
 */
export interface CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector(obj: CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecIngressFromEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecIngressFromNodesMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecIngressFromNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecIngressFromRequiresMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecIngressFromRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumNetworkPolicySpecIngressIcmpsFieldsFamily
 */
export declare enum CiliumNetworkPolicySpecIngressIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumNetworkPolicySpecIngressIcmpsFieldsType
 */
export declare class CiliumNetworkPolicySpecIngressIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumNetworkPolicySpecIngressIcmpsFieldsType;
    static fromString(value: string): CiliumNetworkPolicySpecIngressIcmpsFieldsType;
    private constructor();
}
/**
 * EnvoyConfig is a reference to the CEC or CCEC resource in which
 * the listener is defined.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfig
 */
export interface CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfig {
    /**
     * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
     * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
     * respectively. The only case this is currently explicitly needed is when referring to a
     * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
     * from a cluster scoped policy is not allowed.
     *
     * @default CiliumEnvoyConfig or
     * @schema CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfig#kind
     */
    readonly kind?: CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfigKind;
    /**
     * Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where
     * the listener is defined in.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfig#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfig' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfig(obj: CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfig | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsOriginatingTlsSecret
 */
export interface CiliumNetworkPolicySpecIngressToPortsOriginatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsOriginatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsOriginatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsOriginatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsOriginatingTlsSecret(obj: CiliumNetworkPolicySpecIngressToPortsOriginatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsPortsProtocol
 */
export declare enum CiliumNetworkPolicySpecIngressToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * PortRuleDNS is a list of allowed DNS lookups.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsRulesDns
 */
export interface CiliumNetworkPolicySpecIngressToPortsRulesDns {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesDns#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesDns#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsRulesDns' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsRulesDns(obj: CiliumNetworkPolicySpecIngressToPortsRulesDns | undefined): Record<string, any> | undefined;
/**
 * PortRuleHTTP is a list of HTTP protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule does not have any
 * effect.
 *
 * All fields of this type are extended POSIX regex as defined by IEEE Std
 * 1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
 * matched against the path of an incoming request. Currently it can contain
 * characters disallowed from the conventional "path" part of a URL as defined
 * by RFC 3986.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttp
 */
export interface CiliumNetworkPolicySpecIngressToPortsRulesHttp {
    /**
     * HeaderMatches is a list of HTTP headers which must be
     * present and match against the given values. Mismatch field can be used
     * to specify what to do when there is no match.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttp#headerMatches
     */
    readonly headerMatches?: CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches[];
    /**
     * Headers is a list of HTTP headers which must be present in the
     * request. If omitted or empty, requests are allowed regardless of
     * headers present.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttp#headers
     */
    readonly headers?: string[];
    /**
     * Host is an extended POSIX regex matched against the host header of a
     * request. Examples:
     *
     * - foo.bar.com will match the host fooXbar.com or foo-bar.com
     * - foo\.bar\.com will only match the host foo.bar.com
     *
     * If omitted or empty, the value of the host header is ignored.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttp#host
     */
    readonly host?: string;
    /**
     * Method is an extended POSIX regex matched against the method of a
     * request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...
     *
     * If omitted or empty, all methods are allowed.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttp#method
     */
    readonly method?: string;
    /**
     * Path is an extended POSIX regex matched against the path of a
     * request. Currently it can contain characters disallowed from the
     * conventional "path" part of a URL as defined by RFC 3986.
     *
     * If omitted or empty, all paths are all allowed.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsRulesHttp' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsRulesHttp(obj: CiliumNetworkPolicySpecIngressToPortsRulesHttp | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of Kafka protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule will match all
 * Kafka messages.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsRulesKafka
 */
export interface CiliumNetworkPolicySpecIngressToPortsRulesKafka {
    /**
     * APIKey is a case-insensitive string matched against the key of a
     * request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al
     * Reference: https://kafka.apache.org/protocol#protocol_api_keys
     *
     * If omitted or empty, and if Role is not specified, then all keys are allowed.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesKafka#apiKey
     */
    readonly apiKey?: string;
    /**
     * APIVersion is the version matched against the api version of the
     * Kafka message. If set, it has to be a string representing a positive
     * integer.
     *
     * If omitted or empty, all versions are allowed.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesKafka#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * ClientID is the client identifier as provided in the request.
     *
     * From Kafka protocol documentation:
     * This is a user supplied identifier for the client application. The
     * user can use any identifier they like and it will be used when
     * logging errors, monitoring aggregates, etc. For example, one might
     * want to monitor not just the requests per second overall, but the
     * number coming from each client application (each of which could
     * reside on multiple servers). This id acts as a logical grouping
     * across all requests from a particular client.
     *
     * If omitted or empty, all client identifiers are allowed.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesKafka#clientID
     */
    readonly clientId?: string;
    /**
     * Role is a case-insensitive string and describes a group of API keys
     * necessary to perform certain higher-level Kafka operations such as "produce"
     * or "consume". A Role automatically expands into all APIKeys required
     * to perform the specified higher-level operation.
     *
     * The following values are supported:
     * - "produce": Allow producing to the topics specified in the rule
     * - "consume": Allow consuming from the topics specified in the rule
     *
     * This field is incompatible with the APIKey field, i.e APIKey and Role
     * cannot both be specified in the same rule.
     *
     * If omitted or empty, and if APIKey is not specified, then all keys are
     * allowed.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesKafka#role
     */
    readonly role?: CiliumNetworkPolicySpecIngressToPortsRulesKafkaRole;
    /**
     * Topic is the topic name contained in the message. If a Kafka request
     * contains multiple topics, then all topics must be allowed or the
     * message will be rejected.
     *
     * This constraint is ignored if the matched request message type
     * doesn't contain any topic. Maximum size of Topic can be 249
     * characters as per recent Kafka spec and allowed characters are
     * a-z, A-Z, 0-9, -, . and _.
     *
     * Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
     * version the length was changed from 255 to 249. For compatibility
     * reasons we are using 255.
     *
     * If omitted or empty, all topics are allowed.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesKafka#topic
     */
    readonly topic?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsRulesKafka' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsRulesKafka(obj: CiliumNetworkPolicySpecIngressToPortsRulesKafka | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsTerminatingTlsSecret
 */
export interface CiliumNetworkPolicySpecIngressToPortsTerminatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsTerminatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsTerminatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsTerminatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsTerminatingTlsSecret(obj: CiliumNetworkPolicySpecIngressToPortsTerminatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecIngressDenyFromEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecIngressDenyFromNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecIngressDenyFromRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyIcmpsFieldsFamily
 */
export declare enum CiliumNetworkPolicySpecIngressDenyIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumNetworkPolicySpecIngressDenyIcmpsFieldsType
 */
export declare class CiliumNetworkPolicySpecIngressDenyIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumNetworkPolicySpecIngressDenyIcmpsFieldsType;
    static fromString(value: string): CiliumNetworkPolicySpecIngressDenyIcmpsFieldsType;
    private constructor();
}
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyToPortsPortsProtocol
 */
export declare enum CiliumNetworkPolicySpecIngressDenyToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily
 */
export declare enum CiliumNetworkPolicySpecsEgressIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumNetworkPolicySpecsEgressIcmpsFieldsType
 */
export declare class CiliumNetworkPolicySpecsEgressIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumNetworkPolicySpecsEgressIcmpsFieldsType;
    static fromString(value: string): CiliumNetworkPolicySpecsEgressIcmpsFieldsType;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressToEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressToNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * EnvoyConfig is a reference to the CEC or CCEC resource in which
 * the listener is defined.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig
 */
export interface CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig {
    /**
     * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
     * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
     * respectively. The only case this is currently explicitly needed is when referring to a
     * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
     * from a cluster scoped policy is not allowed.
     *
     * @default CiliumEnvoyConfig or
     * @schema CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig#kind
     */
    readonly kind?: CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind;
    /**
     * Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where
     * the listener is defined in.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig(obj: CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfig | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret
 */
export interface CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret(obj: CiliumNetworkPolicySpecsEgressToPortsOriginatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsPortsProtocol
 */
export declare enum CiliumNetworkPolicySpecsEgressToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * PortRuleDNS is a list of allowed DNS lookups.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsRulesDns
 */
export interface CiliumNetworkPolicySpecsEgressToPortsRulesDns {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesDns#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesDns#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsRulesDns' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsRulesDns(obj: CiliumNetworkPolicySpecsEgressToPortsRulesDns | undefined): Record<string, any> | undefined;
/**
 * PortRuleHTTP is a list of HTTP protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule does not have any
 * effect.
 *
 * All fields of this type are extended POSIX regex as defined by IEEE Std
 * 1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
 * matched against the path of an incoming request. Currently it can contain
 * characters disallowed from the conventional "path" part of a URL as defined
 * by RFC 3986.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttp
 */
export interface CiliumNetworkPolicySpecsEgressToPortsRulesHttp {
    /**
     * HeaderMatches is a list of HTTP headers which must be
     * present and match against the given values. Mismatch field can be used
     * to specify what to do when there is no match.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttp#headerMatches
     */
    readonly headerMatches?: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches[];
    /**
     * Headers is a list of HTTP headers which must be present in the
     * request. If omitted or empty, requests are allowed regardless of
     * headers present.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttp#headers
     */
    readonly headers?: string[];
    /**
     * Host is an extended POSIX regex matched against the host header of a
     * request. Examples:
     *
     * - foo.bar.com will match the host fooXbar.com or foo-bar.com
     * - foo\.bar\.com will only match the host foo.bar.com
     *
     * If omitted or empty, the value of the host header is ignored.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttp#host
     */
    readonly host?: string;
    /**
     * Method is an extended POSIX regex matched against the method of a
     * request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...
     *
     * If omitted or empty, all methods are allowed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttp#method
     */
    readonly method?: string;
    /**
     * Path is an extended POSIX regex matched against the path of a
     * request. Currently it can contain characters disallowed from the
     * conventional "path" part of a URL as defined by RFC 3986.
     *
     * If omitted or empty, all paths are all allowed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsRulesHttp' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsRulesHttp(obj: CiliumNetworkPolicySpecsEgressToPortsRulesHttp | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of Kafka protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule will match all
 * Kafka messages.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsRulesKafka
 */
export interface CiliumNetworkPolicySpecsEgressToPortsRulesKafka {
    /**
     * APIKey is a case-insensitive string matched against the key of a
     * request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al
     * Reference: https://kafka.apache.org/protocol#protocol_api_keys
     *
     * If omitted or empty, and if Role is not specified, then all keys are allowed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesKafka#apiKey
     */
    readonly apiKey?: string;
    /**
     * APIVersion is the version matched against the api version of the
     * Kafka message. If set, it has to be a string representing a positive
     * integer.
     *
     * If omitted or empty, all versions are allowed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesKafka#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * ClientID is the client identifier as provided in the request.
     *
     * From Kafka protocol documentation:
     * This is a user supplied identifier for the client application. The
     * user can use any identifier they like and it will be used when
     * logging errors, monitoring aggregates, etc. For example, one might
     * want to monitor not just the requests per second overall, but the
     * number coming from each client application (each of which could
     * reside on multiple servers). This id acts as a logical grouping
     * across all requests from a particular client.
     *
     * If omitted or empty, all client identifiers are allowed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesKafka#clientID
     */
    readonly clientId?: string;
    /**
     * Role is a case-insensitive string and describes a group of API keys
     * necessary to perform certain higher-level Kafka operations such as "produce"
     * or "consume". A Role automatically expands into all APIKeys required
     * to perform the specified higher-level operation.
     *
     * The following values are supported:
     * - "produce": Allow producing to the topics specified in the rule
     * - "consume": Allow consuming from the topics specified in the rule
     *
     * This field is incompatible with the APIKey field, i.e APIKey and Role
     * cannot both be specified in the same rule.
     *
     * If omitted or empty, and if APIKey is not specified, then all keys are
     * allowed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesKafka#role
     */
    readonly role?: CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole;
    /**
     * Topic is the topic name contained in the message. If a Kafka request
     * contains multiple topics, then all topics must be allowed or the
     * message will be rejected.
     *
     * This constraint is ignored if the matched request message type
     * doesn't contain any topic. Maximum size of Topic can be 249
     * characters as per recent Kafka spec and allowed characters are
     * a-z, A-Z, 0-9, -, . and _.
     *
     * Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
     * version the length was changed from 255 to 249. For compatibility
     * reasons we are using 255.
     *
     * If omitted or empty, all topics are allowed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesKafka#topic
     */
    readonly topic?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsRulesKafka' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsRulesKafka(obj: CiliumNetworkPolicySpecsEgressToPortsRulesKafka | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret
 */
export interface CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret(obj: CiliumNetworkPolicySpecsEgressToPortsTerminatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressToRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * ServiceSelector is a label selector for k8s services
 *
 * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector
 */
export interface CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector(obj: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelector | undefined): Record<string, any> | undefined;
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily
 */
export declare enum CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType
 */
export declare class CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType;
    static fromString(value: string): CiliumNetworkPolicySpecsEgressDenyIcmpsFieldsType;
    private constructor();
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressDenyToEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressDenyToNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol
 */
export declare enum CiliumNetworkPolicySpecsEgressDenyToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressDenyToRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * ServiceSelector is a label selector for k8s services
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector
 */
export interface CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector {
    /**
     * matchExpressions is a list of label selector requirements. The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector#matchExpressions
     */
    readonly matchExpressions?: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions[];
    /**
     * matchLabels is a map of {key,value} pairs. A single {key,value} in the matchLabels
     * map is equivalent to an element of matchExpressions, whose key field is "key", the
     * operator is "In", and the values array contains only "value". The requirements are ANDed.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector#matchLabels
     */
    readonly matchLabels?: {
        [key: string]: string;
    };
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector(obj: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelector | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsIngressFromEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsIngressFromNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsIngressFromRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily
 */
export declare enum CiliumNetworkPolicySpecsIngressIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumNetworkPolicySpecsIngressIcmpsFieldsType
 */
export declare class CiliumNetworkPolicySpecsIngressIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumNetworkPolicySpecsIngressIcmpsFieldsType;
    static fromString(value: string): CiliumNetworkPolicySpecsIngressIcmpsFieldsType;
    private constructor();
}
/**
 * EnvoyConfig is a reference to the CEC or CCEC resource in which
 * the listener is defined.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig
 */
export interface CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig {
    /**
     * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
     * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
     * respectively. The only case this is currently explicitly needed is when referring to a
     * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
     * from a cluster scoped policy is not allowed.
     *
     * @default CiliumEnvoyConfig or
     * @schema CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig#kind
     */
    readonly kind?: CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind;
    /**
     * Name is the resource name of the CiliumEnvoyConfig or CiliumClusterwideEnvoyConfig where
     * the listener is defined in.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig#name
     */
    readonly name: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig(obj: CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfig | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret
 */
export interface CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret(obj: CiliumNetworkPolicySpecsIngressToPortsOriginatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsPortsProtocol
 */
export declare enum CiliumNetworkPolicySpecsIngressToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * PortRuleDNS is a list of allowed DNS lookups.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsRulesDns
 */
export interface CiliumNetworkPolicySpecsIngressToPortsRulesDns {
    /**
     * MatchName matches literal DNS names. A trailing "." is automatically added
     * when missing.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesDns#matchName
     */
    readonly matchName?: string;
    /**
     * MatchPattern allows using wildcards to match DNS names. All wildcards are
     * case insensitive. The wildcards are:
     * - "*" matches 0 or more DNS valid characters, and may occur anywhere in
     * the pattern. As a special case a "*" as the leftmost character, without a
     * following "." matches all subdomains as well as the name to the right.
     * A trailing "." is automatically added when missing.
     *
     * Examples:
     * `*.cilium.io` matches subdomains of cilium at that level
     * www.cilium.io and blog.cilium.io match, cilium.io and google.com do not
     * `*cilium.io` matches cilium.io and all subdomains ends with "cilium.io"
     * except those containing "." separator, subcilium.io and sub-cilium.io match,
     * www.cilium.io and blog.cilium.io does not
     * sub*.cilium.io matches subdomains of cilium where the subdomain component
     * begins with "sub"
     * sub.cilium.io and subdomain.cilium.io match, www.cilium.io,
     * blog.cilium.io, cilium.io and google.com do not
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesDns#matchPattern
     */
    readonly matchPattern?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsRulesDns' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsRulesDns(obj: CiliumNetworkPolicySpecsIngressToPortsRulesDns | undefined): Record<string, any> | undefined;
/**
 * PortRuleHTTP is a list of HTTP protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule does not have any
 * effect.
 *
 * All fields of this type are extended POSIX regex as defined by IEEE Std
 * 1003.1, (i.e this follows the egrep/unix syntax, not the perl syntax)
 * matched against the path of an incoming request. Currently it can contain
 * characters disallowed from the conventional "path" part of a URL as defined
 * by RFC 3986.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttp
 */
export interface CiliumNetworkPolicySpecsIngressToPortsRulesHttp {
    /**
     * HeaderMatches is a list of HTTP headers which must be
     * present and match against the given values. Mismatch field can be used
     * to specify what to do when there is no match.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttp#headerMatches
     */
    readonly headerMatches?: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches[];
    /**
     * Headers is a list of HTTP headers which must be present in the
     * request. If omitted or empty, requests are allowed regardless of
     * headers present.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttp#headers
     */
    readonly headers?: string[];
    /**
     * Host is an extended POSIX regex matched against the host header of a
     * request. Examples:
     *
     * - foo.bar.com will match the host fooXbar.com or foo-bar.com
     * - foo\.bar\.com will only match the host foo.bar.com
     *
     * If omitted or empty, the value of the host header is ignored.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttp#host
     */
    readonly host?: string;
    /**
     * Method is an extended POSIX regex matched against the method of a
     * request, e.g. "GET", "POST", "PUT", "PATCH", "DELETE", ...
     *
     * If omitted or empty, all methods are allowed.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttp#method
     */
    readonly method?: string;
    /**
     * Path is an extended POSIX regex matched against the path of a
     * request. Currently it can contain characters disallowed from the
     * conventional "path" part of a URL as defined by RFC 3986.
     *
     * If omitted or empty, all paths are all allowed.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttp#path
     */
    readonly path?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsRulesHttp' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsRulesHttp(obj: CiliumNetworkPolicySpecsIngressToPortsRulesHttp | undefined): Record<string, any> | undefined;
/**
 * PortRule is a list of Kafka protocol constraints. All fields are
 * optional, if all fields are empty or missing, the rule will match all
 * Kafka messages.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsRulesKafka
 */
export interface CiliumNetworkPolicySpecsIngressToPortsRulesKafka {
    /**
     * APIKey is a case-insensitive string matched against the key of a
     * request, e.g. "produce", "fetch", "createtopic", "deletetopic", et al
     * Reference: https://kafka.apache.org/protocol#protocol_api_keys
     *
     * If omitted or empty, and if Role is not specified, then all keys are allowed.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesKafka#apiKey
     */
    readonly apiKey?: string;
    /**
     * APIVersion is the version matched against the api version of the
     * Kafka message. If set, it has to be a string representing a positive
     * integer.
     *
     * If omitted or empty, all versions are allowed.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesKafka#apiVersion
     */
    readonly apiVersion?: string;
    /**
     * ClientID is the client identifier as provided in the request.
     *
     * From Kafka protocol documentation:
     * This is a user supplied identifier for the client application. The
     * user can use any identifier they like and it will be used when
     * logging errors, monitoring aggregates, etc. For example, one might
     * want to monitor not just the requests per second overall, but the
     * number coming from each client application (each of which could
     * reside on multiple servers). This id acts as a logical grouping
     * across all requests from a particular client.
     *
     * If omitted or empty, all client identifiers are allowed.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesKafka#clientID
     */
    readonly clientId?: string;
    /**
     * Role is a case-insensitive string and describes a group of API keys
     * necessary to perform certain higher-level Kafka operations such as "produce"
     * or "consume". A Role automatically expands into all APIKeys required
     * to perform the specified higher-level operation.
     *
     * The following values are supported:
     * - "produce": Allow producing to the topics specified in the rule
     * - "consume": Allow consuming from the topics specified in the rule
     *
     * This field is incompatible with the APIKey field, i.e APIKey and Role
     * cannot both be specified in the same rule.
     *
     * If omitted or empty, and if APIKey is not specified, then all keys are
     * allowed.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesKafka#role
     */
    readonly role?: CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole;
    /**
     * Topic is the topic name contained in the message. If a Kafka request
     * contains multiple topics, then all topics must be allowed or the
     * message will be rejected.
     *
     * This constraint is ignored if the matched request message type
     * doesn't contain any topic. Maximum size of Topic can be 249
     * characters as per recent Kafka spec and allowed characters are
     * a-z, A-Z, 0-9, -, . and _.
     *
     * Older Kafka versions had longer topic lengths of 255, but in Kafka 0.10
     * version the length was changed from 255 to 249. For compatibility
     * reasons we are using 255.
     *
     * If omitted or empty, all topics are allowed.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesKafka#topic
     */
    readonly topic?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsRulesKafka' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsRulesKafka(obj: CiliumNetworkPolicySpecsIngressToPortsRulesKafka | undefined): Record<string, any> | undefined;
/**
 * Secret is the secret that contains the certificates and private key for
 * the TLS context.
 * By default, Cilium will search in this secret for the following items:
 * - 'ca.crt'  - Which represents the trusted CA to verify remote source.
 * - 'tls.crt' - Which represents the public key certificate.
 * - 'tls.key' - Which represents the private key matching the public key
 * certificate.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret
 */
export interface CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret(obj: CiliumNetworkPolicySpecsIngressToPortsTerminatingTlsSecret | undefined): Record<string, any> | undefined;
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions(obj: CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsIngressDenyFromEndpointsMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsIngressDenyFromNodesMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsIngressDenyFromRequiresMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Family is a IP address version.
 * Currently, we support `IPv4` and `IPv6`.
 * `IPv4` is set as default.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily
 */
export declare enum CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsFamily {
    /** IPv4 */
    I_PV4 = "IPv4",
    /** IPv6 */
    I_PV6 = "IPv6"
}
/**
 * Type is a ICMP-type.
 * It should be an 8bit code (0-255), or it's CamelCase name (for example, "EchoReply").
 * Allowed ICMP types are:
 * Ipv4: EchoReply | DestinationUnreachable | Redirect | Echo | EchoRequest |
 * RouterAdvertisement | RouterSelection | TimeExceeded | ParameterProblem |
 * Timestamp | TimestampReply | Photuris | ExtendedEcho Request | ExtendedEcho Reply
 * Ipv6: DestinationUnreachable | PacketTooBig | TimeExceeded | ParameterProblem |
 * EchoRequest | EchoReply | MulticastListenerQuery| MulticastListenerReport |
 * MulticastListenerDone | RouterSolicitation | RouterAdvertisement | NeighborSolicitation |
 * NeighborAdvertisement | RedirectMessage | RouterRenumbering | ICMPNodeInformationQuery |
 * ICMPNodeInformationResponse | InverseNeighborDiscoverySolicitation | InverseNeighborDiscoveryAdvertisement |
 * HomeAgentAddressDiscoveryRequest | HomeAgentAddressDiscoveryReply | MobilePrefixSolicitation |
 * MobilePrefixAdvertisement | DuplicateAddressRequestCodeSuffix | DuplicateAddressConfirmationCodeSuffix |
 * ExtendedEchoRequest | ExtendedEchoReply
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType
 */
export declare class CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType {
    readonly value: number | string;
    static fromNumber(value: number): CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType;
    static fromString(value: string): CiliumNetworkPolicySpecsIngressDenyIcmpsFieldsType;
    private constructor();
}
/**
 * Protocol is the L4 protocol. If omitted or empty, any protocol
 * matches. Accepted values: "TCP", "UDP", "SCTP", "ANY"
 *
 * Matching on ICMP is not supported.
 *
 * Named port specified for a container may narrow this down, but may not
 * contradict this.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol
 */
export declare enum CiliumNetworkPolicySpecsIngressDenyToPortsPortsProtocol {
    /** TCP */
    TCP = "TCP",
    /** UDP */
    UDP = "UDP",
    /** SCTP */
    SCTP = "SCTP",
    /** ANY */
    ANY = "ANY"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
 * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
 * respectively. The only case this is currently explicitly needed is when referring to a
 * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
 * from a cluster scoped policy is not allowed.
 *
 * @default CiliumEnvoyConfig or
 * @schema CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfigKind
 */
export declare enum CiliumNetworkPolicySpecEgressToPortsListenerEnvoyConfigKind {
    /** CiliumEnvoyConfig */
    CILIUM_ENVOY_CONFIG = "CiliumEnvoyConfig",
    /** CiliumClusterwideEnvoyConfig */
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CiliumClusterwideEnvoyConfig"
}
/**
 * HeaderMatch extends the HeaderValue for matching requirement of a
 * named header field against an immediate string or a secret value.
 * If none of the optional fields is present, then the
 * header value is not matched, only presence of the header is enough.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches
 */
export interface CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches {
    /**
     * Mismatch identifies what to do in case there is no match. The default is
     * to drop the request. Otherwise the overall rule is still considered as
     * matching, but the mismatches are logged in the access log.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches#mismatch
     */
    readonly mismatch?: CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesMismatch;
    /**
     * Name identifies the header.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches#name
     */
    readonly name: string;
    /**
     * Secret refers to a secret that contains the value to be matched against.
     * The secret must only contain one entry. If the referred secret does not
     * exist, and there is no "Value" specified, the match will fail.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches#secret
     */
    readonly secret?: CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret;
    /**
     * Value matches the exact value of the header. Can be specified either
     * alone or together with "Secret"; will be used as the header value if the
     * secret can not be found in the latter case.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches(obj: CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatches | undefined): Record<string, any> | undefined;
/**
 * Role is a case-insensitive string and describes a group of API keys
 * necessary to perform certain higher-level Kafka operations such as "produce"
 * or "consume". A Role automatically expands into all APIKeys required
 * to perform the specified higher-level operation.
 *
 * The following values are supported:
 * - "produce": Allow producing to the topics specified in the rule
 * - "consume": Allow consuming from the topics specified in the rule
 *
 * This field is incompatible with the APIKey field, i.e APIKey and Role
 * cannot both be specified in the same rule.
 *
 * If omitted or empty, and if APIKey is not specified, then all keys are
 * allowed.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsRulesKafkaRole
 */
export declare enum CiliumNetworkPolicySpecEgressToPortsRulesKafkaRole {
    /** produce */
    PRODUCE = "produce",
    /** consume */
    CONSUME = "consume"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions(obj: CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions(obj: CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
 * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
 * respectively. The only case this is currently explicitly needed is when referring to a
 * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
 * from a cluster scoped policy is not allowed.
 *
 * @default CiliumEnvoyConfig or
 * @schema CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfigKind
 */
export declare enum CiliumNetworkPolicySpecIngressToPortsListenerEnvoyConfigKind {
    /** CiliumEnvoyConfig */
    CILIUM_ENVOY_CONFIG = "CiliumEnvoyConfig",
    /** CiliumClusterwideEnvoyConfig */
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CiliumClusterwideEnvoyConfig"
}
/**
 * HeaderMatch extends the HeaderValue for matching requirement of a
 * named header field against an immediate string or a secret value.
 * If none of the optional fields is present, then the
 * header value is not matched, only presence of the header is enough.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches
 */
export interface CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches {
    /**
     * Mismatch identifies what to do in case there is no match. The default is
     * to drop the request. Otherwise the overall rule is still considered as
     * matching, but the mismatches are logged in the access log.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches#mismatch
     */
    readonly mismatch?: CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesMismatch;
    /**
     * Name identifies the header.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches#name
     */
    readonly name: string;
    /**
     * Secret refers to a secret that contains the value to be matched against.
     * The secret must only contain one entry. If the referred secret does not
     * exist, and there is no "Value" specified, the match will fail.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches#secret
     */
    readonly secret?: CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret;
    /**
     * Value matches the exact value of the header. Can be specified either
     * alone or together with "Secret"; will be used as the header value if the
     * secret can not be found in the latter case.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches(obj: CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatches | undefined): Record<string, any> | undefined;
/**
 * Role is a case-insensitive string and describes a group of API keys
 * necessary to perform certain higher-level Kafka operations such as "produce"
 * or "consume". A Role automatically expands into all APIKeys required
 * to perform the specified higher-level operation.
 *
 * The following values are supported:
 * - "produce": Allow producing to the topics specified in the rule
 * - "consume": Allow consuming from the topics specified in the rule
 *
 * This field is incompatible with the APIKey field, i.e APIKey and Role
 * cannot both be specified in the same rule.
 *
 * If omitted or empty, and if APIKey is not specified, then all keys are
 * allowed.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsRulesKafkaRole
 */
export declare enum CiliumNetworkPolicySpecIngressToPortsRulesKafkaRole {
    /** produce */
    PRODUCE = "produce",
    /** consume */
    CONSUME = "consume"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressToCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
 * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
 * respectively. The only case this is currently explicitly needed is when referring to a
 * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
 * from a cluster scoped policy is not allowed.
 *
 * @default CiliumEnvoyConfig or
 * @schema CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind
 */
export declare enum CiliumNetworkPolicySpecsEgressToPortsListenerEnvoyConfigKind {
    /** CiliumEnvoyConfig */
    CILIUM_ENVOY_CONFIG = "CiliumEnvoyConfig",
    /** CiliumClusterwideEnvoyConfig */
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CiliumClusterwideEnvoyConfig"
}
/**
 * HeaderMatch extends the HeaderValue for matching requirement of a
 * named header field against an immediate string or a secret value.
 * If none of the optional fields is present, then the
 * header value is not matched, only presence of the header is enough.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches
 */
export interface CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches {
    /**
     * Mismatch identifies what to do in case there is no match. The default is
     * to drop the request. Otherwise the overall rule is still considered as
     * matching, but the mismatches are logged in the access log.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#mismatch
     */
    readonly mismatch?: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch;
    /**
     * Name identifies the header.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#name
     */
    readonly name: string;
    /**
     * Secret refers to a secret that contains the value to be matched against.
     * The secret must only contain one entry. If the referred secret does not
     * exist, and there is no "Value" specified, the match will fail.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#secret
     */
    readonly secret?: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret;
    /**
     * Value matches the exact value of the header. Can be specified either
     * alone or together with "Secret"; will be used as the header value if the
     * secret can not be found in the latter case.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches(obj: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatches | undefined): Record<string, any> | undefined;
/**
 * Role is a case-insensitive string and describes a group of API keys
 * necessary to perform certain higher-level Kafka operations such as "produce"
 * or "consume". A Role automatically expands into all APIKeys required
 * to perform the specified higher-level operation.
 *
 * The following values are supported:
 * - "produce": Allow producing to the topics specified in the rule
 * - "consume": Allow consuming from the topics specified in the rule
 *
 * This field is incompatible with the APIKey field, i.e APIKey and Role
 * cannot both be specified in the same rule.
 *
 * If omitted or empty, and if APIKey is not specified, then all keys are
 * allowed.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole
 */
export declare enum CiliumNetworkPolicySpecsEgressToPortsRulesKafkaRole {
    /** produce */
    PRODUCE = "produce",
    /** consume */
    CONSUME = "consume"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions(obj: CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressDenyToCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * A label selector requirement is a selector that contains values, a key, and an operator that
 * relates the key and values.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions
 */
export interface CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions {
    /**
     * key is the label key that the selector applies to.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#key
     */
    readonly key: string;
    /**
     * operator represents a key's relationship to a set of values.
     * Valid operators are In, NotIn, Exists and DoesNotExist.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#operator
     */
    readonly operator: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator;
    /**
     * values is an array of string values. If the operator is In or NotIn,
     * the values array must be non-empty. If the operator is Exists or DoesNotExist,
     * the values array must be empty. This array is replaced during a strategic
     * merge patch.
     *
     * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions#values
     */
    readonly values?: string[];
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions(obj: CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressions | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsIngressFromCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Kind is the resource type being referred to. Defaults to CiliumEnvoyConfig or
 * CiliumClusterwideEnvoyConfig for CiliumNetworkPolicy and CiliumClusterwideNetworkPolicy,
 * respectively. The only case this is currently explicitly needed is when referring to a
 * CiliumClusterwideEnvoyConfig from CiliumNetworkPolicy, as using a namespaced listener
 * from a cluster scoped policy is not allowed.
 *
 * @default CiliumEnvoyConfig or
 * @schema CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind
 */
export declare enum CiliumNetworkPolicySpecsIngressToPortsListenerEnvoyConfigKind {
    /** CiliumEnvoyConfig */
    CILIUM_ENVOY_CONFIG = "CiliumEnvoyConfig",
    /** CiliumClusterwideEnvoyConfig */
    CILIUM_CLUSTERWIDE_ENVOY_CONFIG = "CiliumClusterwideEnvoyConfig"
}
/**
 * HeaderMatch extends the HeaderValue for matching requirement of a
 * named header field against an immediate string or a secret value.
 * If none of the optional fields is present, then the
 * header value is not matched, only presence of the header is enough.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches
 */
export interface CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches {
    /**
     * Mismatch identifies what to do in case there is no match. The default is
     * to drop the request. Otherwise the overall rule is still considered as
     * matching, but the mismatches are logged in the access log.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#mismatch
     */
    readonly mismatch?: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch;
    /**
     * Name identifies the header.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#name
     */
    readonly name: string;
    /**
     * Secret refers to a secret that contains the value to be matched against.
     * The secret must only contain one entry. If the referred secret does not
     * exist, and there is no "Value" specified, the match will fail.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#secret
     */
    readonly secret?: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret;
    /**
     * Value matches the exact value of the header. Can be specified either
     * alone or together with "Secret"; will be used as the header value if the
     * secret can not be found in the latter case.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches#value
     */
    readonly value?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches(obj: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatches | undefined): Record<string, any> | undefined;
/**
 * Role is a case-insensitive string and describes a group of API keys
 * necessary to perform certain higher-level Kafka operations such as "produce"
 * or "consume". A Role automatically expands into all APIKeys required
 * to perform the specified higher-level operation.
 *
 * The following values are supported:
 * - "produce": Allow producing to the topics specified in the rule
 * - "consume": Allow consuming from the topics specified in the rule
 *
 * This field is incompatible with the APIKey field, i.e APIKey and Role
 * cannot both be specified in the same rule.
 *
 * If omitted or empty, and if APIKey is not specified, then all keys are
 * allowed.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole
 */
export declare enum CiliumNetworkPolicySpecsIngressToPortsRulesKafkaRole {
    /** produce */
    PRODUCE = "produce",
    /** consume */
    CONSUME = "consume"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsIngressDenyFromCidrSetCidrGroupSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mismatch identifies what to do in case there is no match. The default is
 * to drop the request. Otherwise the overall rule is still considered as
 * matching, but the mismatches are logged in the access log.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesMismatch
 */
export declare enum CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesMismatch {
    /** LOG */
    LOG = "LOG",
    /** ADD */
    ADD = "ADD",
    /** DELETE */
    DELETE = "DELETE",
    /** REPLACE */
    REPLACE = "REPLACE"
}
/**
 * Secret refers to a secret that contains the value to be matched against.
 * The secret must only contain one entry. If the referred secret does not
 * exist, and there is no "Value" specified, the match will fail.
 *
 * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret
 */
export interface CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret(obj: CiliumNetworkPolicySpecEgressToPortsRulesHttpHeaderMatchesSecret | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mismatch identifies what to do in case there is no match. The default is
 * to drop the request. Otherwise the overall rule is still considered as
 * matching, but the mismatches are logged in the access log.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesMismatch
 */
export declare enum CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesMismatch {
    /** LOG */
    LOG = "LOG",
    /** ADD */
    ADD = "ADD",
    /** DELETE */
    DELETE = "DELETE",
    /** REPLACE */
    REPLACE = "REPLACE"
}
/**
 * Secret refers to a secret that contains the value to be matched against.
 * The secret must only contain one entry. If the referred secret does not
 * exist, and there is no "Value" specified, the match will fail.
 *
 * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret
 */
export interface CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret(obj: CiliumNetworkPolicySpecIngressToPortsRulesHttpHeaderMatchesSecret | undefined): Record<string, any> | undefined;
/**
 * Mismatch identifies what to do in case there is no match. The default is
 * to drop the request. Otherwise the overall rule is still considered as
 * matching, but the mismatches are logged in the access log.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch
 */
export declare enum CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesMismatch {
    /** LOG */
    LOG = "LOG",
    /** ADD */
    ADD = "ADD",
    /** DELETE */
    DELETE = "DELETE",
    /** REPLACE */
    REPLACE = "REPLACE"
}
/**
 * Secret refers to a secret that contains the value to be matched against.
 * The secret must only contain one entry. If the referred secret does not
 * exist, and there is no "Value" specified, the match will fail.
 *
 * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret
 */
export interface CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret(obj: CiliumNetworkPolicySpecsEgressToPortsRulesHttpHeaderMatchesSecret | undefined): Record<string, any> | undefined;
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressToServicesK8SServiceSelectorSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * operator represents a key's relationship to a set of values.
 * Valid operators are In, NotIn, Exists and DoesNotExist.
 *
 * @schema CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator
 */
export declare enum CiliumNetworkPolicySpecsEgressDenyToServicesK8SServiceSelectorSelectorMatchExpressionsOperator {
    /** In */
    IN = "In",
    /** NotIn */
    NOT_IN = "NotIn",
    /** Exists */
    EXISTS = "Exists",
    /** DoesNotExist */
    DOES_NOT_EXIST = "DoesNotExist"
}
/**
 * Mismatch identifies what to do in case there is no match. The default is
 * to drop the request. Otherwise the overall rule is still considered as
 * matching, but the mismatches are logged in the access log.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch
 */
export declare enum CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesMismatch {
    /** LOG */
    LOG = "LOG",
    /** ADD */
    ADD = "ADD",
    /** DELETE */
    DELETE = "DELETE",
    /** REPLACE */
    REPLACE = "REPLACE"
}
/**
 * Secret refers to a secret that contains the value to be matched against.
 * The secret must only contain one entry. If the referred secret does not
 * exist, and there is no "Value" specified, the match will fail.
 *
 * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret
 */
export interface CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret {
    /**
     * Name is the name of the secret.
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret#name
     */
    readonly name: string;
    /**
     * Namespace is the namespace in which the secret exists. Context of use
     * determines the default value if left out (e.g., "default").
     *
     * @schema CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret#namespace
     */
    readonly namespace?: string;
}
/**
 * Converts an object of type 'CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret' to JSON representation.
 */
export declare function toJson_CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret(obj: CiliumNetworkPolicySpecsIngressToPortsRulesHttpHeaderMatchesSecret | undefined): Record<string, any> | undefined;
