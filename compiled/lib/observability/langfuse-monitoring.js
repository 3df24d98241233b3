"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LangfuseMonitoring = exports.DEFAULT_DASHBOARD_FOLDER = void 0;
const constructs_1 = require("constructs");
const operator_conventions_1 = require("../clickhouse/operator-conventions");
const grafana_dashboard_config_map_1 = require("./grafana-dashboard-config-map");
const langfuse_dashboard_1 = require("./langfuse-dashboard");
const pod_monitor_1 = require("./pod-monitor");
const scrape_target_1 = require("./scrape-target");
const service_monitor_1 = require("./service-monitor");
const statsd_exporter_sidecar_1 = require("./statsd-exporter-sidecar");
const statsd_mapping_config_map_1 = require("./statsd-mapping-config-map");
const workload_labels_1 = require("./workload-labels");
/** The Grafana folder of the dashboard by default (the reference deployment's). */
exports.DEFAULT_DASHBOARD_FOLDER = 'AI';
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
class LangfuseMonitoring extends constructs_1.Construct {
    statsdMapping;
    langfuseMonitor;
    postgresMonitor;
    /** The bundled ClickHouse's monitor; undefined when it does not run. */
    clickhouseMonitor;
    /** The operator's ClickHouse servers; undefined without them. */
    analyticsMonitor;
    /** The operator's Keeper; undefined without it. */
    keeperMonitor;
    /** Undefined without Dragonfly. */
    dragonflyMonitor;
    dashboard;
    /** PromQL label matchers of the CloudNativePG instance series (namespace and the PodMonitor's job). */
    postgresSelector;
    /** PromQL label matchers of each monitored ClickHouse server's series (the bundled one's Service, the operator's PodMonitor job). */
    clickhouseSelectors;
    constructor(scope, id, props) {
        super(scope, id);
        const { namespace, release } = props;
        const labels = props.monitorLabels;
        this.statsdMapping = new statsd_mapping_config_map_1.StatsdMappingConfigMap(this, 'StatsdMapping', { name: (0, statsd_exporter_sidecar_1.statsdMappingConfigMapName)(release), namespace });
        this.langfuseMonitor = new pod_monitor_1.PodMonitor(this, 'Langfuse', {
            name: release,
            namespace,
            labels,
            selector: (0, workload_labels_1.langfusePodSelector)(release),
            // `app` is web or worker on the chart's pods: it tells the two apart in every series.
            podTargetLabels: ['app'],
            endpoints: [{ port: statsd_exporter_sidecar_1.STATSD_EXPORTER_METRICS_PORT_NAME }],
        });
        this.postgresMonitor = new pod_monitor_1.PodMonitor(this, 'Postgres', {
            name: props.postgresCluster,
            namespace,
            labels,
            selector: { 'cnpg.io/cluster': (0, workload_labels_1.cnpgInstancePodLabels)(props.postgresCluster).labels['cnpg.io/cluster'] },
            endpoints: [{ port: 'metrics' }],
        });
        const clickhouse = props.clickhouse ?? { bundled: true, dashboard: 'bundled' };
        const clickhouseName = `${release}-clickhouse`;
        if (clickhouse.bundled) {
            this.clickhouseMonitor = new service_monitor_1.ServiceMonitor(this, 'ClickHouse', {
                name: clickhouseName,
                namespace,
                labels,
                selector: (0, workload_labels_1.clickhouseServiceLabels)(release).labels,
                endpoints: [{ port: 'http-metrics' }],
            });
        }
        if (clickhouse.operator) {
            const operatorMonitor = (id, name, podLabels) => new pod_monitor_1.PodMonitor(this, id, {
                name, namespace, labels, selector: { app: podLabels.app }, endpoints: [{ port: operator_conventions_1.OPERATOR_METRICS_PORT_NAME, path: operator_conventions_1.OPERATOR_METRICS_PATH }],
            });
            const cluster = clickhouse.operator.name;
            this.analyticsMonitor = operatorMonitor('AnalyticsClickHouse', (0, operator_conventions_1.clickhouseSpecificName)(cluster), (0, operator_conventions_1.clickhouseServerPodLabels)(cluster));
            this.keeperMonitor = operatorMonitor('AnalyticsKeeper', (0, operator_conventions_1.keeperSpecificName)(cluster), (0, operator_conventions_1.clickhouseKeeperPodLabels)(cluster));
        }
        const dragonflyName = props.dragonfly ? props.dragonfly.name ?? 'dragonfly' : undefined;
        if (props.dragonfly && dragonflyName) {
            this.dragonflyMonitor = new pod_monitor_1.PodMonitor(this, 'Dragonfly', {
                name: `${release}-dragonfly`,
                namespace,
                labels,
                namespaceSelector: scrape_target_1.MonitorNamespaces.of(props.dragonfly.namespace),
                selector: { app: (0, workload_labels_1.dragonflyPodLabels)(dragonflyName).labels.app },
                endpoints: [{ port: 'admin' }],
            });
        }
        // Prometheus Operator names a PodMonitor's job "<namespace>/<name>" and a ServiceMonitor's job after the Service.
        const podJob = (monitor) => `job="${namespace}/${monitor.name}"`;
        this.postgresSelector = `namespace="${namespace}", ${podJob(this.postgresMonitor)}`;
        this.clickhouseSelectors = [
            ...(this.clickhouseMonitor ? [`namespace="${namespace}", service="${clickhouseName}"`] : []),
            ...(this.analyticsMonitor ? [`namespace="${namespace}", ${podJob(this.analyticsMonitor)}`] : []),
        ];
        this.dashboard = new grafana_dashboard_config_map_1.GrafanaDashboardConfigMap(this, 'Dashboard', {
            name: `${release}-dashboard`,
            namespace,
            uid: `${release}-${namespace}`.slice(0, 40),
            title: `Langfuse (${namespace})`,
            tags: ['langfuse', 'llm', 'observability', namespace],
            folder: props.dashboardFolder ?? exports.DEFAULT_DASHBOARD_FOLDER,
            substitution: props.dashboardSubstitution,
            rows: (0, langfuse_dashboard_1.langfuseDashboardRows)({
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
exports.LangfuseMonitoring = LangfuseMonitoring;
