import { Chart, Testing } from 'cdk8s';
import { CiliumPolicy } from '../../lib/network/cilium-policy';
import { KubernetesNetworkPolicy } from '../../lib/network/kubernetes-network-policy';
import { inClusterTarget, langfuseTraffic, smtpPort } from '../../lib/network/langfuse-traffic';
import { Peer, PeerKind, requiredPeerIngress, tcp, trafficTable, workloadRules } from '../../lib/network/traffic-model';
import { TrafficPolicies } from '../../lib/network/traffic-policies';

const base = { namespace: 'ai-system', release: 'langfuse', postgresCluster: 'langfuse-postgresql' };

describe('the traffic model', () => {
  test('peers with the same kind, namespace and labels are equal whatever their display name', () => {
    expect(Peer.pods('a', 'ns', { x: '1', y: '2' }).equals(Peer.pods('b', 'ns', { y: '2', x: '1' }))).toBe(true);
    expect(Peer.pods('a', 'ns', { x: '1' }).equals(Peer.pods('a', 'other', { x: '1' }))).toBe(false);
  });

  test('fails on a pods peer without labels, which would select every pod', () => {
    expect(() => Peer.pods('all', 'ns', {})).toThrow(/needs at least one label/);
  });

  test('a workload\'s egress is the flows it starts and its ingress the flows that end at it', () => {
    // GIVEN
    const a = Peer.pods('a', 'ns', { app: 'a' });
    const b = Peer.pods('b', 'ns', { app: 'b' });
    const model = {
      namespace: 'ns',
      workloads: [{ policyName: 'a', peer: a, description: 'a' }, { policyName: 'b', peer: b, description: 'b' }],
      flows: [{ from: a, to: b, ports: tcp(80), purpose: 'http', when: 'always' }],
    };
    // WHEN
    const rules = workloadRules(model);
    // THEN
    expect(rules.find((r) => r.workload.policyName === 'a')!.egress).toEqual([{ peer: b, ports: tcp(80), purpose: 'http' }]);
    expect(rules.find((r) => r.workload.policyName === 'b')!.ingress).toEqual([{ peer: a, ports: tcp(80), purpose: 'http' }]);
  });

  test('fails when a protected workload is outside the model\'s namespace', () => {
    const model = { namespace: 'ns', workloads: [{ policyName: 'x', peer: Peer.pods('x', 'other', { app: 'x' }), description: '' }], flows: [] };
    expect(() => workloadRules(model)).toThrow(/namespace other, not in the model's namespace ns/);
  });

  test('lists the ingress the neighbours must admit (Dragonfly, Keycloak, Tempo, LiteLLM...) and prints a table', () => {
    // GIVEN
    const model = langfuseTraffic({
      ...base, dragonfly: { namespace: 'cache', port: 6379 }, keycloak: { namespace: 'identity', port: 8080 },
      tempo: { namespace: 'monitoring', port: 4318 }, litellm: { namespace: 'ai-system', port: 4000 },
    });
    // WHEN
    const neighbours = new Set(requiredPeerIngress(model).map((f) => f.to.name));
    // THEN
    expect([...neighbours].sort()).toEqual(['dragonfly', 'keycloak', 'kube-dns', 'litellm', 'tempo']);
    expect(trafficTable(model)).toContain('| langfuse-web | tempo (monitoring/app.kubernetes.io/name=tempo) | 4318/TCP | OTLP/HTTP self-traces | tracing on |');
  });

  test('a service URL outside the cluster becomes the world', () => {
    expect(inClusterTarget('http://tempo.monitoring.svc.cluster.local:4318')).toEqual({ namespace: 'monitoring', port: 4318 });
    expect(inClusterTarget('https://otel.example.com')).toEqual({ namespace: undefined, port: 443 });
    const model = langfuseTraffic({ ...base, tempo: inClusterTarget('https://otel.example.com') });
    expect(model.flows.some((f) => f.to.kind === PeerKind.WORLD && f.ports[0].port === 443)).toBe(true);
  });

  test('the SMTP port comes from the URL, else from the scheme', () => {
    expect(smtpPort('smtp://user:pass@mail.example.com:2525')).toBe(2525);
    expect(smtpPort('smtps://mail.example.com')).toBe(465);
    expect(smtpPort('smtp://mail.example.com')).toBe(587);
  });
});

describe('the policy constructs', () => {
  test('fail on empty pod labels, which would select the whole namespace', () => {
    const chart = new Chart(Testing.app(), 'test', { namespace: 'ns' });
    expect(() => new CiliumPolicy(chart, 'c', { name: 'c', podLabels: {} })).toThrow(/needs pod labels \(got none\)/);
    expect(() => new KubernetesNetworkPolicy(chart, 'k', { name: 'k', podLabels: {} })).toThrow(/needs pod labels \(got none\)/);
  });

  test('the plain policy fails on an API server address without a mask', () => {
    const chart = new Chart(Testing.app(), 'test', { namespace: 'ns' });
    expect(() => new KubernetesNetworkPolicy(chart, 'k', { name: 'k', podLabels: { app: 'x' }, apiServerCidrs: ['10.0.0.1'] })).toThrow(/"10.0.0.1\/32" \(got "10.0.0.1"\)/);
  });

  test('a Cilium policy writes enableDefaultDeny even when enforcing, so the mode is always explicit', () => {
    const chart = new Chart(Testing.app(), 'test', { namespace: 'ns' });
    new CiliumPolicy(chart, 'c', { name: 'c', podLabels: { app: 'x' } });
    expect(Testing.synth(chart)[0].spec.enableDefaultDeny).toEqual({ ingress: true, egress: true });
  });

  test('TrafficPolicies defaults to Cilium in audit mode', () => {
    const chart = new Chart(Testing.app(), 'test');
    const set = new TrafficPolicies(chart, 'p', { model: langfuseTraffic(base) });
    expect(set.engine).toBe('cilium');
    expect(set.mode).toBe('audit');
    expect(Testing.synth(chart).every((o: any) => o.kind === 'CiliumNetworkPolicy' && o.spec.enableDefaultDeny.egress === false)).toBe(true);
  });
});
