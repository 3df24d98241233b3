import { ObjectStorage } from './backends/object-storage';
import { RedisBackend } from './backends/redis-backend';
import { S3Credentials } from './settings/derive';
import type { ClickHouseBackupOptions, ClickHouseRestoreOptions, PostgresRestoreOptions } from './backup/disaster-recovery-options';
import type { DragonflyAclOptions } from './cache/dragonfly-acl';
import type { ClickHouseMigrationStage } from './clickhouse/clickhouse-migration-stage';
import type { KustomizationDependency } from './flux/flux-kustomization';
import type { LangfuseVersion, V4MigrationOptions } from './flux/langfuse-v4';
import type { KeycloakClientOptions } from './identity/keycloak-client';
import type { LiteLlmIntegrationOptions } from './integrations/litellm-integration';
import type { LangfuseRouteOptions } from './network/http-route';
import type { LangfuseFluxDependencies } from './flux/langfuse-flux-dependencies';
import type { RoleSyncOptions } from './identity/langfuse-role-sync';
import type { BucketSetupOptions } from './integrations/rustfs-buckets';

/** LANGFUSE_LOG_LEVEL values. */
export type LogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';

/** Replicas and resources of the web or worker Deployment. */
export interface WorkloadSize {
  /** @default 1 */
  readonly replicas?: number;
  /** Upper bound of the HorizontalPodAutoscaler. @default - the larger of replicas and 4 */
  readonly maxReplicas?: number;
  /** @default '200m' */
  readonly cpuRequest?: string;
  /** @default '512Mi' */
  readonly memoryRequest?: string;
  /** @default '2Gi' */
  readonly memoryLimit?: string;
}

/** The three application secrets Langfuse must keep stable. */
export interface LangfuseAppSecrets {
  /** NEXTAUTH_SECRET, at least 32 characters. */
  readonly nextauthSecret: string;
  /** SALT, at least 32 characters; rotating it invalidates every API key. */
  readonly salt: string;
  /** ENCRYPTION_KEY, exactly 64 hex characters. */
  readonly encryptionKey: string;
}

/** The CloudNativePG cluster that holds Langfuse's transactional data. */
export interface PostgresOptions {
  /** Password of the role `langfuse` (URL-safe characters only). */
  readonly password: string;
  /** @default 1 */
  readonly instances?: number;
  /** @default '10Gi' */
  readonly storageSize?: string;
  /** @default 'ghcr.io/cloudnative-pg/postgresql:18.1-standard-trixie' */
  readonly imageName?: string;
  /** @default 'system-cluster-critical' */
  readonly priorityClassName?: string;
  /** metadata.name of the CloudNativePG `Database` object. @default '<cluster>-langfuse' */
  readonly databaseObjectName?: string;
}

/** Where Langfuse's analytics store (ClickHouse) runs. */
export enum ClickHouseBackend {
  /** The langfuse chart's Bitnami ClickHouse sub-chart (about 25.2, frozen `bitnamilegacy` images; v3 only). */
  BUNDLED = 'bundled',
  /** A `ClickHouseCluster` and `KeeperCluster` of the ClickHouse operator, emitted next to the release. */
  OPERATOR = 'operator',
}

