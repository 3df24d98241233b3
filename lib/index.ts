/**
 * The public API of langfuse-cdk8s: the constructs, their props, and the functions that turn a
 * config into a Flux tree. Everything a consumer depends on is named here; the rest is reachable
 * only through the subpaths `langfuse-cdk8s/sops` (native SOPS), `langfuse-cdk8s/validate` (the
 * tree validator) and `langfuse-cdk8s/tooling` (what the CLI and the docs generators are built from).
 */

// The Langfuse app chart and its props
export { LangfuseChart } from './langfuse-chart';
export type { LangfuseEndpoints } from './langfuse-chart';
export type {
  AuthOptions, BackupOptions, BucketNames, CacheOptions, ClickHouseOptions, DefaultMembershipOptions, FluxOptions,
  HeadlessInitOptions, KeycloakSsoOptions, LangfuseAppSecrets, LangfuseChartProps, LogLevel, MediaOptions,
  MonitoringOptions, NetworkPolicyOptions, PostgresOptions, SmtpOptions, TracingOptions, WorkloadSize,
} from './langfuse-chart-props';
export { ClickHouseBackend } from './langfuse-chart-props';
export { langfuseNames } from './names';
export type { LangfuseNames } from './names';
export { AppNamespace } from './app-namespace';
export type { AppNamespaceProps } from './app-namespace';
export type { S3Credentials } from './settings/derive';

// Backends
export { BundledMinio, ExternalObjectStorage, ObjectStorage } from './backends/object-storage';
export type { ExternalObjectStorageOptions } from './backends/object-storage';
export { BundledValkey, DragonflyBackend, RedisBackend } from './backends/redis-backend';
export type { DragonflyAclBackendOptions, DragonflyBackendOptions } from './backends/redis-backend';

// Flux
export { FluxAppChart } from './flux/flux-app-chart';
export type { FluxAppChartProps } from './flux/flux-app-chart';
export { FluxKustomization } from './flux/flux-kustomization';
export type { FluxKustomizationProps, HealthCheckExpression, HealthCheckTarget, KustomizationDependency } from './flux/flux-kustomization';
export { LangfuseRelease } from './flux/langfuse-release';
export type { LangfuseReleaseProps } from './flux/langfuse-release';
export { LANGFUSE_CHART } from './flux/langfuse-values-v1';
export type {
  BundledClickhouseValues, ClickhouseValues, ComponentPodValues, ComponentValues, ContainerValues, EnvVar, ExternalClickhouseValues,
  LangfuseChartValues, LangfuseSectionValues, PostgresqlValues, ProbeValues, RedisValues, Resources, S3TargetValues, S3Values,
  SecretKeyRef, ValueOrSecret, VolumeValues,
} from './flux/langfuse-values';

// PostgreSQL (CloudNativePG)
export { CnpgCluster } from './postgres/cnpg-cluster';
export type { CnpgClusterProps } from './postgres/cnpg-cluster';
export { BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY, BARMAN_CLOUD_PLUGIN_NAME, CnpgBackup, CnpgBackupMethod } from './postgres/cnpg-backup';
export type { CnpgBackupProps } from './postgres/cnpg-backup';

// Secrets
export { SopsSecret } from './secrets/sops-secret';
export type { SopsSecretProps } from './secrets/sops-secret';
export { LangfuseSecrets } from './secrets/langfuse-secrets';
export type { LangfuseSecretsProps } from './secrets/langfuse-secrets';

// Network
export { ENVOY_EXTERNAL, ENVOY_INTERNAL, HttpRoute } from './network/http-route';
export type { GatewayParent, HttpRouteProps, LangfuseRouteOptions, RouteBackend } from './network/http-route';
export { CiliumPolicy } from './network/cilium-policy';
export type { CiliumPolicyProps } from './network/cilium-policy';
export { KubernetesNetworkPolicy } from './network/kubernetes-network-policy';
export type { KubernetesNetworkPolicyProps } from './network/kubernetes-network-policy';
export { TrafficPolicies } from './network/traffic-policies';
export type { TrafficPoliciesProps } from './network/traffic-policies';
export { Peer, PeerKind, tcp, TrafficProtocol } from './network/traffic-model';
export type { PolicyRule, ProtectedWorkload, TrafficFlow, TrafficModel, TrafficPort, WorkloadRules } from './network/traffic-model';

