import { Construct } from 'constructs';
import { clickhouseKeeperPodLabels, clickhouseServerPodLabels, clickhouseSpecificName, keeperSpecificName, OPERATOR_METRICS_PATH, OPERATOR_METRICS_PORT_NAME } from '../clickhouse/operator-conventions';
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
   * Which ClickHouse stores get monitors, and which one the dashboard shows; both may run at once
   * (a migration from the bundled store to the operator's).
   * @default - the chart's bundled ClickHouse
   */
  readonly clickhouse?: MonitoredClickHouse;
  /** The ClickHouse backup CronJob, whose last success the dashboard shows. @default - no ClickHouse backup panel */
  readonly clickhouseBackupCronJob?: string;
  /**
   * How the dashboard escapes `${...}` from Flux post-build substitution.
   * @default DashboardSubstitution.DISABLE
   */
  readonly dashboardSubstitution?: DashboardSubstitution;
}

/** The ClickHouse stores that `LangfuseMonitoring` watches. */
export interface MonitoredClickHouse {
  /** The chart's bundled ClickHouse (Bitnami `metrics.enabled`, Service port `http-metrics`). */
  readonly bundled: boolean;
  /** The operator's ClickHouseCluster and KeeperCluster of this name. @default - none */
  readonly operator?: { readonly name: string };
  /** The store the dashboard's ClickHouse panels query. */
  readonly dashboard: 'bundled' | 'operator';
}

/**
 * Monitoring that measures something real. Langfuse has no Prometheus endpoint, so:
 * - the statsd-exporter sidecars' mapping ConfigMap (the sidecars themselves are chart values) and
 *   one PodMonitor for web and worker (the worker has no Service);
 * - a PodMonitor for the CloudNativePG instances (the operator's `enablePodMonitor` is deprecated);
 * - a ServiceMonitor for the bundled ClickHouse's own Prometheus endpoint (Bitnami `metrics.enabled`),
 *   and PodMonitors for the operator's ClickHouse servers (port `prometheus`, 9363) and Keeper (9090);
 * - a PodMonitor for the shared Dragonfly, when Langfuse uses it;
 * - the Grafana dashboard, whose panels query only those metrics.
 * Selectors come from the labels those workloads are documented to carry (workload-labels.ts).
 */
export class LangfuseMonitoring extends Construct {
  public readonly statsdMapping: StatsdMappingConfigMap;
  public readonly langfuseMonitor: PodMonitor;
  public readonly postgresMonitor: PodMonitor;
  /** The bundled ClickHouse's monitor; undefined when it does not run. */
  public readonly clickhouseMonitor?: ServiceMonitor;
  /** The operator's ClickHouse servers; undefined without them. */
  public readonly analyticsMonitor?: PodMonitor;
  /** The operator's Keeper; undefined without it. */
  public readonly keeperMonitor?: PodMonitor;
  /** Undefined without Dragonfly. */
  public readonly dragonflyMonitor?: PodMonitor;
  public readonly dashboard: GrafanaDashboardConfigMap;
  /** PromQL label matchers of the CloudNativePG instance series (namespace and the PodMonitor's job). */
  public readonly postgresSelector: string;
  /** PromQL label matchers of each monitored ClickHouse server's series (the bundled one's Service, the operator's PodMonitor job). */
  public readonly clickhouseSelectors: readonly string[];

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
    const clickhouse = props.clickhouse ?? { bundled: true, dashboard: 'bundled' };
    const clickhouseName = `${release}-clickhouse`;
    if (clickhouse.bundled) {
      this.clickhouseMonitor = new ServiceMonitor(this, 'ClickHouse', {
        name: clickhouseName,
        namespace,
        labels,
        selector: clickhouseServiceLabels(release).labels,
        endpoints: [{ port: 'http-metrics' }],
      });
    }
    if (clickhouse.operator) {
      const operatorMonitor = (id: string, name: string, podLabels: Record<string, string>) => new PodMonitor(this, id, {
        name, namespace, labels, selector: { app: podLabels.app }, endpoints: [{ port: OPERATOR_METRICS_PORT_NAME, path: OPERATOR_METRICS_PATH }],
      });
      const cluster = clickhouse.operator.name;
      this.analyticsMonitor = operatorMonitor('AnalyticsClickHouse', clickhouseSpecificName(cluster), clickhouseServerPodLabels(cluster));
      this.keeperMonitor = operatorMonitor('AnalyticsKeeper', keeperSpecificName(cluster), clickhouseKeeperPodLabels(cluster));
    }
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
    this.postgresSelector = `namespace="${namespace}", ${podJob(this.postgresMonitor)}`;
    this.clickhouseSelectors = [
      ...(this.clickhouseMonitor ? [`namespace="${namespace}", service="${clickhouseName}"`] : []),
      ...(this.analyticsMonitor ? [`namespace="${namespace}", ${podJob(this.analyticsMonitor)}`] : []),
    ];
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
        clickhouseBackupCronJob: props.clickhouseBackupCronJob ? `namespace="${namespace}", cronjob="${props.clickhouseBackupCronJob}"` : undefined,
        selectors: {
          langfuse: `namespace="${namespace}", ${podJob(this.langfuseMonitor)}`,
          postgres: this.postgresSelector,
          clickhouse: clickhouse.dashboard === 'operator' && this.analyticsMonitor
            ? `namespace="${namespace}", ${podJob(this.analyticsMonitor)}`
            : `namespace="${namespace}", service="${clickhouseName}"`,
          keeper: clickhouse.dashboard === 'operator' && this.keeperMonitor ? `namespace="${namespace}", ${podJob(this.keeperMonitor)}` : undefined,
          dragonfly: this.dragonflyMonitor && props.dragonfly
            ? `namespace="${props.dragonfly.namespace}", ${podJob(this.dragonflyMonitor)}`
            : undefined,
        },
      }),
    });
  }
}
