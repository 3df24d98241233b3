import { BundledMinio, ExternalObjectStorage } from '../backends/object-storage';
import { BundledClickHouse, ClickHouseConnection, ExternalClickHouse } from '../clickhouse/clickhouse-connection';
import { BundledValkey, DragonflyBackend } from '../backends/redis-backend';
import { LangfuseChartProps } from '../langfuse-chart-props';
import { LangfuseNames } from '../names';
import { WEB_LIVENESS_PROBE, WEB_READINESS_PROBE, WORKER_LIVENESS_PROBE } from '../observability/langfuse-probes';
import { langfuseTelemetryValues } from '../observability/langfuse-telemetry-values';
import { urlPasswordKey } from '../secrets/url-password';
import { langfuseUrl } from '../settings/derive';
import { componentScalingValues } from './langfuse-scaling-values';
import { effectiveV4Migration, langfuseImageTag, LangfuseVersion, v4MigrationEnv } from './langfuse-v4';
import { ClickhouseValues, EnvVar, LangfuseChartValues, Resources } from './langfuse-values';

/** The pinned chart and the Langfuse version it runs (its appVersion). */
export const LANGFUSE_CHART = { name: 'langfuse', version: '1.5.41', appVersion: '3.224.1', repository: 'https://langfuse.github.io/langfuse-k8s' } as const;

const secretEnv = (name: string, secret: string, key: string): EnvVar => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
const plainEnv = (name: string, value: string | number | boolean): EnvVar => ({ name, value: String(value) });

/** The chart's bundled ClickHouse, sized by the props, with the ClickHouse Secret of `names`. */
export function bundledClickHouse(props: LangfuseChartProps, names: LangfuseNames): BundledClickHouse {
  return ClickHouseConnection.bundled({
    sizing: props.clickhouse, storageClass: props.storageClass ?? 'local-path', passwordSecret: { name: names.secrets.clickhouse, key: 'password' },
  });
}

/** Options of `langfuseValuesV1`. */
export interface LangfuseValuesOptions {
  /**
   * Web and worker at 0 replicas (a migration's freeze): `langfuse.replicas: 0` with neither
   * component's `replicas` set, and no autoscaler or disruption budget, since the chart falls
   * back from `web.replicas: 0` to `langfuse.replicas` and leaves `replicas` out under an HPA.
   * @default false
   */
  readonly scaledToZero?: boolean;
  /**
   * `clickhouse.migration.autoMigrate: false` (LANGFUSE_AUTO_CLICKHOUSE_MIGRATION_DISABLED): no
   * ClickHouse migration at start, while the bundled ClickHouse is being restored.
   * @default false
   */
  readonly clickhouseMigrationsOff?: boolean;
}

/**
 * Builds the values of chart 1.5.41 from chart props: only keys that chart reads, secrets by
 * reference, environment variables the chart has no key for through additionalEnv. ClickHouse is
 * the one `clickhouse` names (the chart's bundled one by default), the Langfuse image the pinned
 * release of `props.langfuseVersion`: chart 1.5.41 runs v4 unchanged, since its web and worker
 * templates are those of chart 2.0.0, which ships v4.
 */
