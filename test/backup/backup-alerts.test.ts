import {
  BARMAN_CLOUD_PLUGIN_METRICS, CLICKHOUSE_KEEPER_METRICS, CLICKHOUSE_METRICS, CLUSTER_STACK_METRICS, CNPG_METRICS, ComponentMetrics, componentSeriesNames,
  DRAGONFLY_METRICS, mappedMetricNames, STATSD_EXPORTER_METRICS,
} from '../../lib/observability/metric-catalog';
import { metricNames } from '../../lib/observability/promql';
import { SchemaValidator } from '../../lib/validate';
import { BACKUP, DRAGONFLY, IN_TREE_BACKUP, MONITORING, withRaw } from '../observability/configs';
import { Testing } from 'cdk8s';
import { recoveryPlan, recoveryPlanRows } from '../../lib/backup/recovery-plan';
import { toChartProps } from '../../lib/config/to-props';
import { LangfuseChart } from '../../lib/langfuse-chart';
import { config, configProblems, findObject, hasObject, K8sObject, synthObjects } from '../support/fixtures';

const CH_BACKUP = { langfuse_clickhouse_backup_enabled: true };
const rule = (objects: readonly K8sObject[]) => findObject(objects, 'PrometheusRule', 'langfuse-data-loss');
const rules = (objects: readonly K8sObject[]) => rule(objects).spec.groups.flatMap((g: any) => g.rules);
const byAlert = (objects: readonly K8sObject[], alert: string) => rules(objects).find((r: any) => r.alert === alert);

/**
 * The series the emitted monitors scrape: each monitor's component metrics (the Barman Cloud
 * plugin's only when the instances run the plugin), so that an alert is checked against what this
 * very config makes Prometheus collect.
 */
function monitoredSeries(objects: readonly K8sObject[]): Set<string> {
  const components: ComponentMetrics[] = [];
  const monitors = objects.filter((o) => o.kind === 'PodMonitor' || o.kind === 'ServiceMonitor').map((o) => o.metadata.name);
  const plugin = findObject(objects, 'Cluster', 'langfuse-postgresql').spec.plugins?.some((p: any) => p.name === 'barman-cloud.cloudnative-pg.io');
  for (const name of monitors) {
    if (name === 'langfuse-postgresql') components.push(CNPG_METRICS, ...(plugin ? [BARMAN_CLOUD_PLUGIN_METRICS] : []));
    else if (name === 'langfuse-clickhouse' || name === 'langfuse-analytics-clickhouse') components.push(CLICKHOUSE_METRICS);
    else if (name === 'langfuse-analytics-keeper') components.push(CLICKHOUSE_KEEPER_METRICS);
    else if (name === 'langfuse-dragonfly') components.push(DRAGONFLY_METRICS);
    else if (name === 'langfuse') components.push(STATSD_EXPORTER_METRICS);
    else throw new Error(`unknown monitor ${name}: add its component to the test`);
  }
  return new Set([...componentSeriesNames(components), ...(monitors.includes('langfuse') ? mappedMetricNames() : [])]);
}

const CONFIGS: Record<string, Record<string, unknown>> = {
  'monitoring alone': withRaw(MONITORING),
  'plugin backups, ClickHouse backups and Dragonfly on the bundled ClickHouse': withRaw(MONITORING, BACKUP, CH_BACKUP, DRAGONFLY),
  'in-tree backups and ClickHouse backups on the operator\'s ClickHouse': withRaw(MONITORING, IN_TREE_BACKUP, CH_BACKUP, { langfuse_version: 4 }),
  'a restore on the operator\'s ClickHouse': withRaw(MONITORING, BACKUP, CH_BACKUP, { langfuse_version: 4, langfuse_clickhouse_restore_from: 'latest' }),
};

