import { Testing } from 'cdk8s';
import {
  DashboardSubstitution, FLUX_SUBSTITUTE_ANNOTATION, GrafanaDashboardConfigMap, PanelKind,
} from '../../lib/observability/grafana-dashboard-config-map';
import { knownMetricNames } from '../../lib/observability/metric-catalog';
import { metricNames } from '../../lib/observability/promql';
import { findObject, hasObject, K8sObject, synthObjects } from '../support/fixtures';
import { BACKUP, DRAGONFLY, IN_TREE_BACKUP, MONITORING, withRaw } from './configs';

const dashboardOf = (objects: readonly K8sObject[]) => findObject(objects, 'ConfigMap', 'langfuse-dashboard');
const modelOf = (objects: readonly K8sObject[]) => JSON.parse(dashboardOf(objects).data['langfuse-dashboard.json']);
const panelsOf = (model: any) => model.panels.filter((p: any) => p.type !== 'row');
const rowTitles = (model: any) => model.panels.filter((p: any) => p.type === 'row').map((p: any) => p.title);

/** Every monitoring combination whose dashboard differs. */
const COMBINATIONS: Record<string, Record<string, unknown>> = {
  'monitoring alone': withRaw(MONITORING),
  'monitoring with plugin backups and Dragonfly': withRaw(MONITORING, BACKUP, DRAGONFLY),
  'monitoring with in-tree backups': withRaw(MONITORING, IN_TREE_BACKUP),
};

describe('the Langfuse dashboard', () => {
  test.each(Object.keys(COMBINATIONS))('with %s, every panel queries only metrics the exporters produce or the components document', (name) => {
    // GIVEN the catalog of metrics that exist
    const known = knownMetricNames();
    // WHEN the dashboard is synthesized
    const panels = panelsOf(modelOf(synthObjects(COMBINATIONS[name])));
    // THEN every metric of every query is in the catalog, and every panel has a query
    expect(panels.length).toBeGreaterThan(10);
    for (const panel of panels) {
      expect(panel.targets.length).toBeGreaterThan(0);
      const unknown = panel.targets.flatMap((t: any) => metricNames(t.expr)).filter((m: string) => !known.has(m));
      expect({ panel: panel.title, unknown }).toEqual({ panel: panel.title, unknown: [] });
    }
  });

  test('is a ConfigMap the Grafana sidecar picks up, in folder AI, that Flux substitution leaves alone', () => {
    // GIVEN monitoring on
    const objects = synthObjects(withRaw(MONITORING));
    // WHEN the dashboard ConfigMap is read
    const configMap = dashboardOf(objects);
    // THEN it has the sidecar label, the folder annotation and the substitute-disabled annotation
    expect(configMap.metadata.labels.grafana_dashboard).toBe('1');
    expect(configMap.metadata.annotations).toEqual({ grafana_folder: 'AI', [FLUX_SUBSTITUTE_ANNOTATION]: 'disabled' });
    expect(Object.keys(configMap.data)).toEqual(['langfuse-dashboard.json']);
  });

  test('keeps ${DS_PROMETHEUS} unescaped, because the Langfuse Kustomization does no post-build substitution', () => {
    const objects = synthObjects(withRaw(MONITORING));
    // GIVEN a Kustomization without postBuild (if one is ever added, the annotation still protects the dashboard)
    expect(findObject(objects, 'Kustomization', 'langfuse').spec.postBuild).toBeUndefined();
    // THEN every panel's datasource is the variable, literally
    const json = dashboardOf(objects).data['langfuse-dashboard.json'];
    expect(json).not.toContain('$${');
    const model = JSON.parse(json);
    expect(model.templating.list).toEqual([expect.objectContaining({ name: 'DS_PROMETHEUS', type: 'datasource', query: 'prometheus' })]);
    for (const panel of panelsOf(model)) expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${DS_PROMETHEUS}' });
  });

  test('takes its folder from langfuse_dashboard_folder', () => {
    expect(dashboardOf(synthObjects(withRaw(MONITORING, { langfuse_dashboard_folder: 'Langfuse' }))).metadata.annotations.grafana_folder).toBe('Langfuse');
  });

  test('queries the series of its own monitors by job and namespace', () => {
    const exprs: string[] = panelsOf(modelOf(synthObjects(withRaw(MONITORING, DRAGONFLY)))).flatMap((p: any) => p.targets.map((t: any) => t.expr));
    expect(exprs.find((e) => e.includes('langfuse_queue_depth'))).toContain('namespace="ai-system", job="ai-system/langfuse"');
    expect(exprs.find((e) => e.includes('cnpg_backends_total'))).toContain('job="ai-system/langfuse-postgresql"');
    expect(exprs.find((e) => e.includes('ClickHouseProfileEvents_Query'))).toContain('service="langfuse-clickhouse"');
    expect(exprs.find((e) => e.includes('dragonfly_connected_clients'))).toContain('namespace="cache", job="ai-system/langfuse-dragonfly"');
  });

  test('has a backup row with the plugin\'s metrics, the collector\'s for the in-tree method, and none without backups', () => {
    const backupExpr = (raw: Record<string, unknown>) => panelsOf(modelOf(synthObjects(raw)))
      .find((p: any) => p.title === 'Age of the last base backup')?.targets[0].expr;
    expect(backupExpr(withRaw(MONITORING, BACKUP))).toContain('barman_cloud_cloudnative_pg_io_last_available_backup_timestamp');
    expect(backupExpr(withRaw(MONITORING, IN_TREE_BACKUP))).toContain('cnpg_collector_last_available_backup_timestamp');
    expect(backupExpr(withRaw(MONITORING))).toBeUndefined();
  });

  test('has a Dragonfly row only when Langfuse uses Dragonfly', () => {
    expect(rowTitles(modelOf(synthObjects(withRaw(MONITORING, DRAGONFLY))))).toContain('Dragonfly (shared cache and queues)');
    expect(rowTitles(modelOf(synthObjects(withRaw(MONITORING))))).not.toContain('Dragonfly (shared cache and queues)');
  });

  test('lays panels out on the 24-column grid without overlaps', () => {
    const model = modelOf(synthObjects(withRaw(MONITORING, BACKUP, DRAGONFLY)));
    const cells = new Set<string>();
    for (const panel of model.panels) {
      const { x, y, w, h } = panel.gridPos;
      expect(x + w).toBeLessThanOrEqual(24);
      for (let i = x; i < x + w; i++) {
        for (let j = y; j < y + h; j++) {
          expect(cells.has(`${i},${j}`)).toBe(false);
          cells.add(`${i},${j}`);
        }
      }
    }
    expect(new Set(model.panels.map((p: any) => p.id)).size).toBe(model.panels.length);
  });

  test('is absent when monitoring is off, and when only one of its two flags is on', () => {
    expect(hasObject(synthObjects(withRaw({})), 'ConfigMap', 'langfuse-dashboard')).toBe(false);
    expect(hasObject(synthObjects(withRaw({ langfuse_monitoring_enabled: true })), 'ConfigMap', 'langfuse-dashboard')).toBe(false);
    expect(hasObject(synthObjects(withRaw({ monitoring_enabled: true })), 'ConfigMap', 'langfuse-dashboard')).toBe(false);
  });
});

