import { ConfigError } from '../lib/config/errors';
import { parseConfig } from '../lib/config/load';
import { PROFILES } from '../lib/config/profiles';
import { clickhouseReplicationSwitches } from '../lib/synth';
import { checkClickhouseCluster, CLICKHOUSE_REPLICATION_WARNING } from '../lib/validate/policy-checks';
import { findObject, K8sObject, minimalRaw, synthObjects } from './support/fixtures';

const values = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse').spec.values;

describe('scale profiles', () => {
  describe('the default profile', () => {
    const objects = synthObjects(minimalRaw());

    test('runs one replica of everything, with no autoscaler, disruption budget override or spread', () => {
      const { web, worker } = values(objects).langfuse;
      expect([web.replicas, worker.replicas]).toEqual([1, 1]);
      for (const component of [web, worker]) {
        expect(component.hpa).toBeUndefined();
        expect(component.pdb).toBeUndefined();
        expect(component.pod?.topologySpreadConstraints).toBeUndefined();
      }
      expect(findObject(objects, 'Cluster', 'langfuse-postgresql').spec.instances).toBe(1);
      expect(values(objects).clickhouse).toMatchObject({ replicaCount: 1, clusterEnabled: false, zookeeper: { enabled: false } });
    });
  });

  describe('the ha profile', () => {
    const objects = synthObjects({ ...minimalRaw(), langfuse_profile: 'ha' });

    test('autoscales web and worker from 2 replicas, with a disruption budget each', () => {
      const { web, worker } = values(objects).langfuse;
      for (const component of [web, worker]) {
        expect(component.replicas).toBe(2);
        expect(component.hpa).toEqual({ enabled: true, minReplicas: 2, maxReplicas: 4, targetCPUUtilizationPercentage: 70 });
        expect(component.pdb).toEqual({ create: true, minAvailable: 1 });
      }
    });

    test('spreads web and worker pods across nodes, selecting the labels the chart puts on them', () => {
      const { web, worker } = values(objects).langfuse;
      expect(web.pod.topologySpreadConstraints).toEqual([{
        maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/instance': 'langfuse', app: 'web' } },
      }]);
      expect(worker.pod.topologySpreadConstraints[0].labelSelector.matchLabels.app).toBe('worker');
    });

    test('runs three Postgres instances with anti-affinity', () => {
      const cluster = findObject(objects, 'Cluster', 'langfuse-postgresql');
      expect(cluster.spec.instances).toBe(3);
      expect(cluster.spec.affinity).toEqual({ enablePodAntiAffinity: true, topologyKey: 'kubernetes.io/hostname' });
    });

    test('replicates ClickHouse: three replicas, cluster mode and a three-node ZooKeeper', () => {
      expect(values(objects).clickhouse).toMatchObject({ replicaCount: 3, clusterEnabled: true, zookeeper: { enabled: true, replicaCount: 3 } });
    });

    test('keys the config sets itself win over the profile', () => {
      const cfg = parseConfig({ ...minimalRaw(), langfuse_profile: 'ha', langfuse_postgres_instances: 5, langfuse_web_replicas: 3 });
      expect(cfg.langfuse_postgres_instances).toBe(5);
      expect(cfg.langfuse_web_replicas).toBe(3);
      expect(cfg.langfuse_worker_replicas).toBe(PROFILES.ha.langfuse_worker_replicas);
    });
  });

  test('an unknown profile is rejected with the allowed ones', () => {
    expect(() => parseConfig({ ...minimalRaw(), langfuse_profile: 'huge' })).toThrow(/langfuse_profile = "huge": must be "default" or "ha"/);
  });

  test('an autoscaler bound below the replicas is rejected', () => {
    try {
      parseConfig({ ...minimalRaw(), langfuse_profile: 'ha', langfuse_web_replicas: 6 });
      throw new Error('expected a config error');
    } catch (e) {
      expect((e as ConfigError).problems.map((p) => p.key)).toEqual(['langfuse_web_max_replicas']);
    }
  });

  test('without autoscaling, many replicas need no autoscaler bound', () => {
    expect(values(synthObjects({ ...minimalRaw(), langfuse_web_replicas: 6 })).langfuse.web).toMatchObject({ replicas: 6, pdb: { minAvailable: 1 } });
  });
});

describe('switching ClickHouse to replicated', () => {
  const helmrelease = (clusterEnabled: boolean) => ({
    path: 'kubernetes/apps/ai-system/langfuse/app/helmrelease.yaml',
    content: `kind: HelmRelease\nspec:\n  values:\n    clickhouse:\n      clusterEnabled: ${clusterEnabled}\n`,
  });

  test('synth warns when an existing single-node ClickHouse becomes replicated', () => {
    const warnings = clickhouseReplicationSwitches([helmrelease(true)], () => helmrelease(false).content);
    expect(warnings).toEqual([expect.stringContaining('ClickHouse switches from a single node to replicated: switching needs a data migration')]);
  });

  test('synth says nothing for a new tree, an unchanged cluster or a single node', () => {
    expect(clickhouseReplicationSwitches([helmrelease(true)], () => undefined)).toEqual([]);
    expect(clickhouseReplicationSwitches([helmrelease(true)], () => helmrelease(true).content)).toEqual([]);
    expect(clickhouseReplicationSwitches([helmrelease(false)], () => helmrelease(false).content)).toEqual([]);
  });

  test('validate warns on every replicated ClickHouse, and only there', () => {
    const release = (clusterEnabled: boolean) => ({ kind: 'HelmRelease', spec: { chart: { spec: { chart: 'langfuse' } }, values: { clickhouse: { clusterEnabled } } } });
    expect(checkClickhouseCluster(release(true))).toEqual([expect.objectContaining({ severity: 'warning', check: 'clickhouse-cluster', message: CLICKHOUSE_REPLICATION_WARNING })]);
    expect(checkClickhouseCluster(release(false))).toEqual([]);
  });
});
