import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { PolicyRule } from './traffic-model';
/** Private address ranges that a `world` peer excludes. */
export declare const PRIVATE_CIDRS: readonly string[];
/** Props of `KubernetesNetworkPolicy`. */
export interface KubernetesNetworkPolicyProps {
    /** metadata.name. */
    readonly name: string;
    /**
     * Namespace of the policy and of the pods it selects.
     * @default - the chart's namespace
     */
    readonly namespace?: string;
    /** Labels of the pods the policy selects (`spec.podSelector.matchLabels`); at least one. */
    readonly podLabels: Readonly<Record<string, string>>;
    /** @default - no ingress allowed */
    readonly ingress?: readonly PolicyRule[];
    /** @default - no egress allowed */
    readonly egress?: readonly PolicyRule[];
    /**
     * Where the API server is, for rules to the `kube-apiserver` peer: a plain NetworkPolicy cannot
     * name it, so it becomes an ipBlock on the rule's ports (443 and 6443 for CNPG). Narrow this to
     * the control plane's addresses where they are known.
     * @default ['0.0.0.0/0']
     */
    readonly apiServerCidrs?: readonly string[];
    /** @default - none */
    readonly labels?: Readonly<Record<string, string>>;
    /**
     * File of the app folder.
     * @default 'networkpolicy.yaml'
     */
    readonly file?: string;
}
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
export declare class KubernetesNetworkPolicy extends Construct {
    readonly name: string;
    readonly resource: k8s.KubeNetworkPolicy;
    constructor(scope: Construct, id: string, props: KubernetesNetworkPolicyProps);
}
