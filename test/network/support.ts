import { findObject, K8sObject, minimalRaw } from '../support/fixtures';

/** Headless initialization with project keys (LiteLLM needs them). */
export const HEADLESS_INIT = {
  langfuse_init_org_id: 'example',
  langfuse_init_user_email: 'admin@example.com',
  langfuse_init_user_password: 'InitPassword0123456789',
  langfuse_init_project_id: 'default',
  langfuse_init_project_public_key: 'pk-lf-PublicKey0123',
  langfuse_init_project_secret_key: 'sk-lf-SecretKey0123',
};

/** LiteLLM with the LLM connection. */
export const LITELLM = { ...HEADLESS_INIT, litellm_enabled: true, litellm_api_key: 'sk-litellm-0123456789' };

export const SSO = { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };
export const DRAGONFLY_ACL = { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' };
export const RUSTFS = { rustfs_enabled: true, langfuse_s3_access_key: 'langfuse-s3', langfuse_s3_secret_key: 'S3SecretKey0123456789' };
export const TRACING = { tracing_enabled: true, langfuse_tracing_enabled: true };
export const MONITORING = { monitoring_enabled: true, langfuse_monitoring_enabled: true };

/** The minimal config plus keys. */
export const withKeys = (...extra: Record<string, unknown>[]): Record<string, unknown> => Object.assign({ ...minimalRaw() }, ...extra);

/** Network policies in a mode and engine. */
export const policies = (mode: 'audit' | 'enforce', engine: 'cilium' | 'kubernetes') => ({
  network_policies_enabled: true, network_policies_mode: mode, network_policies_engine: engine,
});

/** A plain allow rule: the other end's namespace and labels (undefined = whole namespace / entity) and the ports. */
export interface RenderedRule {
  readonly namespace?: string;
  readonly labels?: Record<string, string>;
  readonly entity?: string;
  readonly ports: string[];
}

/** The egress or ingress rules of a CiliumNetworkPolicy, normalised. */
export function ciliumRules(policy: K8sObject, direction: 'egress' | 'ingress'): RenderedRule[] {
  return (policy.spec[direction] ?? []).map((rule: any) => {
    const endpoints = rule.toEndpoints ?? rule.fromEndpoints;
    const entities = rule.toEntities ?? rule.fromEntities;
    const ports = rule.toPorts.flatMap((p: any) => p.ports.map((x: any) => `${x.port}/${x.protocol}`));
    if (entities) return { entity: entities[0], ports };
    const { 'k8s:io.kubernetes.pod.namespace': namespace, ...labels } = endpoints[0].matchLabels;
    return { namespace, labels: Object.keys(labels).length > 0 ? labels : undefined, ports };
  });
}

/** The egress or ingress rules of a plain NetworkPolicy, normalised (same-namespace peers get the policy's namespace). */
export function kubernetesRules(policy: K8sObject, direction: 'egress' | 'ingress'): RenderedRule[] {
  return (policy.spec[direction] ?? []).map((rule: any) => {
    const peer = (rule.to ?? rule.from)[0];
    const ports = rule.ports.map((p: any) => `${p.port}/${p.protocol}`);
    if (peer.ipBlock) return { entity: `ipBlock ${peer.ipBlock.cidr}`, ports };
    const namespace = peer.namespaceSelector?.matchLabels['kubernetes.io/metadata.name'] ?? policy.metadata.namespace;
    return { namespace, labels: peer.podSelector?.matchLabels, ports };
  });
}

/** The rules of the policy of a workload, for either engine. */
export function rulesOf(objects: readonly K8sObject[], engine: 'cilium' | 'kubernetes', name: string, direction: 'egress' | 'ingress'): RenderedRule[] {
  return engine === 'cilium'
    ? ciliumRules(findObject(objects, 'CiliumNetworkPolicy', name), direction)
    : kubernetesRules(findObject(objects, 'NetworkPolicy', name), direction);
}

/** Whether some rule reaches pods with (at least) these labels in a namespace on every given port. */
export function allows(rules: readonly RenderedRule[], namespace: string, labels: Record<string, string> | undefined, ports: string[]): boolean {
  return rules.some((r) => r.namespace === namespace
    && (labels === undefined ? r.labels === undefined : Object.entries(labels).every(([k, v]) => r.labels?.[k] === v))
    && ports.every((p) => r.ports.includes(p)));
}
