"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.configKeys = exports.configSchema = exports.configShape = void 0;
const zod_1 = require("zod");
const endpoint_url_1 = require("../formats/endpoint-url");
const image_reference_1 = require("../formats/image-reference");
const names_1 = require("../names");
const langfuse_monitoring_1 = require("../observability/langfuse-monitoring");
const otlp_endpoint_1 = require("../observability/otlp-endpoint");
const statsd_exporter_sidecar_1 = require("../observability/statsd-exporter-sidecar");
const cnpg_backup_1 = require("../postgres/cnpg-backup");
const clickhouse_images_1 = require("../clickhouse/clickhouse-images");
const langfuse_clickhouse_1 = require("../clickhouse/langfuse-clickhouse");
const operator_conventions_1 = require("../clickhouse/operator-conventions");
const backup_location_1 = require("../backup/backup-location");
const cron_expression_1 = require("../formats/cron-expression");
const cnpg_recovery_1 = require("../postgres/cnpg-recovery");
const cross_field_rules_1 = require("./cross-field-rules");
const fields_1 = require("./fields");
const reserved_names_1 = require("./reserved-names");
const switch_schema_1 = require("./switch-schema");
const switch_fields_1 = require("./switch-fields");
const orgRole = zod_1.z.enum(['OWNER', 'ADMIN', 'MEMBER', 'VIEWER', 'NONE'], { message: 'must be one of OWNER, ADMIN, MEMBER, VIEWER, NONE' });
const projectRole = zod_1.z.enum(['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'], { message: 'must be one of OWNER, ADMIN, MEMBER, VIEWER' });
/** The session max age's message: the unit is the point (the reference deployment documented seconds). */
const SESSION_MAX_AGE_MESSAGE = 'must be a whole number of minutes from 6 to 525600 (Langfuse reads AUTH_SESSION_MAX_AGE in minutes; the reference deployment '
    + 'documented seconds, so its 2592000 means 43200 minutes: divide by 60, or let import-reference convert it)';
/** The CloudNativePG operand images live under ghcr.io/cloudnative-pg/. */
const cnpgImageProblem = (image) => {
    const parsed = (0, image_reference_1.parseImageReference)(image);
    return typeof parsed === 'object' && parsed.domain === 'ghcr.io' && parsed.path.startsWith('cloudnative-pg/')
        ? undefined
        : 'must be an image under ghcr.io/cloudnative-pg/, like "ghcr.io/cloudnative-pg/postgresql:18.1-standard-trixie"';
};
/**
 * The config file's keys, with the seed's and the reference deployment's snake_case names.
 * Descriptions feed the generated configuration reference; defaults are applied here, once.
 */
