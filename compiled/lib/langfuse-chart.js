"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LangfuseChart = void 0;
const app_namespace_1 = require("./app-namespace");
const backup_alerts_1 = require("./backup/backup-alerts");
const langfuse_disaster_recovery_1 = require("./backup/langfuse-disaster-recovery");
const schedule_interval_1 = require("./backup/schedule-interval");
const object_storage_1 = require("./backends/object-storage");
const redis_backend_1 = require("./backends/redis-backend");
const clickhouse_connection_1 = require("./clickhouse/clickhouse-connection");
const clickhouse_migration_chart_1 = require("./clickhouse/clickhouse-migration-chart");
const clickhouse_migration_stage_1 = require("./clickhouse/clickhouse-migration-stage");
const clickhouse_schema_job_1 = require("./clickhouse/clickhouse-schema-job");
const langfuse_analytics_chart_1 = require("./clickhouse/langfuse-analytics-chart");
const langfuse_clickhouse_1 = require("./clickhouse/langfuse-clickhouse");
const flux_app_chart_1 = require("./flux/flux-app-chart");
const langfuse_flux_dependencies_1 = require("./flux/langfuse-flux-dependencies");
const langfuse_neighbours_1 = require("./integrations/langfuse-neighbours");
const langfuse_release_1 = require("./flux/langfuse-release");
const langfuse_v4_1 = require("./flux/langfuse-v4");
const langfuse_values_v1_1 = require("./flux/langfuse-values-v1");
const langfuse_chart_checks_1 = require("./langfuse-chart-checks");
const langfuse_chart_props_1 = require("./langfuse-chart-props");
const names_1 = require("./names");
const langfuse_traffic_1 = require("./network/langfuse-traffic");
const traffic_policies_1 = require("./network/traffic-policies");
const langfuse_role_sync_1 = require("./identity/langfuse-role-sync");
const derive_1 = require("./settings/derive");
const langfuse_monitoring_1 = require("./observability/langfuse-monitoring");
const cnpg_backup_1 = require("./postgres/cnpg-backup");
const cnpg_cluster_1 = require("./postgres/cnpg-cluster");
const langfuse_secrets_1 = require("./secrets/langfuse-secrets");
const upgrade_path_1 = require("./upgrade/upgrade-path");
/**
 * One Langfuse instance as a Flux app: the Kustomization (ks.yaml) and, under app/, the
 * namespace, the pinned HelmRelease, its CloudNativePG cluster and the SOPS Secrets. With the
 * operator's ClickHouse, the cluster is a sibling Flux app (`<instance>-analytics`, see
 * `LangfuseAnalyticsChart`) that this one waits for; during a migration from the bundled
 * ClickHouse, the Jobs are another (`<instance>-clickhouse-migration`), and while a restore is
 * configured the restore Job is a third (`<instance>-clickhouse-restore`, after the analytics app,
 * before this one). The chart reads effective flags from its props once and holds no
 * resource-level logic. What lives in other folders (the route, the Dragonfly ACL, the Keycloak
 * client, LiteLLM's wiring, ...) is added by `addLangfuseNeighbours`; a chart whose props ask for
 * one of these does not render without that call.
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
    /** The Flux app of the operator's ClickHouse; undefined when it does not run. */
    analyticsApp;
    /** The Flux app of a migration's Jobs; undefined outside prepare to cutover. */
    migrationApp;
    /** The ClickHouse the release talks to. */
    clickhouse;
    /** Where this instance stands on the way from v3 on the bundled ClickHouse to v4 (recorded on its Kustomization). */
    upgradeStep;
    /** The Postgres recovery; undefined when the cluster starts empty. */
    recovery;
    /** Scheduled ClickHouse backups; undefined when off. */
    clickhouseBackup;
    /** The Flux app whose Job restores the analytics app's new cluster before Langfuse starts; undefined unless restoring. */
    clickhouseRestoreApp;
    /** The data-loss alerts; undefined when monitoring is off. */
    alerts;
    /** Who talks to whom around this instance; undefined when network policies are off. */
    trafficModel;
    constructor(scope, id, props) {
        (0, langfuse_chart_checks_1.checkLangfuseChartProps)(props);
        const namespace = props.namespace ?? 'ai-system';
        const names = (0, names_1.langfuseNames)(namespace);
        const stores = (0, langfuse_clickhouse_1.langfuseClickHouseStores)(props, names);
        const appName = props.instanceName ?? names.release;
        const step = (0, upgrade_path_1.upgradeStep)(props);
        // The restore app writes into the analytics app's cluster, and Langfuse waits for it; or it
        // restores the bundled ClickHouse of this app's release, which holds Langfuse off meanwhile.
        const restoring = (0, langfuse_disaster_recovery_1.restoresClickHouse)(props, stores);
        super(scope, id, {
            appName,
            namespace,
            flux: props.flux,
            dependsOn: (0, langfuse_flux_dependencies_1.langfuseFluxDependencies)(props, stores, { appName, restoring: restoring === 'operator' }),
            healthChecks: [
                { apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', name: names.release, namespace },
                { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', name: names.postgresCluster, namespace },
            ],
            healthCheckExprs: [{
                    apiVersion: 'postgresql.cnpg.io/v1',
                    kind: 'Cluster',
                    current: "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'True')",
                    failed: "status.conditions.filter(e, e.type == 'Ready').all(e, e.status == 'False')",
                }],
            // A tree from before the upgrade path carries none: the bundled v3 install it was.
            kustomizationAnnotations: step === upgrade_path_1.UpgradeStep.BUNDLED ? undefined : { [upgrade_path_1.UPGRADE_STEP_ANNOTATION]: step },
        });
        // renderFluxTree (and app.synth()) run it: by then addLangfuseNeighbours has had its chance.
        this.node.addValidation({ validate: () => (0, langfuse_neighbours_1.missingNeighbours)(this, props) });
        this.names = names;
        this.hostname = props.hostname;
        this.langfuseVersion = props.langfuseVersion ?? langfuse_v4_1.LangfuseVersion.V3;
        this.clickhouseStores = stores;
        this.upgradeStep = step;
        const v4Migration = (0, langfuse_v4_1.effectiveV4Migration)(this.langfuseVersion, props.v4Migration);
        const apps = (0, langfuse_clickhouse_1.clickhouseApps)(appName);
        const fluxNamespace = this.kustomization.namespace;
        // The app Flux applies first creates the Namespace: the analytics app, which this one waits for.
        this.analyticsApp = stores.operator ? new langfuse_analytics_chart_1.LangfuseAnalyticsChart(scope, apps.analytics, {
            appName: apps.analytics,
            cluster: stores.operator,
            password: props.clickhouse.password,
            operatorFluxDependency: props.clickhouse.operatorFluxDependency ?? langfuse_clickhouse_1.CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY,
            ownsNamespace: true,
            flux: props.flux,
        }) : undefined;
        this.analytics = this.analyticsApp?.cluster;
        if (!this.analyticsApp)
            new app_namespace_1.AppNamespace(this, 'Namespace', { name: namespace });
        const secrets = new langfuse_secrets_1.LangfuseSecrets(this, 'Secrets', { chartProps: props, names, bundledClickHouse: stores.bundled });
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
            serverName: props.backup.serverName,
        }) : undefined;
        this.recovery = (0, langfuse_disaster_recovery_1.addPostgresRecovery)(this, props, names, this.backup);
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
            recovery: this.recovery?.bootstrap,
            externalClusters: this.recovery?.externalClusters,
            databaseObjectName: props.postgres.databaseObjectName,
        });
        this.clickhouseRestoreApp = restoring === 'operator'
            ? (0, langfuse_disaster_recovery_1.addClickHouseRestoreApp)(scope, props, names, this.analytics, { name: apps.analytics, namespace: fluxNamespace })
            : restoring === 'bundled' ? (0, langfuse_disaster_recovery_1.addClickHouseRestoreApp)(scope, props, names, undefined, { name: appName, namespace: fluxNamespace }) : undefined;
        this.clickhouse = stores.serving === langfuse_chart_props_1.ClickHouseBackend.OPERATOR ? this.analytics.connection : (0, langfuse_values_v1_1.bundledClickHouse)(props, names);
        const migration = stores.migration;
        if (migration !== undefined && (0, clickhouse_migration_stage_1.hasMigrationApp)(migration)) {
            this.migrationApp = new clickhouse_migration_chart_1.ClickHouseMigrationChart(scope, apps.migration, {
                appName: apps.migration,
                namespace,
                stage: migration,
                flux: props.flux,
                langfuseImage: `${clickhouse_schema_job_1.LANGFUSE_WEB_IMAGE_REPOSITORY}:${langfuse_values_v1_1.LANGFUSE_CHART.appVersion}`,
                clickhouseImage: this.analytics.image,
                target: { host: this.analytics.host, firstServerHost: this.analytics.firstPodHost, passwordSecret: this.analytics.passwordSecret },
                source: {
                    replicaAddresses: Array.from({ length: props.clickhouse.replicas ?? 1 }, (_, i) => `${(0, names_1.bundledClickHousePodHost)(names, i)}:9000`),
                    passwordSecret: { name: names.secrets.clickhouse, key: 'password' },
                },
                analyticsDependency: { name: apps.analytics, namespace: fluxNamespace },
                langfuseDependency: { name: appName, namespace: fluxNamespace },
            });
        }
        // Langfuse stays off while the bundled ClickHouse is restored: its start would migrate the empty database.
        const values = (0, langfuse_values_v1_1.langfuseValuesV1)(props, names, this.clickhouse, {
            scaledToZero: migration === clickhouse_migration_stage_1.ClickHouseMigrationStage.FREEZE || restoring === 'bundled',
            clickhouseMigrationsOff: restoring === 'bundled',
        });
        this.release = new langfuse_release_1.LangfuseRelease(this, 'Release', {
            releaseName: names.release,
            namespace,
            values: props.reloadOnSecretChange ? withReloaderAnnotation(values, [...secrets.secrets.map((x) => x.name), this.clickhouse.passwordSecret.name]) : values,
            // The chart's container name is "<chart name>-worker" (templates/worker/deployment.yaml).
            postRenderers: v4Migration?.writeMode === langfuse_v4_1.V4WriteMode.DUAL ? [(0, langfuse_v4_1.dualWriteProbePostRenderer)(names.workerDeployment, 'langfuse-worker')] : undefined,
        });
        this.clickhouseBackup = (0, langfuse_disaster_recovery_1.addClickHouseBackup)(this, props, names, stores, this.analytics);
        const clickhouseTraffic = {
            bundled: stores.bundled,
            operator: stores.operator ? { name: stores.operator.name, operatorNamespace: props.clickhouse.operatorNamespace } : undefined,
            serving: stores.serving === langfuse_chart_props_1.ClickHouseBackend.OPERATOR ? 'operator' : 'bundled',
            migration: this.migrationApp ? { jobLabels: clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_POD_LABELS, copyFromBundled: (0, clickhouse_migration_stage_1.copiesFromBundled)(this.migrationApp.stage) } : undefined,
            backupJobs: [this.clickhouseBackup?.podLabels, this.clickhouseRestoreApp?.restore.podLabels].filter((l) => l !== undefined),
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
                clickhouseBackupCronJob: this.clickhouseBackup?.name,
            });
            this.alerts = new backup_alerts_1.BackupAlerts(this, 'Alerts', {
                name: (0, langfuse_disaster_recovery_1.disasterRecoveryNames)(names).alerts,
                namespace,
                labels: props.monitoringOptions?.monitorLabels,
                postgres: this.backup ? {
                    selector: this.monitoring.postgresSelector,
                    method: this.backup.method.kind,
                    maxIntervalSeconds: (0, schedule_interval_1.maxScheduleIntervalSeconds)(this.backup.schedule, { seconds: true }),
                } : undefined,
                clickhouseBackup: this.clickhouseBackup ? { cronJob: this.clickhouseBackup.name, maxIntervalSeconds: this.clickhouseBackup.maxIntervalSeconds } : undefined,
                clickhouseSelectors: this.monitoring.clickhouseSelectors,
            });
        }
        if (props.roleSync) {
            new langfuse_role_sync_1.LangfuseRoleSync(this, 'RoleSync', {
                ...props.roleSync, keycloakUrl: (0, derive_1.keycloakInternalUrl)(), langfuseUrl: `http://${names.dns.web}:3000`, namespace,
            });
        }
        if (props.networkPolicies) {
            this.trafficModel = (0, langfuse_traffic_1.langfuseTraffic)((0, langfuse_traffic_1.langfuseTrafficInput)(props, names, clickhouseTraffic));
            new traffic_policies_1.TrafficPolicies(this, 'NetworkPolicies', {
                model: this.trafficModel,
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
/**
 * Stakater Reloader restarts web or worker when one of the Secrets it reads changes (without it,
 * pods keep the old values until they restart for another reason). Each Deployment lists only its
 * own Secrets (chart 1.5.41 takes `langfuse.<component>.deployment.annotations` over the shared
 * `langfuse.deployment.annotations`), so a web-only Secret never restarts the worker. `secretNames`
 * are the Secrets this tool writes: the app's own and the ClickHouse password (with the operator
 * backend the analytics app's `langfuse-analytics-credentials`, which both components read).
 */
function withReloaderAnnotation(values, secretNames) {
    const deployment = (component) => {
        const used = (0, langfuse_values_v1_1.componentSecretNames)(values, component);
        const names = [...new Set(secretNames)].filter((name) => used.has(name)).join(',');
        return { ...values.langfuse[component], deployment: { annotations: { 'secret.reloader.stakater.com/reload': names } } };
    };
    return { ...values, langfuse: { ...values.langfuse, web: deployment('web'), worker: deployment('worker') } };
}
