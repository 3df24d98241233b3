"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LangfuseChart = void 0;
const app_namespace_1 = require("./app-namespace");
const object_storage_1 = require("./backends/object-storage");
const redis_backend_1 = require("./backends/redis-backend");
const clickhouse_cluster_1 = require("./clickhouse/clickhouse-cluster");
const clickhouse_connection_1 = require("./clickhouse/clickhouse-connection");
const langfuse_clickhouse_1 = require("./clickhouse/langfuse-clickhouse");
const flux_app_chart_1 = require("./flux/flux-app-chart");
const langfuse_release_1 = require("./flux/langfuse-release");
const langfuse_v4_1 = require("./flux/langfuse-v4");
const langfuse_values_v1_1 = require("./flux/langfuse-values-v1");
const langfuse_neighbours_1 = require("./integrations/langfuse-neighbours");
const langfuse_chart_checks_1 = require("./langfuse-chart-checks");
const langfuse_chart_props_1 = require("./langfuse-chart-props");
const names_1 = require("./names");
const langfuse_traffic_1 = require("./network/langfuse-traffic");
const traffic_policies_1 = require("./network/traffic-policies");
const langfuse_monitoring_1 = require("./observability/langfuse-monitoring");
const cnpg_backup_1 = require("./postgres/cnpg-backup");
const cnpg_cluster_1 = require("./postgres/cnpg-cluster");
const langfuse_secrets_1 = require("./secrets/langfuse-secrets");
const shared_services_1 = require("./settings/shared-services");
/**
 * One Langfuse instance as a Flux app: the Kustomization (ks.yaml) and, under app/, the
 * namespace, the pinned HelmRelease, its CloudNativePG cluster and the SOPS Secrets. The chart
 * reads effective flags from its props once and holds no resource-level logic.
 */
