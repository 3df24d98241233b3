import * as fs from 'fs';
import * as path from 'path';
import { kubectlAvailable, kustomizeBuild, SchemaValidator } from '../../lib/validate';
import { exampleRaw, K8sObject, minimalRaw, renderTree, synthObjects, tempDir, writeRendered } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';

/** The kinds this issue adds (everything else is covered by test/manifests.test.ts). */
const NEW_KINDS = new Set(['CiliumNetworkPolicy', 'NetworkPolicy', 'HTTPRoute', 'ReferenceGrant', 'KeycloakRealmImport', 'ConfigMap', 'Job', 'Secret', 'Kustomization']);

/** Configs that together emit every new object in each of its forms. */
const CONFIGS: Record<string, Record<string, unknown>> = {
  'the example config (Cilium, audit, config-cli client, ACL, LiteLLM with the Job, two gateways)': exampleRaw(),
  'plain NetworkPolicies in enforce mode, a realm import, a route in network and bundled stores in cluster mode': {
    ...minimalRaw(),
    network_policies_enabled: true, network_policies_mode: 'enforce', network_policies_engine: 'kubernetes',
    keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'langfuse', langfuse_keycloak_client_secret: 'ClientSecret0123456789',
    keycloak_client_form: 'realm-import', keycloak_realm_exists: false,
    langfuse_httproute_namespace: 'network',
    langfuse_clickhouse_replicas: 3, langfuse_clickhouse_cluster_enabled: true,
    langfuse_smtp_url: 'smtp://mail.example.com:587', langfuse_email_from: 'langfuse@example.com',
  },
  'Cilium in enforce mode with every neighbour': { ...exampleRaw(), network_policies_mode: 'enforce' },
};

/** The folders of the Flux tree that this issue adds, plus the Langfuse folder that now holds policies and the route. */
const NEW_FOLDERS = [
  'cache/dragonfly-acl', 'identity/langfuse-keycloak-client', 'ai-system/litellm-langfuse', 'ai-system/langfuse-llm-connection', 'network/langfuse-route', 'ai-system/langfuse',
];

describe('every object of the network, identity, cache and LiteLLM wiring validates against its schema', () => {
  test('the validator knows every new kind (so a pass is not a skip)', () => {
    const validator = SchemaValidator.load();
    for (const [apiVersion, kind] of [['cilium.io/v2', 'CiliumNetworkPolicy'], ['networking.k8s.io/v1', 'NetworkPolicy'], ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
      ['gateway.networking.k8s.io/v1', 'ReferenceGrant'], ['k8s.keycloak.org/v2alpha1', 'KeycloakRealmImport'], ['batch/v1', 'Job'], ['v1', 'ConfigMap']]) {
      expect(validator.hasSchema(apiVersion, kind)).toBe(true);
    }
  });

  test.each(Object.keys(CONFIGS))('for %s', (name) => {
    const objects = synthObjects(CONFIGS[name]).filter((o: K8sObject) => NEW_KINDS.has(o.kind));
    expect(objects.length).toBeGreaterThan(0);
    expect(SchemaValidator.load().validateAll(objects)).toEqual([]);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found on PATH', 'kubectl kustomize builds every new Flux folder', () => {
  test.each(Object.keys(CONFIGS))('for %s', async (name) => {
    // GIVEN
    const root = tempDir();
    writeRendered(await renderTree(CONFIGS[name]), root);
    const folders = NEW_FOLDERS.map((f) => path.join(root, 'kubernetes/apps', f)).filter((f) => fs.existsSync(f));
    expect(folders.length).toBeGreaterThan(1);
    // WHEN / THEN
    for (const folder of folders) {
      expect(fs.existsSync(path.join(folder, 'ks.yaml'))).toBe(true);
      const result = kustomizeBuild(path.join(folder, 'app'));
      expect(result.error ?? '').toBe('');
      expect(result.ok).toBe(true);
    }
    fs.rmSync(root, { recursive: true, force: true });
  });
});
