import { findObject, hasObject, K8sObject, minimalRaw, synthObjects } from '../support/fixtures';
import { allows, DRAGONFLY_ACL, LITELLM, MONITORING, policies, rulesOf, RUSTFS, SSO, withKeys } from './support';

const kinds = (objects: readonly K8sObject[], kind: string) => objects.filter((o) => o.kind === kind).map((o) => o.metadata.name).sort();

describe('network policies', () => {
  test('GIVEN network_policies_enabled false, THEN no policy of either kind is emitted', () => {
    const objects = synthObjects(minimalRaw());
    expect(kinds(objects, 'CiliumNetworkPolicy')).toEqual([]);
    expect(kinds(objects, 'NetworkPolicy')).toEqual([]);
  });

  describe('with the Cilium engine', () => {
    test('GIVEN audit mode, THEN every policy is allow-only: enableDefaultDeny is false for ingress and egress', () => {
      const objects = synthObjects(withKeys(policies('audit', 'cilium')));
      const cnps = objects.filter((o) => o.kind === 'CiliumNetworkPolicy');
      expect(cnps.length).toBeGreaterThan(0);
      for (const cnp of cnps) expect(cnp.spec.enableDefaultDeny).toEqual({ ingress: false, egress: false });
      expect(kinds(objects, 'NetworkPolicy')).toEqual([]);
    });

    test('GIVEN enforce mode, THEN every policy denies by default in both directions', () => {
      const objects = synthObjects(withKeys(policies('enforce', 'cilium')));
      for (const cnp of objects.filter((o) => o.kind === 'CiliumNetworkPolicy')) expect(cnp.spec.enableDefaultDeny).toEqual({ ingress: true, egress: true });
    });

    test('GIVEN the bundled stores, THEN web, worker, Postgres, ClickHouse, Valkey and MinIO each get a policy on their real pod labels', () => {
      const objects = synthObjects(withKeys(policies('enforce', 'cilium')));
      expect(kinds(objects, 'CiliumNetworkPolicy')).toEqual(['langfuse-clickhouse', 'langfuse-postgres', 'langfuse-redis', 'langfuse-s3', 'langfuse-web', 'langfuse-worker']);
      const selector = (name: string) => findObject(objects, 'CiliumNetworkPolicy', name).spec.endpointSelector.matchLabels;
      expect(selector('langfuse-web')).toEqual({ 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/instance': 'langfuse', 'app': 'web' });
      expect(selector('langfuse-worker')).toEqual({ 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/instance': 'langfuse', 'app': 'worker' });
      expect(selector('langfuse-postgres')).toEqual({ 'cnpg.io/cluster': 'langfuse-postgresql' });
      expect(selector('langfuse-clickhouse')).toEqual({ 'app.kubernetes.io/name': 'clickhouse', 'app.kubernetes.io/instance': 'langfuse' });
      // Helm renames an aliased sub-chart, so Bitnami's name label is the alias.
      expect(selector('langfuse-redis')).toEqual({ 'app.kubernetes.io/name': 'redis', 'app.kubernetes.io/instance': 'langfuse' });
      expect(selector('langfuse-s3')).toEqual({ 'app.kubernetes.io/name': 's3', 'app.kubernetes.io/instance': 'langfuse' });
    });

    test('GIVEN Dragonfly and RustFS, THEN the bundled-store policies disappear and Langfuse reaches the shared stores instead', () => {
      const objects = synthObjects(withKeys(DRAGONFLY_ACL, RUSTFS, policies('enforce', 'cilium')));
      expect(kinds(objects, 'CiliumNetworkPolicy')).toEqual(['langfuse-clickhouse', 'langfuse-postgres', 'langfuse-web', 'langfuse-worker']);
      const egress = rulesOf(objects, 'cilium', 'langfuse-worker', 'egress');
      expect(allows(egress, 'ai-system', { 'app.kubernetes.io/name': 'redis' }, ['6379/TCP'])).toBe(false);
      expect(allows(egress, 'cache', { app: 'dragonfly' }, ['6379/TCP'])).toBe(true);
    });

    test('GIVEN ClickHouse cluster mode, THEN ZooKeeper is covered and ClickHouse reaches it on 2181', () => {
      const objects = synthObjects(withKeys({ langfuse_clickhouse_replicas: 3, langfuse_clickhouse_cluster_enabled: true }, policies('enforce', 'cilium')));
      expect(findObject(objects, 'CiliumNetworkPolicy', 'langfuse-zookeeper').spec.endpointSelector.matchLabels)
        .toEqual({ 'app.kubernetes.io/name': 'zookeeper', 'app.kubernetes.io/instance': 'langfuse' });
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-clickhouse', 'egress'), 'ai-system', { 'app.kubernetes.io/name': 'zookeeper' }, ['2181/TCP'])).toBe(true);
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-zookeeper', 'ingress'), 'ai-system', { 'app.kubernetes.io/name': 'zookeeper' }, ['2888/TCP', '3888/TCP'])).toBe(true);
    });

    test('GIVEN no cluster mode, THEN there is no ZooKeeper policy', () => {
      expect(hasObject(synthObjects(withKeys(policies('enforce', 'cilium'))), 'CiliumNetworkPolicy', 'langfuse-zookeeper')).toBe(false);
    });

    test('Postgres accepts the CNPG operator and Langfuse, and reaches the API server as an entity', () => {
      const objects = synthObjects(withKeys(policies('enforce', 'cilium')));
      const ingress = rulesOf(objects, 'cilium', 'langfuse-postgres', 'ingress');
      expect(allows(ingress, 'cnpg-system', { 'app.kubernetes.io/name': 'cloudnative-pg' }, ['8000/TCP'])).toBe(true);
      expect(allows(ingress, 'ai-system', { app: 'web' }, ['5432/TCP'])).toBe(true);
      expect(allows(ingress, 'ai-system', { app: 'worker' }, ['5432/TCP'])).toBe(true);
      expect(rulesOf(objects, 'cilium', 'langfuse-postgres', 'egress')).toContainEqual({ entity: 'kube-apiserver', ports: ['443/TCP', '6443/TCP'] });
    });

    test('GIVEN LiteLLM, THEN web and worker reach it on 4000 and web admits it and the LLM-connection Job on 3000', () => {
      const objects = synthObjects(withKeys(LITELLM, policies('enforce', 'cilium')));
      for (const component of ['web', 'worker']) {
        expect(allows(rulesOf(objects, 'cilium', `langfuse-${component}`, 'egress'), 'ai-system', { 'app.kubernetes.io/name': 'litellm' }, ['4000/TCP'])).toBe(true);
      }
      const ingress = rulesOf(objects, 'cilium', 'langfuse-web', 'ingress');
      expect(allows(ingress, 'ai-system', { 'app.kubernetes.io/name': 'litellm' }, ['3000/TCP'])).toBe(true);
      expect(allows(ingress, 'ai-system', { 'app.kubernetes.io/name': 'langfuse-llm-connection' }, ['3000/TCP'])).toBe(true);
    });

    test('GIVEN no LiteLLM, THEN nothing reaches port 4000', () => {
      const objects = synthObjects(withKeys(policies('enforce', 'cilium')));
      expect(rulesOf(objects, 'cilium', 'langfuse-worker', 'egress').some((r) => r.ports.includes('4000/TCP'))).toBe(false);
    });

    test('GIVEN monitoring, THEN Prometheus may scrape the statsd-exporter sidecars, the CNPG exporter and ClickHouse', () => {
      const objects = synthObjects(withKeys(MONITORING, policies('enforce', 'cilium')));
      const prometheus = { 'app.kubernetes.io/name': 'prometheus' };
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-web', 'ingress'), 'monitoring', prometheus, ['9102/TCP'])).toBe(true);
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-worker', 'ingress'), 'monitoring', prometheus, ['9102/TCP'])).toBe(true);
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-postgres', 'ingress'), 'monitoring', prometheus, ['9187/TCP'])).toBe(true);
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-clickhouse', 'ingress'), 'monitoring', prometheus, ['8001/TCP'])).toBe(true);
    });

    test('GIVEN monitoring off, THEN Prometheus is admitted nowhere', () => {
      const objects = synthObjects(withKeys(policies('enforce', 'cilium')));
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-postgres', 'ingress'), 'monitoring', { 'app.kubernetes.io/name': 'prometheus' }, ['9187/TCP'])).toBe(false);
    });

    test('GIVEN the route, THEN web admits the gateways\' namespace on 3000; GIVEN no route, THEN it does not', () => {
      const routed = synthObjects(withKeys(policies('enforce', 'cilium')));
      expect(allows(rulesOf(routed, 'cilium', 'langfuse-web', 'ingress'), 'network', undefined, ['3000/TCP'])).toBe(true);
      const unrouted = synthObjects(withKeys({ langfuse_httproute_enabled: false }, policies('enforce', 'cilium')));
      expect(allows(rulesOf(unrouted, 'cilium', 'langfuse-web', 'ingress'), 'network', undefined, ['3000/TCP'])).toBe(false);
    });

    test('GIVEN SMTP, THEN web and worker reach the world on the SMTP port only', () => {
      const objects = synthObjects(withKeys({ langfuse_smtp_url: 'smtp://mail.example.com:2525', langfuse_email_from: 'langfuse@example.com' }, policies('enforce', 'cilium')));
      expect(rulesOf(objects, 'cilium', 'langfuse-worker', 'egress')).toContainEqual({ entity: 'world', ports: ['2525/TCP'] });
    });

    test('GIVEN SSO, THEN only web, not worker, reaches Keycloak', () => {
      const objects = synthObjects(withKeys(SSO, policies('enforce', 'cilium')));
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-web', 'egress'), 'identity', { app: 'keycloak' }, ['8080/TCP'])).toBe(true);
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-worker', 'egress'), 'identity', { app: 'keycloak' }, ['8080/TCP'])).toBe(false);
    });
  });

  describe('with the plain NetworkPolicy engine', () => {
    test('GIVEN audit mode, THEN nothing is emitted, since any NetworkPolicy that selects a pod denies by default', () => {
      const objects = synthObjects(withKeys(policies('audit', 'kubernetes')));
      expect(kinds(objects, 'NetworkPolicy')).toEqual([]);
      expect(kinds(objects, 'CiliumNetworkPolicy')).toEqual([]);
    });

    test('GIVEN enforce mode, THEN the same workloads get NetworkPolicies with both policy types and no Cilium policy', () => {
      const objects = synthObjects(withKeys(policies('enforce', 'kubernetes')));
      expect(kinds(objects, 'NetworkPolicy')).toEqual(['langfuse-clickhouse', 'langfuse-postgres', 'langfuse-redis', 'langfuse-s3', 'langfuse-web', 'langfuse-worker']);
      expect(kinds(objects, 'CiliumNetworkPolicy')).toEqual([]);
      for (const np of objects.filter((o) => o.kind === 'NetworkPolicy')) expect(np.spec.policyTypes).toEqual(['Ingress', 'Egress']);
      expect(findObject(objects, 'NetworkPolicy', 'langfuse-web').spec.podSelector.matchLabels)
        .toEqual({ 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/instance': 'langfuse', 'app': 'web' });
    });

    test('renders the same rules as Cilium for every workload (one model, two renderings)', () => {
      const extra = [DRAGONFLY_ACL, RUSTFS, SSO, LITELLM, MONITORING];
      const cilium = synthObjects(withKeys(...extra, policies('enforce', 'cilium')));
      const plain = synthObjects(withKeys(...extra, policies('enforce', 'kubernetes')));
      const podRules = (rules: ReturnType<typeof rulesOf>) => rules.filter((r) => r.entity === undefined);
      for (const name of kinds(cilium, 'CiliumNetworkPolicy')) {
        for (const direction of ['egress', 'ingress'] as const) {
          expect(podRules(rulesOf(plain, 'kubernetes', name, direction))).toEqual(podRules(rulesOf(cilium, 'cilium', name, direction)));
        }
      }
    });

    test('cross-namespace peers pair a namespaceSelector with the podSelector, and the API server becomes an ipBlock', () => {
      const objects = synthObjects(withKeys(DRAGONFLY_ACL, policies('enforce', 'kubernetes')));
      const web = findObject(objects, 'NetworkPolicy', 'langfuse-web');
      expect(web.spec.egress).toContainEqual({
        to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'cache' } }, podSelector: { matchLabels: { app: 'dragonfly' } } }],
        ports: [{ port: 6379, protocol: 'TCP' }],
      });
      expect(rulesOf(objects, 'kubernetes', 'langfuse-postgres', 'egress')).toContainEqual({ entity: 'ipBlock 0.0.0.0/0', ports: ['443/TCP', '6443/TCP'] });
    });
  });
});
