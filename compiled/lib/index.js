"use strict";
/**
 * The public API of langfuse-cdk8s: the constructs, their props, and the functions that turn a
 * config into a Flux tree. Everything a consumer depends on is named here; the rest is reachable
 * only through the subpaths `langfuse-cdk8s/sops` (native SOPS), `langfuse-cdk8s/validate` (the
 * tree validator) and `langfuse-cdk8s/tooling` (what the CLI and the docs generators are built from).
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.StatsdMappingConfigMap = exports.PanelKind = exports.GrafanaDashboardConfigMap = exports.DashboardSubstitution = exports.MonitorNamespaces = exports.PodMonitor = exports.ServiceMonitor = exports.SharedNeighbours = exports.neighbourApps = exports.addLangfuseNeighbours = exports.LangfuseLlmConnection = exports.LiteLlmLangfuseCallback = exports.LiteLlmIntegration = exports.langfuseOidcUris = exports.KeycloakClientForm = exports.KeycloakClient = exports.DragonflyDefaultUser = exports.DragonflyAcl = exports.DRAGONFLY_ACL_KEY = exports.TrafficProtocol = exports.tcp = exports.PeerKind = exports.Peer = exports.TrafficPolicies = exports.KubernetesNetworkPolicy = exports.CiliumPolicy = exports.HttpRoute = exports.ENVOY_INTERNAL = exports.ENVOY_EXTERNAL = exports.LangfuseSecrets = exports.SopsSecret = exports.CnpgBackupMethod = exports.CnpgBackup = exports.BARMAN_CLOUD_PLUGIN_NAME = exports.BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY = exports.CnpgCluster = exports.LANGFUSE_CHART = exports.LangfuseRelease = exports.FluxKustomization = exports.FluxAppChart = exports.RedisBackend = exports.DragonflyBackend = exports.BundledValkey = exports.ObjectStorage = exports.ExternalObjectStorage = exports.BundledMinio = exports.AppNamespace = exports.langfuseNames = exports.ClickHouseBackend = exports.LangfuseChart = void 0;
exports.LangfuseVersion = exports.LANGFUSE_V4_VERSION = exports.CLICKHOUSE_VERSION = exports.CLICKHOUSE_SERVER_IMAGE = exports.CLICKHOUSE_KEEPER_IMAGE = exports.ExternalClickHouse = exports.ClickHouseConnection = exports.BundledClickHouse = exports.UpgradeStep = exports.upgradeStep = exports.UPGRADE_STEP_ANNOTATION = exports.UPGRADE_PATH = exports.LANGFUSE_V3_COPIED_TABLES = exports.COPY_WATERMARK_TABLE = exports.COPY_LOOKBACK_SECONDS = exports.ClickHouseCopyMode = exports.ClickHouseCopy = exports.LANGFUSE_WEB_IMAGE_REPOSITORY = exports.ClickHouseSchemaJob = exports.ClickHouseMigrationChart = exports.CLICKHOUSE_MIGRATION_POD_LABELS = exports.CLICKHOUSE_MIGRATION_JOBS = exports.ClickHouseMigrationStage = exports.CLICKHOUSE_MIGRATION_STAGES = exports.LangfuseAnalyticsChart = exports.clickhouseApps = exports.DEFAULT_ANALYTICS_CLUSTER_NAME = exports.ClickHouseCluster = exports.writeTree = exports.STATEFUL_KINDS = exports.readTreeFile = exports.OutputTreeError = exports.DeletionGuardError = exports.plaintextEncoder = exports.sopsEncoder = exports.NoRecipientError = exports.placeInFile = exports.renderFluxTree = exports.isFluxApp = exports.synthesizeFluxTree = exports.buildApp = exports.toChartProps = exports.ConfigError = exports.InputError = exports.parseConfigInstances = exports.parseConfig = exports.loadConfigFile = exports.loadConfig = exports.INSTANCES_KEY = exports.LangfuseMonitoring = void 0;
exports.CLICKHOUSE_OPERATOR_CHART = exports.CERT_MANAGER_CHART = exports.addClusterPrerequisites = exports.OciHelmRelease = exports.V4WriteMode = void 0;
// The Langfuse app chart and its props
var langfuse_chart_1 = require("./langfuse-chart");
Object.defineProperty(exports, "LangfuseChart", { enumerable: true, get: function () { return langfuse_chart_1.LangfuseChart; } });
var langfuse_chart_props_1 = require("./langfuse-chart-props");
Object.defineProperty(exports, "ClickHouseBackend", { enumerable: true, get: function () { return langfuse_chart_props_1.ClickHouseBackend; } });
var names_1 = require("./names");
Object.defineProperty(exports, "langfuseNames", { enumerable: true, get: function () { return names_1.langfuseNames; } });
var app_namespace_1 = require("./app-namespace");
Object.defineProperty(exports, "AppNamespace", { enumerable: true, get: function () { return app_namespace_1.AppNamespace; } });
// Backends
var object_storage_1 = require("./backends/object-storage");
Object.defineProperty(exports, "BundledMinio", { enumerable: true, get: function () { return object_storage_1.BundledMinio; } });
Object.defineProperty(exports, "ExternalObjectStorage", { enumerable: true, get: function () { return object_storage_1.ExternalObjectStorage; } });
Object.defineProperty(exports, "ObjectStorage", { enumerable: true, get: function () { return object_storage_1.ObjectStorage; } });
var redis_backend_1 = require("./backends/redis-backend");
Object.defineProperty(exports, "BundledValkey", { enumerable: true, get: function () { return redis_backend_1.BundledValkey; } });
Object.defineProperty(exports, "DragonflyBackend", { enumerable: true, get: function () { return redis_backend_1.DragonflyBackend; } });
Object.defineProperty(exports, "RedisBackend", { enumerable: true, get: function () { return redis_backend_1.RedisBackend; } });
// Flux
var flux_app_chart_1 = require("./flux/flux-app-chart");
Object.defineProperty(exports, "FluxAppChart", { enumerable: true, get: function () { return flux_app_chart_1.FluxAppChart; } });
var flux_kustomization_1 = require("./flux/flux-kustomization");
Object.defineProperty(exports, "FluxKustomization", { enumerable: true, get: function () { return flux_kustomization_1.FluxKustomization; } });
var langfuse_release_1 = require("./flux/langfuse-release");
Object.defineProperty(exports, "LangfuseRelease", { enumerable: true, get: function () { return langfuse_release_1.LangfuseRelease; } });
var langfuse_values_v1_1 = require("./flux/langfuse-values-v1");
Object.defineProperty(exports, "LANGFUSE_CHART", { enumerable: true, get: function () { return langfuse_values_v1_1.LANGFUSE_CHART; } });
// PostgreSQL (CloudNativePG)
var cnpg_cluster_1 = require("./postgres/cnpg-cluster");
Object.defineProperty(exports, "CnpgCluster", { enumerable: true, get: function () { return cnpg_cluster_1.CnpgCluster; } });
var cnpg_backup_1 = require("./postgres/cnpg-backup");
Object.defineProperty(exports, "BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY", { enumerable: true, get: function () { return cnpg_backup_1.BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY; } });
Object.defineProperty(exports, "BARMAN_CLOUD_PLUGIN_NAME", { enumerable: true, get: function () { return cnpg_backup_1.BARMAN_CLOUD_PLUGIN_NAME; } });
Object.defineProperty(exports, "CnpgBackup", { enumerable: true, get: function () { return cnpg_backup_1.CnpgBackup; } });
Object.defineProperty(exports, "CnpgBackupMethod", { enumerable: true, get: function () { return cnpg_backup_1.CnpgBackupMethod; } });
// Secrets
var sops_secret_1 = require("./secrets/sops-secret");
Object.defineProperty(exports, "SopsSecret", { enumerable: true, get: function () { return sops_secret_1.SopsSecret; } });
var langfuse_secrets_1 = require("./secrets/langfuse-secrets");
Object.defineProperty(exports, "LangfuseSecrets", { enumerable: true, get: function () { return langfuse_secrets_1.LangfuseSecrets; } });
// Network
var http_route_1 = require("./network/http-route");
Object.defineProperty(exports, "ENVOY_EXTERNAL", { enumerable: true, get: function () { return http_route_1.ENVOY_EXTERNAL; } });
Object.defineProperty(exports, "ENVOY_INTERNAL", { enumerable: true, get: function () { return http_route_1.ENVOY_INTERNAL; } });
Object.defineProperty(exports, "HttpRoute", { enumerable: true, get: function () { return http_route_1.HttpRoute; } });
var cilium_policy_1 = require("./network/cilium-policy");
Object.defineProperty(exports, "CiliumPolicy", { enumerable: true, get: function () { return cilium_policy_1.CiliumPolicy; } });
var kubernetes_network_policy_1 = require("./network/kubernetes-network-policy");
Object.defineProperty(exports, "KubernetesNetworkPolicy", { enumerable: true, get: function () { return kubernetes_network_policy_1.KubernetesNetworkPolicy; } });
var traffic_policies_1 = require("./network/traffic-policies");
Object.defineProperty(exports, "TrafficPolicies", { enumerable: true, get: function () { return traffic_policies_1.TrafficPolicies; } });
var traffic_model_1 = require("./network/traffic-model");
Object.defineProperty(exports, "Peer", { enumerable: true, get: function () { return traffic_model_1.Peer; } });
Object.defineProperty(exports, "PeerKind", { enumerable: true, get: function () { return traffic_model_1.PeerKind; } });
Object.defineProperty(exports, "tcp", { enumerable: true, get: function () { return traffic_model_1.tcp; } });
Object.defineProperty(exports, "TrafficProtocol", { enumerable: true, get: function () { return traffic_model_1.TrafficProtocol; } });
// Neighbours: Dragonfly ACL, Keycloak client, LiteLLM
var dragonfly_acl_1 = require("./cache/dragonfly-acl");
Object.defineProperty(exports, "DRAGONFLY_ACL_KEY", { enumerable: true, get: function () { return dragonfly_acl_1.DRAGONFLY_ACL_KEY; } });
Object.defineProperty(exports, "DragonflyAcl", { enumerable: true, get: function () { return dragonfly_acl_1.DragonflyAcl; } });
Object.defineProperty(exports, "DragonflyDefaultUser", { enumerable: true, get: function () { return dragonfly_acl_1.DragonflyDefaultUser; } });
var keycloak_client_1 = require("./identity/keycloak-client");
Object.defineProperty(exports, "KeycloakClient", { enumerable: true, get: function () { return keycloak_client_1.KeycloakClient; } });
Object.defineProperty(exports, "KeycloakClientForm", { enumerable: true, get: function () { return keycloak_client_1.KeycloakClientForm; } });
Object.defineProperty(exports, "langfuseOidcUris", { enumerable: true, get: function () { return keycloak_client_1.langfuseOidcUris; } });
var litellm_integration_1 = require("./integrations/litellm-integration");
Object.defineProperty(exports, "LiteLlmIntegration", { enumerable: true, get: function () { return litellm_integration_1.LiteLlmIntegration; } });
Object.defineProperty(exports, "LiteLlmLangfuseCallback", { enumerable: true, get: function () { return litellm_integration_1.LiteLlmLangfuseCallback; } });
var langfuse_llm_connection_1 = require("./integrations/langfuse-llm-connection");
Object.defineProperty(exports, "LangfuseLlmConnection", { enumerable: true, get: function () { return langfuse_llm_connection_1.LangfuseLlmConnection; } });
var langfuse_neighbours_1 = require("./integrations/langfuse-neighbours");
Object.defineProperty(exports, "addLangfuseNeighbours", { enumerable: true, get: function () { return langfuse_neighbours_1.addLangfuseNeighbours; } });
Object.defineProperty(exports, "neighbourApps", { enumerable: true, get: function () { return langfuse_neighbours_1.neighbourApps; } });
Object.defineProperty(exports, "SharedNeighbours", { enumerable: true, get: function () { return langfuse_neighbours_1.SharedNeighbours; } });
// Observability
var service_monitor_1 = require("./observability/service-monitor");
Object.defineProperty(exports, "ServiceMonitor", { enumerable: true, get: function () { return service_monitor_1.ServiceMonitor; } });
var pod_monitor_1 = require("./observability/pod-monitor");
Object.defineProperty(exports, "PodMonitor", { enumerable: true, get: function () { return pod_monitor_1.PodMonitor; } });
var scrape_target_1 = require("./observability/scrape-target");
Object.defineProperty(exports, "MonitorNamespaces", { enumerable: true, get: function () { return scrape_target_1.MonitorNamespaces; } });
var grafana_dashboard_config_map_1 = require("./observability/grafana-dashboard-config-map");
Object.defineProperty(exports, "DashboardSubstitution", { enumerable: true, get: function () { return grafana_dashboard_config_map_1.DashboardSubstitution; } });
Object.defineProperty(exports, "GrafanaDashboardConfigMap", { enumerable: true, get: function () { return grafana_dashboard_config_map_1.GrafanaDashboardConfigMap; } });
Object.defineProperty(exports, "PanelKind", { enumerable: true, get: function () { return grafana_dashboard_config_map_1.PanelKind; } });
var statsd_mapping_config_map_1 = require("./observability/statsd-mapping-config-map");
Object.defineProperty(exports, "StatsdMappingConfigMap", { enumerable: true, get: function () { return statsd_mapping_config_map_1.StatsdMappingConfigMap; } });
var langfuse_monitoring_1 = require("./observability/langfuse-monitoring");
Object.defineProperty(exports, "LangfuseMonitoring", { enumerable: true, get: function () { return langfuse_monitoring_1.LangfuseMonitoring; } });
// Config file → props
var load_1 = require("./config/load");
Object.defineProperty(exports, "INSTANCES_KEY", { enumerable: true, get: function () { return load_1.INSTANCES_KEY; } });
Object.defineProperty(exports, "loadConfig", { enumerable: true, get: function () { return load_1.loadConfig; } });
Object.defineProperty(exports, "loadConfigFile", { enumerable: true, get: function () { return load_1.loadConfigFile; } });
Object.defineProperty(exports, "parseConfig", { enumerable: true, get: function () { return load_1.parseConfig; } });
Object.defineProperty(exports, "parseConfigInstances", { enumerable: true, get: function () { return load_1.parseConfigInstances; } });
var errors_1 = require("./errors");
Object.defineProperty(exports, "InputError", { enumerable: true, get: function () { return errors_1.InputError; } });
var errors_2 = require("./config/errors");
Object.defineProperty(exports, "ConfigError", { enumerable: true, get: function () { return errors_2.ConfigError; } });
var to_props_1 = require("./config/to-props");
Object.defineProperty(exports, "toChartProps", { enumerable: true, get: function () { return to_props_1.toChartProps; } });
// Synth: app → files in memory → Flux tree on disk
var synth_1 = require("./synth");
Object.defineProperty(exports, "buildApp", { enumerable: true, get: function () { return synth_1.buildApp; } });
Object.defineProperty(exports, "synthesizeFluxTree", { enumerable: true, get: function () { return synth_1.synthesizeFluxTree; } });
var flux_tree_1 = require("./output/flux-tree");
Object.defineProperty(exports, "isFluxApp", { enumerable: true, get: function () { return flux_tree_1.isFluxApp; } });
Object.defineProperty(exports, "renderFluxTree", { enumerable: true, get: function () { return flux_tree_1.renderFluxTree; } });
var file_placement_1 = require("./output/file-placement");
Object.defineProperty(exports, "placeInFile", { enumerable: true, get: function () { return file_placement_1.placeInFile; } });
var sops_encoder_1 = require("./output/sops-encoder");
Object.defineProperty(exports, "NoRecipientError", { enumerable: true, get: function () { return sops_encoder_1.NoRecipientError; } });
Object.defineProperty(exports, "sopsEncoder", { enumerable: true, get: function () { return sops_encoder_1.sopsEncoder; } });
var plaintext_encoder_1 = require("./output/plaintext-encoder");
Object.defineProperty(exports, "plaintextEncoder", { enumerable: true, get: function () { return plaintext_encoder_1.plaintextEncoder; } });
var tree_writer_1 = require("./output/tree-writer");
Object.defineProperty(exports, "DeletionGuardError", { enumerable: true, get: function () { return tree_writer_1.DeletionGuardError; } });
Object.defineProperty(exports, "OutputTreeError", { enumerable: true, get: function () { return tree_writer_1.OutputTreeError; } });
Object.defineProperty(exports, "readTreeFile", { enumerable: true, get: function () { return tree_writer_1.readTreeFile; } });
Object.defineProperty(exports, "STATEFUL_KINDS", { enumerable: true, get: function () { return tree_writer_1.STATEFUL_KINDS; } });
Object.defineProperty(exports, "writeTree", { enumerable: true, get: function () { return tree_writer_1.writeTree; } });
// ClickHouse under the ClickHouse operator, Langfuse v4, cluster prerequisites
var clickhouse_cluster_1 = require("./clickhouse/clickhouse-cluster");
Object.defineProperty(exports, "ClickHouseCluster", { enumerable: true, get: function () { return clickhouse_cluster_1.ClickHouseCluster; } });
Object.defineProperty(exports, "DEFAULT_ANALYTICS_CLUSTER_NAME", { enumerable: true, get: function () { return clickhouse_cluster_1.DEFAULT_ANALYTICS_CLUSTER_NAME; } });
var langfuse_clickhouse_1 = require("./clickhouse/langfuse-clickhouse");
Object.defineProperty(exports, "clickhouseApps", { enumerable: true, get: function () { return langfuse_clickhouse_1.clickhouseApps; } });
var langfuse_analytics_chart_1 = require("./clickhouse/langfuse-analytics-chart");
Object.defineProperty(exports, "LangfuseAnalyticsChart", { enumerable: true, get: function () { return langfuse_analytics_chart_1.LangfuseAnalyticsChart; } });
// Moving a running install from the bundled ClickHouse to the operator's, then to v4
var clickhouse_migration_stage_1 = require("./clickhouse/clickhouse-migration-stage");
Object.defineProperty(exports, "CLICKHOUSE_MIGRATION_STAGES", { enumerable: true, get: function () { return clickhouse_migration_stage_1.CLICKHOUSE_MIGRATION_STAGES; } });
Object.defineProperty(exports, "ClickHouseMigrationStage", { enumerable: true, get: function () { return clickhouse_migration_stage_1.ClickHouseMigrationStage; } });
var clickhouse_migration_chart_1 = require("./clickhouse/clickhouse-migration-chart");
Object.defineProperty(exports, "CLICKHOUSE_MIGRATION_JOBS", { enumerable: true, get: function () { return clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_JOBS; } });
Object.defineProperty(exports, "CLICKHOUSE_MIGRATION_POD_LABELS", { enumerable: true, get: function () { return clickhouse_migration_chart_1.CLICKHOUSE_MIGRATION_POD_LABELS; } });
Object.defineProperty(exports, "ClickHouseMigrationChart", { enumerable: true, get: function () { return clickhouse_migration_chart_1.ClickHouseMigrationChart; } });
var clickhouse_schema_job_1 = require("./clickhouse/clickhouse-schema-job");
Object.defineProperty(exports, "ClickHouseSchemaJob", { enumerable: true, get: function () { return clickhouse_schema_job_1.ClickHouseSchemaJob; } });
Object.defineProperty(exports, "LANGFUSE_WEB_IMAGE_REPOSITORY", { enumerable: true, get: function () { return clickhouse_schema_job_1.LANGFUSE_WEB_IMAGE_REPOSITORY; } });
var clickhouse_copy_1 = require("./clickhouse/clickhouse-copy");
Object.defineProperty(exports, "ClickHouseCopy", { enumerable: true, get: function () { return clickhouse_copy_1.ClickHouseCopy; } });
Object.defineProperty(exports, "ClickHouseCopyMode", { enumerable: true, get: function () { return clickhouse_copy_1.ClickHouseCopyMode; } });
Object.defineProperty(exports, "COPY_LOOKBACK_SECONDS", { enumerable: true, get: function () { return clickhouse_copy_1.COPY_LOOKBACK_SECONDS; } });
Object.defineProperty(exports, "COPY_WATERMARK_TABLE", { enumerable: true, get: function () { return clickhouse_copy_1.COPY_WATERMARK_TABLE; } });
Object.defineProperty(exports, "LANGFUSE_V3_COPIED_TABLES", { enumerable: true, get: function () { return clickhouse_copy_1.LANGFUSE_V3_COPIED_TABLES; } });
var upgrade_path_1 = require("./upgrade/upgrade-path");
Object.defineProperty(exports, "UPGRADE_PATH", { enumerable: true, get: function () { return upgrade_path_1.UPGRADE_PATH; } });
Object.defineProperty(exports, "UPGRADE_STEP_ANNOTATION", { enumerable: true, get: function () { return upgrade_path_1.UPGRADE_STEP_ANNOTATION; } });
Object.defineProperty(exports, "upgradeStep", { enumerable: true, get: function () { return upgrade_path_1.upgradeStep; } });
Object.defineProperty(exports, "UpgradeStep", { enumerable: true, get: function () { return upgrade_path_1.UpgradeStep; } });
var clickhouse_connection_1 = require("./clickhouse/clickhouse-connection");
Object.defineProperty(exports, "BundledClickHouse", { enumerable: true, get: function () { return clickhouse_connection_1.BundledClickHouse; } });
Object.defineProperty(exports, "ClickHouseConnection", { enumerable: true, get: function () { return clickhouse_connection_1.ClickHouseConnection; } });
Object.defineProperty(exports, "ExternalClickHouse", { enumerable: true, get: function () { return clickhouse_connection_1.ExternalClickHouse; } });
var clickhouse_images_1 = require("./clickhouse/clickhouse-images");
Object.defineProperty(exports, "CLICKHOUSE_KEEPER_IMAGE", { enumerable: true, get: function () { return clickhouse_images_1.CLICKHOUSE_KEEPER_IMAGE; } });
Object.defineProperty(exports, "CLICKHOUSE_SERVER_IMAGE", { enumerable: true, get: function () { return clickhouse_images_1.CLICKHOUSE_SERVER_IMAGE; } });
Object.defineProperty(exports, "CLICKHOUSE_VERSION", { enumerable: true, get: function () { return clickhouse_images_1.CLICKHOUSE_VERSION; } });
var langfuse_v4_1 = require("./flux/langfuse-v4");
Object.defineProperty(exports, "LANGFUSE_V4_VERSION", { enumerable: true, get: function () { return langfuse_v4_1.LANGFUSE_V4_VERSION; } });
Object.defineProperty(exports, "LangfuseVersion", { enumerable: true, get: function () { return langfuse_v4_1.LangfuseVersion; } });
Object.defineProperty(exports, "V4WriteMode", { enumerable: true, get: function () { return langfuse_v4_1.V4WriteMode; } });
var oci_helm_release_1 = require("./flux/oci-helm-release");
Object.defineProperty(exports, "OciHelmRelease", { enumerable: true, get: function () { return oci_helm_release_1.OciHelmRelease; } });
var cluster_prerequisites_1 = require("./integrations/cluster-prerequisites");
Object.defineProperty(exports, "addClusterPrerequisites", { enumerable: true, get: function () { return cluster_prerequisites_1.addClusterPrerequisites; } });
Object.defineProperty(exports, "CERT_MANAGER_CHART", { enumerable: true, get: function () { return cluster_prerequisites_1.CERT_MANAGER_CHART; } });
Object.defineProperty(exports, "CLICKHOUSE_OPERATOR_CHART", { enumerable: true, get: function () { return cluster_prerequisites_1.CLICKHOUSE_OPERATOR_CHART; } });