// Neighbours: Dragonfly ACL, Keycloak client, LiteLLM
export { DRAGONFLY_ACL_KEY, DragonflyAcl, DragonflyDefaultUser } from './cache/dragonfly-acl';
export type { DragonflyAclOptions, DragonflyAclProps, DragonflyAclUser, DragonflyAclUserOptions } from './cache/dragonfly-acl';
export { KeycloakClient, KeycloakClientForm, langfuseOidcUris } from './identity/keycloak-client';
export { KeycloakConfigCliJob, KEYCLOAK_CONFIG_CLI_IMAGE } from './identity/keycloak-config-cli-job';
export type { KeycloakConfigCliJobProps, KeycloakRealmFragment } from './identity/keycloak-config-cli-job';
export type { KeycloakClientOptions, KeycloakClientProps, KeycloakClientRepresentation, KeycloakConfigCliJobOptions } from './identity/keycloak-client';
export { LiteLlmIntegration, LiteLlmLangfuseCallback } from './integrations/litellm-integration';
export type { LiteLlmIntegrationOptions, LiteLlmIntegrationProps, LlmConnectionOptions } from './integrations/litellm-integration';
export { LangfuseLlmConnection } from './integrations/langfuse-llm-connection';
export type { LangfuseLlmConnectionProps, LlmConnectionRequest } from './integrations/langfuse-llm-connection';
export { addLangfuseNeighbours, neighbourApps, SharedNeighbours } from './integrations/langfuse-neighbours';

// Switching from the reference deployment: its identity, the neighbours' side, SCIM role sync
export { PRUNE_DISABLED } from './flux/prune-protection';
export { langfuseFluxDependencies } from './flux/langfuse-flux-dependencies';
export type { LangfuseFluxDependencies, LangfuseFluxDependencyOptions } from './flux/langfuse-flux-dependencies';
export { LangfuseRoleSync, ROLE_SYNC_NAMES, ROLE_SYNC_REALM_MANAGEMENT_ROLES, roleSyncPodLabels } from './identity/langfuse-role-sync';
export type { LangfuseOrgRole, LangfuseRoleSyncProps, RoleSyncOptions } from './identity/langfuse-role-sync';
export { KeycloakServiceAccountClient } from './identity/keycloak-service-account-client';
export type { KeycloakServiceAccountClientProps } from './identity/keycloak-service-account-client';
export { RustfsBuckets } from './integrations/rustfs-buckets';
export type { BucketSetupOptions, RustfsBucketsProps } from './integrations/rustfs-buckets';
export { NeighbourAccessPolicy, neighbourRules } from './network/neighbour-policies';
export type { NeighbourAccessPolicyProps, NeighbourRules, PolicedNeighbour } from './network/neighbour-policies';
export { percentEncode, URL_ENCODED_PASSWORD_KEY } from './secrets/url-password';

// Observability
export { ServiceMonitor } from './observability/service-monitor';
export type { ServiceMonitorEndpoint, ServiceMonitorProps } from './observability/service-monitor';
export { PodMonitor } from './observability/pod-monitor';
export type { PodMetricsEndpoint, PodMonitorProps } from './observability/pod-monitor';
export { MonitorNamespaces } from './observability/scrape-target';
export { DashboardSubstitution, GrafanaDashboardConfigMap, PanelKind } from './observability/grafana-dashboard-config-map';
export type { DashboardPanel, DashboardRow, GrafanaDashboardConfigMapProps, PanelTarget } from './observability/grafana-dashboard-config-map';
export { StatsdMappingConfigMap } from './observability/statsd-mapping-config-map';
export type { StatsdMappingConfigMapProps } from './observability/statsd-mapping-config-map';
export { LangfuseMonitoring } from './observability/langfuse-monitoring';
export type { LangfuseMonitoringProps, MonitoredClickHouse } from './observability/langfuse-monitoring';

// Config file → props
export { INSTANCES_KEY, loadConfig, loadConfigFile, parseConfig, parseConfigInstances } from './config/load';
export type { LoadConfigOptions } from './config/load';
export type { LangfuseConfig } from './config/langfuse-config';
export { InputError } from './errors';
export { ConfigError } from './config/errors';
export type { ConfigProblem } from './config/errors';
export { toChartProps } from './config/to-props';

// Synth: app → files in memory → Flux tree on disk
export { buildApp, synthesizeFluxTree } from './synth';
export type { BuildAppOptions, SynthOptions, SynthResult } from './synth';
export { isFluxApp, renderFluxTree } from './output/flux-tree';
export type { ExistingFileReader, IFluxApp, RenderedFile } from './output/flux-tree';
export { placeInFile } from './output/file-placement';
export type { SecretFileEncoder } from './output/secret-file-encoder';
export { NoRecipientError, sopsEncoder } from './output/sops-encoder';
export type { SopsEncoderOptions } from './output/sops-encoder';
export { plaintextEncoder } from './output/plaintext-encoder';
export { DeletionGuardError, OutputTreeError, readTreeFile, STATEFUL_KINDS, writeTree } from './output/tree-writer';
export type { GuardedDeletion, WriteReport, WriteTreeOptions } from './output/tree-writer';

