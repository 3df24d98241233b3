import { Duration, Testing } from 'cdk8s';
import { LangfuseMonitoring } from '../../lib/observability/langfuse-monitoring';
import { PodMonitor } from '../../lib/observability/pod-monitor';
import { MonitorNamespaces } from '../../lib/observability/scrape-target';
import { ServiceMonitor } from '../../lib/observability/service-monitor';
import { STATSD_EXPORTER_METRICS_PORT_NAME } from '../../lib/observability/statsd-exporter-sidecar';
import {
  clickhouseServiceLabels, cnpgInstancePodLabels, dragonflyPodLabels, langfusePodLabels, selects,
} from '../../lib/observability/workload-labels';
import { SchemaValidator } from '../../lib/validate';
import { findObject, hasObject, K8sObject, renderTree, synthObjects } from '../support/fixtures';
import { BACKUP, DRAGONFLY, IN_TREE_BACKUP, MONITORING, TRACING, withRaw } from './configs';

const matchLabels = (monitor: K8sObject) => monitor.spec.selector.matchLabels;

describe('the monitors of a Langfuse instance', () => {
  const objects = synthObjects(withRaw(MONITORING, DRAGONFLY));

  test('one PodMonitor selects both web and worker pods by the labels the chart puts on them, on the sidecar port', () => {
    // GIVEN the PodMonitor for the statsd-exporter sidecars
    const monitor = findObject(objects, 'PodMonitor', 'langfuse');
    // THEN its selector matches the chart's web pods and worker pods (the worker has no Service)
    expect(selects(matchLabels(monitor), langfusePodLabels('langfuse', 'web').labels)).toBe(true);
    expect(selects(matchLabels(monitor), langfusePodLabels('langfuse', 'worker').labels)).toBe(true);
    // AND it does not depend on app.kubernetes.io/component, which the chart's Service lacks (reference defect 3)
    expect(Object.keys(matchLabels(monitor))).not.toContain('app.kubernetes.io/component');
    expect(monitor.spec.podMetricsEndpoints).toEqual([{ port: STATSD_EXPORTER_METRICS_PORT_NAME, path: '/metrics', interval: '30s' }]);
    expect(monitor.spec.podTargetLabels).toEqual(['app']);
  });

  test('the sidecar port the PodMonitor scrapes is the port the sidecar declares', () => {
    const values = findObject(objects, 'HelmRelease', 'langfuse').spec.values;
    for (const component of ['web', 'worker']) {
      const sidecar = values.langfuse[component].pod.extraContainers[0];
      expect(sidecar.ports).toContainEqual({ name: STATSD_EXPORTER_METRICS_PORT_NAME, containerPort: 9102, protocol: 'TCP' });
    }
  });

  test('the CloudNativePG PodMonitor selects the instances of the Langfuse cluster on port metrics', () => {
    const monitor = findObject(objects, 'PodMonitor', 'langfuse-postgresql');
    expect(selects(matchLabels(monitor), cnpgInstancePodLabels('langfuse-postgresql').labels)).toBe(true);
    expect(selects(matchLabels(monitor), cnpgInstancePodLabels('another-cluster').labels)).toBe(false);
    expect(monitor.spec.podMetricsEndpoints[0].port).toBe('metrics');
    // AND the deprecated operator-managed PodMonitor stays off
    expect(findObject(objects, 'Cluster', 'langfuse-postgresql').spec.monitoring).toBeUndefined();
  });

  test('the ClickHouse ServiceMonitor selects the Bitnami Service and its http-metrics port, which metrics.enabled turns on', () => {
    const monitor = findObject(objects, 'ServiceMonitor', 'langfuse-clickhouse');
    expect(selects(matchLabels(monitor), clickhouseServiceLabels('langfuse').labels)).toBe(true);
    expect(selects(matchLabels(monitor), { 'app.kubernetes.io/name': 'zookeeper', 'app.kubernetes.io/instance': 'langfuse' })).toBe(false);
    expect(monitor.spec.endpoints).toEqual([{ port: 'http-metrics', path: '/metrics', interval: '30s' }]);
    expect(findObject(objects, 'HelmRelease', 'langfuse').spec.values.clickhouse.metrics).toEqual({ enabled: true });
  });

  test('the Dragonfly PodMonitor looks in the cache namespace for the operator\'s pods and their admin port', () => {
    const monitor = findObject(objects, 'PodMonitor', 'langfuse-dragonfly');
    expect(monitor.metadata.namespace).toBe('ai-system');
    expect(monitor.spec.namespaceSelector).toEqual({ matchNames: ['cache'] });
    expect(selects(matchLabels(monitor), dragonflyPodLabels('dragonfly').labels)).toBe(true);
    expect(monitor.spec.podMetricsEndpoints[0].port).toBe('admin');
  });

  test('without Dragonfly there is no Dragonfly monitor', () => {
    expect(hasObject(synthObjects(withRaw(MONITORING)), 'PodMonitor', 'langfuse-dragonfly')).toBe(false);
  });

  test('monitoring off emits no monitor, no sidecar, no mapping and no ClickHouse metrics', () => {
    for (const raw of [withRaw({}), withRaw({ monitoring_enabled: true }), withRaw({ langfuse_monitoring_enabled: true })]) {
      const off = synthObjects(raw);
      expect(off.filter((o) => ['PodMonitor', 'ServiceMonitor'].includes(o.kind))).toEqual([]);
      expect(hasObject(off, 'ConfigMap', 'langfuse-statsd-mapping')).toBe(false);
      const values = findObject(off, 'HelmRelease', 'langfuse').spec.values;
      expect(values.langfuse.web.pod.extraContainers).toBeUndefined();
      expect(values.langfuse.worker.pod?.extraContainers).toBeUndefined();
      expect(values.langfuse.extraVolumes).toBeUndefined();
      expect(values.clickhouse.metrics).toBeUndefined();
    }
  });

  test('monitors are written to servicemonitor.yaml', async () => {
    const files = await renderTree(withRaw(MONITORING));
    const monitors = files.find((f) => f.path.endsWith('/app/servicemonitor.yaml'));
    expect(monitors?.content).toContain('kind: PodMonitor');
    expect(monitors?.content).toContain('kind: ServiceMonitor');
  });
});