/** Langfuse's ClickHouse: the bundled one or the operator's, with sizing that applies to both. */
export interface ClickHouseOptions {
  /** Password of the `default` user (URL-safe characters only). */
  readonly password: string;
  /** @default ClickHouseBackend.BUNDLED with Langfuse v3, ClickHouseBackend.OPERATOR with v4 */
  readonly backend?: ClickHouseBackend;
  /** @default '20Gi' */
  readonly storageSize?: string;
  /** @default 1 */
  readonly replicas?: number;
  /**
   * Bundled: replicated tables with ZooKeeper; required when `replicas` > 1. The operator's
   * cluster always runs replicated tables with Keeper.
   * @default false
   */
  readonly clusterEnabled?: boolean;
  /** @default '500m' */
  readonly cpuRequest?: string;
  /** @default '2Gi' */
  readonly memoryRequest?: string;
  /** @default '4Gi' */
  readonly memoryLimit?: string;
  /** Bundled cluster mode only. @default '8Gi' */
  readonly zookeeperStorageSize?: string;
  /** Operator: pinned server image. @default CLICKHOUSE_SERVER_IMAGE */
  readonly image?: string;
  /** Operator: pinned Keeper image. @default CLICKHOUSE_KEEPER_IMAGE */
  readonly keeperImage?: string;
  /** Operator: Keeper replicas (1, 3 or 5). @default 1 */
  readonly keeperReplicas?: number;
  /** Operator: volume of each Keeper replica. @default '10Gi' */
  readonly keeperStorageSize?: string;
  /**
   * Operator: the Flux Kustomization that installs the ClickHouse operator (its CRDs and webhook);
   * the app waits for it.
   * @default - `clickhouse-operator` in `flux-system`
   */
  readonly operatorFluxDependency?: KustomizationDependency;
  /**
   * Operator: the namespace the ClickHouse operator's pods run in; the network policies admit
   * it to the servers' management port and to Keeper.
   * @default CLICKHOUSE_OPERATOR_NAMESPACE (`clickhouse-operator`)
   */
  readonly operatorNamespace?: string;
  /**
   * The stage of a move from the bundled ClickHouse to the operator's (needs `backend`
   * `ClickHouseBackend.OPERATOR`, the target, and Langfuse v3): both stores run until cutover,
   * web and worker use the bundled one until then.
   * @default - no migration: the backend runs alone
   */
  readonly migration?: ClickHouseMigrationStage;
}

/** Bucket names. */
export interface BucketNames {
  /** @default 'langfuse-events' */
  readonly events?: string;
  /** @default 'langfuse-media' */
  readonly media?: string;
  /** @default 'langfuse-exports' */
  readonly exports?: string;
}

/** Media upload settings. */
export interface MediaOptions {
  /**
   * Externally reachable S3 URL that presigned media URLs are signed for.
   * @default - the object storage endpoint (works only for clients inside the cluster)
   */
  readonly endpoint?: string;
  /** @default - Langfuse's default (1 GB) */
  readonly maxContentLength?: number;
  /** @default - Langfuse's default (3600) */
  readonly downloadUrlExpirySeconds?: number;
}

/** Keycloak single sign-on. Present means on. */
export interface KeycloakSsoOptions {
  /** The public issuer, `https://<keycloak host>/realms/<realm>`. */
  readonly issuerUrl: string;
  /** The issuer Langfuse calls from inside the cluster. */
  readonly internalIssuerUrl: string;
  /** Realm of the client. */
  readonly realm: string;
  /** Secret of the confidential client. */
  readonly clientSecret: string;
  /** @default 'langfuse' */
  readonly clientId?: string;
}

/** Sign-in behaviour. */
export interface AuthOptions {
  /** AUTH_DISABLE_USERNAME_PASSWORD. @default false */
  readonly disablePasswordAuth?: boolean;
  /** AUTH_DISABLE_SIGNUP; cannot be combined with SSO. @default false */
  readonly disableSignup?: boolean;
  /** AUTH_DOMAINS_WITH_SSO_ENFORCEMENT. @default - none */
  readonly ssoDomainEnforcement?: string;
  /** AUTH_SESSION_MAX_AGE in minutes. @default - Langfuse's default (43200) */
  readonly sessionMaxAgeMinutes?: number;
}

/** Outgoing email. Present means on. */
export interface SmtpOptions {
  /** SMTP_CONNECTION_URL (kept in a Secret). */
  readonly url: string;
  /** EMAIL_FROM_ADDRESS. */
  readonly fromAddress: string;
}

