import { ObjectStorage } from '../backends/object-storage';
import { ClickHouseMigrationStage } from '../clickhouse/clickhouse-migration-stage';
import { LangfuseVersion, V4WriteMode } from '../flux/langfuse-v4';
import { RedisBackend } from '../backends/redis-backend';
import { KeycloakClientForm } from '../identity/keycloak-client';
import { LiteLlmLangfuseCallback } from '../integrations/litellm-integration';
import { ClickHouseBackend, LangfuseChartProps } from '../langfuse-chart-props';
import { GatewayParent } from '../network/http-route';
import {
  backupCredentials, backupEnabled, keycloakHostname, keycloakInternalIssuerUrl, keycloakIssuerUrl, langfuseHostname,
  monitoringEnabled, ssoEnabled, storageClass, tracingEnabled,
} from '../settings/derive';
import { deriveSecret } from '../settings/secret-values';
import { effectiveClickhouseBackend } from './cross-field-rules';
import { disasterRecoveryProps } from './disaster-recovery-props';
import { barmanCloudFluxDependency, fluxDependencies, litellmKeys, roleSync } from './switch-props';
import type { LangfuseConfig } from './langfuse-config';

/** Labels of the passwords derived from the salt; changing one rotates that password. */
export const DERIVED_PASSWORD_LABELS = {
  redis: 'bundled-valkey-password',
  minioUser: 'bundled-minio-root-user',
  minioPassword: 'bundled-minio-root-password',
} as const;

/**
 * Maps a validated config (snake_case) to chart props (camelCase), computing every derived
 * variable once. Returns undefined when Langfuse is disabled.
 */
