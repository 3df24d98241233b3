import {
  CLICKHOUSE_KEEPER_PORTS, CLICKHOUSE_SERVER_PORTS, clickhouseKeeperPodLabels, clickhouseServerPodLabels, OPERATOR_METRICS_PORT_NAME,
} from '../../lib/clickhouse/operator-conventions';
import { CLICKHOUSE_KEEPER_METRICS, CLICKHOUSE_METRICS, knownMetricNames } from '../../lib/observability/metric-catalog';
import { metricNames } from '../../lib/observability/promql';
import { selects } from '../../lib/observability/workload-labels';
import { findObject, hasObject, K8sObject, synthObjects } from '../support/fixtures';
import { MONITORING, withRaw } from './configs';

const V4 = { langfuse_version: 4 };
const panelsOf = (objects: readonly K8sObject[]) => JSON.parse(findObject(objects, 'ConfigMap', 'langfuse-dashboard').data['langfuse-dashboard.json'])
  .panels.filter((p: any) => p.type !== 'row');
const rowsOf = (objects: readonly K8sObject[]) => JSON.parse(findObject(objects, 'ConfigMap', 'langfuse-dashboard').data['langfuse-dashboard.json'])
  .panels.filter((p: any) => p.type === 'row').map((p: any) => p.title);
/** The label matchers of an expression's selectors, like `job="ai-system/x"`. */
const matchers = (expr: string) => [...expr.matchAll(/([a-z_]+)="([^"]*)"/g)].map((m) => [m[1], m[2]] as const);

describe('monitoring of the operator\'s ClickHouse', () => {
  const objects = synthObjects(withRaw(MONITORING, V4));

  test('PodMonitors select the server and Keeper pods by the labels the operator sets, on its prometheus port', () => {
    const server = findObject(objects, 'PodMonitor', 'langfuse-analytics-clickhouse');
    const keeper = findObject(objects, 'PodMonitor', 'langfuse-analytics-keeper');
    expect(selects(server.spec.selector.matchLabels, clickhouseServerPodLabels('langfuse-analytics'))).toBe(true);
    expect(selects(server.spec.selector.matchLabels, clickhouseKeeperPodLabels('langfuse-analytics'))).toBe(false);
    expect(selects(keeper.spec.selector.matchLabels, clickhouseKeeperPodLabels('langfuse-analytics'))).toBe(true);
    expect(selects(keeper.spec.selector.matchLabels, clickhouseServerPodLabels('langfuse-analytics'))).toBe(false);
    for (const monitor of [server, keeper]) expect(monitor.spec.podMetricsEndpoints).toEqual([{ port: OPERATOR_METRICS_PORT_NAME, path: '/metrics', interval: '30s' }]);
    expect([CLICKHOUSE_SERVER_PORTS.prometheus, CLICKHOUSE_KEEPER_PORTS.prometheus]).toEqual([9363, 9090]);
  });

  test('the bundled ClickHouse\'s ServiceMonitor and metrics switch are gone with it', () => {
    expect(hasObject(objects, 'ServiceMonitor', 'langfuse-clickhouse')).toBe(false);
    expect(findObject(objects, 'HelmRelease', 'langfuse').spec.values.clickhouse.metrics).toBeUndefined();
  });

  test('every ClickHouse and Keeper panel queries a metric the pods export, by the job and namespace of its own PodMonitor', () => {
    const clickhouseMetrics = new Set([...CLICKHOUSE_METRICS.metrics, ...CLICKHOUSE_KEEPER_METRICS.metrics].map((m) => m.name));
    const jobs = new Set(['ai-system/langfuse-analytics-clickhouse', 'ai-system/langfuse-analytics-keeper']);
    const panels = panelsOf(objects).filter((p: any) => p.targets.some((t: any) => /ClickHouse/.test(t.expr)));
    expect(panels.length).toBeGreaterThanOrEqual(8);
    for (const panel of panels) {
      for (const target of panel.targets) {
        for (const name of metricNames(target.expr)) expect({ panel: panel.title, name, known: clickhouseMetrics.has(name) }).toEqual({ panel: panel.title, name, known: true });
        const labels = Object.fromEntries(matchers(target.expr));
        // `service` exists only on ServiceMonitor series; the operator's pods are scraped by PodMonitors.
        expect({ panel: panel.title, labels: Object.keys(labels).sort() }).toEqual({ panel: panel.title, labels: ['job', 'namespace'] });
        expect(jobs.has(labels.job)).toBe(true);
        expect(labels.namespace).toBe('ai-system');
      }
    }
  });

  test('Keeper panels query the Keeper monitor, server panels the server monitor', () => {
    const exprs: string[] = panelsOf(objects).flatMap((p: any) => p.targets.map((t: any) => t.expr));
    expect(exprs.find((e) => e.includes('KeeperIsLeader'))).toContain('job="ai-system/langfuse-analytics-keeper"');
    expect(exprs.find((e) => e.includes('ClickHouseProfileEvents_Query'))).toContain('job="ai-system/langfuse-analytics-clickhouse"');
    expect(exprs.find((e) => e.includes('ZooKeeperSession'))).toContain('job="ai-system/langfuse-analytics-clickhouse"');
    expect(rowsOf(objects)).toContain('ClickHouse Keeper');
  });

  test('every dashboard query still uses only catalogued metrics', () => {
    const known = knownMetricNames();
    for (const panel of panelsOf(objects)) {
      for (const target of panel.targets) expect(metricNames(target.expr).filter((m) => !known.has(m))).toEqual([]);
    }
  });

  test('the bundled ClickHouse keeps its ServiceMonitor and service selector, and has no Keeper row', () => {
    const bundled = synthObjects(withRaw(MONITORING));
    expect(hasObject(bundled, 'ServiceMonitor', 'langfuse-clickhouse')).toBe(true);
    expect(hasObject(bundled, 'PodMonitor', 'langfuse-analytics-clickhouse')).toBe(false);
    expect(rowsOf(bundled)).not.toContain('ClickHouse Keeper');
    expect(panelsOf(bundled).find((p: any) => p.title === 'Queries per second').targets[0].expr).toContain('service="langfuse-clickhouse"');
  });
});