/** API-key and prompt caches. */
export interface CacheOptions {
  readonly apiKeyEnabled?: boolean;
  readonly apiKeyTtlSeconds?: number;
  readonly promptEnabled?: boolean;
  readonly promptTtlSeconds?: number;
}

/** Headless initialization (web container only, create-only). Present means on. */
export interface HeadlessInitOptions {
  readonly orgId: string;
  /** @default 'Langfuse' */
  readonly orgName?: string;
  readonly userEmail: string;
  readonly userPassword: string;
  /** @default 'Admin' */
  readonly userName?: string;
  /** @default - no project */
  readonly project?: {
    readonly id: string;
    /** @default 'Default Project' */
    readonly name?: string;
    /** Days; needs an Enterprise licence. @default - indefinite */
    readonly retentionDays?: number;
    /** Project API keys, shared with LiteLLM. @default - none */
    readonly keys?: { readonly publicKey: string; readonly secretKey: string };
  };
}

/** Organization and project that new users join. */
export interface DefaultMembershipOptions {
  readonly orgId?: string;
  readonly orgRole?: 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER' | 'NONE';
  readonly projectId?: string;
  readonly projectRole?: 'OWNER' | 'ADMIN' | 'MEMBER' | 'VIEWER';
}

/** Postgres backups to S3. Present means on. */
export interface BackupOptions {
  /** S3 endpoint of the backup bucket. */
  readonly endpoint: string;
  readonly credentials: S3Credentials;
  /** @default 's3://langfuse-postgres-backups' */
  readonly destinationPath?: string;
  /** @default '7d' */
  readonly retention?: string;
  /** CNPG cron with seconds. @default '0 0 3 * * *' */
  readonly schedule?: string;
  /** Barman Cloud plugin (true) or in-tree barmanObjectStore (false). @default true */
  readonly usePlugin?: boolean;
  /**
   * The Flux Kustomization that installs the Barman Cloud plugin; the app waits for it when
   * `usePlugin` is on, since an ObjectStore without the plugin's CRD and webhook fails to apply.
   * `null` when nothing installs it through Flux.
   * @default - `barman-cloud` in `cnpg-system`
   */
  readonly pluginFluxDependency?: { readonly name: string; readonly namespace: string } | null;
  /**
   * The folder base backups and WAL go to under `destinationPath` (Barman's server name). A cluster
   * recovered from a backup must write to another folder than the one it recovered from.
   * @default - the Postgres cluster's name
   */
  readonly serverName?: string;
}

/** Langfuse self-tracing. Present means on. */
export interface TracingOptions {
  /** OTLP/HTTP base URL (port 4318, no path, no trailing slash). */
  readonly otlpEndpoint: string;
  /** Share of web requests traced, in (0, 1]. @default 0.1 */
  readonly samplingRatio?: number;
}

/** Settings of the Prometheus monitors, the statsd-exporter sidecars and the Grafana dashboard. */
export interface MonitoringOptions {
  /** Pinned image of the statsd-exporter sidecars. @default 'prom/statsd-exporter:v0.28.0' */
  readonly statsdExporterImage?: string;
  /** Grafana folder of the dashboard (annotation `grafana_folder`). @default 'AI' */
  readonly dashboardFolder?: string;
  /**
   * Labels on every PodMonitor and ServiceMonitor, for a Prometheus that selects monitors by label
   * (kube-prometheus-stack's default is `release: <its release>`).
   * @default - none
   */
  readonly monitorLabels?: Readonly<Record<string, string>>;
}

/** Network policies. Present means on. */
export interface NetworkPolicyOptions {
  /** Default deny only in enforce mode. @default 'audit' */
  readonly mode?: 'audit' | 'enforce';
  /**
   * CiliumNetworkPolicies, or plain NetworkPolicies for clusters without Cilium (see `TrafficPolicies`).
   * @default 'cilium'
   */
  readonly engine?: 'cilium' | 'kubernetes';
}