class LangfuseChart extends flux_app_chart_1.FluxAppChart {
    names;
    endpoints;
    hostname;
    postgres;
    release;
    /** Undefined when backups are off. */
    backup;
    /** Undefined when monitoring is off. */
    monitoring;
    /** The Langfuse server's major version. */
    langfuseVersion;
    /** The ClickHouse stores: the one in use and whether the operator's cluster runs. */
    clickhouseStores;
    /** The operator's ClickHouse; undefined when it does not run. */
    analytics;
    /** The ClickHouse the release talks to. */
    clickhouse;
    constructor(scope, id, props) {
        (0, langfuse_chart_checks_1.checkLangfuseChartProps)(props);
        const namespace = props.namespace ?? 'ai-system';
        const names = (0, names_1.langfuseNames)(namespace);
        const stores = (0, langfuse_clickhouse_1.langfuseClickHouseStores)(props, names);
        const analyticsHealth = stores.operator ? clickhouse_cluster_1.ClickHouseCluster.healthChecks(stores.operator.name, namespace) : { targets: [], expressions: [] };
        super(scope, id, {
            appName: props.instanceName ?? names.release,
            namespace,
            flux: props.flux,
            dependsOn: fluxDependencies(props, stores),
            healthChecks: [
                { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', name: names.release, namespace },
                { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: names.postgresCluster, namespace },
                ...analyticsHealth.targets,
            ],
            healthCheckExprs: [{
                    apiVersion: 'postgresql.cnpg.io/v1',
                    kind: 'Cluster',
                    current: "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True')",
                    failed: "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'False')",
                }, ...analyticsHealth.expressions],
        });
        this.names = names;
        this.hostname = props.hostname;
        this.langfuseVersion = props.langfuseVersion ?? langfuse_v4_1.LangfuseVersion.V3;
        this.clickhouseStores = stores;
        const v4Migration = (0, langfuse_v4_1.effectiveV4Migration)(this.langfuseVersion, props.v4Migration);
        new app_namespace_1.AppNamespace(this, 'Namespace', { name: namespace });
        const secrets = new langfuse_secrets_1.LangfuseSecrets(this, 'Secrets', { chartProps: props, names });
        this.backup = props.backup ? new cnpg_backup_1.CnpgBackup(this, 'Backup', {
            clusterName: names.postgresCluster,
            namespace,
            endpointUrl: props.backup.endpoint,
            credentialsSecretName: names.secrets.backup,
            destinationPath: props.backup.destinationPath,
            retention: props.backup.retention,
            schedule: props.backup.schedule,
            method: (props.backup.usePlugin ?? true) ? cnpg_backup_1.CnpgBackupMethod.plugin() : cnpg_backup_1.CnpgBackupMethod.barmanObjectStore(),
            objectStoreName: `${names.release}-objectstore`,
        }) : undefined;
        this.postgres = new cnpg_cluster_1.CnpgCluster(this, 'Postgres', {
            name: names.postgresCluster,
            namespace,
            database: names.postgresDatabase,
            owner: names.postgresUser,
            credentialsSecretName: names.secrets.postgres,
            instances: props.postgres.instances,
            storageSize: props.postgres.storageSize,
            storageClass: props.storageClass,
            imageName: props.postgres.imageName,
            priorityClassName: props.postgres.priorityClassName,
            plugins: this.backup?.clusterPlugins,
            backup: this.backup?.clusterBackup,
            env: this.backup?.clusterEnv,
        });
        this.analytics = stores.operator ? new clickhouse_cluster_1.ClickHouseCluster(this, 'ClickHouse', stores.operator) : undefined;
        this.clickhouse = stores.serving === langfuse_chart_props_1.ClickHouseBackend.OPERATOR ? this.analytics.connection : (0, langfuse_values_v1_1.bundledClickHouse)(props, names);
        const values = (0, langfuse_values_v1_1.langfuseValuesV1)(props, names, this.clickhouse);
        this.release = new langfuse_release_1.LangfuseRelease(this, 'Release', {
            releaseName: names.release,
            namespace,
            values: props.reloadOnSecretChange ? withReloaderAnnotation(values, secrets) : values,
            // The chart's container name is "<chart name>-worker" (templates/worker/deployment.yaml).
            postRenderers: v4Migration?.writeMode === langfuse_v4_1.V4WriteMode.DUAL ? [(0, langfuse_v4_1.dualWriteProbePostRenderer)(names.workerDeployment, 'langfuse-worker')] : undefined,
        });
        const clickhouseTraffic = {
            bundled: stores.serving === langfuse_chart_props_1.ClickHouseBackend.BUNDLED,
            operator: stores.operator ? { name: stores.operator.name } : undefined,
            serving: stores.serving === langfuse_chart_props_1.ClickHouseBackend.OPERATOR ? 'operator' : 'bundled',
        };
        if (props.monitoring) {
            this.monitoring = new langfuse_monitoring_1.LangfuseMonitoring(this, 'Monitoring', {
                namespace,
                release: names.release,
                postgresCluster: names.postgresCluster,
                dragonfly: props.redis instanceof redis_backend_1.DragonflyBackend ? { namespace: props.redis.namespace } : undefined,
                backup: this.backup?.method.kind,
                dashboardFolder: props.monitoringOptions?.dashboardFolder,
                monitorLabels: props.monitoringOptions?.monitorLabels,
                clickhouse: { bundled: clickhouseTraffic.bundled, operator: clickhouseTraffic.operator, dashboard: clickhouseTraffic.serving },
            });
        }
        if (props.networkPolicies) {
            new traffic_policies_1.TrafficPolicies(this, 'NetworkPolicies', {
                model: (0, langfuse_traffic_1.langfuseTraffic)((0, langfuse_traffic_1.langfuseTrafficInput)(props, names, clickhouseTraffic)),
                engine: props.networkPolicies.engine,
                mode: props.networkPolicies.mode,
                labels: { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/component': 'network-policy' },
            });
        }
        this.endpoints = {
            web: names.dns.web,
            worker: names.dns.worker,
            postgresRw: this.postgres.rwHost,
            clickhouse: this.clickhouse instanceof clickhouse_connection_1.ExternalClickHouse ? this.clickhouse.host : names.dns.clickhouse,
            redis: props.redis instanceof redis_backend_1.DragonflyBackend ? props.redis.host : `${names.release}-redis-primary.${namespace}.svc.cluster.local`,
            objectStorage: props.objectStorage instanceof object_storage_1.ExternalObjectStorage ? props.objectStorage.endpoint : `http://${names.release}-s3.${namespace}.svc.cluster.local:9000`,
        };
    }
}
exports.LangfuseChart = LangfuseChart;
/** The Flux Kustomizations this app waits for, from the features that are on. */
function fluxDependencies(props, stores) {
    const deps = [(0, shared_services_1.fluxDependencyOf)(shared_services_1.CNPG_OPERATOR)];
    // The ClickHouseCluster and KeeperCluster kinds and their webhooks come from the operator's own Kustomization.
    if (stores.operator)
        deps.push({ ...(props.clickhouse.operatorFluxDependency ?? langfuse_clickhouse_1.CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY) });
    if (props.redis instanceof redis_backend_1.DragonflyBackend)
        deps.push((0, shared_services_1.fluxDependencyOf)(shared_services_1.DRAGONFLY, props.redis.namespace));
    if (props.objectStorage instanceof object_storage_1.ExternalObjectStorage)
        deps.push({ ...props.objectStorage.fluxDependency });
    if (props.sso)
        deps.push((0, shared_services_1.fluxDependencyOf)(shared_services_1.KEYCLOAK));
    // The ObjectStore kind and the plugin that archives WAL come from the Barman Cloud plugin's own Kustomization.
    if (props.backup && (props.backup.usePlugin ?? true))
        deps.push({ ...(props.backup.pluginFluxDependency ?? cnpg_backup_1.BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY) });
    deps.push(...(0, langfuse_neighbours_1.langfuseNeighbourDependencies)(props));
    return deps;
}
/**
 * Stakater Reloader restarts web or worker when one of the Secrets it reads changes (without it,
 * pods keep the old values until they restart for another reason). Each Deployment lists only its
 * own Secrets (chart 1.5.41 takes `langfuse.<component>.deployment.annotations` over the shared
 * `langfuse.deployment.annotations`), so a web-only Secret never restarts the worker.
 */
function withReloaderAnnotation(values, secrets) {
    const deployment = (component) => {
        const used = (0, langfuse_values_v1_1.componentSecretNames)(values, component);
        const names = secrets.secrets.map((s) => s.name).filter((name) => used.has(name)).join(',');
        return { ...values.langfuse[component], deployment: { annotations: { 'secret.reloader.stakater.com/reload': names } } };
    };
    return { ...values, langfuse: { ...values.langfuse, web: deployment('web'), worker: deployment('worker') } };
}