exports.configShape = {
    // --- the app
    langfuse_enabled: (0, fields_1.flag)().default(false).describe('Deploy Langfuse. When false nothing is synthesized.'),
    langfuse_instance_name: (0, reserved_names_1.instanceName)().default(names_1.DEFAULT_INSTANCE_NAME)
        .describe('Name of this instance: its Flux app folder and Kustomization, its Keycloak client id and its Dragonfly ACL user and key prefix. Distinct per entry of `instances`.'),
    langfuse_namespace: (0, fields_1.dnsLabel)().default('ai-system').describe('Namespace of the Langfuse app folder and its objects (one instance per namespace).'),
    langfuse_subdomain: (0, fields_1.dnsLabel)().default('langfuse').describe('Creates <langfuse_subdomain>.<cloudflare_domain>.'),
    cloudflare_domain: (0, fields_1.domainName)().optional().describe('Public domain of the cluster. Required when langfuse_enabled.'),
    langfuse_log_level: zod_1.z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal'], { message: 'must be one of trace, debug, info, warn, error, fatal' })
        .default('info').describe('LANGFUSE_LOG_LEVEL.'),
    langfuse_log_format: zod_1.z.enum(['text', 'json'], { message: 'must be "text" or "json"' }).default('text').describe('LANGFUSE_LOG_FORMAT.'),
    // --- security keys
    langfuse_nextauth_secret: (0, fields_1.longSecret)().optional().describe('NEXTAUTH_SECRET, at least 32 characters. Required when langfuse_enabled.'),
    langfuse_salt: (0, fields_1.longSecret)().optional().describe('SALT for API key hashing, at least 32 characters. Rotating it invalidates every API key. Required when langfuse_enabled.'),
    langfuse_encryption_key: (0, fields_1.encryptionKey)().optional().describe('ENCRYPTION_KEY, 64 hex characters. Required when langfuse_enabled.'),
    // --- scale
    langfuse_profile: zod_1.z.enum(['default', 'ha'], { message: 'must be "default" or "ha"' }).default('default')
        .describe('Scale profile: "ha" defaults to 2 autoscaled, spread web and worker replicas, 3 Postgres instances and replicated ClickHouse (see docs/sizing.md).'),
    langfuse_autoscaling_enabled: (0, fields_1.flag)().default(false).describe('HorizontalPodAutoscalers for web and worker (70% CPU).'),
    langfuse_web_max_replicas: (0, fields_1.intBetween)(1, 20).default(4).describe('Upper bound of the web autoscaler.'),
    langfuse_worker_max_replicas: (0, fields_1.intBetween)(1, 20).default(4).describe('Upper bound of the worker autoscaler.'),
    langfuse_topology_spread_enabled: (0, fields_1.flag)().default(false).describe('Spread web and worker pods across nodes.'),
    // --- web and worker
    langfuse_web_replicas: (0, fields_1.intBetween)(1, 10).default(1).describe('Web replicas (langfuse.web.replicas).'),
    langfuse_worker_replicas: (0, fields_1.intBetween)(1, 10).default(1).describe('Worker replicas (langfuse.worker.replicas).'),
    langfuse_web_cpu_request: (0, fields_1.cpuQuantity)().default('200m').describe('Web CPU request.'),
    langfuse_web_memory_request: (0, fields_1.memoryQuantity)().default('512Mi').describe('Web memory request.'),
    langfuse_web_memory_limit: (0, fields_1.memoryQuantity)().default('2Gi').describe('Web memory limit.'),
    langfuse_worker_cpu_request: (0, fields_1.cpuQuantity)().default('200m').describe('Worker CPU request.'),
    langfuse_worker_memory_request: (0, fields_1.memoryQuantity)().default('512Mi').describe('Worker memory request.'),
    langfuse_worker_memory_limit: (0, fields_1.memoryQuantity)().default('2Gi').describe('Worker memory limit.'),
    // --- PostgreSQL (CloudNativePG)
    cnpg_enabled: (0, fields_1.flag)().default(true).describe('CloudNativePG is installed; Langfuse needs it for its Postgres.'),
    cnpg_postgres_image: (0, fields_1.pinnedImage)(cnpgImageProblem).default('ghcr.io/cloudnative-pg/postgresql:18.1-standard-trixie').describe('CNPG Cluster imageName.'),
    cnpg_priority_class: (0, fields_1.dnsLabel)().default('system-cluster-critical').describe('CNPG Cluster priorityClassName.'),
    cnpg_storage_class: (0, fields_1.dnsLabel)().optional().describe('First choice storage class for Postgres, ClickHouse and ZooKeeper.'),
    storage_class: (0, fields_1.dnsLabel)().default('local-path').describe('Fallback storage class.'),
    langfuse_postgres_password: (0, switch_fields_1.connectionPassword)().optional()
        .describe('Password of the Postgres role "langfuse". Any characters but whitespace: Langfuse gets it percent-encoded in DATABASE_URL. Required when langfuse_enabled.'),
    langfuse_postgres_instances: (0, fields_1.intBetween)(1, 5).default(1).describe('Postgres instances; more than 1 adds pod anti-affinity.'),
    langfuse_postgres_storage: (0, fields_1.storageQuantity)().default('10Gi').describe('Postgres volume size.'),
    // --- ClickHouse (bundled or operator)
    langfuse_clickhouse_password: (0, switch_fields_1.clickhousePassword)().optional()
        .describe('ClickHouse password: letters, digits and . _ ~ - / = (Langfuse pastes it unencoded into its migration URL\'s query string). Required when langfuse_enabled.'),
    langfuse_clickhouse_storage: (0, fields_1.storageQuantity)().default('20Gi').describe('ClickHouse volume size.'),
    langfuse_clickhouse_replicas: (0, fields_1.intBetween)(1, 5).default(1).describe('ClickHouse replicas; more than 1 needs langfuse_clickhouse_cluster_enabled.'),
    langfuse_clickhouse_cluster_enabled: (0, fields_1.flag)().default(false).describe('Bundled ClickHouse cluster mode (replicated tables, ZooKeeper); the operator backend always runs replicated tables with Keeper.'),
    langfuse_clickhouse_cpu_request: (0, fields_1.cpuQuantity)().default('500m').describe('ClickHouse CPU request.'),
    langfuse_clickhouse_memory_request: (0, fields_1.memoryQuantity)().default('2Gi').describe('ClickHouse memory request.'),
    langfuse_clickhouse_memory_limit: (0, fields_1.memoryQuantity)().default('4Gi').describe('ClickHouse memory limit.'),
    langfuse_zookeeper_storage: (0, fields_1.storageQuantity)().default('8Gi').describe('ZooKeeper volume size (cluster mode only).'),
    // --- Langfuse version and the ClickHouse operator (v4)
    langfuse_version: zod_1.z.literal([3, 4], { message: 'must be 3 or 4' }).optional()
        .describe('Langfuse server major version: 4 (4.16.0) or 3 (3.224.1, security fixes until the end of January 2027). Unset keeps v3 on the bundled ClickHouse, as before this key existed, with a warning; new configs set 4.'),
    langfuse_clickhouse_backend: zod_1.z.enum(['bundled', 'operator'], { message: 'must be "bundled" or "operator"' }).optional()
        .describe('Where ClickHouse runs: "operator" (a ClickHouseCluster and KeeperCluster of the ClickHouse operator) or "bundled" (the chart\'s Bitnami ClickHouse, v3 only). Defaults to "operator" with langfuse_version 4, else "bundled". Switching an existing install needs a data migration.'),
    langfuse_v4_write_mode: zod_1.z.enum(['legacy', 'dual', 'events_only'], { message: 'must be "legacy", "dual" or "events_only"' }).optional()
        .describe('LANGFUSE_MIGRATION_V4_WRITE_MODE on web and worker: "events_only" (v4\'s target, the default with langfuse_version 4), "dual" (v3 and v4 tables, the worker probe checks the dual write) or "legacy" (v3 tables only; the one mode v3 takes).'),
    langfuse_v4_historic_backfill: (0, fields_1.flag)().default(false)
        .describe('LANGFUSE_BACKGROUND_MIGRATION_V4_ENABLE_HISTORIC_BACKFILL: copy the v3 tables into the v4 events tables (about 3x the ClickHouse data volume). Needs langfuse_version 4 and a write mode other than legacy.'),
    langfuse_clickhouse_migration: zod_1.z.enum(['prepare', 'copy', 'freeze', 'cutover', 'cleanup'], { message: 'must be one of prepare, copy, freeze, cutover, cleanup' })
        .optional()
        .describe('Stage of the move from the bundled ClickHouse to the operator\'s (needs langfuse_clickhouse_backend: operator, the target, and langfuse_version: 3): '
        + 'prepare (new cluster and schema beside the old one), copy (online copy), freeze (web and worker stopped, final copy checked), cutover (Langfuse on the new cluster), '
        + 'cleanup (Jobs removed); unset when no migration runs. Moves one stage at a time; see docs/upgrade-v4.md and "upgrade plan".'),
    langfuse_v4_events_only_confirmed: (0, fields_1.flag)().optional()
        .describe('Confirms the move from dual write to langfuse_v4_write_mode: events_only, the point of no return of the v4 upgrade (the v3 tables stop receiving data). '
        + 'Required for that move when the tree was synthesized in dual mode; allowed only with events_only.'),
    langfuse_clickhouse_keeper_replicas: zod_1.z.literal([1, 3, 5], { message: 'must be 1, 3 or 5 (a Keeper quorum needs an odd number)' }).default(1)
        .describe('ClickHouse Keeper replicas of the operator backend (the ha profile defaults to 3).'),
    langfuse_clickhouse_keeper_storage: (0, fields_1.storageQuantity)().default('10Gi').describe('Volume size of each Keeper replica (operator backend).'),
    langfuse_clickhouse_image: (0, fields_1.pinnedImage)(undefined, clickhouse_images_1.CLICKHOUSE_SERVER_IMAGE).default(clickhouse_images_1.CLICKHOUSE_SERVER_IMAGE)
        .describe('Pinned ClickHouse server image of the operator backend (25.12 or later with langfuse_version 4).'),
    langfuse_clickhouse_keeper_image: (0, fields_1.pinnedImage)(undefined, clickhouse_images_1.CLICKHOUSE_KEEPER_IMAGE).default(clickhouse_images_1.CLICKHOUSE_KEEPER_IMAGE).describe('Pinned ClickHouse Keeper image of the operator backend.'),
    clickhouse_operator_install: (0, fields_1.flag)().default(false)
        .describe('Emit the ClickHouse operator (chart 0.0.5) as the Flux app clickhouse-operator/clickhouse-operator, for clusters that do not run it yet.'),
    cert_manager_install: (0, fields_1.flag)().default(false)
        .describe('Emit cert-manager (chart v1.20.2) as the Flux app cert-manager/cert-manager; the operator\'s webhook certificate needs it.'),
    clickhouse_operator_kustomization: (0, fields_1.dnsLabel)().default(langfuse_clickhouse_1.CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY.name)
        .describe('Flux Kustomization that installs the ClickHouse operator; Langfuse waits for it with the operator backend. With clickhouse_operator_install, Langfuse waits for the emitted one instead.'),
    clickhouse_operator_kustomization_namespace: (0, fields_1.dnsLabel)().default(langfuse_clickhouse_1.CLICKHOUSE_OPERATOR_FLUX_DEPENDENCY.namespace)
        .describe('Namespace of clickhouse_operator_kustomization.'),
    clickhouse_operator_namespace: (0, fields_1.dnsLabel)().default(operator_conventions_1.CLICKHOUSE_OPERATOR_NAMESPACE)
        .describe('Namespace the ClickHouse operator\'s pods run in: the network policies admit it to ClickHouse (9001) and Keeper (2181), and clickhouse_operator_install installs the operator there. '
        + 'The default is where clickhouse_operator_install puts it; an operator installed the way ClickHouse\'s docs say (kustomize or Helm) runs in clickhouse-operator-system. '
        + 'Not the Flux Kustomization\'s namespace (clickhouse_operator_kustomization_namespace).'),
    // --- S3 (RustFS or bundled MinIO)
    rustfs_enabled: (0, fields_1.flag)().default(false).describe('Use the shared RustFS in namespace storage; otherwise the chart bundles MinIO.'),
    langfuse_s3_endpoint: (0, fields_1.httpUrl)().default('http://rustfs-svc.storage.svc.cluster.local:9000').describe('RustFS S3 endpoint.'),
    langfuse_s3_region: zod_1.z.string().regex(/^[a-z0-9-]+$/, { message: 'must be an S3 region like "us-east-1"' }).default('us-east-1')
        .describe('S3 region (RustFS validates it; the chart default "auto" fails).'),
    langfuse_s3_access_key: (0, fields_1.s3Key)().optional().describe('S3 access key. Required with rustfs_enabled; the MinIO root user otherwise (derived from langfuse_salt when unset).'),
    langfuse_s3_secret_key: (0, fields_1.s3Key)().optional().describe('S3 secret key. Required with rustfs_enabled; the MinIO root password otherwise (derived from langfuse_salt when unset).'),
    langfuse_s3_concurrent_writes: (0, fields_1.intBetween)(1, 500).default(50).describe('s3.concurrency.writes.'),
    langfuse_s3_concurrent_reads: (0, fields_1.intBetween)(1, 500).default(50).describe('s3.concurrency.reads.'),
    langfuse_events_bucket: (0, fields_1.dnsLabel)().default('langfuse-events').describe('Bucket for raw events.'),
    langfuse_media_bucket: (0, fields_1.dnsLabel)().default('langfuse-media').describe('Bucket for multi-modal uploads.'),
    langfuse_export_bucket: (0, fields_1.dnsLabel)().default('langfuse-exports').describe('Bucket for batch exports.'),
    langfuse_media_endpoint: (0, fields_1.httpUrl)().optional().describe('Externally reachable S3 URL that media presigned URLs are signed for (SDKs and browsers use it).'),
    langfuse_media_max_size: (0, fields_1.intBetween)(1, 10_000_000_000).optional().describe('LANGFUSE_S3_MEDIA_MAX_CONTENT_LENGTH in bytes.'),
    langfuse_media_download_url_expiry: (0, fields_1.intBetween)(60, 86400).optional().describe('LANGFUSE_S3_MEDIA_DOWNLOAD_URL_EXPIRY_SECONDS.'),
    langfuse_batch_export_enabled: (0, fields_1.flag)().default(true).describe('Batch exports to the exports bucket.'),
    // --- backups
    langfuse_backup_enabled: (0, fields_1.flag)().default(false).describe('Back Postgres up to RustFS (needs rustfs_enabled and backup credentials).'),
    langfuse_backup_s3_access_key: (0, fields_1.s3Key)().optional().describe('Backup access key; falls back to langfuse_s3_access_key.'),
    langfuse_backup_s3_secret_key: (0, fields_1.s3Key)().optional().describe('Backup secret key; falls back to langfuse_s3_secret_key.'),
    langfuse_backup_retention: zod_1.z.string().regex(/^[1-9][0-9]*[dwm]$/, { message: 'must be a retention like "7d", "4w" or "3m"' }).default('7d')
        .describe('Barman retention policy.'),
    langfuse_backup_schedule: (0, fields_1.secondsCron)().default('0 0 3 * * *').describe('ScheduledBackup schedule (CNPG cron with seconds).'),
    cnpg_barman_plugin_enabled: (0, fields_1.flag)().default(true).describe('Back up through the Barman Cloud plugin (ObjectStore); false uses the in-tree barmanObjectStore.'),
    cnpg_barman_plugin_kustomization: (0, fields_1.dnsLabel)().default(cnpg_backup_1.BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY.name)
        .describe('Flux Kustomization that installs the Barman Cloud plugin; Langfuse waits for it when backups use the plugin.'),
    cnpg_barman_plugin_kustomization_namespace: (0, fields_1.dnsLabel)().default(cnpg_backup_1.BARMAN_CLOUD_PLUGIN_FLUX_DEPENDENCY.namespace)
        .describe('Namespace of cnpg_barman_plugin_kustomization.'),
    // --- disaster recovery: restores and ClickHouse backups (docs/disaster-recovery.md)
    langfuse_postgres_restore_from: (0, fields_1.checkedString)(backup_location_1.postgresRestoreFromProblem, 1024).optional()
        .describe('Create the Postgres cluster from these backups instead of an empty database: the Barman server name of the cluster that wrote them '
        + '(like "langfuse-postgresql", a folder of the backup bucket) or their full location "s3://<bucket>[/<prefix>]/<server name>". '
        + 'Read with the backup endpoint and credentials; only a new Cluster is recovered (CloudNativePG ignores bootstrap on an existing one).'),
    langfuse_postgres_restore_target_time: (0, fields_1.checkedString)(cnpg_recovery_1.targetTimeProblem, 64).optional()
        .describe('Point in time to recover Postgres to (RFC 3339 with a time zone, like "2026-11-30T21:15:00Z"); unset replays all archived WAL. Needs langfuse_postgres_restore_from.'),
    langfuse_postgres_backup_server_name: zod_1.z.string().regex(backup_location_1.SERVER_NAME, { message: 'must be a DNS label, like "langfuse-postgresql-2"' }).optional()
        .describe('Folder of the backup bucket that Postgres base backups and WAL go to (Barman server name); defaults to the cluster name, langfuse-postgresql. '
        + 'A cluster restored from that folder must write to a new one: set this with langfuse_postgres_restore_from, and keep it afterwards.'),
    langfuse_clickhouse_backup_enabled: (0, fields_1.flag)().default(false)
        .describe('Back the ClickHouse Langfuse uses up with its own BACKUP DATABASE ... TO S3 into the backup bucket (folder clickhouse/<instance>; '
        + 'the bundled ClickHouse\'s clickhouse-bundled/<instance>), full each time, and delete backups beyond langfuse_clickhouse_backup_retention. '
        + 'Needs langfuse_backup_enabled.'),
    langfuse_clickhouse_backup_schedule: (0, fields_1.checkedString)((v) => (0, cron_expression_1.cronProblem)(v, { seconds: false })).default('0 4 * * *')
        .describe('When ClickHouse backups run: a five-field cron expression in UTC (the CronJob\'s schedule).'),
    langfuse_clickhouse_backup_retention: (0, fields_1.intBetween)(1, 365).default(7).describe('How many complete ClickHouse backups to keep.'),
    langfuse_clickhouse_restore_from: (0, fields_1.checkedString)(backup_location_1.clickhouseRestoreFromProblem, 512).optional()
        .describe('Restore a new ClickHouse from a backup before Langfuse first starts: "latest" or a backup folder name like "20261201T040000Z" of the backups of this instance, "<instance>/latest" or "<instance>/<backup>" of the backups of another instance (a restore drill from production: "langfuse/latest"), or a full location "s3://<bucket>/<folder>/<backup or latest>" on the backup endpoint. '
        + 'A Flux app <instance>-clickhouse-restore runs the restore Job: with the operator backend after the analytics app, and Langfuse waits for it; '
        + 'with the bundled ClickHouse (single-node only) after the Langfuse app, whose web and worker stay at 0 replicas, with ClickHouse migrations off, while the key is set. '
        + 'Needs langfuse_backup_enabled and no langfuse_clickhouse_migration; remove it once restored (with the bundled ClickHouse, that starts Langfuse).'),
    // --- Redis (Dragonfly or bundled Valkey)
    dragonfly_enabled: (0, fields_1.flag)().default(false).describe('Use the shared Dragonfly in namespace cache; otherwise the chart bundles Valkey.'),
    dragonfly_acl_enabled: (0, fields_1.flag)().default(false).describe('Connect as the ACL user "langfuse" restricted to keys langfuse:*.'),
    dragonfly_langfuse_password: (0, switch_fields_1.dragonflyPassword)().optional()
        .describe('Password of the Dragonfly ACL user "langfuse" (any characters but whitespace; percent-encoded in REDIS_CONNECTION_STRING). Required with dragonfly_acl_enabled.'),
    dragonfly_password: (0, switch_fields_1.dragonflyPassword)().optional()
        .describe('Dragonfly default-user password. Required with dragonfly_enabled and no ACL; with the ACL, the password of the default user (see dragonfly_acl_default_user).'),
    dragonfly_acl_name: (0, fields_1.dnsLabel)().default('dragonfly-acl')
        .describe('Secret (key acl.conf) in the Dragonfly namespace that the Dragonfly CR reads with aclFromSecret; emitted with dragonfly_acl_enabled.'),
    langfuse_redis_password: (0, fields_1.urlSafePassword)(16, 'the bundled Valkey reads the same Secret key as its server password, so it cannot be percent-encoded, and the chart pastes it unencoded into REDIS_CONNECTION_STRING')
        .optional().describe('Bundled Valkey password (derived from langfuse_salt when unset).'),
    // --- SSO
    keycloak_enabled: (0, fields_1.flag)().default(false).describe('Keycloak is installed in namespace identity.'),
    keycloak_subdomain: (0, fields_1.dnsLabel)().default('auth').describe('Keycloak host is <keycloak_subdomain>.<cloudflare_domain>.'),
    keycloak_realm: (0, fields_1.keycloakRealm)().optional()
        .describe('Keycloak realm. Required when SSO is on.'),
    langfuse_sso_enabled: (0, fields_1.flag)().default(false).describe('Sign in with Keycloak (needs keycloak_enabled).'),
    langfuse_keycloak_client_secret: (0, fields_1.clientSecret)().optional().describe('Secret of the Keycloak client "langfuse". Required when SSO is on.'),
    langfuse_disable_password_auth: (0, fields_1.flag)().default(false).describe('Hide the email/password form (AUTH_DISABLE_USERNAME_PASSWORD).'),
    langfuse_disable_signup: (0, fields_1.flag)().default(false).describe('AUTH_DISABLE_SIGNUP. Cannot be combined with SSO (it blocks first SSO logins).'),
    langfuse_sso_domain_enforcement: zod_1.z.string().max(4096, { message: 'must be at most 4096 characters' }).regex(/^[a-z0-9.-]+(,[a-z0-9.-]+)*$/, { message: 'must be a comma-separated list of domains' }).optional()
        .describe('AUTH_DOMAINS_WITH_SSO_ENFORCEMENT.'),
    langfuse_session_max_age: zod_1.z.number({ message: SESSION_MAX_AGE_MESSAGE }).int({ message: SESSION_MAX_AGE_MESSAGE }).min(6, { message: SESSION_MAX_AGE_MESSAGE })
        .max(525600, { message: SESSION_MAX_AGE_MESSAGE }).optional()
        .describe('AUTH_SESSION_MAX_AGE in minutes (Langfuse reads minutes; the reference deployment documented seconds).'),
    keycloak_client_form: zod_1.z.enum(['config-cli', 'config-cli-job', 'realm-import'], { message: 'must be "config-cli", "config-cli-job" or "realm-import"' }).default('config-cli')
        .describe('How the Langfuse client reaches Keycloak: a keycloak-config-cli realm fragment (ConfigMap + Secret) that the cluster\'s config Job mounts; '
        + 'config-cli-job: the fragments plus a keycloak-config-cli Job of their own (own cache key, clients never deleted; Keycloak\'s admin user from the Secret keycloak-admin-credentials in Keycloak\'s namespace), '
        + 'for a cluster whose config Job does not mount them, like the reference deployment\'s; or a KeycloakRealmImport (creates a new realm only).'),
    keycloak_realm_exists: (0, fields_1.flag)().default(true).describe('The realm already exists in Keycloak (a KeycloakRealmImport cannot add a client to it).'),
    keycloak_cr_name: (0, fields_1.dnsLabel)().default('keycloak').describe('Name of the Keycloak CR, for keycloak_client_form: realm-import.'),
    // --- email
    langfuse_smtp_url: (0, fields_1.smtpUrl)().optional().describe('SMTP_CONNECTION_URL.'),
    langfuse_email_from: (0, fields_1.email)().optional().describe('EMAIL_FROM_ADDRESS. Required with langfuse_smtp_url.'),
    // --- caching
    langfuse_cache_api_key_enabled: (0, fields_1.flag)().optional().describe('LANGFUSE_CACHE_API_KEY_ENABLED.'),
    langfuse_cache_api_key_ttl: (0, fields_1.intBetween)(1, 86400).optional().describe('LANGFUSE_CACHE_API_KEY_TTL_SECONDS.'),
    langfuse_cache_prompt_enabled: (0, fields_1.flag)().optional().describe('LANGFUSE_CACHE_PROMPT_ENABLED.'),
    langfuse_cache_prompt_ttl: (0, fields_1.intBetween)(1, 86400).optional().describe('LANGFUSE_CACHE_PROMPT_TTL_SECONDS.'),
    // --- headless initialization
    langfuse_init_org_id: (0, fields_1.slug)().optional().describe('LANGFUSE_INIT_ORG_ID; with the init user email and password it turns headless initialization on.'),
    langfuse_init_org_name: (0, fields_1.shortText)().default('Langfuse').describe('LANGFUSE_INIT_ORG_NAME.'),
    langfuse_init_user_email: (0, fields_1.email)().optional().describe('LANGFUSE_INIT_USER_EMAIL.'),
    langfuse_init_user_password: (0, fields_1.longSecret)(16).optional().describe('LANGFUSE_INIT_USER_PASSWORD, at least 16 characters.'),
    langfuse_init_user_name: (0, fields_1.shortText)().default('Admin').describe('LANGFUSE_INIT_USER_NAME.'),
    langfuse_init_project_id: (0, fields_1.slug)().optional().describe('LANGFUSE_INIT_PROJECT_ID.'),
    langfuse_init_project_name: (0, fields_1.shortText)().default('Default Project').describe('LANGFUSE_INIT_PROJECT_NAME.'),
    langfuse_init_project_retention: (0, fields_1.intBetween)(3, 3650).optional().describe('LANGFUSE_INIT_PROJECT_RETENTION in days (Enterprise).'),
    langfuse_init_project_public_key: (0, switch_fields_1.langfuseApiKey)().optional()
        .describe('LANGFUSE_INIT_PROJECT_PUBLIC_KEY (also LiteLLM\'s LANGFUSE_PUBLIC_KEY). Langfuse\'s own form is "pk-lf-..."; others, like the reference\'s "lf_pk_...", work and get a warning.'),
    langfuse_init_project_secret_key: (0, switch_fields_1.langfuseApiKey)().optional()
        .describe('LANGFUSE_INIT_PROJECT_SECRET_KEY (also LiteLLM\'s LANGFUSE_SECRET_KEY). Langfuse\'s own form is "sk-lf-...".'),
    langfuse_default_org_id: (0, fields_1.slug)().optional().describe('LANGFUSE_DEFAULT_ORG_ID; defaults to langfuse_init_org_id.'),
    langfuse_default_org_role: orgRole.optional().describe('LANGFUSE_DEFAULT_ORG_ROLE for new users.'),
    langfuse_default_project_id: (0, fields_1.slug)().optional().describe('LANGFUSE_DEFAULT_PROJECT_ID; defaults to langfuse_init_project_id.'),
    langfuse_default_project_role: projectRole.optional().describe('LANGFUSE_DEFAULT_PROJECT_ROLE for new users.'),
    // --- observability
    monitoring_enabled: (0, fields_1.flag)().default(false).describe('Prometheus Operator and Grafana are installed.'),
    langfuse_monitoring_enabled: (0, fields_1.flag)().default(false).describe('Monitors and dashboard for Langfuse (needs monitoring_enabled).'),
    tracing_enabled: (0, fields_1.flag)().default(false).describe('Tempo is installed.'),
    langfuse_tracing_enabled: (0, fields_1.flag)().default(false).describe('Langfuse self-tracing to Tempo (needs tracing_enabled).'),
    langfuse_trace_sampling_ratio: (0, fields_1.ratio)().default(0.1).describe('Share of web requests traced, greater than 0 and at most 1.'),
    tracing_otlp_endpoint: zod_1.z.string().superRefine((url, ctx) => {
        const problem = (0, otlp_endpoint_1.otlpEndpointProblem)(url) ?? (0, endpoint_url_1.endpointUrlProblem)(url, { schemes: ['http', 'https'], path: false });
        if (problem)
            ctx.addIssue({ code: 'custom', message: problem });
    }).default('http://tempo.monitoring.svc.cluster.local:4318')
        .describe('Tempo OTLP/HTTP base URL: port 4318, no path, no trailing slash (Langfuse appends /v1/traces).'),
    langfuse_statsd_exporter_image: (0, fields_1.pinnedImage)(undefined, statsd_exporter_sidecar_1.STATSD_EXPORTER_IMAGE).default(statsd_exporter_sidecar_1.STATSD_EXPORTER_IMAGE).describe('statsd-exporter sidecar image that turns Langfuse\'s DogStatsD metrics into Prometheus metrics.'),
    langfuse_dashboard_folder: (0, fields_1.shortText)().default(langfuse_monitoring_1.DEFAULT_DASHBOARD_FOLDER).describe('Grafana folder of the Langfuse dashboard (grafana_folder annotation).'),
    langfuse_monitoring_labels: zod_1.z.record(zod_1.z.string(), (0, fields_1.labelValue)()).superRefine((labels, ctx) => {
        for (const name of Object.keys(labels)) {
            const found = (0, fields_1.labelName)().safeParse(name);
            if (!found.success)
                ctx.addIssue({ code: 'custom', path: [name], message: found.error.issues[0].message });
        }
    }).optional()
        .describe('Labels on every monitor and on the PrometheusRule, for a Prometheus that selects them by label: kube-prometheus-stack by default selects '
        + 'only its release\'s, like {release: kube-prometheus-stack} (or set its ruleSelectorNilUsesHelmValues and serviceMonitorSelectorNilUsesHelmValues '
        + 'and podMonitorSelectorNilUsesHelmValues to false).'),
    // --- network policies
    network_policies_enabled: (0, fields_1.flag)().default(false).describe('Emit network policies for the Langfuse and Postgres pods.'),
    network_policies_mode: zod_1.z.enum(['audit', 'enforce'], { message: 'must be "audit" or "enforce"' }).default('audit')
        .describe('audit: policies allow and log, nothing is denied; enforce: default deny.'),
    network_policies_engine: zod_1.z.enum(['cilium', 'kubernetes'], { message: 'must be "cilium" or "kubernetes"' }).default('cilium')
        .describe('cilium: CiliumNetworkPolicies; kubernetes: plain NetworkPolicies for clusters without Cilium (none in audit mode, since they always deny).'),
    // --- routing (Gateway API)
    langfuse_httproute_enabled: (0, fields_1.flag)().default(true).describe('Emit an HTTPRoute for <langfuse_subdomain>.<cloudflare_domain> to the web Service.'),
    langfuse_httproute_namespace: (0, fields_1.dnsLabel)().optional()
        .describe('Namespace of the HTTPRoute; another namespace than langfuse_namespace adds a ReferenceGrant. Defaults to langfuse_namespace.'),
    langfuse_gateway_namespace: (0, fields_1.dnsLabel)().default('network').describe('Namespace of the gateways.'),
    langfuse_gateway_external: (0, fields_1.dnsLabel)().default('envoy-external').describe('The public Gateway the route attaches to.'),
    langfuse_internal_gateway_enabled: (0, fields_1.flag)().default(false).describe('Also attach the route to the internal Gateway.'),
    langfuse_gateway_internal: (0, fields_1.dnsLabel)().default('envoy-internal').describe('The internal Gateway (with langfuse_internal_gateway_enabled).'),
    langfuse_gateway_section_name: (0, fields_1.dnsLabel)().default('https').describe('Listener (sectionName) of both gateways.'),
    // --- LiteLLM
    litellm_enabled: (0, fields_1.flag)().default(false).describe('LiteLLM runs in the Langfuse namespace; needs headless initialization with project keys, which LiteLLM sends traces with.'),
    litellm_langfuse_callback: zod_1.z.enum(['langfuse_otel', 'langfuse'], { message: 'must be "langfuse_otel" or "langfuse"' }).default('langfuse_otel')
        .describe('LiteLLM callback that sends traces to Langfuse (langfuse_otel is recommended for Langfuse v3 and v4).'),
    litellm_llm_connection_enabled: (0, fields_1.flag)().default(true)
        .describe('With litellm_enabled: a Job upserts the project\'s LLM connection to LiteLLM (playground, LLM-as-a-judge).'),
    litellm_api_key: zod_1.z.string().regex(new RegExp(`^\\S{8,${fields_1.MAX_SECRET_LENGTH}}$`), { message: `must be 8 to ${fields_1.MAX_SECRET_LENGTH} characters without whitespace` }).optional()
        .describe('LiteLLM key (virtual or master key) that Langfuse calls LiteLLM with. Required with litellm_llm_connection_enabled.'),
    litellm_llm_connection_provider: zod_1.z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/, { message: 'must be 1 to 63 letters, digits, ".", "_" or "-"' })
        .default('litellm').describe('Provider name of the LLM connection (unique in the project).'),
    litellm_llm_connection_models: zod_1.z.array((0, fields_1.shortText)()).max(1000, { message: 'must list at most 1000 models' }).default([])
        .describe('Model names LiteLLM serves, offered in the playground; empty keeps the OpenAI adapter\'s default models.'),
    // --- Flux and secrets output
    flux_source_name: (0, fields_1.dnsLabel)().default('flux-system').describe('GitRepository that Flux reconciles the tree from.'),
    flux_apps_path: (0, fields_1.treePath)().default('kubernetes/apps').describe('Path of the apps tree inside the Git repository (and under the output folder).'),
    flux_namespace: (0, fields_1.dnsLabel)().default('flux-system').describe('Namespace of the emitted Flux Kustomization.'),
    flux_sops_secret_name: zod_1.z.union([(0, fields_1.dnsLabel)(), zod_1.z.literal('')]).default('sops-age')
        .describe('Secret with the age key next to the Kustomization; "" relies on the controller-wide --sops-age-secret.'),
    reloader_enabled: (0, fields_1.flag)().default(false).describe('Stakater Reloader runs in the cluster: restart web and worker when their Secrets change.'),
    sops_plaintext_output: (0, fields_1.flag)().default(false)
        .describe('LOCAL EXPERIMENTS ONLY: write Secrets unencrypted when no age recipient is configured.'),
    sops_allow_test_key: (0, fields_1.flag)().default(false)
        .describe('THROWAWAY CLUSTERS ONLY: let synth encrypt Secrets for a published test recipient (like the Flux test key in the shipped .sops.yaml), '
        + 'whose private key anyone can download. Without it synth refuses, unless the config is a shipped example.'),
    // --- switching from the reference deployment: its Flux identity, its neighbours' wiring, SCIM role sync
    ...switch_schema_1.referenceSwitchShape,
};
/** The config file schema: unknown keys are rejected, cross-field rules run after the field checks. */
exports.configSchema = zod_1.z.strictObject(exports.configShape).superRefine((cfg, ctx) => {
    for (const issue of [...(0, cross_field_rules_1.crossFieldIssues)(cfg), ...(0, reserved_names_1.reservedNameIssues)(cfg)]) {
        ctx.addIssue({ code: 'custom', path: [issue.key], message: issue.message });
    }
});
/** Every key the config file accepts. */
exports.configKeys = Object.keys(exports.configShape);