/** Flux settings of the emitted Kustomization. */
export interface FluxOptions {
  /** GitRepository in flux-system. @default 'flux-system' */
  readonly sourceName?: string;
  /** Path of the apps tree inside the repository. @default 'kubernetes/apps' */
  readonly appsPath?: string;
  /** Namespace of the app's own Flux Kustomization. @default 'flux-system' */
  readonly kustomizationNamespace?: string;
  /**
   * Namespace of the side apps' Kustomizations (Dragonfly ACL, Keycloak client, LiteLLM wiring, ...).
   * @default - kustomizationNamespace
   */
  readonly sideAppNamespace?: string;
  /**
   * The namespace a namespace folder's kustomization.yaml (`<appsPath>/<namespace>/kustomization.yaml`)
   * gives the Flux Kustomizations it lists, by folder: kustomize's `namespace:` transformer overrides
   * the one each ks.yaml writes (the reference deployment's parents set it). Where it gives one, an
   * app's Kustomization is written there, and every dependsOn names it there. synth reads it from
   * the tree on disk (`parentNamespaceReader`).
   * @default - none: every Kustomization keeps kustomizationNamespace (or sideAppNamespace)
   */
  readonly parentNamespace?: (folder: string) => string | undefined;
  /**
   * Secret next to the Kustomization with the age key; empty relies on the controller-wide
   * `--sops-age-secret`.
   * @default 'sops-age'
   */
  readonly sopsSecretName?: string;
}

