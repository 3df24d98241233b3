import { Testing } from 'cdk8s';
import { ClickHouseCluster } from '../../lib/clickhouse/clickhouse-cluster';
import { CLICKHOUSE_KEEPER_IMAGE, CLICKHOUSE_SERVER_IMAGE, imageRef } from '../../lib/clickhouse/clickhouse-images';
import { clickhouseServerPodLabels, clickhouseKeeperPodLabels } from '../../lib/clickhouse/operator-conventions';
import { selects } from '../../lib/observability/workload-labels';
import { SchemaValidator } from '../../lib/validate';
import { findObject, K8sObject, synthObjects, minimalRaw } from '../support/fixtures';

const PASSWORD = { name: 'langfuse-clickhouse-credentials', key: 'password' };

function synth(props: Partial<ConstructorParameters<typeof ClickHouseCluster>[2]> = {}) {
  const chart = Testing.chart();
  const cluster = new ClickHouseCluster(chart, 'ClickHouse', { namespace: 'ai-system', passwordSecret: PASSWORD, ...props });
  const objects = Testing.synth(chart) as K8sObject[];
  return { cluster, objects, keeper: findObject(objects, 'KeeperCluster', cluster.name), server: findObject(objects, 'ClickHouseCluster', cluster.name) };
}

describe('ClickHouseCluster', () => {
  test('emits a KeeperCluster and a ClickHouseCluster named langfuse-analytics, never the chart\'s langfuse-clickhouse', () => {
    const { objects, server } = synth();
    expect(objects.map((o) => `${o.apiVersion} ${o.kind}/${o.metadata.name}`)).toEqual([
      'clickhouse.com/v1alpha1 KeeperCluster/langfuse-analytics', 'clickhouse.com/v1alpha1 ClickHouseCluster/langfuse-analytics',
    ]);
    expect(server.spec.keeperClusterRef).toEqual({ name: 'langfuse-analytics' });
    expect(server.spec.shards).toBe(1);
  });

  test('protects both resources from Flux prune', () => {
    const { keeper, server } = synth();
    for (const o of [keeper, server]) expect(o.metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
  });

  test('pins the server and Keeper images at ClickHouse 26.4.4.38, and takes overrides', () => {
    const { keeper, server } = synth();
    expect(server.spec.containerTemplate.image).toEqual({ repository: 'clickhouse/clickhouse-server', tag: '26.4.4.38' });
    expect(keeper.spec.containerTemplate.image).toEqual({ repository: 'clickhouse/clickhouse-keeper', tag: '26.4.4.38' });
    expect(CLICKHOUSE_SERVER_IMAGE).toBe('clickhouse/clickhouse-server:26.4.4.38');
    expect(CLICKHOUSE_KEEPER_IMAGE).toBe('clickhouse/clickhouse-keeper:26.4.4.38');
    const digest = `registry.example.com:5000/mirror/clickhouse-server@sha256:${'a'.repeat(64)}`;
    expect(synth({ image: digest }).server.spec.containerTemplate.image).toEqual({ repository: 'registry.example.com:5000/mirror/clickhouse-server', hash: `sha256:${'a'.repeat(64)}` });
  });

  test('takes the default user\'s password from the existing Secret, keeps database sync on, logs to the console only', () => {
    const { server, keeper } = synth();
    expect(server.spec.settings).toEqual({
      defaultUserPassword: { secret: PASSWORD },
      enableDatabaseSync: true,
      logger: { logToFile: false, level: 'information' },
    });
    expect(keeper.spec.settings).toEqual({ logger: { logToFile: false, level: 'information' } });
  });

  test('sizes the volumes on the storage class, and always sets a CPU limit (the operator would cap it at 1 core)', () => {
    const { server, keeper } = synth({ storageClass: 'fast', storageSize: '40Gi', keeperStorageSize: '5Gi', cpuRequest: '3', memoryRequest: '8Gi', memoryLimit: '8Gi' });
    expect(server.spec.dataVolumeClaimSpec).toEqual({ accessModes: ['ReadWriteOnce'], storageClassName: 'fast', resources: { requests: { storage: '40Gi' } } });
    expect(keeper.spec.dataVolumeClaimSpec).toEqual({ accessModes: ['ReadWriteOnce'], storageClassName: 'fast', resources: { requests: { storage: '5Gi' } } });
    expect(server.spec.containerTemplate.resources).toEqual({ requests: { cpu: '3', memory: '8Gi' }, limits: { cpu: '3', memory: '8Gi' } });
    expect(synth().server.spec.containerTemplate.resources).toEqual({ requests: { cpu: '500m', memory: '2Gi' }, limits: { cpu: '2', memory: '4Gi' } });
    expect(keeper.spec.containerTemplate.resources.limits).toEqual({ cpu: '1', memory: '1Gi' });
  });

  test('replaces the capabilities the operator adds (which baseline Pod Security rejects) with none', () => {
    const { server, keeper } = synth();
    for (const o of [server, keeper]) expect(o.spec.containerTemplate.securityContext).toEqual({ capabilities: { add: [] } });
  });

  test('one replica of each: no affinity or spread', () => {
    const { server, keeper } = synth();
    expect(server.spec.replicas).toBe(1);
    expect(keeper.spec.replicas).toBe(1);
    expect(server.spec.podTemplate).toBeUndefined();
    expect(keeper.spec.podTemplate).toBeUndefined();
  });

  test('replicated: anti-affinity and topology spread over nodes, selecting the pods the operator labels', () => {
    const { server, keeper } = synth({ replicas: 3, keeperReplicas: 3 });
    for (const [o, labels] of [[server, clickhouseServerPodLabels('langfuse-analytics')], [keeper, clickhouseKeeperPodLabels('langfuse-analytics')]] as const) {
      const term = o.spec.podTemplate.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0];
      expect(term.podAffinityTerm.topologyKey).toBe('kubernetes.io/hostname');
      expect(selects(term.podAffinityTerm.labelSelector.matchLabels, labels)).toBe(true);
      expect(o.spec.podTemplate.topologySpreadConstraints).toEqual([{
        maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: term.podAffinityTerm.labelSelector,
      }]);
    }
    expect(selects(server.spec.podTemplate.topologySpreadConstraints[0].labelSelector.matchLabels, clickhouseKeeperPodLabels('langfuse-analytics'))).toBe(false);
  });

  test('exposes the connection: headless Service, HTTP and native URLs, the Secret, pod selectors and the first pod', () => {
    const { cluster } = synth();
    expect(cluster.headlessService).toBe('langfuse-analytics-clickhouse-headless');
    expect(cluster.host).toBe('langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local');
    expect(cluster.connection.httpUrl).toBe('http://langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local:8123');
    expect(cluster.connection.nativeUrl).toBe('clickhouse://langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local:9000');
    expect(cluster.connection.passwordSecret).toEqual(PASSWORD);
    expect(cluster.connection.clusterEnabled).toBe(true);
    expect(cluster.podSelector).toEqual({ app: 'langfuse-analytics-clickhouse' });
    expect(cluster.keeperPodSelector).toEqual({ app: 'langfuse-analytics-keeper' });
    expect(cluster.firstPod).toBe('langfuse-analytics-clickhouse-0-0-0');
  });

  test('its Flux health checks wait for Ready on both resources and fail on an invalid spec', () => {
    const { targets, expressions } = ClickHouseCluster.healthChecks('langfuse-analytics', 'ai-system');
    expect(targets.map((t) => `${t.kind}/${t.namespace}/${t.name}`)).toEqual(['KeeperCluster/ai-system/langfuse-analytics', 'ClickHouseCluster/ai-system/langfuse-analytics']);
    for (const e of expressions) {
      expect(e.current).toBe("status.conditions.exists(e, e.type == 'Ready' && e.status == 'True')");
      expect(e.failed).toBe("status.conditions.exists(e, e.type == 'SpecValid' && e.status == 'False')");
    }
  });

  test.each([
    ['an even Keeper count', { keeperReplicas: 2 }, /keeper replicas must be 1, 3 or 5.*\(got 2\)/],
    ['zero replicas', { replicas: 0 }, /clickhouse replicas must be a whole number of at least 1 \(got 0\)/],
    ['a latest image', { image: 'clickhouse/clickhouse-server:latest' }, /must be pinned .* \(got "clickhouse\/clickhouse-server:latest"\)/],
    ['an untagged image', { keeperImage: 'clickhouse/clickhouse-keeper' }, /must be pinned/],
    ['a name the operator would truncate', { name: `a${'b'.repeat(45)}` }, /at most 40 characters/],
  ])('fails on %s', (_what, props, message) => {
    expect(() => synth(props)).toThrow(message);
  });

  test('imageRef keeps a registry port apart from the tag', () => {
    expect(imageRef('registry.local:5000/clickhouse/clickhouse-server:26.4.4.38')).toEqual({ repository: 'registry.local:5000/clickhouse/clickhouse-server', tag: '26.4.4.38' });
  });
});

