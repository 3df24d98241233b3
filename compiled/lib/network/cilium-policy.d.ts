import { Construct } from 'constructs';
import { CiliumNetworkPolicy } from '../../imports/cilium.io';
import { PolicyRule } from './traffic-model';
/** The Cilium label that holds a pod's namespace in endpoint selectors. */
export declare const CILIUM_NAMESPACE_LABEL = "k8s:io.kubernetes.pod.namespace";
/** Props of `CiliumPolicy`. */
export interface CiliumPolicyProps {
    /** metadata.name. */
    readonly name: string;
    /**
     * Namespace of the policy and of the pods it selects.
     * @default - the chart's namespace
     */
    readonly namespace?: string;
    /** Labels of the pods the policy selects (`spec.endpointSelector.matchLabels`); at least one. */
    readonly podLabels: Readonly<Record<string, string>>;
    /** @default - no ingress allowed (denied in enforce mode) */
    readonly ingress?: readonly PolicyRule[];
    /** @default - no egress allowed (denied in enforce mode) */
    readonly egress?: readonly PolicyRule[];
    /**
     * Whether the policy puts the selected pods into default deny for both directions.
     *
     * `false` renders `enableDefaultDeny: {ingress: false, egress: false}`: the rules are installed and
     * show up in Hubble's policy verdicts, but traffic they do not list is still allowed (unless
     * another policy selecting the same pods denies by default). That is this project's audit mode.
     * Without the field, Cilium would default to deny as soon as one rule exists, which is why the
     * field is always written.
     * @see https://docs.cilium.io/en/stable/security/policy/language/#default-deny
     * @default true
     */
    readonly enforce?: boolean;
    /** `spec.description`. @default - none */
    readonly description?: string;
    /** @default - none */
    readonly labels?: Readonly<Record<string, string>>;
    /**
     * File of the app folder.
     * @default 'networkpolicy.yaml'
     */
    readonly file?: string;
}
/**
 * A `CiliumNetworkPolicy` (cilium.io/v2) for one workload, rendered from allow-rules of the traffic
 * model: pods peers become `toEndpoints`/`fromEndpoints` with the namespace label, whole namespaces
 * become namespace-only endpoint selectors, and the API server and the world become entities.
 * @see https://docs.cilium.io/en/stable/security/policy/
 */
export declare class CiliumPolicy extends Construct {
    readonly name: string;
    readonly enforce: boolean;
    readonly resource: CiliumNetworkPolicy;
    constructor(scope: Construct, id: string, props: CiliumPolicyProps);
}
