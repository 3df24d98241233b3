import { Construct } from 'constructs';
import { DashboardSubstitution, GrafanaDashboardConfigMap } from './grafana-dashboard-config-map';
import { langfuseDashboardRows } from './langfuse-dashboard';
import { PodMonitor } from './pod-monitor';
import { MonitorNamespaces } from './scrape-target';
import { ServiceMonitor } from './service-monitor';
import { STATSD_EXPORTER_METRICS_PORT_NAME, statsdMappingConfigMapName } from './statsd-exporter-sidecar';
import { StatsdMappingConfigMap } from './statsd-mapping-config-map';
import { clickhouseServiceLabels, cnpgInstancePodLabels, dragonflyPodLabels, langfusePodSelector } from './workload-labels';

/** The Grafana folder of the dashboard by default (the reference deployment's). */
export const DEFAULT_DASHBOARD_FOLDER = 'AI';

/** Props of `LangfuseMonitoring`. */
export interface LangfuseMonitoringProps {
  /** Namespace of Langfuse and of every monitor. */
  readonly namespace: string;
  /** Helm release of the langfuse chart. */
  readonly release: string;
  /** The CloudNativePG cluster of Langfuse. */
  readonly postgresCluster: string;
  /**
   * The shared Dragonfly, when Langfuse uses it: a `Dragonfly` resource of the Dragonfly operator.
   * @default - no Dragonfly monitor
   */
  readonly dragonfly?: { readonly namespace: string; readonly name?: string };
  /**
   * Which backup metrics the Postgres instances export.
   * @default - no backups, no backup panels
   */
  readonly backup?: 'plugin' | 'barmanObjectStore';
  /** @default DEFAULT_DASHBOARD_FOLDER */
  readonly dashboardFolder?: string;
  /** Labels on every monitor, for a Prometheus that selects monitors by label. @default - none */
  readonly monitorLabels?: Readonly<Record<string, string>>;
  /**
   * How the dashboard escapes `${...}` from Flux post-build substitution.
   * @default DashboardSubstitution.DISABLE
   */
  readonly dashboardSubstitution?: DashboardSubstitution;
}

/**
 * Monitoring that measures something real. Langfuse has no Prometheus endpoint, so:
 * - the statsd-exporter sidecars' mapping ConfigMap (the sidecars themselves are chart values) and
 *   one PodMonitor for web and worker (the worker has no Service);
 * - a PodMonitor for the CloudNativePG instances (the operator's `enablePodMonitor` is deprecated);
 * - a ServiceMonitor for ClickHouse's own Prometheus endpoint (Bitnami `metrics.enabled`);
 * - a PodMonitor for the shared Dragonfly, when Langfuse uses it;
 * - the Grafana dashboard, whose panels query only those metrics.
 * Selectors come from the labels those workloads are documented to carry (workload-labels.ts).
 */
export class LangfuseMonitoring extends Construct {
  public readonly statsdMapping: StatsdMappingConfigMap;
  public readonly langfuseMonitor: PodMonitor;
  public readonly postgresMonitor: PodMonitor;
  public readonly clickhouseMonitor: ServiceMonitor;
  /** Undefined without Dragonfly. */
  public readonly dragonflyMonitor?: PodMonitor;
  public readonly dashboard: GrafanaDashboardConfigMap;

  constructor(scope: Construct, id: string, props: LangfuseMonitoringProps) {
    super(scope, id);
    const { namespace, release } = props;
    const labels = props.monitorLabels;

    this.statsdMapping = new StatsdMappingConfigMap(this, 'StatsdMapping', { name: statsdMappingConfigMapName(release), namespace });
    this.langfuseMonitor = new PodMonitor(this, 'Langfuse', {
      name: release,
      namespace,
      labels,
      selector: langfusePodSelector(release),
      // `app` is web or worker on the chart's pods: it tells the two apart in every series.
      podTargetLabels: ['app'],
      endpoints: [{ port: STATSD_EXPORTER_METRICS_PORT_NAME }],
    });
    this.postgresMonitor = new PodMonitor(this, 'Postgres', {
      name: props.postgresCluster,
      namespace,
      labels,
      selector: { 'cnpg.io/cluster': cnpgInstancePodLabels(props.postgresCluster).labels['cnpg.io/cluster'] },
      endpoints: [{ port: 'metrics' }],
    });
    const clickhouseName = `${release}-clickhouse`;
    this.clickhouseMonitor = new ServiceMonitor(this, 'ClickHouse', {
      name: clickhouseName,
      namespace,
      labels,
      selector: clickhouseServiceLabels(release).labels,
      endpoints: [{ port: 'http-metrics' }],
    });
    const dragonflyName = props.dragonfly ? props.dragonfly.name ?? 'dragonfly' : undefined;
    if (props.dragonfly && dragonflyName) {
      this.dragonflyMonitor = new PodMonitor(this, 'Dragonfly', {
        name: `${release}-dragonfly`,
        namespace,
        labels,
        namespaceSelector: MonitorNamespaces.of(props.dragonfly.namespace),
        selector: { app: dragonflyPodLabels(dragonflyName).labels.app },
        endpoints: [{ port: 'admin' }],
      });
    }

    // Prometheus Operator names a PodMonitor's job "<namespace>/<name>" and a ServiceMonitor's job after the Service.
    const podJob = (monitor: PodMonitor) => `job="${namespace}/${monitor.name}"`;
    this.dashboard = new GrafanaDashboardConfigMap(this, 'Dashboard', {
      name: `${release}-dashboard`,
      namespace,
      uid: `${release}-${namespace}`.slice(0, 40),
      title: `Langfuse (${namespace})`,
      tags: ['langfuse', 'llm', 'observability', namespace],
      folder: props.dashboardFolder ?? DEFAULT_DASHBOARD_FOLDER,
      substitution: props.dashboardSubstitution,
      rows: langfuseDashboardRows({
        backup: props.backup,
        selectors: {
          langfuse: `namespace="${namespace}", ${podJob(this.langfuseMonitor)}`,
          postgres: `namespace="${namespace}", ${podJob(this.postgresMonitor)}`,
          clickhouse: `namespace="${namespace}", service="${clickhouseName}"`,
          dragonfly: this.dragonflyMonitor && props.dragonfly
            ? `namespace="${props.dragonfly.namespace}", ${podJob(this.dragonflyMonitor)}`
            : undefined,
        },
      }),
    });
  }
}