/** Everything a `LangfuseChart` needs; every gate is already effective. */
export interface LangfuseChartProps {
  /**
   * Name of this instance: its Flux app folder and Kustomization (unique in the Kustomizations'
   * namespace) and the prefix of its neighbours' Flux apps.
   * @default 'langfuse'
   */
  readonly instanceName?: string;
  /**
   * HorizontalPodAutoscalers for web and worker (from `replicas` to `maxReplicas`, at 70% CPU).
   * @default false
   */
  readonly autoscaling?: boolean;
  /**
   * Spread web and worker pods across nodes (topology spread on kubernetes.io/hostname).
   * @default false
   */
  readonly spreadAcrossNodes?: boolean;
  /** @default 'ai-system' */
  readonly namespace?: string;
  /** Public host name, like `langfuse.example.com`. */
  readonly hostname: string;
  readonly appSecrets: LangfuseAppSecrets;
  /** @default 'info' */
  readonly logLevel?: LogLevel;
  /** @default 'text' */
  readonly logFormat?: 'text' | 'json';
  /** @default - 1 replica, 200m CPU, 512Mi/2Gi memory */
  readonly web?: WorkloadSize;
  /** @default - 1 replica, 200m CPU, 512Mi/2Gi memory */
  readonly worker?: WorkloadSize;
  readonly postgres: PostgresOptions;
  readonly clickhouse: ClickHouseOptions;
  /**
   * The Langfuse server's major version (v4 needs `ClickHouseBackend.OPERATOR`).
   * @default LangfuseVersion.V3
   */
  readonly langfuseVersion?: LangfuseVersion;
  /**
   * The `LANGFUSE_MIGRATION_V4_*` variables of web and worker. With v3 only `legacy` is allowed
   * (v3's own behaviour, written out before the image moves to v4).
   * @default - v3: none (the image's legacy defaults); v4: `events_only` without backfill
   */
  readonly v4Migration?: V4MigrationOptions;
  /** Storage class of every volume. @default 'local-path' */
  readonly storageClass?: string;
  readonly objectStorage: ObjectStorage;
  /** @default - langfuse-events, langfuse-media, langfuse-exports */
  readonly buckets?: BucketNames;
  /** @default - 50 reads, 50 writes */
  readonly s3Concurrency?: { readonly reads: number; readonly writes: number };
  /** @default - the object storage endpoint */
  readonly media?: MediaOptions;
  /** @default true */
  readonly batchExportEnabled?: boolean;
  readonly redis: RedisBackend;
  /** @default - no SSO */
  readonly sso?: KeycloakSsoOptions;
  /** @default - password sign-in and sign-up allowed */
  readonly auth?: AuthOptions;
  /** @default - no email */
  readonly smtp?: SmtpOptions;
  /** @default - Langfuse's defaults */
  readonly cache?: CacheOptions;
  /** @default - no headless initialization */
  readonly headlessInit?: HeadlessInitOptions;
  /** @default - new users join nothing */
  readonly defaultMembership?: DefaultMembershipOptions;
  /** @default - no backups */
  readonly backup?: BackupOptions;
  /** Create the Postgres cluster from a backup (needs `backup`). @default - a new, empty database */
  readonly postgresRestore?: PostgresRestoreOptions;
  /** Scheduled ClickHouse backups into the backup bucket (needs `backup`). @default - none */
  readonly clickhouseBackup?: ClickHouseBackupOptions;
  /** Restore the operator's new ClickHouse before Langfuse first starts (needs `backup` and the operator backend, and no `clickhouse.migration`). @default - none */
  readonly clickhouseRestore?: ClickHouseRestoreOptions;
  /** Prometheus Operator monitors, statsd-exporter sidecars and the Grafana dashboard. @default false */
  readonly monitoring?: boolean;
  /** Settings of the monitoring; read only when `monitoring` is on. @default - pinned statsd-exporter, folder "AI" */
  readonly monitoringOptions?: MonitoringOptions;
  /** @default - no self-tracing */
  readonly tracing?: TracingOptions;
  /** @default - no network policies */
  readonly networkPolicies?: NetworkPolicyOptions;
  /** LiteLLM runs next to Langfuse. @default false */
  readonly litellm?: boolean;
  /** Gateway API route to the web Service (created by `addLangfuseNeighbours`, which rendering requires when this is set). @default - no route */
  readonly route?: LangfuseRouteOptions;
  /** The `acl.conf` Secret of the shared Dragonfly (needs the ACL redis backend; a side app that `addLangfuseNeighbours` creates). @default - none */
  readonly dragonflyAcl?: DragonflyAclOptions;
  /** The OIDC client in Keycloak (needs `sso`; a side app that `addLangfuseNeighbours` creates). @default - none */
  readonly keycloakClient?: KeycloakClientOptions;
  /** LiteLLM's callback wiring and the LLM connection (needs headless-init project keys; side apps that `addLangfuseNeighbours` creates). @default - none */
  readonly litellmIntegration?: LiteLlmIntegrationOptions;
  /** @default - GitRepository flux-system, apps under kubernetes/apps */
  readonly flux?: FluxOptions;
  /**
   * Annotate web and worker for Stakater Reloader so they restart when a Secret changes.
   * @default false
   */
  readonly reloadOnSecretChange?: boolean;
  /** The shared services' Flux Kustomizations, when not the defaults. @default - the reference cluster's names */
  readonly fluxDependencies?: LangfuseFluxDependencies;
  /** SCIM role sync from Keycloak (needs `sso`'s Keycloak and an Enterprise licence). @default - none */
  readonly roleSync?: RoleSyncOptions;
  /** Namespaces whose pods may reach web on 3000 through the network policies. @default - none */
  readonly ingressNamespaces?: readonly string[];
  /**
   * Allow-only CiliumNetworkPolicies in the neighbours' namespaces (RustFS, Dragonfly, LiteLLM) that
   * admit Langfuse's flows (needs `networkPolicies` with the cilium engine; side apps that
   * `addLangfuseNeighbours` creates). @default false
   */
  readonly neighbourPolicies?: boolean;
  /** A Job that creates the buckets in RustFS (needs external object storage; a side app that `addLangfuseNeighbours` creates). @default - none */
  readonly bucketSetup?: BucketSetupOptions;
}
