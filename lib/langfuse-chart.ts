import { Construct } from 'constructs';
import { AppNamespace } from './app-namespace';
import { BackupAlerts } from './backup/backup-alerts';
import type { ClickHouseBackup } from './backup/clickhouse-backup';
import type { ClickHouseRestoreApp } from './backup/clickhouse-restore-app';
import {
  addClickHouseBackup, addClickHouseRestoreApp, addPostgresRecovery, disasterRecoveryNames, restoresClickHouse,
} from './backup/langfuse-disaster-recovery';
import { maxScheduleIntervalSeconds } from './backup/schedule-interval';
import { ExternalObjectStorage } from './backends/object-storage';
import { DragonflyBackend } from './backends/redis-backend';
import { ClickHouseCluster } from './clickhouse/clickhouse-cluster';
import { ClickHouseConnection, ExternalClickHouse } from './clickhouse/clickhouse-connection';
import { ClickHouseMigrationChart, CLICKHOUSE_MIGRATION_POD_LABELS } from './clickhouse/clickhouse-migration-chart';
import { ClickHouseMigrationStage, copiesFromBundled, hasMigrationApp } from './clickhouse/clickhouse-migration-stage';
import { LANGFUSE_WEB_IMAGE_REPOSITORY } from './clickhouse/clickhouse-schema-job';
import { LangfuseAnalyticsChart } from './clickhouse/langfuse-analytics-chart';
import {
  CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY, clickhouseApps, LangfuseClickHouseStores, langfuseClickHouseStores,
} from './clickhouse/langfuse-clickhouse';
import { FluxAppChart } from './flux/flux-app-chart';
import { langfuseFluxDependencies } from './flux/langfuse-flux-dependencies';
import { missingNeighbours } from './integrations/langfuse-neighbours';
import { LangfuseRelease } from './flux/langfuse-release';
import { dualWriteProbePostRenderer, effectiveV4Migration, LangfuseVersion, V4WriteMode } from './flux/langfuse-v4';
import { LangfuseChartValues } from './flux/langfuse-values';
import { bundledClickHouse, componentSecretNames, LANGFUSE_CHART, langfuseValuesV1 } from './flux/langfuse-values-v1';
import { checkLangfuseChartProps } from './langfuse-chart-checks';
import { ClickHouseBackend, LangfuseChartProps } from './langfuse-chart-props';
import { bundledClickHousePodHost, LangfuseNames, langfuseNames } from './names';
import { langfuseTraffic, langfuseTrafficInput } from './network/langfuse-traffic';
import { TrafficModel } from './network/traffic-model';
import { TrafficPolicies } from './network/traffic-policies';
import { LangfuseRoleSync } from './identity/langfuse-role-sync';
import { keycloakInternalUrl } from './settings/derive';
import { LangfuseMonitoring } from './observability/langfuse-monitoring';
import { CnpgBackup, CnpgBackupMethod } from './postgres/cnpg-backup';
import { CnpgCluster } from './postgres/cnpg-cluster';
import type { CnpgRecovery } from './postgres/cnpg-recovery';
import { LangfuseSecrets } from './secrets/langfuse-secrets';
import { UPGRADE_STEP_ANNOTATION, upgradeStep, UpgradeStep } from './upgrade/upgrade-path';

/** Service DNS names of one Langfuse instance (the seed's quick reference). */
export interface LangfuseEndpoints {
  readonly web: string;
  readonly worker: string;
  readonly postgresRw: string;
  readonly clickhouse: string;
  readonly redis: string;
  readonly objectStorage: string;
}

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
export class LangfuseChart extends FluxAppChart {
  public readonly names: LangfuseNames;
  public readonly endpoints: LangfuseEndpoints;
  public readonly hostname: string;
  public readonly postgres: CnpgCluster;
  public readonly release: LangfuseRelease;
  /** Undefined when backups are off. */
  public readonly backup?: CnpgBackup;
  /** Undefined when monitoring is off. */
  public readonly monitoring?: LangfuseMonitoring;
  /** The Langfuse server's major version. */
  public readonly langfuseVersion: LangfuseVersion;
  /** The ClickHouse stores: the one in use and whether the operator's cluster runs. */
  public readonly clickhouseStores: LangfuseClickHouseStores;
  /** The operator's ClickHouse; undefined when it does not run. */
  public readonly analytics?: ClickHouseCluster;
  /** The Flux app of the operator's ClickHouse; undefined when it does not run. */
  public readonly analyticsApp?: LangfuseAnalyticsChart;
  /** The Flux app of a migration's Jobs; undefined outside prepare to cutover. */
  public readonly migrationApp?: ClickHouseMigrationChart;
  /** The ClickHouse the release talks to. */
  public readonly clickhouse: ClickHouseConnection;
  /** Where this instance stands on the way from v3 on the bundled ClickHouse to v4 (recorded on its Kustomization). */
  public readonly upgradeStep: UpgradeStep;
  /** The Postgres recovery; undefined when the cluster starts empty. */
  public readonly recovery?: CnpgRecovery;
  /** Scheduled ClickHouse backups; undefined when off. */
  public readonly clickhouseBackup?: ClickHouseBackup;
  /** The Flux app whose Job restores the analytics app's new cluster before Langfuse starts; undefined unless restoring. */
  public readonly clickhouseRestoreApp?: ClickHouseRestoreApp;
  /** The data-loss alerts; undefined when monitoring is off. */
  public readonly alerts?: BackupAlerts;
  /** Who talks to whom around this instance; undefined when network policies are off. */
  public readonly trafficModel?: TrafficModel;