export function langfuseValuesV1(
  props: LangfuseChartProps, names: LangfuseNames, clickhouse: ClickHouseConnection = bundledClickHouse(props, names), options: LangfuseValuesOptions = {},
): LangfuseChartValues {
  const stopped = options.scaledToZero ?? false;
  const buckets = { events: props.buckets?.events ?? 'langfuse-events', media: props.buckets?.media ?? 'langfuse-media', exports: props.buckets?.exports ?? 'langfuse-exports' };
  const secretRef = (key: string) => ({ secretKeyRef: { name: names.secrets.app, key } });
  const telemetry = langfuseTelemetryValues({
    release: names.release, monitoring: props.monitoring, monitoringOptions: props.monitoringOptions, tracing: props.tracing,
  });
  const { topologySpreadConstraints: webSpread, ...webScaling } = componentScalingValues(props, props.web, names.release, 'web');
  const { topologySpreadConstraints: workerSpread, ...workerScaling } = componentScalingValues(props, props.worker, names.release, 'worker');
  const scale = (size: LangfuseChartProps['web'], scaling: typeof webScaling) => (stopped ? {} : { replicas: size?.replicas ?? 1, ...scaling });
  const workerPodValues = {
    additionalEnv: telemetry.workerEnv.length > 0 ? telemetry.workerEnv : undefined,
    extraContainers: telemetry.sidecars,
    annotations: telemetry.workerPodAnnotations,
    topologySpreadConstraints: workerSpread,
  };
  const workerPod = Object.values(workerPodValues).some((v) => v !== undefined) ? workerPodValues : undefined;

  return {
    langfuse: {
      logging: { level: props.logLevel ?? 'info', format: props.logFormat ?? 'text' },
      salt: secretRef('SALT'),
      encryptionKey: secretRef('ENCRYPTION_KEY'),
      nextauth: { url: langfuseUrl(props.hostname), secret: secretRef('NEXTAUTH_SECRET') },
      features: { telemetryEnabled: false, signUpDisabled: props.auth?.disableSignup ?? false },
      image: { tag: langfuseImageTag(props.langfuseVersion ?? LangfuseVersion.V3, LANGFUSE_CHART.appVersion), pullPolicy: 'IfNotPresent' },
      additionalEnv: [...commonEnv(props, names), ...clickhouseEnv(clickhouse), ...v4Env(props), ...telemetry.commonEnv],
      extraVolumes: telemetry.extraVolumes,
      replicas: stopped ? 0 : undefined,
      web: {
        ...scale(props.web, webScaling),
        resources: workloadResources(props.web),
        // No startupProbe in this chart: the liveness delay must outlast first-install migrations (see langfuse-probes.ts).
        livenessProbe: WEB_LIVENESS_PROBE,
        readinessProbe: WEB_READINESS_PROBE,
        pod: {
          additionalEnv: [...webEnv(props, names), ...telemetry.webEnv],
          extraContainers: telemetry.sidecars,
          annotations: telemetry.webPodAnnotations,
          topologySpreadConstraints: webSpread,
        },
      },
      worker: {
        ...scale(props.worker, workerScaling),
        resources: workloadResources(props.worker),
        livenessProbe: WORKER_LIVENESS_PROBE,
        pod: workerPod,
      },
    },
    postgresql: {
      deploy: false,
      host: names.dns.postgresRw,
      // The entrypoints paste DATABASE_PASSWORD unencoded into DATABASE_URL: they get the percent-encoded key when the password needs it.
      auth: {
        username: names.postgresUser, existingSecret: names.secrets.postgres, secretKeys: { userPasswordKey: urlPasswordKey(props.postgres.password) }, database: names.postgresDatabase,
      },
    },
    redis: redisValues(props, names),
    clickhouse: clickhouseValues(clickhouse, Boolean(props.monitoring), options.clickhouseMigrationsOff ?? false),
    s3: s3Values(props, names, buckets),
  };
}