describe('GrafanaDashboardConfigMap', () => {
  const rows = [{ title: 'Row', panels: [{ title: 'Up', targets: [{ expr: 'up{job="x"}' }], kind: PanelKind.STAT }] }];

  test('escapes ${...} as $${...} and drops the substitute annotation for a Kustomization that substitutes', () => {
    // GIVEN a chart
    const chart = Testing.chart();
    // WHEN the dashboard is written for Flux post-build substitution
    const dashboard = new GrafanaDashboardConfigMap(chart, 'Dashboard', {
      name: 'd', namespace: 'ns', uid: 'd', title: 'D', rows, substitution: DashboardSubstitution.ESCAPE,
    });
    // THEN substitution will turn $${DS_PROMETHEUS} back into ${DS_PROMETHEUS}
    const [configMap] = Testing.synth(chart);
    expect(dashboard.json).toContain('"uid": "$${DS_PROMETHEUS}"');
    expect(dashboard.json).not.toMatch(/[^$]\$\{DS_PROMETHEUS\}/);
    expect(configMap.metadata.annotations).toBeUndefined();
    expect(configMap.metadata.name).toBe('d');
  });

  test('renders typed panels: stat options, the unit and a query per target', () => {
    const chart = Testing.chart();
    const dashboard = new GrafanaDashboardConfigMap(chart, 'Dashboard', { name: 'd', namespace: 'ns', uid: 'd', title: 'D', rows });
    const panel = JSON.parse(dashboard.json).panels[1];
    expect(panel).toMatchObject({ type: 'stat', title: 'Up', fieldConfig: { defaults: { unit: 'short' } }, targets: [{ refId: 'A', expr: 'up{job="x"}' }] });
  });

  test.each([
    ['a uid with spaces', { uid: 'has spaces' }, /dashboard uid must be 1 to 40 letters/],
    ['no rows', { rows: [] }, /needs at least one row/],
    ['an empty row', { rows: [{ title: 'Empty', panels: [] }] }, /row "Empty" has no panels/],
    ['a panel wider than the grid', { rows: [{ title: 'R', panels: [{ title: 'Wide', width: 25, targets: [{ expr: 'up' }] }] }] },
      /width must be a whole number from 1 to 24 \(got 25\)/],
    ['a blank query', { rows: [{ title: 'R', panels: [{ title: 'Blank', targets: [{ expr: ' ' }] }] }] }, /panel "Blank" has an empty query/],
    ['a datasource variable with a space', { datasourceVariable: 'DS PROM' }, /datasource variable must be an identifier \(got "DS PROM"\)/],
  ])('fails on %s', (_what, override, message) => {
    expect(() => new GrafanaDashboardConfigMap(Testing.chart(), 'Dashboard', { name: 'd', namespace: 'ns', uid: 'd', title: 'D', rows, ...override }))
      .toThrow(message);
  });
});
