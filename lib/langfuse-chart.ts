import { Construct } from 'constructs';
import { AppNamespace } from './app-namespace';
import { ExternalObjectStorage } from './backends/object-storage';
import { DragonflyBackend } from './backends/redis-backend';
import { ClickHouseCluster } from './clickhouse/clickhouse-cluster';
import { ClickHouseConnection, ExternalClickHouse } from './clickhouse/clickhouse-connection';
import { CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY, LangfuseClickHouseStores, langfuseClickHouseStores } from './clickhouse/langfuse-clickhouse';
import { FluxAppChart } from './flux/flux-app-chart';
import { KustomizationDependency } from './flux/flux-kustomization';
import { LangfuseRelease } from './flux/langfuse-release';
import { dualWriteProbePostRenderer, effectiveV4Migration, LangfuseVersion, V4WriteMode } from './flux/langfuse-v4';
import { LangfuseChartValues } from './flux/langfuse-values';
import { bundledClickHouse, componentSecretNames, langfuseValuesV1 } from './flux/langfuse-values-v1';
import { langfuseNeighbourDependencies } from './integrations/langfuse-neighbours';
import { checkLangfuseChartProps } from './langfuse-chart-checks';
import { ClickHouseBackend, LangfuseChartProps } from './langfuse-chart-props';
import { LangfuseNames, langfuseNames } from './names';
import { langfuseTraffic, langfuseTrafficInput } from './network/langfuse-traffic';
import { TrafficPolicies } from './network/traffic-policies';
import { LangfuseMonitoring } from './observability/langfuse-monitoring';
import { BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY, CnpgBackup, CnpgBackupMethod } from './postgres/cnpg-backup';
import { CnpgCluster } from './postgres/cnpg-cluster';
import { LangfuseSecrets } from './secrets/langfuse-secrets';
import { CNPG_OPERATOR, DRAGONFLY, fluxDependencyOf, KEYCLOAK } from './settings/shared-services';

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
 * namespace, the pinned HelmRelease, its CloudNativePG cluster and the SOPS Secrets. The chart
 * reads effective flags from its props once and holds no resource-level logic.
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
  /** The ClickHouse the release talks to. */
  public readonly clickhouse: ClickHouseConnection;

  constructor(scope: Construct, id: string, props: LangfuseChartProps) {
    checkLangfuseChartProps(props);
    const namespace = props.namespace ?? 'ai-system';
    const names = langfuseNames(namespace);
    const stores = langfuseClickHouseStores(props, names);
    const analyticsHealth = stores.operator ? ClickHouseCluster.healthChecks(stores.operator.name, namespace) : { targets: [], expressions: [] };
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
    this.langfuseVersion = props.langfuseVersion ?? LangfuseVersion.V3;
    this.clickhouseStores = stores;
    const v4Migration = effectiveV4Migration(this.langfuseVersion, props.v4Migration);

    new AppNamespace(this, 'Namespace', { name: namespace });
    const secrets = new LangfuseSecrets(this, 'Secrets', { chartProps: props, names });

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
    }) : undefined;

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
    });

    this.analytics = stores.operator ? new ClickHouseCluster(this, 'ClickHouse', stores.operator) : undefined;
    this.clickhouse = stores.serving === ClickHouseBackend.OPERATOR ? this.analytics!.connection : bundledClickHouse(props, names);
    const values = langfuseValuesV1(props, names, this.clickhouse);
    this.release = new LangfuseRelease(this, 'Release', {
      releaseName: names.release,
      namespace,
      values: props.reloadOnSecretChange ? withReloaderAnnotation(values, secrets) : values,
      // The chart's container name is "<chart name>-worker" (templates/worker/deployment.yaml).
      postRenderers: v4Migration?.writeMode === V4WriteMode.DUAL ? [dualWriteProbePostRenderer(names.workerDeployment, 'langfuse-worker')] : undefined,
    });
    const clickhouseTraffic = {
      bundled: stores.serving === ClickHouseBackend.BUNDLED,
      operator: stores.operator ? { name: stores.operator.name } : undefined,
      serving: stores.serving === ClickHouseBackend.OPERATOR ? 'operator' as const : 'bundled' as const,
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
      });
    }

    if (props.networkPolicies) {
      new TrafficPolicies(this, 'NetworkPolicies', {
        model: langfuseTraffic(langfuseTrafficInput(props, names, clickhouseTraffic)),
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

/** The Flux Kustomizations this app waits for, from the features that are on. */
function fluxDependencies(props: LangfuseChartProps, stores: LangfuseClickHouseStores): KustomizationDependency[] {
  const deps: KustomizationDependency[] = [fluxDependencyOf(CNPG_OPERATOR)];
  // The ClickHouseCluster and KeeperCluster kinds and their webhooks come from the operator's own Kustomization.
  if (stores.operator) deps.push({ ...(props.clickhouse.operatorFluxDependency ?? CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY) });
  if (props.redis instanceof DragonflyBackend) deps.push(fluxDependencyOf(DRAGONFLY, props.redis.namespace));
  if (props.objectStorage instanceof ExternalObjectStorage) deps.push({ ...props.objectStorage.fluxDependency });
  if (props.sso) deps.push(fluxDependencyOf(KEYCLOAK));
  // The ObjectStore kind and the plugin that archives WAL come from the Barman Cloud plugin's own Kustomization.
  if (props.backup && (props.backup.usePlugin ?? true)) deps.push({ ...(props.backup.pluginFluxDependency ?? BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY) });
  deps.push(...langfuseNeighbourDependencies(props));
  return deps;
}

/**
 * Stakater Reloader restarts web or worker when one of the Secrets it reads changes (without it,
 * pods keep the old values until they restart for another reason). Each Deployment lists only its
 * own Secrets (chart 1.5.41 takes `langfuse.<component>.deployment.annotations` over the shared
 * `langfuse.deployment.annotations`), so a web-only Secret never restarts the worker.
 */
function withReloaderAnnotation(values: LangfuseChartValues, secrets: LangfuseSecrets): LangfuseChartValues {
  const deployment = (component: 'web' | 'worker') => {
    const used = componentSecretNames(values, component);
    const names = secrets.secrets.map((s) => s.name).filter((name) => used.has(name)).join(',');
    return { ...values.langfuse[component], deployment: { annotations: { 'secret.reloader.stakater.com/reload': names } } };
  };
  return { ...values, langfuse: { ...values.langfuse, web: deployment('web'), worker: deployment('worker') } };
}
