import { Construct } from 'constructs';
import { CiliumPolicy } from './cilium-policy';
import { KubernetesNetworkPolicy } from './kubernetes-network-policy';
import { TrafficModel, workloadRules } from './traffic-model';

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
export class TrafficPolicies extends Construct {
  public readonly engine: 'cilium' | 'kubernetes';
  public readonly mode: 'audit' | 'enforce';
  /** The emitted policy constructs (empty for plain NetworkPolicies in audit mode). */
  public readonly policies: ReadonlyArray<CiliumPolicy | KubernetesNetworkPolicy>;

  constructor(scope: Construct, id: string, props: TrafficPoliciesProps) {
    super(scope, id);
    this.engine = props.engine ?? 'cilium';
    this.mode = props.mode ?? 'audit';
    const enforce = this.mode === 'enforce';
    const rules = workloadRules(props.model);
    const namespace = props.model.namespace;

    if (this.engine === 'cilium') {
      this.policies = rules.map((r) => new CiliumPolicy(this, r.workload.policyName, {
        name: r.workload.policyName,
        namespace,
        podLabels: r.workload.peer.labels!,
        ingress: r.ingress,
        egress: r.egress,
        enforce,
        description: `${r.workload.description}: ${enforce ? 'only the listed traffic is allowed' : 'audit mode, nothing is denied'}`,
        labels: props.labels,
      }));
    } else {
      this.policies = enforce ? rules.map((r) => new KubernetesNetworkPolicy(this, r.workload.policyName, {
        name: r.workload.policyName,
        namespace,
        podLabels: r.workload.peer.labels!,
        ingress: r.ingress,
        egress: r.egress,
        apiServerCidrs: props.apiServerCidrs,
        labels: props.labels,
      })) : [];
    }
  }
}
