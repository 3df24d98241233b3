"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.langfuseFluxDependencies = langfuseFluxDependencies;
const object_storage_1 = require("../backends/object-storage");
const redis_backend_1 = require("../backends/redis-backend");
const clickhouse_migration_stage_1 = require("../clickhouse/clickhouse-migration-stage");
const langfuse_clickhouse_1 = require("../clickhouse/langfuse-clickhouse");
const langfuse_neighbours_1 = require("../integrations/langfuse-neighbours");
const langfuse_chart_props_1 = require("../langfuse-chart-props");
const names_1 = require("../names");
const cnpg_backup_1 = require("../postgres/cnpg-backup");
const shared_services_1 = require("../settings/shared-services");
const flux_app_chart_1 = require("./flux-app-chart");
/**
 * The Flux Kustomizations a Langfuse app waits for, from the features that are on: the shared
 * services (each configurable, {@link LangfuseFluxDependencies}), the instance's own analytics,
 * ClickHouse-migration and ClickHouse-restore apps (named after the instance, next to its
 * Kustomization), and its neighbours.
 */
function langfuseFluxDependencies(props, stores, options = {}) {
    const appName = options.appName ?? props.instanceName ?? names_1.DEFAULT_INSTANCE_NAME;
    const own = props.fluxDependencies ?? {};
    const deps = [];
    const add = (dependency, fallback) => {
        if (dependency !== null)
            deps.push({ ...(dependency ?? fallback) });
    };
    if (own.coredns)
        deps.push({ ...own.coredns });
    add(own.cnpg, (0, shared_services_1.fluxDependencyOf)(shared_services_1.CNPG_OPERATOR));
    // the instance's own apps sit next to its Kustomization, in its namespace folder
    const fluxNamespace = (0, flux_app_chart_1.fluxAppKustomizationNamespace)(props.flux, props.namespace ?? 'ai-system') ?? 'flux-system';
    const apps = (0, langfuse_clickhouse_1.clickhouseApps)(appName);
    // The release uses the operator's ClickHouse only once its app reports both clusters Ready (which
    // in turn waits for the operator); in cutover also only after the final copy succeeded.
    if (stores.operator && stores.serving === langfuse_chart_props_1.ClickHouseBackend.OPERATOR)
        deps.push({ name: apps.analytics, namespace: fluxNamespace });
    if (stores.migration === clickhouse_migration_stage_1.ClickHouseMigrationStage.CUTOVER)
        deps.push({ name: apps.migration, namespace: fluxNamespace });
    // A restore fills the new cluster before Langfuse's first start runs its migrations on it.
    if (options.restoring)
        deps.push({ name: apps.restore, namespace: fluxNamespace });
    if (props.redis instanceof redis_backend_1.DragonflyBackend)
        add(own.dragonfly, (0, shared_services_1.fluxDependencyOf)(shared_services_1.DRAGONFLY, props.redis.namespace));
    if (props.objectStorage instanceof object_storage_1.ExternalObjectStorage)
        add(own.rustfs, props.objectStorage.fluxDependency);
    if (props.sso)
        add(own.keycloak, (0, shared_services_1.fluxDependencyOf)(shared_services_1.KEYCLOAK));
    // The ObjectStore kind and the plugin that archives WAL come from the Barman Cloud plugin's own Kustomization.
    if (props.backup && (props.backup.usePlugin ?? true) && props.backup.pluginFluxDependency !== null) {
        deps.push({ ...(props.backup.pluginFluxDependency ?? cnpg_backup_1.BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY) });
    }
    deps.push(...(0, langfuse_neighbours_1.langfuseNeighbourDependencies)(props));
    return deps;
}
