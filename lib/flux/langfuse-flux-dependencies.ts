import { ExternalObjectStorage } from '../backends/object-storage';
import { DragonflyBackend } from '../backends/redis-backend';
import { ClickHouseMigrationStage } from '../clickhouse/clickhouse-migration-stage';
import { clickhouseApps, LangfuseClickHouseStores } from '../clickhouse/langfuse-clickhouse';
import { langfuseNeighbourDependencies } from '../integrations/langfuse-neighbours';
import { ClickHouseBackend, type LangfuseChartProps } from '../langfuse-chart-props';
import { DEFAULT_INSTANCE_NAME } from '../names';
import { BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY } from '../postgres/cnpg-backup';
import { CNPG_OPERATOR, DRAGONFLY, fluxDependencyOf, KEYCLOAK } from '../settings/shared-services';
import { fluxAppKustomizationNamespace } from './flux-app-chart';
import type { KustomizationDependency } from './flux-kustomization';

/**
 * The Flux Kustomizations of the shared services a Langfuse app waits for, when they are not the
 * reference cluster's defaults: each is a `dependsOn` entry, or `null` for none. A cluster that
 * already runs Langfuse keeps its own names here, so that the app it takes over becomes Ready.
 */
export interface LangfuseFluxDependencies {
  /** @default - `cloudnative-pg` in `cnpg-system` */
  readonly cnpg?: KustomizationDependency | null;
  /** @default - `dragonfly` in the Dragonfly namespace */
  readonly dragonfly?: KustomizationDependency | null;
  /** @default - the object storage's own (`rustfs` in `storage`) */
  readonly rustfs?: KustomizationDependency | null;
  /** @default - `keycloak` in `identity` */
  readonly keycloak?: KustomizationDependency | null;
  /** CoreDNS, which the reference deployment waits for. @default - none */
  readonly coredns?: KustomizationDependency | null;
}

/** Options of {@link langfuseFluxDependencies}. */
export interface LangfuseFluxDependencyOptions {
  /** The instance's Flux app name. @default - `props.instanceName`, else `langfuse` */
  readonly appName?: string;
  /** A ClickHouse restore app fills the new cluster first (see `restoresClickHouse`). @default false */
  readonly restoring?: boolean;
}

/**
 * The Flux Kustomizations a Langfuse app waits for, from the features that are on: the shared
 * services (each configurable, {@link LangfuseFluxDependencies}), the instance's own analytics,
 * ClickHouse-migration and ClickHouse-restore apps (named after the instance, next to its
 * Kustomization), and its neighbours.
 */
export function langfuseFluxDependencies(
  props: LangfuseChartProps, stores: LangfuseClickHouseStores, options: LangfuseFluxDependencyOptions = {},
): KustomizationDependency[] {
  const appName = options.appName ?? props.instanceName ?? DEFAULT_INSTANCE_NAME;
  const own = props.fluxDependencies ?? {};
  const deps: KustomizationDependency[] = [];
  const add = (dependency: KustomizationDependency | null | undefined, fallback: KustomizationDependency) => {
    if (dependency !== null) deps.push({ ...(dependency ?? fallback) });
  };
  if (own.coredns) deps.push({ ...own.coredns });
  add(own.cnpg, fluxDependencyOf(CNPG_OPERATOR));
  // the instance's own apps sit next to its Kustomization, in its namespace folder
  const fluxNamespace = fluxAppKustomizationNamespace(props.flux, props.namespace ?? 'ai-system') ?? 'flux-system';
  const apps = clickhouseApps(appName);
  // The release uses the operator's ClickHouse only once its app reports both clusters Ready (which
  // in turn waits for the operator); in cutover also only after the final copy succeeded.
  if (stores.operator && stores.serving === ClickHouseBackend.OPERATOR) deps.push({ name: apps.analytics, namespace: fluxNamespace });
  if (stores.migration === ClickHouseMigrationStage.CUTOVER) deps.push({ name: apps.migration, namespace: fluxNamespace });
  // A restore fills the new cluster before Langfuse's first start runs its migrations on it.
  if (options.restoring) deps.push({ name: apps.restore, namespace: fluxNamespace });
  if (props.redis instanceof DragonflyBackend) add(own.dragonfly, fluxDependencyOf(DRAGONFLY, props.redis.namespace));
  if (props.objectStorage instanceof ExternalObjectStorage) add(own.rustfs, props.objectStorage.fluxDependency);
  if (props.sso) add(own.keycloak, fluxDependencyOf(KEYCLOAK));
  // The ObjectStore kind and the plugin that archives WAL come from the Barman Cloud plugin's own Kustomization.
  if (props.backup && (props.backup.usePlugin ?? true) && props.backup.pluginFluxDependency !== null) {
    deps.push({ ...(props.backup.pluginFluxDependency ?? BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY) });
  }
  deps.push(...langfuseNeighbourDependencies(props));
  return deps;
}