  constructor(scope: Construct, id: string, props: LangfuseChartProps) {
    checkLangfuseChartProps(props);
    const namespace = props.namespace ?? 'ai-system';
    const names = langfuseNames(namespace);
    const stores = langfuseClickHouseStores(props, names);
    const appName = props.instanceName ?? names.release;
    const step = upgradeStep(props);
    // The restore app writes into the analytics app's cluster, and Langfuse waits for it; or it
    // restores the bundled ClickHouse of this app's release, which holds Langfuse off meanwhile.
    const restoring = restoresClickHouse(props, stores);
    super(scope, id, {
      appName,
      namespace,
      flux: props.flux,
      dependsOn: langfuseFluxDependencies(props, stores, { appName, restoring: restoring === 'operator' }),
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
      kustomizationAnnotations: step === UpgradeStep.BUNDLED ? undefined : { [UPGRADE_STEP_ANNOTATION]: step },
    });
    // renderFluxTree (and app.synth()) run it: by then addLangfuseNeighbours has had its chance.
    this.node.addValidation({ validate: () => missingNeighbours(this, props) });
    this.names = names;
    this.hostname = props.hostname;
    this.langfuseVersion = props.langfuseVersion ?? LangfuseVersion.V3;
    this.clickhouseStores = stores;
    this.upgradeStep = step;
    const v4Migration = effectiveV4Migration(this.langfuseVersion, props.v4Migration);
    const apps = clickhouseApps(appName);
    const fluxNamespace = this.kustomization.namespace;

    // The app Flux applies first creates the Namespace: the analytics app, which this one waits for.
    this.analyticsApp = stores.operator ? new LangfuseAnalyticsChart(scope, apps.analytics, {
      appName: apps.analytics,
      cluster: stores.operator,
      password: props.clickhouse.password,
      operatorFluxDependency: props.clickhouse.operatorFluxDependency ?? CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY,
      ownsNamespace: true,
      flux: props.flux,
    }) : undefined;
    this.analytics = this.analyticsApp?.cluster;
    if (!this.analyticsApp) new AppNamespace(this, 'Namespace', { name: namespace });
    const secrets = new LangfuseSecrets(this, 'Secrets', { chartProps: props, names, bundledClickHouse: stores.bundled });

    this.backup = props.backup ? new CnpgBackup(this, 'Backup', {
      clusterName: names.postgresCluster,
      namespace,
      endpointUrl: props.backup.endpoint,
      credentialsSecretName: names.secrets.backup,
      destinationPath: props.backup.destinationPath,
      retention: props.backup.retention,
      schedule: props.backup.schedule,
      method: (props.backup.usePlugin ?? true) ? CnpgBackupMethod.plugin() : CnpgBackupMethod.barmanObjectStore(),
      objectStoreName: `${names.release}-objectstore`,
      serverName: props.backup.serverName,
    }) : undefined;
    this.recovery = addPostgresRecovery(this, props, names, this.backup);

    this.postgres = new CnpgCluster(this, 'Postgres', {
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
      ? addClickHouseRestoreApp(scope, props, names, this.analytics!, { name: apps.analytics, namespace: fluxNamespace })
      : restoring === 'bundled' ? addClickHouseRestoreApp(scope, props, names, undefined, { name: appName, namespace: fluxNamespace }) : undefined;
    this.clickhouse = stores.serving === ClickHouseBackend.OPERATOR ? this.analytics!.connection : bundledClickHouse(props, names);
    const migration = stores.migration;
    if (migration !== undefined && hasMigrationApp(migration)) {
      this.migrationApp = new ClickHouseMigrationChart(scope, apps.migration, {
        appName: apps.migration,
        namespace,
        stage: migration,
        flux: props.flux,
        langfuseImage: `${LANGFUSE_WEB_IMAGE_REPOSITORY}:${LANGFUSE_CHART.appVersion}`,
        clickhouseImage: this.analytics!.image,
        target: { host: this.analytics!.host, firstServerHost: this.analytics!.firstPodHost, passwordSecret: this.analytics!.passwordSecret },
        source: {
          replicaAddresses: Array.from({ length: props.clickhouse.replicas ?? 1 }, (_, i) => `${bundledClickHousePodHost(names, i)}:9000`),
          passwordSecret: { name: names.secrets.clickhouse, key: 'password' },
        },
        analyticsDependency: { name: apps.analytics, namespace: fluxNamespace },
        langfuseDependency: { name: appName, namespace: fluxNamespace },
      });
    }
    // Langfuse stays off while the bundled ClickHouse is restored: its start would migrate the empty database.
    const values = langfuseValuesV1(props, names, this.clickhouse, {
      scaledToZero: migration === ClickHouseMigrationStage.FREEZE || restoring === 'bundled',
      clickhouseMigrationsOff: restoring === 'bundled',
    });
    this.release = new LangfuseRelease(this, 'Release', {
      releaseName: names.release,
      namespace,
      values: props.reloadOnSecretChange ? withReloaderAnnotation(values, [...secrets.secrets.map((x) => x.name), this.clickhouse.passwordSecret.name]) : values,
      // The chart's container name is "<chart name>-worker" (templates/worker/deployment.yaml).
      postRenderers: v4Migration?.writeMode === V4WriteMode.DUAL ? [dualWriteProbePostRenderer(names.workerDeployment, 'langfuse-worker')] : undefined,
    });
    this.clickhouseBackup = addClickHouseBackup(this, props, names, stores, this.analytics);
    const clickhouseTraffic = {
      bundled: stores.bundled,
      operator: stores.operator ? { name: stores.operator.name, operatorNamespace: props.clickhouse.operatorNamespace } : undefined,
      serving: stores.serving === ClickHouseBackend.OPERATOR ? 'operator' as const : 'bundled' as const,
      migration: this.migrationApp ? { jobLabels: CLICKHOUSE_MIGRATION_POD_LABELS, copyFromBundled: copiesFromBundled(this.migrationApp.stage) } : undefined,
      backupJobs: [this.clickhouseBackup?.podLabels, this.clickhouseRestoreApp?.restore.podLabels].filter((l): l is Readonly<Record<string, string>> => l !== undefined),
    };

    if (props.monitoring) {
      this.monitoring = new LangfuseMonitoring(this, 'Monitoring', {
        namespace,
        release: names.release,
        postgresCluster: names.postgresCluster,
        dragonfly: props.redis instanceof DragonflyBackend ? { namespace: props.redis.namespace } : undefined,
        backup: this.backup?.method.kind,
        dashboardFolder: props.monitoringOptions?.dashboardFolder,
        monitorLabels: props.monitoringOptions?.monitorLabels,
        clickhouse: { bundled: clickhouseTraffic.bundled, operator: clickhouseTraffic.operator, dashboard: clickhouseTraffic.serving },
        clickhouseBackupCronJob: this.clickhouseBackup?.name,
      });
      this.alerts = new BackupAlerts(this, 'Alerts', {
        name: disasterRecoveryNames(names).alerts,
        namespace,
        labels: props.monitoringOptions?.monitorLabels,
        postgres: this.backup ? {
          selector: this.monitoring.postgresSelector,
          method: this.backup.method.kind,
          maxIntervalSeconds: maxScheduleIntervalSeconds(this.backup.schedule, { seconds: true }),
        } : undefined,
        clickhouseBackup: this.clickhouseBackup ? { cronJob: this.clickhouseBackup.name, maxIntervalSeconds: this.clickhouseBackup.maxIntervalSeconds } : undefined,
        clickhouseSelectors: this.monitoring.clickhouseSelectors,
      });
    }

    if (props.roleSync) {
      new LangfuseRoleSync(this, 'RoleSync', {
        ...props.roleSync, keycloakUrl: keycloakInternalUrl(), langfuseUrl: `http://${names.dns.web}:3000`, namespace,
      });
    }

    if (props.networkPolicies) {
      this.trafficModel = langfuseTraffic(langfuseTrafficInput(props, names, clickhouseTraffic));
      new TrafficPolicies(this, 'NetworkPolicies', {
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
      clickhouse: this.clickhouse instanceof ExternalClickHouse ? this.clickhouse.host : names.dns.clickhouse,
      redis: props.redis instanceof DragonflyBackend ? props.redis.host : `${names.release}-redis-primary.${namespace}.svc.cluster.local`,
      objectStorage: props.objectStorage instanceof ExternalObjectStorage ? props.objectStorage.endpoint : `http://${names.release}-s3.${namespace}.svc.cluster.local:9000`,
    };
  }
}

/**
 * Stakater Reloader restarts web or worker when one of the Secrets it reads changes (without it,
 * pods keep the old values until they restart for another reason). Each Deployment lists only its
 * own Secrets (chart 1.5.41 takes `langfuse.<component>.deployment.annotations` over the shared
 * `langfuse.deployment.annotations`), so a web-only Secret never restarts the worker. `secretNames`
 * are the Secrets this tool writes: the app's own and the ClickHouse password (with the operator
 * backend the analytics app's `langfuse-analytics-credentials`, which both components read).
 */
function withReloaderAnnotation(values: LangfuseChartValues, secretNames: readonly string[]): LangfuseChartValues {
  const deployment = (component: 'web' | 'worker') => {
    const used = componentSecretNames(values, component);
    const names = [...new Set(secretNames)].filter((name) => used.has(name)).join(',');
    return { ...values.langfuse[component], deployment: { annotations: { 'secret.reloader.stakater.com/reload': names } } };
  };
  return { ...values, langfuse: { ...values.langfuse, web: deployment('web'), worker: deployment('worker') } };
}