describe('the data-loss alerts', () => {
  test.each(Object.keys(CONFIGS))('with %s, validate against the Prometheus Operator CRD', (name) => {
    const objects = synthObjects(CONFIGS[name]);
    expect(rule(objects).apiVersion).toBe('monitoring.coreos.com/v1');
    expect(SchemaValidator.load().validateAll([rule(objects)])).toEqual([]);
  });

  test.each(Object.keys(CONFIGS))('with %s, every expression reads only series the emitted monitors or the cluster stack produce', (name) => {
    // GIVEN the series this config's monitors scrape, and the explicit list of the cluster stack's
    const objects = synthObjects(CONFIGS[name]);
    const available = new Set([...monitoredSeries(objects), ...componentSeriesNames(CLUSTER_STACK_METRICS)]);
    // WHEN every rule's expression is parsed
    for (const r of rules(objects)) {
      const unknown = metricNames(r.expr).filter((m) => !available.has(m));
      // THEN none is missing, and each rule reads at least one
      expect({ alert: r.alert, unknown }).toEqual({ alert: r.alert, unknown: [] });
      expect(metricNames(r.expr).length).toBeGreaterThan(0);
    }
  });

  test('the checker catches a metric no monitor produces (the in-tree collector\'s timestamp is not the plugin\'s)', () => {
    const plugin = synthObjects(withRaw(MONITORING, BACKUP));
    expect(monitoredSeries(plugin).has('barman_cloud_cloudnative_pg_io_last_available_backup_timestamp')).toBe(true);
    expect(monitoredSeries(synthObjects(withRaw(MONITORING, IN_TREE_BACKUP))).has('barman_cloud_cloudnative_pg_io_last_available_backup_timestamp')).toBe(false);
    expect(metricNames('time() - max(made_up_backup_timestamp{job="x"})').filter((m) => !monitoredSeries(plugin).has(m))).toEqual(['made_up_backup_timestamp']);
  });

  test('with backups: the base backup age reads the plugin\'s timestamp, or the collector\'s for the in-tree method, and allows the schedule plus 2 hours', () => {
    const plugin = byAlert(synthObjects(withRaw(MONITORING, BACKUP)), 'LangfusePostgresBaseBackupTooOld');
    expect(plugin.expr).toBe('time() - max(barman_cloud_cloudnative_pg_io_last_available_backup_timestamp{namespace="ai-system", job="ai-system/langfuse-postgresql"}) > 93600');
    const inTree = byAlert(synthObjects(withRaw(MONITORING, IN_TREE_BACKUP)), 'LangfusePostgresBaseBackupTooOld');
    expect(inTree.expr).toContain('cnpg_collector_last_available_backup_timestamp{');
    const weekly = byAlert(synthObjects(withRaw(MONITORING, BACKUP, { langfuse_backup_schedule: '0 30 1 * * 0' })), 'LangfusePostgresBaseBackupTooOld');
    expect(weekly.expr).toMatch(/ > 612000$/);
    expect(weekly.annotations.summary).toBe('The last Postgres base backup of ai-system is older than 170h');
  });

  test('WAL archiving failing: the last failure is newer than the last success, for 10 minutes, critical', () => {
    expect(byAlert(synthObjects(withRaw(MONITORING, BACKUP)), 'LangfusePostgresWalArchivingFailing')).toMatchObject({
      expr: 'cnpg_pg_stat_archiver_last_failed_time{namespace="ai-system", job="ai-system/langfuse-postgresql"} '
        + '> cnpg_pg_stat_archiver_last_archived_time{namespace="ai-system", job="ai-system/langfuse-postgresql"}',
      for: '10m',
      labels: { severity: 'critical' },
    });
  });

  test('the ClickHouse backup age reads the CronJob\'s last success from kube-state-metrics, and its creation until the first success', () => {
    const expr = byAlert(synthObjects(withRaw(MONITORING, BACKUP, CH_BACKUP)), 'LangfuseClickHouseBackupTooOld').expr;
    expect(expr).toContain('kube_cronjob_status_last_successful_time{namespace="ai-system", cronjob="langfuse-clickhouse-backup"}');
    expect(expr).toContain('unless on (namespace, cronjob) kube_cronjob_status_last_successful_time');
    expect(expr).toContain('kube_cronjob_created{namespace="ai-system", cronjob="langfuse-clickhouse-backup"}');
    expect(expr).toContain('> 93600');
  });

  test('volumes over 80 % in the Langfuse namespace, from the kubelet\'s statistics', () => {
    expect(byAlert(synthObjects(withRaw(MONITORING)), 'LangfuseVolumeAlmostFull').expr).toBe(
      'max by (namespace, persistentvolumeclaim) (kubelet_volume_stats_used_bytes{namespace="ai-system"} / kubelet_volume_stats_capacity_bytes{namespace="ai-system"}) > 0.8');
  });

  test.each([
    ['the bundled ClickHouse', {}, 'namespace="ai-system", service="langfuse-clickhouse"'],
    ['the operator\'s cluster', { langfuse_version: 4 }, 'namespace="ai-system", job="ai-system/langfuse-analytics-clickhouse"'],
  ])('ClickHouse disks over 80 %% on %s, from ClickHouse\'s own disk metrics (on hostPath volumes too, where the kubelet has none)', (_name, extra, selector) => {
    const alert = byAlert(synthObjects(withRaw(MONITORING, extra)), 'LangfuseClickHouseDiskAlmostFull');
    expect(alert.expr).toBe(`max by (namespace, pod) (ClickHouseAsyncMetrics_DiskUsed_default{${selector}} / ClickHouseAsyncMetrics_DiskTotal_default{${selector}}) > 0.8`);
    expect(alert).toMatchObject({ for: '15m', labels: { severity: 'warning' } });
  });

  test('during a ClickHouse migration both ClickHouse stores are watched', () => {
    const migrating = synthObjects(withRaw(MONITORING, { langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: 'copy' }));
    const expr = byAlert(migrating, 'LangfuseClickHouseDiskAlmostFull').expr;
    expect(expr.split(' or ')).toHaveLength(2);
    expect(expr).toContain('service="langfuse-clickhouse"');
    expect(expr).toContain('job="ai-system/langfuse-analytics-clickhouse"');
  });

  test('without backups only the volume alerts are left; without monitoring there is no PrometheusRule', () => {
    expect(rules(synthObjects(withRaw(MONITORING))).map((r: any) => r.alert)).toEqual(['LangfuseVolumeAlmostFull', 'LangfuseClickHouseDiskAlmostFull']);
    expect(rules(synthObjects(withRaw(MONITORING, BACKUP, CH_BACKUP))).map((r: any) => r.alert)).toEqual([
      'LangfusePostgresBaseBackupTooOld', 'LangfusePostgresWalArchivingFailing', 'LangfuseClickHouseBackupTooOld', 'LangfuseVolumeAlmostFull',
      'LangfuseClickHouseDiskAlmostFull',
    ]);
    expect(hasObject(synthObjects(withRaw(BACKUP, CH_BACKUP)), 'PrometheusRule', 'langfuse-data-loss')).toBe(false);
  });

  test('every rule has a severity, a summary and a description, and no ${...} for Flux to substitute', () => {
    for (const r of rules(synthObjects(withRaw(MONITORING, BACKUP, CH_BACKUP)))) {
      expect(['warning', 'critical']).toContain(r.labels.severity);
      expect(r.annotations.summary.length).toBeGreaterThan(10);
      expect(r.annotations.description.length).toBeGreaterThan(20);
      expect(JSON.stringify(r)).not.toContain('${');
    }
  });
});