export function toChartProps(cfg: LangfuseConfig): LangfuseChartProps | undefined {
  if (!cfg.langfuse_enabled) return undefined;
  const domain = required(cfg.cloudflare_domain, 'cloudflare_domain');
  const salt = required(cfg.langfuse_salt, 'langfuse_salt');
  const sso = ssoEnabled(cfg.keycloak_enabled, cfg.langfuse_sso_enabled);
  const mainS3 = { accessKey: cfg.langfuse_s3_access_key, secretKey: cfg.langfuse_s3_secret_key };
  const backupCreds = backupCredentials({ accessKey: cfg.langfuse_backup_s3_access_key, secretKey: cfg.langfuse_backup_s3_secret_key }, mainS3);
  const realm = cfg.keycloak_realm ?? '';

  return {
    instanceName: cfg.langfuse_instance_name,
    autoscaling: cfg.langfuse_autoscaling_enabled,
    spreadAcrossNodes: cfg.langfuse_topology_spread_enabled,
    namespace: cfg.langfuse_namespace,
    hostname: langfuseHostname(cfg.langfuse_subdomain, domain),
    appSecrets: {
      nextauthSecret: required(cfg.langfuse_nextauth_secret, 'langfuse_nextauth_secret'),
      salt,
      encryptionKey: required(cfg.langfuse_encryption_key, 'langfuse_encryption_key'),
    },
    logLevel: cfg.langfuse_log_level,
    logFormat: cfg.langfuse_log_format,
    web: {
      replicas: cfg.langfuse_web_replicas,
      maxReplicas: cfg.langfuse_web_max_replicas,
      cpuRequest: cfg.langfuse_web_cpu_request,
      memoryRequest: cfg.langfuse_web_memory_request,
      memoryLimit: cfg.langfuse_web_memory_limit,
    },
    worker: {
      replicas: cfg.langfuse_worker_replicas,
      maxReplicas: cfg.langfuse_worker_max_replicas,
      cpuRequest: cfg.langfuse_worker_cpu_request,
      memoryRequest: cfg.langfuse_worker_memory_request,
      memoryLimit: cfg.langfuse_worker_memory_limit,
    },
    postgres: {
      password: required(cfg.langfuse_postgres_password, 'langfuse_postgres_password'),
      instances: cfg.langfuse_postgres_instances,
      storageSize: cfg.langfuse_postgres_storage,
      imageName: cfg.cnpg_postgres_image,
      priorityClassName: cfg.cnpg_priority_class,
      databaseObjectName: cfg.cnpg_database_object_name,
    },
    clickhouse: {
      password: required(cfg.langfuse_clickhouse_password, 'langfuse_clickhouse_password'),
      storageSize: cfg.langfuse_clickhouse_storage,
      replicas: cfg.langfuse_clickhouse_replicas,
      clusterEnabled: cfg.langfuse_clickhouse_cluster_enabled,
      cpuRequest: cfg.langfuse_clickhouse_cpu_request,
      memoryRequest: cfg.langfuse_clickhouse_memory_request,
      memoryLimit: cfg.langfuse_clickhouse_memory_limit,
      zookeeperStorageSize: cfg.langfuse_zookeeper_storage,
      backend: effectiveClickhouseBackend(cfg) === 'operator' ? ClickHouseBackend.OPERATOR : ClickHouseBackend.BUNDLED,
      image: cfg.langfuse_clickhouse_image,
      keeperImage: cfg.langfuse_clickhouse_keeper_image,
      keeperReplicas: cfg.langfuse_clickhouse_keeper_replicas,
      keeperStorageSize: cfg.langfuse_clickhouse_keeper_storage,
      migration: cfg.langfuse_clickhouse_migration as ClickHouseMigrationStage | undefined,
      operatorFluxDependency: cfg.clickhouse_operator_install
        ? { name: 'clickhouse-operator', namespace: cfg.flux_namespace }
        : { name: cfg.clickhouse_operator_kustomization, namespace: cfg.clickhouse_operator_kustomization_namespace },
      operatorNamespace: cfg.clickhouse_operator_namespace,
    },
    langfuseVersion: cfg.langfuse_version === 4 ? LangfuseVersion.V4 : LangfuseVersion.V3,
    v4Migration: cfg.langfuse_v4_write_mode
      ? { writeMode: cfg.langfuse_v4_write_mode as V4WriteMode, historicBackfill: cfg.langfuse_v4_historic_backfill }
      : cfg.langfuse_version === 4 ? { writeMode: V4WriteMode.EVENTS_ONLY, historicBackfill: cfg.langfuse_v4_historic_backfill } : undefined,
    storageClass: storageClass(cfg.cnpg_storage_class, cfg.storage_class),
    objectStorage: cfg.rustfs_enabled
      ? ObjectStorage.external({
        endpoint: cfg.langfuse_s3_endpoint,
        region: cfg.langfuse_s3_region,
        credentials: { accessKey: required(mainS3.accessKey, 'langfuse_s3_access_key'), secretKey: required(mainS3.secretKey, 'langfuse_s3_secret_key') },
      })
      : ObjectStorage.bundledMinio({
        accessKey: mainS3.accessKey ?? deriveSecret(salt, DERIVED_PASSWORD_LABELS.minioUser, 20),
        secretKey: mainS3.secretKey ?? deriveSecret(salt, DERIVED_PASSWORD_LABELS.minioPassword),
      }),
    buckets: { events: cfg.langfuse_events_bucket, media: cfg.langfuse_media_bucket, exports: cfg.langfuse_export_bucket },
    s3Concurrency: { reads: cfg.langfuse_s3_concurrent_reads, writes: cfg.langfuse_s3_concurrent_writes },
    media: {
      endpoint: cfg.langfuse_media_endpoint,
      maxContentLength: cfg.langfuse_media_max_size,
      downloadUrlExpirySeconds: cfg.langfuse_media_download_url_expiry,
    },
    batchExportEnabled: cfg.langfuse_batch_export_enabled,
    redis: redisBackend(cfg, salt),
    sso: sso ? {
      issuerUrl: keycloakIssuerUrl(keycloakHostname(cfg.keycloak_subdomain, domain), realm),
      internalIssuerUrl: keycloakInternalIssuerUrl(realm),
      realm,
      clientSecret: required(cfg.langfuse_keycloak_client_secret, 'langfuse_keycloak_client_secret'),
      clientId: cfg.langfuse_instance_name,
    } : undefined,
    auth: {
      disablePasswordAuth: cfg.langfuse_disable_password_auth,
      disableSignup: cfg.langfuse_disable_signup,
      ssoDomainEnforcement: cfg.langfuse_sso_domain_enforcement,
      sessionMaxAgeMinutes: cfg.langfuse_session_max_age,
    },
    smtp: cfg.langfuse_smtp_url ? { url: cfg.langfuse_smtp_url, fromAddress: required(cfg.langfuse_email_from, 'langfuse_email_from') } : undefined,
    cache: {
      apiKeyEnabled: cfg.langfuse_cache_api_key_enabled,
      apiKeyTtlSeconds: cfg.langfuse_cache_api_key_ttl,
      promptEnabled: cfg.langfuse_cache_prompt_enabled,
      promptTtlSeconds: cfg.langfuse_cache_prompt_ttl,
    },
    headlessInit: cfg.langfuse_init_org_id && cfg.langfuse_init_user_email && cfg.langfuse_init_user_password ? {
      orgId: cfg.langfuse_init_org_id,
      orgName: cfg.langfuse_init_org_name,
      userEmail: cfg.langfuse_init_user_email,
      userPassword: cfg.langfuse_init_user_password,
      userName: cfg.langfuse_init_user_name,
      project: cfg.langfuse_init_project_id ? {
        id: cfg.langfuse_init_project_id,
        name: cfg.langfuse_init_project_name,
        retentionDays: cfg.langfuse_init_project_retention,
        keys: cfg.langfuse_init_project_public_key && cfg.langfuse_init_project_secret_key
          ? { publicKey: cfg.langfuse_init_project_public_key, secretKey: cfg.langfuse_init_project_secret_key }
          : undefined,
      } : undefined,
    } : undefined,
    defaultMembership: {
      orgId: cfg.langfuse_default_org_role ? cfg.langfuse_default_org_id ?? cfg.langfuse_init_org_id : undefined,
      orgRole: cfg.langfuse_default_org_role,
      projectId: cfg.langfuse_default_project_role ? cfg.langfuse_default_project_id ?? cfg.langfuse_init_project_id : undefined,
      projectRole: cfg.langfuse_default_project_role,
    },
    backup: backupEnabled(cfg.rustfs_enabled, cfg.langfuse_backup_enabled, backupCreds) ? {
      endpoint: cfg.langfuse_s3_endpoint,
      credentials: backupCreds!,
      retention: cfg.langfuse_backup_retention,
      schedule: cfg.langfuse_backup_schedule,
      usePlugin: cfg.cnpg_barman_plugin_enabled,
      pluginFluxDependency: barmanCloudFluxDependency(cfg),
      serverName: cfg.langfuse_postgres_backup_server_name,
    } : undefined,
    ...disasterRecoveryProps(cfg, backupEnabled(cfg.rustfs_enabled, cfg.langfuse_backup_enabled, backupCreds)),
    monitoring: monitoringEnabled(cfg.monitoring_enabled, cfg.langfuse_monitoring_enabled),
    monitoringOptions: { statsdExporterImage: cfg.langfuse_statsd_exporter_image, dashboardFolder: cfg.langfuse_dashboard_folder, monitorLabels: cfg.langfuse_monitoring_labels },
    tracing: tracingEnabled(cfg.tracing_enabled, cfg.langfuse_tracing_enabled)
      ? { otlpEndpoint: cfg.tracing_otlp_endpoint, samplingRatio: cfg.langfuse_trace_sampling_ratio }
      : undefined,
    networkPolicies: cfg.network_policies_enabled ? { mode: cfg.network_policies_mode, engine: cfg.network_policies_engine } : undefined,
    litellm: cfg.litellm_enabled,
    route: cfg.langfuse_httproute_enabled ? { parents: gatewayParents(cfg), namespace: cfg.langfuse_httproute_namespace } : undefined,
    dragonflyAcl: cfg.dragonfly_enabled && cfg.dragonfly_acl_enabled
      ? {
        secretName: cfg.dragonfly_acl_name,
        defaultUserPassword: cfg.dragonfly_password,
        defaultUserAccess: cfg.dragonfly_acl_default_user,
        extraUsers: cfg.dragonfly_acl_extra_users.map((u) => ({
          username: u.username, password: u.password, keyPatterns: u.keys, commandRules: u.commands,
          allChannels: u.channels === 'all', channelPatterns: u.channels === 'all' ? [] : u.channels,
        })),
      }
      : undefined,
    keycloakClient: sso || cfg.langfuse_scim_sync_enabled ? {
      form: cfg.keycloak_client_form === 'realm-import' ? KeycloakClientForm.REALM_IMPORT : KeycloakClientForm.CONFIG_CLI,
      configCliJob: cfg.keycloak_client_form === 'config-cli-job' ? {} : undefined,
      keycloakCrName: cfg.keycloak_cr_name,
      realmExists: cfg.keycloak_realm_exists,
      defaultClientScopes: cfg.keycloak_client_default_scopes,
      optionalClientScopes: cfg.keycloak_client_optional_scopes,
    } : undefined,
    litellmIntegration: cfg.litellm_enabled && (litellmKeys(cfg) || (cfg.langfuse_init_project_public_key && cfg.langfuse_init_project_secret_key))
      && (cfg.litellm_langfuse_enabled || cfg.litellm_llm_connection_enabled) ? {
      callbackEnabled: cfg.litellm_langfuse_enabled,
      host: cfg.litellm_langfuse_host,
      keys: litellmKeys(cfg),
      sampleRate: cfg.litellm_langfuse_sample_rate,
      defaultTags: cfg.litellm_langfuse_default_tags,
      callback: cfg.litellm_langfuse_callback === 'langfuse' ? LiteLlmLangfuseCallback.LANGFUSE : LiteLlmLangfuseCallback.LANGFUSE_OTEL,
      llmConnection: cfg.litellm_llm_connection_enabled ? {
        apiKey: required(cfg.litellm_api_key, 'litellm_api_key'),
        provider: cfg.litellm_llm_connection_provider,
        models: cfg.litellm_llm_connection_models,
      } : undefined,
    } : undefined,
    reloadOnSecretChange: cfg.reloader_enabled,
    flux: {
      sourceName: cfg.flux_source_name,
      appsPath: cfg.flux_apps_path,
      kustomizationNamespace: cfg.flux_kustomization_namespace ?? cfg.flux_namespace,
      sideAppNamespace: cfg.flux_namespace,
      sopsSecretName: cfg.flux_sops_secret_name,
    },
    fluxDependencies: fluxDependencies(cfg),
    roleSync: roleSync(cfg),
    ingressNamespaces: cfg.langfuse_ingress_namespaces,
    neighbourPolicies: cfg.network_policies_enabled && cfg.network_policies_neighbours_enabled,
    bucketSetup: cfg.rustfs_enabled && cfg.rustfs_bucket_setup_enabled ? { adminSecretName: cfg.rustfs_admin_secret_name } : undefined,
  };
}