function clickhouseValues(connection: ClickHouseConnection, monitoring: boolean, migrationsOff: boolean): ClickhouseValues {
  const auth = { username: 'default' as const, existingSecret: connection.passwordSecret.name, existingSecretKey: connection.passwordSecret.key };
  if (connection instanceof ExternalClickHouse) {
    return { deploy: false, host: connection.host, httpPort: connection.httpPort, nativePort: connection.nativePort, auth, clusterEnabled: connection.clusterEnabled };
  }
  if (!(connection instanceof BundledClickHouse)) throw new Error(`unsupported clickhouse connection "${connection.constructor.name}"`);
  const sizing = connection.sizing;
  const clusterEnabled = connection.clusterEnabled;
  const storageClass = connection.storageClass;
  return {
    deploy: true,
    replicaCount: sizing.replicas ?? 1,
    shards: 1,
    clusterEnabled,
    auth,
    resources: {
      requests: { cpu: sizing.cpuRequest ?? '500m', memory: sizing.memoryRequest ?? '2Gi' },
      limits: { memory: sizing.memoryLimit ?? '4Gi' },
    },
    persistence: { size: sizing.storageSize ?? '20Gi', storageClass },
    // Bitnami's "micro" preset limits ZooKeeper to 384Mi under a 1 GB JVM heap, which OOMs and
    // can corrupt its state; a 512 MB heap in a 1Gi limit leaves room. Single-node ClickHouse
    // needs no ZooKeeper at all.
    zookeeper: {
      enabled: clusterEnabled,
      replicaCount: clusterEnabled ? 3 : 1,
      heapSize: 512,
      resources: { requests: { cpu: '250m', memory: '768Mi' }, limits: { memory: '1Gi' } },
      persistence: { size: sizing.zookeeperStorageSize ?? '8Gi', storageClass },
    },
    // ClickHouse's own Prometheus endpoint (port 8001, Service port http-metrics); the ServiceMonitor is ours.
    metrics: monitoring ? { enabled: true } : undefined,
    migration: migrationsOff ? { autoMigrate: false } : undefined,
  };
}

/**
 * Chart 1.5.41 renders CLICKHOUSE_CLUSTER_ENABLED only as "false" (templates/_helpers.tpl); an
 * external cluster in cluster mode gets it explicitly rather than through Langfuse's default.
 */
function clickhouseEnv(connection: ClickHouseConnection): EnvVar[] {
  return connection instanceof ExternalClickHouse && connection.clusterEnabled ? [plainEnv('CLICKHOUSE_CLUSTER_ENABLED', 'true')] : [];
}

/** The LANGFUSE_MIGRATION_V4_* variables in effect for the props' Langfuse version. */
function v4Env(props: LangfuseChartProps): EnvVar[] {
  const migration = effectiveV4Migration(props.langfuseVersion ?? LangfuseVersion.V3, props.v4Migration);
  return migration ? v4MigrationEnv(migration) : [];
}

function workloadResources(size: LangfuseChartProps['web']): Resources {
  return {
    requests: { cpu: size?.cpuRequest ?? '200m', memory: size?.memoryRequest ?? '512Mi' },
    limits: { memory: size?.memoryLimit ?? '2Gi' },
  };
}

function redisValues(props: LangfuseChartProps, names: LangfuseNames): LangfuseChartValues['redis'] {
  const auth = { existingSecret: names.secrets.redis, existingSecretPasswordKey: 'password' };
  if (props.redis instanceof DragonflyBackend) {
    // The chart pastes REDIS_PASSWORD unencoded into REDIS_CONNECTION_STRING, which ioredis percent-decodes.
    const remoteAuth = { ...auth, existingSecretPasswordKey: urlPasswordKey(props.redis.password) };
    return { deploy: false, host: props.redis.host, port: props.redis.port, auth: { username: props.redis.username, ...remoteAuth, database: 0 } };
  }
  if (props.redis instanceof BundledValkey) return { deploy: true, auth: { username: 'default', ...auth } };
  throw new Error(`unsupported redis backend "${props.redis.constructor.name}"`);
}