describe('the dashboard shows the age of the last ClickHouse backup', () => {
  const panels = (objects: readonly K8sObject[]) => JSON.parse(findObject(objects, 'ConfigMap', 'langfuse-dashboard').data['langfuse-dashboard.json']).panels;
  test('from the same series as the alert, only with ClickHouse backups', () => {
    const panel = panels(synthObjects(withRaw(MONITORING, BACKUP, CH_BACKUP))).find((p: any) => p.title === 'Age of the last ClickHouse backup');
    expect(panel.targets[0].expr).toBe('time() - max(kube_cronjob_status_last_successful_time{namespace="ai-system", cronjob="langfuse-clickhouse-backup"})');
    expect(panels(synthObjects(withRaw(MONITORING, BACKUP))).find((p: any) => p.title === 'Age of the last ClickHouse backup')).toBeUndefined();
  });
});

describe('langfuse_monitoring_labels', () => {
  const LABELS = { release: 'kube-prometheus-stack', 'example.com/team': 'platform' };

  test('labels the PrometheusRule and every monitor, so that a Prometheus selecting by label (kube-prometheus-stack: its release) loads them', () => {
    const objects = synthObjects(withRaw(MONITORING, BACKUP, CH_BACKUP, { langfuse_monitoring_labels: LABELS }));
    expect(rule(objects).metadata.labels).toEqual({ 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'alerts', ...LABELS });
    const monitors = objects.filter((o) => o.kind === 'PodMonitor' || o.kind === 'ServiceMonitor');
    expect(monitors.length).toBeGreaterThan(2);
    for (const m of monitors) expect({ monitor: m.metadata.name, labels: m.metadata.labels }).toEqual({ monitor: m.metadata.name, labels: expect.objectContaining(LABELS) });
    expect(SchemaValidator.load().validateAll([rule(objects), ...monitors])).toEqual([]);
  });

  test('without it, the rule carries only its own labels', () => {
    expect(rule(synthObjects(withRaw(MONITORING))).metadata.labels).toEqual({ 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'alerts' });
  });

  test.each([
    [{ 'bad key': 'x' }, /langfuse_monitoring_labels\.bad key: must be a label name/],
    [{ '-release': 'x' }, /must be a label name/],
    [{ ['x'.repeat(64)]: 'x' }, /must be a label name/],
    [{ release: 'has space' }, /langfuse_monitoring_labels\.release: must be a label value/],
    [{ release: 'x'.repeat(64) }, /must be a label value/],
    [{ release: 'a"; drop' }, /must be a label value/],
  ])('refuses %j', (labels, message) => {
    const problems = configProblems(withRaw(MONITORING, { langfuse_monitoring_labels: labels }));
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('explain names the alerts and what they need', () => {
  test('the rule, its alerts, the label selection and the cluster stack the age and volume alerts read', () => {
    const props = toChartProps(config(withRaw(MONITORING, BACKUP, CH_BACKUP)))!;
    const chart = new LangfuseChart(Testing.app(), 'L', props);
    const row = recoveryPlanRows(recoveryPlan(props, chart)).find((r) => r[0] === 'alerts')!;
    expect(row[1]).toBe('PrometheusRule langfuse-data-loss');
    expect(row[2]).toContain('LangfusePostgresBaseBackupTooOld, LangfusePostgresWalArchivingFailing, LangfuseClickHouseBackupTooOld, LangfuseVolumeAlmostFull, LangfuseClickHouseDiskAlmostFull');
    expect(row[2]).toContain('only if it selects its labels (langfuse_monitoring_labels)');
    expect(row[2]).toContain('LangfuseClickHouseBackupTooOld and LangfuseVolumeAlmostFull read kube-state-metrics and the kubelet (kube-prometheus-stack)');
    const plain = toChartProps(config(withRaw(BACKUP)))!;
    expect(recoveryPlanRows(recoveryPlan(plain, new LangfuseChart(Testing.app(), 'L', plain))).some((r) => r[0] === 'alerts')).toBe(false);
  });
});