/** The gateways the route attaches to: the external one, and the internal one when asked. */
function gatewayParents(cfg: LangfuseConfig): GatewayParent[] {
  const parent = (name: string): GatewayParent => ({ name, namespace: cfg.langfuse_gateway_namespace, sectionName: cfg.langfuse_gateway_section_name });
  return cfg.langfuse_internal_gateway_enabled
    ? [parent(cfg.langfuse_gateway_external), parent(cfg.langfuse_gateway_internal)]
    : [parent(cfg.langfuse_gateway_external)];
}

function redisBackend(cfg: LangfuseConfig, salt: string): RedisBackend {
  if (!cfg.dragonfly_enabled) {
    return RedisBackend.bundledValkey(cfg.langfuse_redis_password ?? deriveSecret(salt, DERIVED_PASSWORD_LABELS.redis));
  }
  return cfg.dragonfly_acl_enabled
    ? RedisBackend.dragonflyAcl({
      password: required(cfg.dragonfly_langfuse_password, 'dragonfly_langfuse_password'),
      username: cfg.langfuse_instance_name,
      keyPrefix: `${cfg.langfuse_instance_name}:`,
    })
    : RedisBackend.dragonfly({ password: required(cfg.dragonfly_password, 'dragonfly_password') });
}

// Validation guarantees these; the check keeps a library caller's mistake from becoming an empty Secret.
function required<T>(value: T | undefined, key: string): T {
  if (value === undefined) throw new Error(`config key ${key} is required`);
  return value;
}
