import { Construct } from 'constructs';
import { CiliumPolicy } from './cilium-policy';
import { KubernetesNetworkPolicy } from './kubernetes-network-policy';
import { TrafficModel } from './traffic-model';
/** Props of `TrafficPolicies`. */
export interface TrafficPoliciesProps {
    /** The workloads to protect and every flow that touches them. */
    readonly model: TrafficModel;
    /**
     * `cilium` renders CiliumNetworkPolicies; `kubernetes` renders plain NetworkPolicies for
     * clusters without Cilium. Never both: Cilium enforces plain NetworkPolicies too, and one that
     * selects a pod puts it into default deny whatever the Cilium policies say.
     * @default 'cilium'
     */
    readonly engine?: 'cilium' | 'kubernetes';
    /**
     * `enforce`: every protected workload is in default deny for ingress and egress, and only the
     * model's flows pass.
     *
     * `audit`: nothing is ever denied.
     * - With Cilium, every policy is emitted with `enableDefaultDeny: {ingress: false, egress: false}`,
     *   so its rules are installed (and visible in Hubble's policy verdicts) but only add allows.
     *   To see what enforce mode would drop before switching, run the Cilium agent with
     *   `policyAuditMode: true` and set enforce: drops are then logged as AUDIT verdicts, not applied.
     * - With plain NetworkPolicies, nothing is emitted: a NetworkPolicy that selects pods for a
     *   direction is a default deny for that direction, so no plain NetworkPolicy can audit. The
     *   model is still available (`trafficTable`) to review the rules before switching to enforce.
     * @default 'audit'
     */
    readonly mode?: 'audit' | 'enforce';
    /**
     * API server addresses for the plain NetworkPolicy engine.
     * @default ['0.0.0.0/0']
     */
    readonly apiServerCidrs?: readonly string[];
    /** Labels of every policy object. @default - none */
    readonly labels?: Readonly<Record<string, string>>;
}
/**
 * One policy per protected workload of a traffic model, rendered by the chosen engine in the
 * chosen mode. The model is the single source of the rules; this construct only picks the
 * rendering.
 */
export declare class TrafficPolicies extends Construct {
    readonly engine: 'cilium' | 'kubernetes';
    readonly mode: 'audit' | 'enforce';
    /** The emitted policy constructs (empty for plain NetworkPolicies in audit mode). */
    readonly policies: ReadonlyArray<CiliumPolicy | KubernetesNetworkPolicy>;
    constructor(scope: Construct, id: string, props: TrafficPoliciesProps);
}