describe('LangfuseMonitoring', () => {
  test('labels every monitor for a Prometheus that selects monitors by label, and no other object', () => {
    // GIVEN a kube-prometheus-stack that only selects monitors labelled release=kube-prometheus-stack
    const chart = Testing.chart();
    // WHEN Langfuse's monitoring is created with that label
    new LangfuseMonitoring(chart, 'Monitoring', {
      namespace: 'llm', release: 'langfuse-prod', postgresCluster: 'langfuse-prod-postgresql',
      dragonfly: { namespace: 'cache', name: 'shared' }, monitorLabels: { release: 'kube-prometheus-stack' },
    });
    // THEN every monitor carries it, and the monitors are named after the release
    const objects = Testing.synth(chart);
    const monitors = objects.filter((o) => o.kind.endsWith('Monitor'));
    expect(monitors.map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'PodMonitor/langfuse-prod', 'PodMonitor/langfuse-prod-postgresql', 'ServiceMonitor/langfuse-prod-clickhouse', 'PodMonitor/langfuse-prod-dragonfly',
    ]);
    for (const monitor of monitors) expect(monitor.metadata.labels).toEqual({ release: 'kube-prometheus-stack' });
    expect(objects.find((o) => o.metadata.name === 'langfuse-prod-dashboard')?.metadata.labels).toEqual({ grafana_dashboard: '1' });
    expect(monitors.find((o) => o.metadata.name === 'langfuse-prod-dragonfly')?.spec.selector.matchLabels).toEqual({ app: 'shared' });
  });
});

