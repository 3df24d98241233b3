import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import { k8s } from 'cdk8s-plus-28';
import { placeInFile } from '../output/file-placement';
import { Peer, PeerKind, PolicyRule } from './traffic-model';
import { dnsLabel, dnsSubdomain } from '../config/fields';
import { checkOptionalProps, checkProp } from '../prop-checks';

/** Private address ranges that a `world` peer excludes. */
export const PRIVATE_CIDRS: readonly string[] = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16'];

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
export class KubernetesNetworkPolicy extends Construct {
  public readonly name: string;
  public readonly resource: k8s.KubeNetworkPolicy;

  constructor(scope: Construct, id: string, props: KubernetesNetworkPolicyProps) {
    super(scope, id);
    checkProp('network policy name', props.name, dnsSubdomain());
    checkOptionalProps([[`network policy ${props.name}: namespace`, props.namespace, dnsLabel()]]);
    if (Object.keys(props.podLabels).length === 0) {
      throw new Error(`network policy ${props.name} needs pod labels (got none): an empty podSelector selects every pod of the namespace`);
    }
    const namespace = props.namespace ?? Chart.of(this).namespace;
    if (!namespace) throw new Error(`network policy ${props.name} needs a namespace (got none, and its chart has none)`);
    const apiServerCidrs = props.apiServerCidrs ?? ['0.0.0.0/0'];
    for (const cidr of apiServerCidrs) {
      if (!/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/.test(cidr)) throw new Error(`api server CIDR must look like "10.0.0.1/32" (got "${cidr}")`);
    }
    this.name = props.name;

    const peers = (peer: Peer): k8s.NetworkPolicyPeer[] => toPeers(peer, namespace, apiServerCidrs);
    const ports = (rule: PolicyRule): k8s.NetworkPolicyPort[] => rule.ports.map((p) => ({ port: k8s.IntOrString.fromNumber(p.port), protocol: p.protocol }));
    this.resource = new k8s.KubeNetworkPolicy(this, 'Resource', {
      metadata: { name: props.name, namespace, labels: props.labels ? { ...props.labels } : undefined },
      spec: {
        podSelector: { matchLabels: { ...props.podLabels } },
        policyTypes: ['Ingress', 'Egress'],
        ingress: (props.ingress ?? []).map((rule) => ({ from: peers(rule.peer), ports: ports(rule) })),
        egress: (props.egress ?? []).map((rule) => ({ to: peers(rule.peer), ports: ports(rule) })),
      },
    });
    placeInFile(this.resource, props.file ?? 'networkpolicy.yaml');
  }
}

function toPeers(peer: Peer, policyNamespace: string, apiServerCidrs: readonly string[]): k8s.NetworkPolicyPeer[] {
  switch (peer.kind) {
    case PeerKind.KUBE_APISERVER:
      return apiServerCidrs.map((cidr) => ({ ipBlock: { cidr } }));
    case PeerKind.WORLD:
      return [{ ipBlock: { cidr: '0.0.0.0/0', except: [...PRIVATE_CIDRS] } }];
    case PeerKind.NAMESPACE:
      return [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': peer.namespace! } } }];
    default: {
      const podSelector = { matchLabels: { ...peer.labels } };
      if (peer.namespace === undefined || peer.namespace === policyNamespace) return [{ podSelector }];
      return [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': peer.namespace } }, podSelector }];
    }
  }
}