// ClickHouse under the ClickHouse operator, Langfuse v4, cluster prerequisites
export { ClickHouseCluster, DEFAULT_ANALYTICS_CLUSTER_NAME } from './clickhouse/clickhouse-cluster';
export type { ClickHouseClusterProps } from './clickhouse/clickhouse-cluster';
export type { LangfuseClickHouseStores } from './clickhouse/langfuse-clickhouse';
export { clickhouseApps } from './clickhouse/langfuse-clickhouse';
export { LangfuseAnalyticsChart } from './clickhouse/langfuse-analytics-chart';
export type { LangfuseAnalyticsChartProps } from './clickhouse/langfuse-analytics-chart';

// Moving a running install from the bundled ClickHouse to the operator's, then to v4
export { CLICKHOUSE_MIGRATION_STAGES, ClickHouseMigrationStage } from './clickhouse/clickhouse-migration-stage';
export { CLICKHOUSE_MIGRATION_JOBS, CLICKHOUSE_MIGRATION_POD_LABELS, ClickHouseMigrationChart } from './clickhouse/clickhouse-migration-chart';
export type { ClickHouseMigrationChartProps } from './clickhouse/clickhouse-migration-chart';
export { ClickHouseSchemaJob, LANGFUSE_WEB_IMAGE_REPOSITORY } from './clickhouse/clickhouse-schema-job';
export type { ClickHouseSchemaJobProps } from './clickhouse/clickhouse-schema-job';
export { ClickHouseCopy, ClickHouseCopyMode, COPY_LOOKBACK_SECONDS, COPY_WATERMARK_TABLE, LANGFUSE_V3_COPIED_TABLES } from './clickhouse/clickhouse-copy';
export type { ClickHouseCopyProps } from './clickhouse/clickhouse-copy';
export { UPGRADE_PATH, UPGRADE_STEP_ANNOTATION, upgradeStep, UpgradeStep } from './upgrade/upgrade-path';
export { BundledClickHouse, ClickHouseConnection, ExternalClickHouse } from './clickhouse/clickhouse-connection';
export type { BundledClickHouseOptions, ExternalClickHouseOptions, SecretKeySelector } from './clickhouse/clickhouse-connection';
export { CLICKHOUSE_KEEPER_IMAGE, CLICKHOUSE_SERVER_IMAGE, CLICKHOUSE_VERSION } from './clickhouse/clickhouse-images';
export { LANGFUSE_V4_VERSION, LangfuseVersion, V4WriteMode } from './flux/langfuse-v4';
export type { V4MigrationOptions } from './flux/langfuse-v4';
export { OciHelmRelease } from './flux/oci-helm-release';
export type { OciHelmReleaseProps } from './flux/oci-helm-release';
export { addClusterPrerequisites, CERT_MANAGER_CHART, CLICKHOUSE_OPERATOR_CHART } from './integrations/cluster-prerequisites';
export type { ClusterPrerequisitesOptions } from './integrations/cluster-prerequisites';

// Disaster recovery: Postgres recovery, ClickHouse backups and restore, data-loss alerts
export { CnpgRecovery, RECOVERY_SOURCE_NAME, targetTimeProblem } from './postgres/cnpg-recovery';
export type { CnpgRecoveryProps } from './postgres/cnpg-recovery';
export {
  clickhouseBackupEngineUrl, clickhouseBackupLocation, clickhouseBackupUrl, DEFAULT_BACKUP_DESTINATION, parsePostgresRestoreFrom, parseS3Url,
  postgresBackupUrl, sameBackupLocation,
} from './backup/backup-location';
export type { ClickHouseBackupLocation, PostgresBackupLocation, S3Location } from './backup/backup-location';
export { ClickHouseBackup, clickhouseBackupPodLabels } from './backup/clickhouse-backup';
export type { ClickHouseBackupProps } from './backup/clickhouse-backup';
export { ClickHouseRestore, clickhouseRestorePodLabels } from './backup/clickhouse-restore';
export type { ClickHouseRestoreProps } from './backup/clickhouse-restore';
export { ClickHouseRestoreApp } from './backup/clickhouse-restore-app';
export type { ClickHouseRestoreAppProps } from './backup/clickhouse-restore-app';
export { bundledBackupTarget, operatorBackupTarget } from './backup/clickhouse-backup-target';
export type { ClickHouseBackupTarget } from './backup/clickhouse-backup-target';
export type { BackupJobProps } from './backup/backup-job-pod';
export { BACKUP_AGE_GRACE_SECONDS, BackupAlerts, VOLUME_USAGE_THRESHOLD } from './backup/backup-alerts';
export type { BackupAlertRule, BackupAlertsProps } from './backup/backup-alerts';
export type { ClickHouseBackupOptions, ClickHouseRestoreOptions, PostgresRestoreOptions } from './backup/disaster-recovery-options';
