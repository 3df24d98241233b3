/** A validated config with defaults applied. */
export interface LangfuseConfig {
    /** Flux Kustomization that installs CloudNativePG, as "<namespace>/<name>"; "" for none. */
    cnpg_flux_dependency: string;
    /** Flux Kustomization that installs Dragonfly; "" for none. */
    dragonfly_flux_dependency: string;
    /** Flux Kustomization that installs RustFS; "" for none. */
    rustfs_flux_dependency: string;
    /** Flux Kustomization that installs Keycloak; "" for none. */
    keycloak_flux_dependency: string;
    /** Flux Kustomization of CoreDNS that Langfuse waits for (the reference waits for kube-system/coredns); "" for none. */
    coredns_flux_dependency: string;
    /** Other users of the shared Dragonfly (litellm, keycloak, appcache, ...), written into the same acl.conf so that it can replace a shared one without locking them out: username, password, keys (globs), channels ("all" or globs), commands (ACL rules, default ["+@all"]). */
    dragonfly_acl_extra_users: {
        username: string;
        password: string;
        keys: string[];
        channels: string[] | 'all';
        commands: string[];
    }[];
    /** The acl.conf default user: "ping-only" (PING, AUTH, HELLO) or "all-keys" (every key, channel and command with dragonfly_password, as the reference deployment's acl.conf has it, for clients that connect without a user name). */
    dragonfly_acl_default_user: 'ping-only' | 'all-keys';
    /** defaultClientScopes of the Langfuse Keycloak client (the reference: profile, email, offline_access); empty keeps the realm's defaults. */
    keycloak_client_default_scopes: string[];
    /** optionalClientScopes of the Langfuse Keycloak client (the reference: address, phone); empty keeps the realm's defaults. */
    keycloak_client_optional_scopes: string[];
    /** With litellm_enabled: LiteLLM's Langfuse callback (Secret and settings snippet). The reference deployment's key of the same name. */
    litellm_langfuse_enabled: boolean;
    /** langfuse_default_tags of LiteLLM's callback: request metadata LiteLLM adds as trace tags (the reference: cache_hit, cache_key, ...). */
    litellm_langfuse_default_tags: string[];
    /** Namespaces whose pods may reach Langfuse web on 3000 through the network policies, like "obot-mcp" (the reference's obot_enabled). */
    langfuse_ingress_namespaces: string[];
    /** With network_policies_enabled and the cilium engine: allow-only CiliumNetworkPolicies in the neighbours' namespaces (RustFS, Dragonfly, LiteLLM) that admit Langfuse's flows, as the reference renders into its neighbours' policies. They never deny anything. */
    network_policies_neighbours_enabled: boolean;
    /** With rustfs_enabled: a Job in the RustFS namespace that creates the events, media, exports (and backup) buckets, as the reference's rustfs-bucket-setup does. */
    rustfs_bucket_setup_enabled: boolean;
    /** Secret in the RustFS namespace with RustFS's admin keys RUSTFS_ACCESS_KEY and RUSTFS_SECRET_KEY, for the bucket Job. */
    rustfs_admin_secret_name: string;
    /** A CronJob that maps Keycloak realm roles to Langfuse organization roles through Langfuse's SCIM API (Enterprise), with a Keycloak service-account client. */
    langfuse_scim_sync_enabled: boolean;
    /** Schedule of the role sync CronJob (five fields, minute first). */
    langfuse_scim_sync_schedule: string;
    /** Client id of the role sync's Keycloak service account (realm-management view-users and view-realm). */
    langfuse_sync_keycloak_client_id: string;
    /** Keycloak realm role to Langfuse organization role; the highest mapped role a user has wins, "default" applies to users with none of them. */
    langfuse_role_mapping: Record<string, 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | 'NONE'>;
    /** Pinned Python image of the role sync (the script uses the standard library only). */
    langfuse_scim_sync_image: string;
    /** Deploy Langfuse. When false nothing is synthesized. */
    langfuse_enabled: boolean;
    /** Name of this instance: its Flux app folder and Kustomization, its Keycloak client id and its Dragonfly ACL user and key prefix. Distinct per entry of `instances`. */
    langfuse_instance_name: string;
    /** Namespace of the Langfuse app folder and its objects (one instance per namespace). */
    langfuse_namespace: string;
    /** Creates <langfuse_subdomain>.<cloudflare_domain>. */
    langfuse_subdomain: string;
    /** LANGFUSE_LOG_LEVEL. */
    langfuse_log_level: 'error' | 'trace' | 'debug' | 'info' | 'warn' | 'fatal';
    /** LANGFUSE_LOG_FORMAT. */
    langfuse_log_format: 'text' | 'json';
    /** Scale profile: "ha" defaults to 2 autoscaled, spread web and worker replicas, 3 Postgres instances and replicated ClickHouse (see docs/sizing.md). */
    langfuse_profile: 'default' | 'ha';
    /** HorizontalPodAutoscalers for web and worker (70% CPU). */
    langfuse_autoscaling_enabled: boolean;
    /** Upper bound of the web autoscaler. */
    langfuse_web_max_replicas: number;
    /** Upper bound of the worker autoscaler. */
    langfuse_worker_max_replicas: number;
    /** Spread web and worker pods across nodes. */
    langfuse_topology_spread_enabled: boolean;
    /** Web replicas (langfuse.web.replicas). */
    langfuse_web_replicas: number;
    /** Worker replicas (langfuse.worker.replicas). */
    langfuse_worker_replicas: number;
    /** Web CPU request. */
    langfuse_web_cpu_request: string;
    /** Web memory request. */
    langfuse_web_memory_request: string;
    /** Web memory limit. */
    langfuse_web_memory_limit: string;
    /** Worker CPU request. */
    langfuse_worker_cpu_request: string;
    /** Worker memory request. */
    langfuse_worker_memory_request: string;
    /** Worker memory limit. */
    langfuse_worker_memory_limit: string;
    /** CloudNativePG is installed; Langfuse needs it for its Postgres. */
    cnpg_enabled: boolean;
    /** CNPG Cluster imageName. */
    cnpg_postgres_image: string;
    /** CNPG Cluster priorityClassName. */
    cnpg_priority_class: string;
    /** Fallback storage class. */
    storage_class: string;
    /** Postgres instances; more than 1 adds pod anti-affinity. */
    langfuse_postgres_instances: number;
    /** Postgres volume size. */
    langfuse_postgres_storage: string;
    /** ClickHouse volume size. */
    langfuse_clickhouse_storage: string;
    /** ClickHouse replicas; more than 1 needs langfuse_clickhouse_cluster_enabled. */
    langfuse_clickhouse_replicas: number;
    /** Bundled ClickHouse cluster mode (replicated tables, ZooKeeper); the operator backend always runs replicated tables with Keeper. */
    langfuse_clickhouse_cluster_enabled: boolean;
    /** ClickHouse CPU request. */
    langfuse_clickhouse_cpu_request: string;
    /** ClickHouse memory request. */
    langfuse_clickhouse_memory_request: string;
    /** ClickHouse memory limit. */
    langfuse_clickhouse_memory_limit: string;
    /** ZooKeeper volume size (cluster mode only). */
    langfuse_zookeeper_storage: string;
    /** LANGFUSE_BACKGROUND_MIGRATION_V4_ENABLE_HISTORIC_BACKFILL: copy the v3 tables into the v4 events tables (about 3x the ClickHouse data volume). Needs langfuse_version 4 and a write mode other than legacy. */
    langfuse_v4_historic_backfill: boolean;
    /** ClickHouse Keeper replicas of the operator backend (the ha profile defaults to 3). */
    langfuse_clickhouse_keeper_replicas: 1 | 5 | 3;
    /** Volume size of each Keeper replica (operator backend). */
    langfuse_clickhouse_keeper_storage: string;
    /** Pinned ClickHouse server image of the operator backend (25.12 or later with langfuse_version 4). */
    langfuse_clickhouse_image: string;
    /** Pinned ClickHouse Keeper image of the operator backend. */
    langfuse_clickhouse_keeper_image: string;
    /** Emit the ClickHouse operator (chart 0.0.5) as the Flux app clickhouse-operator/clickhouse-operator, for clusters that do not run it yet. */
    clickhouse_operator_install: boolean;
    /** Emit cert-manager (chart v1.20.2) as the Flux app cert-manager/cert-manager; the operator's webhook certificate needs it. */
    cert_manager_install: boolean;
    /** Flux Kustomization that installs the ClickHouse operator; Langfuse waits for it with the operator backend. With clickhouse_operator_install, Langfuse waits for the emitted one instead. */
    clickhouse_operator_kustomization: string;
    /** Namespace of clickhouse_operator_kustomization. */
    clickhouse_operator_kustomization_namespace: string;
    /** Namespace the ClickHouse operator's pods run in: the network policies admit it to ClickHouse (9001) and Keeper (2181), and clickhouse_operator_install installs the operator there. The default is where clickhouse_operator_install puts it; an operator installed the way ClickHouse's docs say (kustomize or Helm) runs in clickhouse-operator-system. Not the Flux Kustomization's namespace (clickhouse_operator_kustomization_namespace). */
    clickhouse_operator_namespace: string;
    /** Use the shared RustFS in namespace storage; otherwise the chart bundles MinIO. */
    rustfs_enabled: boolean;
    /** RustFS S3 endpoint. */
    langfuse_s3_endpoint: string;
    /** S3 region (RustFS validates it; the chart default "auto" fails). */
    langfuse_s3_region: string;
    /** s3.concurrency.writes. */
    langfuse_s3_concurrent_writes: number;
    /** s3.concurrency.reads. */
    langfuse_s3_concurrent_reads: number;
    /** Bucket for raw events. */
    langfuse_events_bucket: string;
    /** Bucket for multi-modal uploads. */
    langfuse_media_bucket: string;
    /** Bucket for batch exports. */
    langfuse_export_bucket: string;
    /** Batch exports to the exports bucket. */
    langfuse_batch_export_enabled: boolean;
    /** Back Postgres up to RustFS (needs rustfs_enabled and backup credentials). */
    langfuse_backup_enabled: boolean;
    /** Barman retention policy. */
    langfuse_backup_retention: string;
    /** ScheduledBackup schedule (CNPG cron with seconds). */
    langfuse_backup_schedule: string;
    /** Back up through the Barman Cloud plugin (ObjectStore); false uses the in-tree barmanObjectStore. */
    cnpg_barman_plugin_enabled: boolean;
    /** Flux Kustomization that installs the Barman Cloud plugin; Langfuse waits for it when backups use the plugin. */
    cnpg_barman_plugin_kustomization: string;
    /** Namespace of cnpg_barman_plugin_kustomization. */
    cnpg_barman_plugin_kustomization_namespace: string;
    /** Back the ClickHouse Langfuse uses up with its own BACKUP DATABASE ... TO S3 into the backup bucket (folder clickhouse/<instance>; the bundled ClickHouse's clickhouse-bundled/<instance>), full each time, and delete backups beyond langfuse_clickhouse_backup_retention. Needs langfuse_backup_enabled. */
    langfuse_clickhouse_backup_enabled: boolean;
    /** When ClickHouse backups run: a five-field cron expression in UTC (the CronJob's schedule). */
    langfuse_clickhouse_backup_schedule: string;
    /** How many complete ClickHouse backups to keep. */
    langfuse_clickhouse_backup_retention: number;
    /** Use the shared Dragonfly in namespace cache; otherwise the chart bundles Valkey. */
    dragonfly_enabled: boolean;
    /** Connect as the ACL user "langfuse" restricted to keys langfuse:*. */
    dragonfly_acl_enabled: boolean;
    /** Secret (key acl.conf) in the Dragonfly namespace that the Dragonfly CR reads with aclFromSecret; emitted with dragonfly_acl_enabled. */
    dragonfly_acl_name: string;
    /** Keycloak is installed in namespace identity. */
    keycloak_enabled: boolean;
    /** Keycloak host is <keycloak_subdomain>.<cloudflare_domain>. */
    keycloak_subdomain: string;
    /** Sign in with Keycloak (needs keycloak_enabled). */
    langfuse_sso_enabled: boolean;
    /** Hide the email/password form (AUTH_DISABLE_USERNAME_PASSWORD). */
    langfuse_disable_password_auth: boolean;
    /** AUTH_DISABLE_SIGNUP. Cannot be combined with SSO (it blocks first SSO logins). */
    langfuse_disable_signup: boolean;
    /** How the Langfuse client reaches Keycloak: a keycloak-config-cli realm fragment (ConfigMap + Secret) that the cluster's config Job mounts; config-cli-job: the fragments plus a keycloak-config-cli Job of their own (own cache key, clients never deleted; Keycloak's admin user from the Secret keycloak-admin-credentials in Keycloak's namespace), for a cluster whose config Job does not mount them, like the reference deployment's; or a KeycloakRealmImport (creates a new realm only). */
    keycloak_client_form: 'config-cli' | 'config-cli-job' | 'realm-import';
    /** The realm already exists in Keycloak (a KeycloakRealmImport cannot add a client to it). */
    keycloak_realm_exists: boolean;
    /** Name of the Keycloak CR, for keycloak_client_form: realm-import. */
    keycloak_cr_name: string;
    /** LANGFUSE_INIT_ORG_NAME. */
    langfuse_init_org_name: string;
    /** LANGFUSE_INIT_USER_NAME. */
    langfuse_init_user_name: string;
    /** LANGFUSE_INIT_PROJECT_NAME. */
    langfuse_init_project_name: string;
    /** Prometheus Operator and Grafana are installed. */
    monitoring_enabled: boolean;
    /** Monitors and dashboard for Langfuse (needs monitoring_enabled). */
    langfuse_monitoring_enabled: boolean;
    /** Tempo is installed. */
    tracing_enabled: boolean;
    /** Langfuse self-tracing to Tempo (needs tracing_enabled). */
    langfuse_tracing_enabled: boolean;
    /** Share of web requests traced, greater than 0 and at most 1. */
    langfuse_trace_sampling_ratio: number;
    /** Tempo OTLP/HTTP base URL: port 4318, no path, no trailing slash (Langfuse appends /v1/traces). */
    tracing_otlp_endpoint: string;
    /** statsd-exporter sidecar image that turns Langfuse's DogStatsD metrics into Prometheus metrics. */
    langfuse_statsd_exporter_image: string;
    /** Grafana folder of the Langfuse dashboard (grafana_folder annotation). */
    langfuse_dashboard_folder: string;
    /** Emit network policies for the Langfuse and Postgres pods. */
    network_policies_enabled: boolean;
    /** audit: policies allow and log, nothing is denied; enforce: default deny. */
    network_policies_mode: 'audit' | 'enforce';
    /** cilium: CiliumNetworkPolicies; kubernetes: plain NetworkPolicies for clusters without Cilium (none in audit mode, since they always deny). */
    network_policies_engine: 'cilium' | 'kubernetes';
    /** Emit an HTTPRoute for <langfuse_subdomain>.<cloudflare_domain> to the web Service. */
    langfuse_httproute_enabled: boolean;
    /** Namespace of the gateways. */
    langfuse_gateway_namespace: string;
    /** The public Gateway the route attaches to. */
    langfuse_gateway_external: string;
    /** Also attach the route to the internal Gateway. */
    langfuse_internal_gateway_enabled: boolean;
    /** The internal Gateway (with langfuse_internal_gateway_enabled). */
    langfuse_gateway_internal: string;
    /** Listener (sectionName) of both gateways. */
    langfuse_gateway_section_name: string;
    /** LiteLLM runs in the Langfuse namespace; needs headless initialization with project keys, which LiteLLM sends traces with. */
    litellm_enabled: boolean;
    /** LiteLLM callback that sends traces to Langfuse (langfuse_otel is recommended for Langfuse v3 and v4). */
    litellm_langfuse_callback: 'langfuse' | 'langfuse_otel';
    /** With litellm_enabled: a Job upserts the project's LLM connection to LiteLLM (playground, LLM-as-a-judge). */
    litellm_llm_connection_enabled: boolean;
    /** Provider name of the LLM connection (unique in the project). */
    litellm_llm_connection_provider: string;
    /** Model names LiteLLM serves, offered in the playground; empty keeps the OpenAI adapter's default models. */
    litellm_llm_connection_models: string[];
    /** GitRepository that Flux reconciles the tree from. */
    flux_source_name: string;
    /** Path of the apps tree inside the Git repository (and under the output folder). */
    flux_apps_path: string;
    /** Namespace of the emitted Flux Kustomization. */
    flux_namespace: string;
    /** Secret with the age key next to the Kustomization; "" relies on the controller-wide --sops-age-secret. */
    flux_sops_secret_name: string;
    /** Stakater Reloader runs in the cluster: restart web and worker when their Secrets change. */
    reloader_enabled: boolean;
    /** LOCAL EXPERIMENTS ONLY: write Secrets unencrypted when no age recipient is configured. */
    sops_plaintext_output: boolean;
    /** THROWAWAY CLUSTERS ONLY: let synth encrypt Secrets for a published test recipient (like the Flux test key in the shipped .sops.yaml), whose private key anyone can download. Without it synth refuses, unless the config is a shipped example. */
    sops_allow_test_key: boolean;
    /** Namespace of the Langfuse app's own Flux Kustomization (the one its neighbours depend on), and of its analytics and ClickHouse-migration apps, which it depends on and which decrypt with the same age key. Defaults to flux_namespace, which stays the namespace of the neighbour apps; the reference deployment's lands in its app namespace (ai-system) because the parent kustomization.yaml sets namespace:. */
    flux_kustomization_namespace?: string | undefined;
    /** Namespace of the age key Secret (flux_sops_secret_name). decryption.secretRef is read in the Kustomization's own namespace, so a key elsewhere needs flux_sops_secret_name: "" (the controller-wide --sops-age-secret, as the reference deployment does). Defaults to the Kustomization's namespace. */
    flux_sops_secret_namespace?: string | undefined;
    /** metadata.name of the CloudNativePG Database object (the reference names it langfuse-db-langfuse). Defaults to <cluster>-langfuse. */
    cnpg_database_object_name?: string | undefined;
    /** Flux Kustomization that installs the Barman Cloud plugin, as "<namespace>/<name>" (the reference names it cnpg-system/barman-cloud-plugin); "" for none. Defaults to cnpg_barman_plugin_kustomization_namespace/cnpg_barman_plugin_kustomization, which it replaces. */
    barman_cloud_flux_dependency?: string | undefined;
    /** LANGFUSE_HOST that LiteLLM sends traces to. Defaults to the in-cluster web Service of this instance. */
    litellm_langfuse_host?: string | undefined;
    /** Project public key LiteLLM sends traces with (set both or neither). Defaults to langfuse_init_project_public_key. */
    litellm_langfuse_public_key?: string | undefined;
    /** Project secret key LiteLLM sends traces with. Defaults to langfuse_init_project_secret_key. */
    litellm_langfuse_secret_key?: string | undefined;
    /** langfuse_sample_rate of LiteLLM's callback (the reference: 0.2). Unset sends every request. */
    litellm_langfuse_sample_rate?: number | undefined;
    /** Public key of an organization-scoped Langfuse API key (Settings, Organization, API keys). Required with langfuse_scim_sync_enabled. */
    langfuse_scim_public_key?: string | undefined;
    /** Secret key of that organization API key. Required with langfuse_scim_sync_enabled. */
    langfuse_scim_secret_key?: string | undefined;
    /** Secret of that Keycloak client. Required with langfuse_scim_sync_enabled. */
    langfuse_sync_keycloak_client_secret?: string | undefined;
    /** Public domain of the cluster. Required when langfuse_enabled. */
    cloudflare_domain?: string | undefined;
    /** NEXTAUTH_SECRET, at least 32 characters. Required when langfuse_enabled. */
    langfuse_nextauth_secret?: string | undefined;
    /** SALT for API key hashing, at least 32 characters. Rotating it invalidates every API key. Required when langfuse_enabled. */
    langfuse_salt?: string | undefined;
    /** ENCRYPTION_KEY, 64 hex characters. Required when langfuse_enabled. */
    langfuse_encryption_key?: string | undefined;
    /** First choice storage class for Postgres, ClickHouse and ZooKeeper. */
    cnpg_storage_class?: string | undefined;
    /** Password of the Postgres role "langfuse". Any characters but whitespace: Langfuse gets it percent-encoded in DATABASE_URL. Required when langfuse_enabled. */
    langfuse_postgres_password?: string | undefined;
    /** ClickHouse password: letters, digits and . _ ~ - / = (Langfuse pastes it unencoded into its migration URL's query string). Required when langfuse_enabled. */
    langfuse_clickhouse_password?: string | undefined;
    /** Langfuse server major version: 4 (4.16.0) or 3 (3.224.1, security fixes until the end of January 2027). Unset keeps v3 on the bundled ClickHouse, as before this key existed, with a warning; new configs set 4. */
    langfuse_version?: 4 | 3 | undefined;
    /** Where ClickHouse runs: "operator" (a ClickHouseCluster and KeeperCluster of the ClickHouse operator) or "bundled" (the chart's Bitnami ClickHouse, v3 only). Defaults to "operator" with langfuse_version 4, else "bundled". Switching an existing install needs a data migration. */
    langfuse_clickhouse_backend?: 'bundled' | 'operator' | undefined;
    /** LANGFUSE_MIGRATION_V4_WRITE_MODE on web and worker: "events_only" (v4's target, the default with langfuse_version 4), "dual" (v3 and v4 tables, the worker probe checks the dual write) or "legacy" (v3 tables only; the one mode v3 takes). */
    langfuse_v4_write_mode?: 'legacy' | 'dual' | 'events_only' | undefined;
    /** Stage of the move from the bundled ClickHouse to the operator's (needs langfuse_clickhouse_backend: operator, the target, and langfuse_version: 3): prepare (new cluster and schema beside the old one), copy (online copy), freeze (web and worker stopped, final copy checked), cutover (Langfuse on the new cluster), cleanup (Jobs removed); unset when no migration runs. Moves one stage at a time; see docs/upgrade-v4.md and "upgrade plan". */
    langfuse_clickhouse_migration?: 'prepare' | 'copy' | 'freeze' | 'cutover' | 'cleanup' | undefined;
    /** Confirms the move from dual write to langfuse_v4_write_mode: events_only, the point of no return of the v4 upgrade (the v3 tables stop receiving data). Required for that move when the tree was synthesized in dual mode; allowed only with events_only. */
    langfuse_v4_events_only_confirmed?: boolean | undefined;
    /** S3 access key. Required with rustfs_enabled; the MinIO root user otherwise (derived from langfuse_salt when unset). */
    langfuse_s3_access_key?: string | undefined;
    /** S3 secret key. Required with rustfs_enabled; the MinIO root password otherwise (derived from langfuse_salt when unset). */
    langfuse_s3_secret_key?: string | undefined;
    /** Externally reachable S3 URL that media presigned URLs are signed for (SDKs and browsers use it). */
    langfuse_media_endpoint?: string | undefined;
    /** LANGFUSE_S3_MEDIA_MAX_CONTENT_LENGTH in bytes. */
    langfuse_media_max_size?: number | undefined;
    /** LANGFUSE_S3_MEDIA_DOWNLOAD_URL_EXPIRY_SECONDS. */
    langfuse_media_download_url_expiry?: number | undefined;
    /** Backup access key; falls back to langfuse_s3_access_key. */
    langfuse_backup_s3_access_key?: string | undefined;
    /** Backup secret key; falls back to langfuse_s3_secret_key. */
    langfuse_backup_s3_secret_key?: string | undefined;
    /** Create the Postgres cluster from these backups instead of an empty database: the Barman server name of the cluster that wrote them (like "langfuse-postgresql", a folder of the backup bucket) or their full location "s3://<bucket>[/<prefix>]/<server name>". Read with the backup endpoint and credentials; only a new Cluster is recovered (CloudNativePG ignores bootstrap on an existing one). */
    langfuse_postgres_restore_from?: string | undefined;
    /** Point in time to recover Postgres to (RFC 3339 with a time zone, like "2026-11-30T21:15:00Z"); unset replays all archived WAL. Needs langfuse_postgres_restore_from. */
    langfuse_postgres_restore_target_time?: string | undefined;
    /** Folder of the backup bucket that Postgres base backups and WAL go to (Barman server name); defaults to the cluster name, langfuse-postgresql. A cluster restored from that folder must write to a new one: set this with langfuse_postgres_restore_from, and keep it afterwards. */
    langfuse_postgres_backup_server_name?: string | undefined;
    /** Restore a new ClickHouse from a backup before Langfuse first starts: "latest" or a backup folder name like "20261201T040000Z" of the backups of this instance, "<instance>/latest" or "<instance>/<backup>" of the backups of another instance (a restore drill from production: "langfuse/latest"), or a full location "s3://<bucket>/<folder>/<backup or latest>" on the backup endpoint. A Flux app <instance>-clickhouse-restore runs the restore Job: with the operator backend after the analytics app, and Langfuse waits for it; with the bundled ClickHouse (single-node only) after the Langfuse app, whose web and worker stay at 0 replicas, with ClickHouse migrations off, while the key is set. Needs langfuse_backup_enabled and no langfuse_clickhouse_migration; remove it once restored (with the bundled ClickHouse, that starts Langfuse). */
    langfuse_clickhouse_restore_from?: string | undefined;
    /** Password of the Dragonfly ACL user "langfuse" (any characters but whitespace; percent-encoded in REDIS_CONNECTION_STRING). Required with dragonfly_acl_enabled. */
    dragonfly_langfuse_password?: string | undefined;
    /** Dragonfly default-user password. Required with dragonfly_enabled and no ACL; with the ACL, the password of the default user (see dragonfly_acl_default_user). */
    dragonfly_password?: string | undefined;
    /** Bundled Valkey password (derived from langfuse_salt when unset). */
    langfuse_redis_password?: string | undefined;
    /** Keycloak realm. Required when SSO is on. */
    keycloak_realm?: string | undefined;
    /** Secret of the Keycloak client "langfuse". Required when SSO is on. */
    langfuse_keycloak_client_secret?: string | undefined;
    /** AUTH_DOMAINS_WITH_SSO_ENFORCEMENT. */
    langfuse_sso_domain_enforcement?: string | undefined;
    /** AUTH_SESSION_MAX_AGE in minutes (Langfuse reads minutes; the reference deployment documented seconds). */
    langfuse_session_max_age?: number | undefined;
    /** SMTP_CONNECTION_URL. */
    langfuse_smtp_url?: string | undefined;
    /** EMAIL_FROM_ADDRESS. Required with langfuse_smtp_url. */
    langfuse_email_from?: string | undefined;
    /** LANGFUSE_CACHE_API_KEY_ENABLED. */
    langfuse_cache_api_key_enabled?: boolean | undefined;
    /** LANGFUSE_CACHE_API_KEY_TTL_SECONDS. */
    langfuse_cache_api_key_ttl?: number | undefined;
    /** LANGFUSE_CACHE_PROMPT_ENABLED. */
    langfuse_cache_prompt_enabled?: boolean | undefined;
    /** LANGFUSE_CACHE_PROMPT_TTL_SECONDS. */
    langfuse_cache_prompt_ttl?: number | undefined;
    /** LANGFUSE_INIT_ORG_ID; with the init user email and password it turns headless initialization on. */
    langfuse_init_org_id?: string | undefined;
    /** LANGFUSE_INIT_USER_EMAIL. */
    langfuse_init_user_email?: string | undefined;
    /** LANGFUSE_INIT_USER_PASSWORD, at least 16 characters. */
    langfuse_init_user_password?: string | undefined;
    /** LANGFUSE_INIT_PROJECT_ID. */
    langfuse_init_project_id?: string | undefined;
    /** LANGFUSE_INIT_PROJECT_RETENTION in days (Enterprise). */
    langfuse_init_project_retention?: number | undefined;
    /** LANGFUSE_INIT_PROJECT_PUBLIC_KEY (also LiteLLM's LANGFUSE_PUBLIC_KEY). Langfuse's own form is "pk-lf-..."; others, like the reference's "lf_pk_...", work and get a warning. */
    langfuse_init_project_public_key?: string | undefined;
    /** LANGFUSE_INIT_PROJECT_SECRET_KEY (also LiteLLM's LANGFUSE_SECRET_KEY). Langfuse's own form is "sk-lf-...". */
    langfuse_init_project_secret_key?: string | undefined;
    /** LANGFUSE_DEFAULT_ORG_ID; defaults to langfuse_init_org_id. */
    langfuse_default_org_id?: string | undefined;
    /** LANGFUSE_DEFAULT_ORG_ROLE for new users. */
    langfuse_default_org_role?: 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | 'NONE' | undefined;
    /** LANGFUSE_DEFAULT_PROJECT_ID; defaults to langfuse_init_project_id. */
    langfuse_default_project_id?: string | undefined;
    /** LANGFUSE_DEFAULT_PROJECT_ROLE for new users. */
    langfuse_default_project_role?: 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | undefined;
    /** Labels on every monitor and on the PrometheusRule, for a Prometheus that selects them by label: kube-prometheus-stack by default selects only its release's, like {release: kube-prometheus-stack} (or set its ruleSelectorNilUsesHelmValues and serviceMonitorSelectorNilUsesHelmValues and podMonitorSelectorNilUsesHelmValues to false). */
    langfuse_monitoring_labels?: Record<string, string> | undefined;
    /** Namespace of the HTTPRoute; another namespace than langfuse_namespace adds a ReferenceGrant. Defaults to langfuse_namespace. */
    langfuse_httproute_namespace?: string | undefined;
    /** LiteLLM key (virtual or master key) that Langfuse calls LiteLLM with. Required with litellm_llm_connection_enabled. */
    litellm_api_key?: string | undefined;
}