function s3Values(props: LangfuseChartProps, names: LangfuseNames, buckets: { events: string; media: string; exports: string }): LangfuseChartValues['s3'] {
  const credentials = {
    accessKeyId: { secretKeyRef: { name: names.secrets.s3, key: 'AWS_ACCESS_KEY_ID' } },
    secretAccessKey: { secretKeyRef: { name: names.secrets.s3, key: 'AWS_SECRET_ACCESS_KEY' } },
  };
  const common = {
    forcePathStyle: true as const,
    ...credentials,
    concurrency: { reads: props.s3Concurrency?.reads ?? 50, writes: props.s3Concurrency?.writes ?? 50 },
    eventUpload: { bucket: buckets.events },
    batchExport: { enabled: props.batchExportEnabled ?? true, bucket: buckets.exports },
  };
  const storage = props.objectStorage;
  if (storage instanceof ExternalObjectStorage) {
    return {
      deploy: false,
      region: storage.region,
      endpoint: storage.endpoint,
      ...common,
      mediaUpload: { bucket: buckets.media, endpoint: props.media?.endpoint },
    };
  }
  if (storage instanceof BundledMinio) {
    return {
      deploy: true,
      ...common,
      mediaUpload: { bucket: buckets.media, endpoint: props.media?.endpoint },
      defaultBuckets: [buckets.events, buckets.media, buckets.exports].join(','),
      auth: { existingSecret: names.secrets.s3, rootUserSecretKey: 'AWS_ACCESS_KEY_ID', rootPasswordSecretKey: 'AWS_SECRET_ACCESS_KEY' },
    };
  }
  throw new Error(`unsupported object storage "${storage.constructor.name}"`);
}

/**
 * Environment for web and worker that the chart has no key for: only what the worker reads too
 * (worker/src/env.ts and packages/shared/src/env.ts of Langfuse 3.224.1 and 4.16.0 parse
 * REDIS_KEY_PREFIX, SMTP_CONNECTION_URL, EMAIL_FROM_ADDRESS and LANGFUSE_CACHE_PROMPT_*).
 */
function commonEnv(props: LangfuseChartProps, names: LangfuseNames): EnvVar[] {
  const env: EnvVar[] = [];
  if (props.redis instanceof DragonflyBackend && props.redis.keyPrefix !== undefined) {
    env.push(plainEnv('REDIS_KEY_PREFIX', props.redis.keyPrefix));
  }
  if (props.smtp) {
    env.push(secretEnv('SMTP_CONNECTION_URL', names.secrets.smtp, 'SMTP_URL'), plainEnv('EMAIL_FROM_ADDRESS', props.smtp.fromAddress));
  }
  const cache = props.cache;
  if (cache?.promptEnabled !== undefined) env.push(plainEnv('LANGFUSE_CACHE_PROMPT_ENABLED', cache.promptEnabled));
  if (cache?.promptTtlSeconds !== undefined) env.push(plainEnv('LANGFUSE_CACHE_PROMPT_TTL_SECONDS', cache.promptTtlSeconds));
  return env;
}

/**
 * Environment of the web container only: sign-in (NEXTAUTH_COOKIE_DOMAIN, AUTH_*, the Keycloak
 * client secret), media upload limits, the API-key cache, default memberships and headless
 * initialization. The worker of Langfuse 3.224.1 and 4.16.0 reads none of them (neither
 * worker/src nor packages/shared mentions them), so it is not given them.
 */
