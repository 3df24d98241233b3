import { clickhouseKeeperPodLabels, clickhouseServerPodLabels, CLICKHOUSE_OPERATOR_POD_LABELS } from '../../lib/clickhouse/operator-conventions';
import { langfuseTraffic } from '../../lib/network/langfuse-traffic';
import { PeerKind } from '../../lib/network/traffic-model';
import { findObject, hasObject, synthObjects } from '../support/fixtures';
import { allows, MONITORING, policies, rulesOf, withKeys } from './support';

const V4 = { langfuse_version: 4 };
const server = clickhouseServerPodLabels('langfuse-analytics');
const keeper = clickhouseKeeperPodLabels('langfuse-analytics');
const langfuseApp = (app: string) => ({ 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/instance': 'langfuse', app });
const prometheus = { 'app.kubernetes.io/name': 'prometheus' };

/**
 * Every flow the operator's ClickHouse needs, as [policy, direction, peer namespace, peer labels, ports]:
 * if one is missing from the model, the enforced policies drop that traffic and this list fails.
 */
const FLOWS: Array<[string, 'egress' | 'ingress', string, Record<string, string> | undefined, string[], string]> = [
  ['langfuse-web', 'egress', 'ai-system', { app: server.app }, ['8123/TCP', '9000/TCP'], 'Langfuse web → ClickHouse 8123/9000'],
  ['langfuse-worker', 'egress', 'ai-system', { app: server.app }, ['8123/TCP', '9000/TCP'], 'Langfuse worker → ClickHouse 8123/9000'],
  ['langfuse-analytics-clickhouse', 'ingress', 'ai-system', langfuseApp('web'), ['8123/TCP', '9000/TCP'], 'ClickHouse admits web'],
  ['langfuse-analytics-clickhouse', 'egress', 'ai-system', { app: keeper.app }, ['2181/TCP'], 'ClickHouse → Keeper 2181'],
  ['langfuse-analytics-keeper', 'ingress', 'ai-system', { app: server.app }, ['2181/TCP'], 'Keeper admits ClickHouse on 2181'],
  ['langfuse-analytics-keeper', 'egress', 'ai-system', { app: keeper.app }, ['9234/TCP'], 'Keeper → Keeper 9234 (Raft)'],
  ['langfuse-analytics-keeper', 'ingress', 'ai-system', { app: keeper.app }, ['9234/TCP'], 'Keeper admits Keeper 9234'],
  ['langfuse-analytics-clickhouse', 'egress', 'ai-system', { app: server.app }, ['9009/TCP', '9001/TCP'], 'ClickHouse → ClickHouse 9009/9001'],
  ['langfuse-analytics-clickhouse', 'ingress', 'ai-system', { app: server.app }, ['9009/TCP', '9001/TCP'], 'ClickHouse admits ClickHouse 9009/9001'],
  ['langfuse-analytics-clickhouse', 'ingress', 'clickhouse-operator', { ...CLICKHOUSE_OPERATOR_POD_LABELS }, ['9001/TCP'], 'operator → ClickHouse 9001'],
  ['langfuse-analytics-keeper', 'ingress', 'clickhouse-operator', { ...CLICKHOUSE_OPERATOR_POD_LABELS }, ['2181/TCP'], 'operator → Keeper 2181'],
  ['langfuse-analytics-clickhouse', 'ingress', 'monitoring', prometheus, ['9363/TCP'], 'Prometheus → ClickHouse 9363'],
  ['langfuse-analytics-keeper', 'ingress', 'monitoring', prometheus, ['9090/TCP'], 'Prometheus → Keeper 9090'],
  ['langfuse-analytics-clickhouse', 'egress', 'kube-system', { 'k8s-app': 'kube-dns' }, ['53/UDP'], 'ClickHouse → DNS'],
  ['langfuse-analytics-keeper', 'egress', 'kube-system', { 'k8s-app': 'kube-dns' }, ['53/UDP'], 'Keeper → DNS'],
];

describe('network policies around the operator\'s ClickHouse', () => {
  describe.each(['cilium', 'kubernetes'] as const)('with the %s engine in enforce mode', (engine) => {
    const objects = synthObjects(withKeys(V4, MONITORING, policies('enforce', engine)));

    test.each(FLOWS)('%s %s allows %s %j on %j (%s)', (policy, direction, namespace, labels, ports) => {
      expect(allows(rulesOf(objects, engine, policy, direction), namespace, labels, ports)).toBe(true);
    });

    test('the servers and Keeper get policies on the operator\'s pod labels, and the bundled ClickHouse none', () => {
      const kind = engine === 'cilium' ? 'CiliumNetworkPolicy' : 'NetworkPolicy';
      const selector = (name: string) => {
        const policy = findObject(objects, kind, name);
        const labels = engine === 'cilium' ? policy.spec.endpointSelector.matchLabels : policy.spec.podSelector.matchLabels;
        const { 'k8s:io.kubernetes.pod.namespace': _ns, ...rest } = labels;
        return rest;
      };
      expect(selector('langfuse-analytics-clickhouse')).toEqual({ app: server.app });
      expect(selector('langfuse-analytics-keeper')).toEqual({ app: keeper.app });
      expect(hasObject(objects, kind, 'langfuse-clickhouse')).toBe(false);
      expect(hasObject(objects, kind, 'langfuse-zookeeper')).toBe(false);
      expect(allows(rulesOf(objects, engine, 'langfuse-web', 'egress'), 'ai-system', { 'app.kubernetes.io/name': 'clickhouse' }, ['8123/TCP'])).toBe(false);
    });
  });

  describe.each(['cilium', 'kubernetes'] as const)('with clickhouse_operator_namespace set and the %s engine in enforce mode', (engine) => {
    const operator = { ...CLICKHOUSE_OPERATOR_POD_LABELS };
    test.each([false, true])('the operator is admitted from the configured namespace only (clickhouse_operator_install: %s)', (install) => {
      const objects = synthObjects(withKeys(V4, policies('enforce', engine), {
        clickhouse_operator_namespace: 'clickhouse-operator-system', clickhouse_operator_install: install,
      }));
      const clickhouse = rulesOf(objects, engine, 'langfuse-analytics-clickhouse', 'ingress');
      const keeperRules = rulesOf(objects, engine, 'langfuse-analytics-keeper', 'ingress');
      expect(allows(clickhouse, 'clickhouse-operator-system', operator, ['9001/TCP'])).toBe(true);
      expect(allows(keeperRules, 'clickhouse-operator-system', operator, ['2181/TCP'])).toBe(true);
      expect(allows(clickhouse, 'clickhouse-operator', operator, ['9001/TCP'])).toBe(false);
      expect(allows(keeperRules, 'clickhouse-operator', operator, ['2181/TCP'])).toBe(false);
    });
  });

  test.each([
    ['cilium', 'enforce'], ['cilium', 'audit'], ['kubernetes', 'enforce'],
  ] as const)('no %s policy (%s) selects the operator\'s own pods, even when the tool installs them, and the model claims no flow into them', (engine, mode) => {
    const raw = withKeys(V4, MONITORING, policies(mode, engine), { clickhouse_operator_install: true, clickhouse_operator_namespace: 'clickhouse-operator-system' });
    const objects = synthObjects(raw);
    const policyKinds = ['CiliumNetworkPolicy', 'NetworkPolicy', 'CiliumClusterwideNetworkPolicy'];
    const emitted = objects.filter((o) => policyKinds.includes(o.kind));
    expect(emitted.length).toBeGreaterThan(0);
    expect(emitted.filter((o) => o.metadata.namespace === 'clickhouse-operator-system')).toEqual([]);
    expect(JSON.stringify(emitted)).not.toContain('9443');
    const model = langfuseTraffic({
      namespace: 'ai-system', release: 'langfuse', postgresCluster: 'langfuse-postgresql',
      clickhouse: { bundled: false, operator: { name: 'langfuse-analytics', operatorNamespace: 'clickhouse-operator-system' }, serving: 'operator' },
    });
    expect(model.workloads.filter((w) => w.peer.namespace !== 'ai-system')).toEqual([]);
    expect(model.flows.filter((f) => f.to.namespace === 'clickhouse-operator-system' || f.from.kind === PeerKind.KUBE_APISERVER)).toEqual([]);
    expect(model.flows.filter((f) => f.from.namespace === 'clickhouse-operator-system').map((f) => `${f.to.name} ${f.ports.map((p) => p.port)}`))
      .toEqual(['langfuse-analytics-clickhouse 9001', 'langfuse-analytics-keeper 2181']);
  });

  test('without monitoring no scrape flow reaches the operator\'s pods', () => {
    const objects = synthObjects(withKeys(V4, policies('enforce', 'cilium')));
    expect(allows(rulesOf(objects, 'cilium', 'langfuse-analytics-clickhouse', 'ingress'), 'monitoring', prometheus, ['9363/TCP'])).toBe(false);
  });

  test('with both stores running (a migration), the bundled one keeps its policy and Langfuse talks only to the one it uses', () => {
    const model = langfuseTraffic({
      namespace: 'ai-system', release: 'langfuse', postgresCluster: 'langfuse-postgresql',
      clickhouse: { bundled: true, operator: { name: 'langfuse-analytics' }, serving: 'bundled' },
    });
    expect(model.workloads.map((w) => w.policyName)).toEqual(expect.arrayContaining(['langfuse-clickhouse', 'langfuse-analytics-clickhouse', 'langfuse-analytics-keeper']));
    const analytics = model.flows.filter((f) => f.from.name === 'langfuse-web' && f.ports.some((p) => p.port === 8123)).map((f) => f.to.name);
    expect(analytics).toEqual(['langfuse-clickhouse']);
  });
});