describe('ServiceMonitor', () => {
  test('renders typed endpoints, the selector and the namespace selector', () => {
    // GIVEN a chart of another app
    const chart = Testing.chart();
    // WHEN it monitors a Service in two namespaces
    const monitor = new ServiceMonitor(chart, 'Monitor', {
      name: 'api', namespace: 'apps', selector: { app: 'api' }, namespaceSelector: MonitorNamespaces.of('apps', 'staging'),
      endpoints: [{ port: 'metrics', path: '/stats', interval: Duration.minutes(1), scrapeTimeout: Duration.seconds(20), scheme: 'https', honorLabels: true }],
      jobLabel: 'app', labels: { release: 'kube-prometheus-stack' },
    });
    // THEN the resource carries exactly those settings
    const [object] = Testing.synth(chart);
    expect(monitor.selector).toEqual({ app: 'api' });
    expect(object).toEqual({
      apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor',
      metadata: { name: 'api', namespace: 'apps', labels: { release: 'kube-prometheus-stack' } },
      spec: {
        selector: { matchLabels: { app: 'api' } },
        namespaceSelector: { matchNames: ['apps', 'staging'] },
        jobLabel: 'app',
        endpoints: [{ port: 'metrics', path: '/stats', interval: '1m', scrapeTimeout: '20s', scheme: 'https', honorLabels: true }],
      },
    });
  });

  test('any namespace renders as any: true', () => {
    const chart = Testing.chart();
    new ServiceMonitor(chart, 'Monitor', { name: 'api', namespace: 'apps', selector: { app: 'api' }, namespaceSelector: MonitorNamespaces.any(), endpoints: [{ port: 'web' }] });
    expect(Testing.synth(chart)[0].spec.namespaceSelector).toEqual({ any: true });
  });

  test.each([
    ['an empty selector', { selector: {} }, /needs a non-empty selector/],
    ['no endpoint', { endpoints: [] }, /service monitor api needs at least one endpoint/],
    ['a port name longer than 15 characters', { endpoints: [{ port: 'a-very-long-port-name' }] },
      /port must be a container or Service port name of at most 15 characters \(got "a-very-long-port-name"\)/],
    ['a relative path', { endpoints: [{ port: 'metrics', path: 'metrics' }] }, /path must start with "\/" \(got "metrics"\)/],
    ['a timeout longer than the interval', { endpoints: [{ port: 'metrics', interval: Duration.seconds(10), scrapeTimeout: Duration.seconds(15) }] },
      /scrape timeout 15s must not exceed the interval 10s/],
  ])('fails on %s', (_what, override, message) => {
    expect(() => new ServiceMonitor(Testing.chart(), 'Monitor', { name: 'api', namespace: 'apps', selector: { app: 'api' }, endpoints: [{ port: 'metrics' }], ...override }))
      .toThrow(message);
  });

  test('fails on a namespace that is not a DNS label', () => {
    expect(() => MonitorNamespaces.of('Apps')).toThrow(/monitor namespace must be a DNS label \(got "Apps"\)/);
    expect(() => MonitorNamespaces.of()).toThrow(/at least one name/);
  });
});

describe('PodMonitor', () => {
  test('renders the pod selector, pod target labels and endpoints, in its own namespace by default', () => {
    const chart = Testing.chart();
    new PodMonitor(chart, 'Monitor', { name: 'worker', namespace: 'apps', selector: { app: 'worker' }, podTargetLabels: ['app'], endpoints: [{ port: 'metrics' }] });
    const [object] = Testing.synth(chart);
    expect(object.spec).toEqual({
      selector: { matchLabels: { app: 'worker' } }, podTargetLabels: ['app'],
      podMetricsEndpoints: [{ port: 'metrics', path: '/metrics', interval: '30s' }],
    });
  });

  test('fails with an empty selector, which would scrape every pod', () => {
    expect(() => new PodMonitor(Testing.chart(), 'Monitor', { name: 'worker', namespace: 'apps', selector: {}, endpoints: [{ port: 'metrics' }] }))
      .toThrow(/monitor worker needs a non-empty selector/);
  });
});

describe('every observability and backup object validates against its CRD or core schema', () => {
  const KINDS = ['PodMonitor', 'ServiceMonitor', 'ConfigMap', 'ObjectStore', 'ScheduledBackup', 'Cluster', 'HelmRelease', 'Kustomization'];

  test.each([
    ['monitoring, tracing, plugin backups and Dragonfly', withRaw(MONITORING, TRACING, BACKUP, DRAGONFLY)],
    ['monitoring and in-tree backups', withRaw(MONITORING, IN_TREE_BACKUP)],
  ])('with %s', (_name, raw) => {
    const validator = SchemaValidator.load();
    const objects = synthObjects(raw).filter((o) => KINDS.includes(o.kind));
    expect(objects.length).toBeGreaterThanOrEqual(8);
    expect(validator.validateAll(objects)).toEqual([]);
  });
});