function webEnv(props: LangfuseChartProps, names: LangfuseNames): EnvVar[] {
  const env: EnvVar[] = [plainEnv('NEXTAUTH_COOKIE_DOMAIN', props.hostname)];
  const media = props.media;
  if (media?.maxContentLength !== undefined) env.push(plainEnv('LANGFUSE_S3_MEDIA_MAX_CONTENT_LENGTH', media.maxContentLength));
  if (media?.downloadUrlExpirySeconds !== undefined) env.push(plainEnv('LANGFUSE_S3_MEDIA_DOWNLOAD_URL_EXPIRY_SECONDS', media.downloadUrlExpirySeconds));

  const auth = props.auth;
  if (auth?.disablePasswordAuth) env.push(plainEnv('AUTH_DISABLE_USERNAME_PASSWORD', 'true'));
  if (auth?.ssoDomainEnforcement) env.push(plainEnv('AUTH_DOMAINS_WITH_SSO_ENFORCEMENT', auth.ssoDomainEnforcement));
  if (auth?.sessionMaxAgeMinutes !== undefined) env.push(plainEnv('AUTH_SESSION_MAX_AGE', auth.sessionMaxAgeMinutes));
  if (props.sso) {
    env.push(
      plainEnv('AUTH_KEYCLOAK_CLIENT_ID', props.sso.clientId ?? 'langfuse'),
      secretEnv('AUTH_KEYCLOAK_CLIENT_SECRET', names.secrets.keycloak, 'client-secret'),
      plainEnv('AUTH_KEYCLOAK_ISSUER', props.sso.internalIssuerUrl),
      plainEnv('AUTH_KEYCLOAK_ALLOW_ACCOUNT_LINKING', 'true'),
      plainEnv('AUTH_KEYCLOAK_CHECKS', 'pkce,state'),
    );
  }
  const cache = props.cache;
  if (cache?.apiKeyEnabled !== undefined) env.push(plainEnv('LANGFUSE_CACHE_API_KEY_ENABLED', cache.apiKeyEnabled));
  if (cache?.apiKeyTtlSeconds !== undefined) env.push(plainEnv('LANGFUSE_CACHE_API_KEY_TTL_SECONDS', cache.apiKeyTtlSeconds));
  const membership = props.defaultMembership;
  if (membership?.orgRole && membership.orgId) {
    env.push(plainEnv('LANGFUSE_DEFAULT_ORG_ID', membership.orgId), plainEnv('LANGFUSE_DEFAULT_ORG_ROLE', membership.orgRole));
  }
  if (membership?.projectRole && membership.projectId) {
    env.push(plainEnv('LANGFUSE_DEFAULT_PROJECT_ID', membership.projectId), plainEnv('LANGFUSE_DEFAULT_PROJECT_ROLE', membership.projectRole));
  }
  const init = props.headlessInit;
  if (init) env.push(...initSecretKeys(init).map((key) => secretEnv(key, names.secrets.init, key)));
  return env;
}

/**
 * The Secrets the pods of one component read through chart values: the chart's own references
 * (app keys, Postgres, Redis, ClickHouse, S3: both components) and the Secret-backed variables of
 * the env lists that component gets.
 */
export function componentSecretNames(values: LangfuseChartValues, component: 'web' | 'worker'): ReadonlySet<string> {
  const names = new Set<string>();
  const l = values.langfuse;
  for (const v of [l.salt, l.encryptionKey, l.nextauth.secret, values.s3.accessKeyId, values.s3.secretAccessKey]) {
    if (v.secretKeyRef) names.add(v.secretKeyRef.name);
  }
  names.add(values.postgresql.auth.existingSecret).add(values.redis.auth.existingSecret).add(values.clickhouse.auth.existingSecret);
  for (const env of [...l.additionalEnv, ...l[component].pod?.additionalEnv ?? []]) {
    if (env.valueFrom) names.add(env.valueFrom.secretKeyRef.name);
  }
  return names;
}

/** The keys of the init Secret, in a stable order. */
export function initSecretKeys(init: NonNullable<LangfuseChartProps['headlessInit']>): string[] {
  const keys = ['LANGFUSE_INIT_ORG_ID', 'LANGFUSE_INIT_ORG_NAME', 'LANGFUSE_INIT_USER_EMAIL', 'LANGFUSE_INIT_USER_PASSWORD', 'LANGFUSE_INIT_USER_NAME'];
  if (init.project) {
    keys.push('LANGFUSE_INIT_PROJECT_ID', 'LANGFUSE_INIT_PROJECT_NAME');
    if (init.project.retentionDays !== undefined) keys.push('LANGFUSE_INIT_PROJECT_RETENTION');
    if (init.project.keys) keys.push('LANGFUSE_INIT_PROJECT_PUBLIC_KEY', 'LANGFUSE_INIT_PROJECT_SECRET_KEY');
  }
  return keys;
}
