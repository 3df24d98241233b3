import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import {
  CiliumNetworkPolicy, CiliumNetworkPolicySpecEgress, CiliumNetworkPolicySpecEgressToEntities, CiliumNetworkPolicySpecEgressToPortsPortsProtocol,
  CiliumNetworkPolicySpecIngress, CiliumNetworkPolicySpecIngressFromEntities, CiliumNetworkPolicySpecIngressToPortsPortsProtocol,
} from '../../imports/cilium.io';
import { placeInFile } from '../output/file-placement';
import { Peer, PeerKind, PolicyRule, TrafficPort, TrafficProtocol } from './traffic-model';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkOptionalProps, checkProp } from '../prop-checks';

/** The Cilium label that holds a pod's namespace in endpoint selectors. */
export const CILIUM_NAMESPACE_LABEL = 'k8s:io.kubernetes.pod.namespace';

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
export class CiliumPolicy extends Construct {
  public readonly name: string;
  public readonly enforce: boolean;
  public readonly resource: CiliumNetworkPolicy;

  constructor(scope: Construct, id: string, props: CiliumPolicyProps) {
    super(scope, id);
    checkProp('cilium policy name', props.name, dnsSubdomain());
    checkOptionalProps([[`cilium policy ${props.name}: namespace`, props.namespace, dnsLabel()]]);
    if (Object.keys(props.podLabels).length === 0) {
      throw new Error(`cilium policy ${props.name} needs pod labels (got none): an empty endpointSelector selects every pod of the namespace`);
    }
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (!namespace) throw new Error(`cilium policy ${props.name} needs a namespace (got none, and its chart has none)`);
    this.name = props.name;
    this.enforce = props.enforce ?? true;

    this.resource = new CiliumNetworkPolicy(this, 'Resource', {
      metadata: { name: props.name, namespace, labels: props.labels ? { ...props.labels } : undefined },
      spec: {
        description: props.description,
        endpointSelector: { matchLabels: { ...props.podLabels } },
        enableDefaultDeny: { ingress: this.enforce, egress: this.enforce },
        ingress: (props.ingress ?? []).map((rule) => ingressRule(rule, namespace)),
        egress: (props.egress ?? []).map((rule) => egressRule(rule, namespace)),
      },
    });
    placeInFile(this.resource, props.file ?? 'networkpolicy.yaml');
  }
}

function endpointLabels(peer: Peer, policyNamespace: string): Record<string, string> {
  if (peer.kind === PeerKind.NAMESPACE) return { [CILIUM_NAMESPACE_LABEL]: peer.namespace! };
  return { ...peer.labels, [CILIUM_NAMESPACE_LABEL]: peer.namespace ?? policyNamespace };
}

function egressRule(rule: PolicyRule, policyNamespace: string): CiliumNetworkPolicySpecEgress {
  const toPorts = [{ ports: rule.ports.map((p) => ({ port: String(p.port), protocol: egressProtocol(p) })) }];
  switch (rule.peer.kind) {
    case PeerKind.KUBE_APISERVER:
      return { toEntities: [CiliumNetworkPolicySpecEgressToEntities.KUBE_HYPHEN_APISERVER], toPorts };
    case PeerKind.WORLD:
      return { toEntities: [CiliumNetworkPolicySpecEgressToEntities.WORLD], toPorts };
    default:
      return { toEndpoints: [{ matchLabels: endpointLabels(rule.peer, policyNamespace) }], toPorts };
  }
}

function ingressRule(rule: PolicyRule, policyNamespace: string): CiliumNetworkPolicySpecIngress {
  const toPorts = [{ ports: rule.ports.map((p) => ({ port: String(p.port), protocol: ingressProtocol(p) })) }];
  switch (rule.peer.kind) {
    case PeerKind.KUBE_APISERVER:
      return { fromEntities: [CiliumNetworkPolicySpecIngressFromEntities.KUBE_HYPHEN_APISERVER], toPorts };
    case PeerKind.WORLD:
      return { fromEntities: [CiliumNetworkPolicySpecIngressFromEntities.WORLD], toPorts };
    default:
      return { fromEndpoints: [{ matchLabels: endpointLabels(rule.peer, policyNamespace) }], toPorts };
  }
}

function egressProtocol(p: TrafficPort): CiliumNetworkPolicySpecEgressToPortsPortsProtocol {
  return p.protocol === TrafficProtocol.UDP ? CiliumNetworkPolicySpecEgressToPortsPortsProtocol.UDP : CiliumNetworkPolicySpecEgressToPortsPortsProtocol.TCP;
}

function ingressProtocol(p: TrafficPort): CiliumNetworkPolicySpecIngressToPortsPortsProtocol {
  return p.protocol === TrafficProtocol.UDP ? CiliumNetworkPolicySpecIngressToPortsPortsProtocol.UDP : CiliumNetworkPolicySpecIngressToPortsPortsProtocol.TCP;
}