describe('the operator\'s resources against the clickhouse-operator CRDs', () => {
  test.each([
    ['the default profile', { langfuse_version: 4 }],
    ['the ha profile', { langfuse_version: 4, langfuse_profile: 'ha' }],
    ['overridden images and sizes', {
      langfuse_version: 4, langfuse_clickhouse_image: 'clickhouse/clickhouse-server:25.12.9.61', langfuse_clickhouse_keeper_image: 'clickhouse/clickhouse-keeper:25.12.9.61',
      langfuse_clickhouse_keeper_replicas: 5, langfuse_clickhouse_storage: '100Gi', langfuse_clickhouse_keeper_storage: '2Gi',
    }],
  ])('%s validates', (_name, extra) => {
    const objects = synthObjects({ ...minimalRaw(), ...extra }).filter((o) => o.apiVersion === 'clickhouse.com/v1alpha1');
    expect(objects.map((o) => o.kind).sort()).toEqual(['ClickHouseCluster', 'KeeperCluster']);
    expect(SchemaValidator.load().validateAll(objects)).toEqual([]);
  });

  test('a Keeper count the CRD forbids is reported by the schema, not silently emitted', () => {
    const objects = synthObjects({ ...minimalRaw(), langfuse_version: 4 }).filter((o) => o.kind === 'KeeperCluster');
    const broken = { ...objects[0], spec: { ...objects[0].spec, replicas: 2 } };
    expect(SchemaValidator.load().validateAll([broken]).join('\n')).toMatch(/replicas/);
  });
});
