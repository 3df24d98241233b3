"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LANGFUSE_CHART = void 0;
exports.bundledClickHouse = bundledClickHouse;
exports.langfuseValuesV1 = langfuseValuesV1;
exports.componentSecretNames = componentSecretNames;
exports.initSecretKeys = initSecretKeys;
const object_storage_1 = require("../backends/object-storage");
const clickhouse_connection_1 = require("../clickhouse/clickhouse-connection");
const redis_backend_1 = require("../backends/redis-backend");
const langfuse_probes_1 = require("../observability/langfuse-probes");
const langfuse_telemetry_values_1 = require("../observability/langfuse-telemetry-values");
const url_password_1 = require("../secrets/url-password");
const derive_1 = require("../settings/derive");
const langfuse_scaling_values_1 = require("./langfuse-scaling-values");
const langfuse_v4_1 = require("./langfuse-v4");
/** The pinned chart and the Langfuse version it runs (its appVersion). */
exports.LANGFUSE_CHART = { name: 'langfuse', version: '1.5.41', appVersion: '3.224.1', repository: 'https://langfuse.github.io/langfuse-k8s' };
const secretEnv = (name, secret, key) => ({ name, valueFrom: { secretKeyRef: { name: secret, key } } });
const plainEnv = (name, value) => ({ name, value: String(value) });
/** The chart's bundled ClickHouse, sized by the props, with the ClickHouse Secret of `names`. */
function bundledClickHouse(props, names) {
    return clickhouse_connection_1.ClickHouseConnection.bundled({
        sizing: props.clickhouse, storageClass: props.storageClass ?? 'local-path', passwordSecret: { name: names.secrets.clickhouse, key: 'password' },
    });
}
/**
 * Builds the values of chart 1.5.41 from chart props: only keys that chart reads, secrets by
 * reference, environment variables the chart has no key for through additionalEnv. ClickHouse is
 * the one `clickhouse` names (the chart's bundled one by default), the Langfuse image the pinned
 * release of `props.langfuseVersion`: chart 1.5.41 runs v4 unchanged, since its web and worker
 * templates are those of chart 2.0.0, which ships v4.
 */
function langfuseValuesV1(props, names, clickhouse = bundledClickHouse(props, names), options = {}) {
    const stopped = options.scaledToZero ?? false;
    const buckets = { events: props.buckets?.events ?? 'langfuse-events', media: props.buckets?.media ?? 'langfuse-media', exports: props.buckets?.exports ?? 'langfuse-exports' };
    const secretRef = (key) => ({ secretKeyRef: { name: names.secrets.app, key } });
    const telemetry = (0, langfuse_telemetry_values_1.langfuseTelemetryValues)({
        release: names.release, monitoring: props.monitoring, monitoringOptions: props.monitoringOptions, tracing: props.tracing,
    });
    const { topologySpreadConstraints: webSpread, ...webScaling } = (0, langfuse_scaling_values_1.componentScalingValues)(props, props.web, names.release, 'web');
    const { topologySpreadConstraints: workerSpread, ...workerScaling } = (0, langfuse_scaling_values_1.componentScalingValues)(props, props.worker, names.release, 'worker');
    const scale = (size, scaling) => (stopped ? {} : { replicas: size?.replicas ?? 1, ...scaling });
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
            nextauth: { url: (0, derive_1.langfuseUrl)(props.hostname), secret: secretRef('NEXTAUTH_SECRET') },
            features: { telemetryEnabled: false, signUpDisabled: props.auth?.disableSignup ?? false },
            image: { tag: (0, langfuse_v4_1.langfuseImageTag)(props.langfuseVersion ?? langfuse_v4_1.LangfuseVersion.V3, exports.LANGFUSE_CHART.appVersion), pullPolicy: 'IfNotPresent' },
            additionalEnv: [...commonEnv(props, names), ...clickhouseEnv(clickhouse), ...v4Env(props), ...telemetry.commonEnv],
            extraVolumes: telemetry.extraVolumes,
            replicas: stopped ? 0 : undefined,
            web: {
                ...scale(props.web, webScaling),
                resources: workloadResources(props.web),
                // No startupProbe in this chart: the liveness delay must outlast first-install migrations (see langfuse-probes.ts).
                livenessProbe: langfuse_probes_1.WEB_LIVENESS_PROBE,
                readinessProbe: langfuse_probes_1.WEB_READINESS_PROBE,
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
                livenessProbe: langfuse_probes_1.WORKER_LIVENESS_PROBE,
                pod: workerPod,
            },
        },
        postgresql: {
            deploy: false,
            host: names.dns.postgresRw,
            // The entrypoints paste DATABASE_PASSWORD unencoded into DATABASE_URL: they get the percent-encoded key when the password needs it.
            auth: {
                username: names.postgresUser, existingSecret: names.secrets.postgres, secretKeys: { userPasswordKey: (0, url_password_1.urlPasswordKey)(props.postgres.password) }, database: names.postgresDatabase,
            },
        },
        redis: redisValues(props, names),
        clickhouse: clickhouseValues(clickhouse, Boolean(props.monitoring), options.clickhouseMigrationsOff ?? false),
        s3: s3Values(props, names, buckets),
    };
}
function clickhouseValues(connection, monitoring, migrationsOff) {
    const auth = { username: 'default', existingSecret: connection.passwordSecret.name, existingSecretKey: connection.passwordSecret.key };
    if (connection instanceof clickhouse_connection_1.ExternalClickHouse) {
        return { deploy: false, host: connection.host, httpPort: connection.httpPort, nativePort: connection.nativePort, auth, clusterEnabled: connection.clusterEnabled };
    }
    if (!(connection instanceof clickhouse_connection_1.BundledClickHouse))
        throw new Error(`unsupported clickhouse connection "${connection.constructor.name}"`);
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
function clickhouseEnv(connection) {
    return connection instanceof clickhouse_connection_1.ExternalClickHouse && connection.clusterEnabled ? [plainEnv('CLICKHOUSE_CLUSTER_ENABLED', 'true')] : [];
}
/** The LANGFUSE_MIGRATION_V4_* variables in effect for the props' Langfuse version. */
function v4Env(props) {
    const migration = (0, langfuse_v4_1.effectiveV4Migration)(props.langfuseVersion ?? langfuse_v4_1.LangfuseVersion.V3, props.v4Migration);
    return migration ? (0, langfuse_v4_1.v4MigrationEnv)(migration) : [];
}
function workloadResources(size) {
    return {
        requests: { cpu: size?.cpuRequest ?? '200m', memory: size?.memoryRequest ?? '512Mi' },
        limits: { memory: size?.memoryLimit ?? '2Gi' },
    };
}
function redisValues(props, names) {
    const auth = { existingSecret: names.secrets.redis, existingSecretPasswordKey: 'password' };
    if (props.redis instanceof redis_backend_1.DragonflyBackend) {
        // The chart pastes REDIS_PASSWORD unencoded into REDIS_CONNECTION_STRING, which ioredis percent-decodes.
        const remoteAuth = { ...auth, existingSecretPasswordKey: (0, url_password_1.urlPasswordKey)(props.redis.password) };
        return { deploy: false, host: props.redis.host, port: props.redis.port, auth: { username: props.redis.username, ...remoteAuth, database: 0 } };
    }
    if (props.redis instanceof redis_backend_1.BundledValkey)
        return { deploy: true, auth: { username: 'default', ...auth } };
    throw new Error(`unsupported redis backend "${props.redis.constructor.name}"`);
}
function s3Values(props, names, buckets) {
    const credentials = {
        accessKeyId: { secretKeyRef: { name: names.secrets.s3, key: 'AWS_ACCESS_KEY_ID' } },
        secretAccessKey: { secretKeyRef: { name: names.secrets.s3, key: 'AWS_SECRET_ACCESS_KEY' } },
    };
    const common = {
        forcePathStyle: true,
        ...credentials,
        concurrency: { reads: props.s3Concurrency?.reads ?? 50, writes: props.s3Concurrency?.writes ?? 50 },
        eventUpload: { bucket: buckets.events },
        batchExport: { enabled: props.batchExportEnabled ?? true, bucket: buckets.exports },
    };
    const storage = props.objectStorage;
    if (storage instanceof object_storage_1.ExternalObjectStorage) {
        return {
            deploy: false,
            region: storage.region,
            endpoint: storage.endpoint,
            ...common,
            mediaUpload: { bucket: buckets.media, endpoint: props.media?.endpoint },
        };
    }
    if (storage instanceof object_storage_1.BundledMinio) {
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
function commonEnv(props, names) {
    const env = [];
    if (props.redis instanceof redis_backend_1.DragonflyBackend && props.redis.keyPrefix !== undefined) {
        env.push(plainEnv('REDIS_KEY_PREFIX', props.redis.keyPrefix));
    }
    if (props.smtp) {
        env.push(secretEnv('SMTP_CONNECTION_URL', names.secrets.smtp, 'SMTP_URL'), plainEnv('EMAIL_FROM_ADDRESS', props.smtp.fromAddress));
    }
    const cache = props.cache;
    if (cache?.promptEnabled !== undefined)
        env.push(plainEnv('LANGFUSE_CACHE_PROMPT_ENABLED', cache.promptEnabled));
    if (cache?.promptTtlSeconds !== undefined)
        env.push(plainEnv('LANGFUSE_CACHE_PROMPT_TTL_SECONDS', cache.promptTtlSeconds));
    return env;
}
/**
 * Environment of the web container only: sign-in (NEXTAUTH_COOKIE_DOMAIN, AUTH_*, the Keycloak
 * client secret), media upload limits, the API-key cache, default memberships and headless
 * initialization. The worker of Langfuse 3.224.1 and 4.16.0 reads none of them (neither
 * worker/src nor packages/shared mentions them), so it is not given them.
 */
function webEnv(props, names) {
    const env = [plainEnv('NEXTAUTH_COOKIE_DOMAIN', props.hostname)];
    const media = props.media;
    if (media?.maxContentLength !== undefined)
        env.push(plainEnv('LANGFUSE_S3_MEDIA_MAX_CONTENT_LENGTH', media.maxContentLength));
    if (media?.downloadUrlExpirySeconds !== undefined)
        env.push(plainEnv('LANGFUSE_S3_MEDIA_DOWNLOAD_URL_EXPIRY_SECONDS', media.downloadUrlExpirySeconds));
    const auth = props.auth;
    if (auth?.disablePasswordAuth)
        env.push(plainEnv('AUTH_DISABLE_USERNAME_PASSWORD', 'true'));
    if (auth?.ssoDomainEnforcement)
        env.push(plainEnv('AUTH_DOMAINS_WITH_SSO_ENFORCEMENT', auth.ssoDomainEnforcement));
    if (auth?.sessionMaxAgeMinutes !== undefined)
        env.push(plainEnv('AUTH_SESSION_MAX_AGE', auth.sessionMaxAgeMinutes));
    if (props.sso) {
        env.push(plainEnv('AUTH_KEYCLOAK_CLIENT_ID', props.sso.clientId ?? 'langfuse'), secretEnv('AUTH_KEYCLOAK_CLIENT_SECRET', names.secrets.keycloak, 'client-secret'), plainEnv('AUTH_KEYCLOAK_ISSUER', props.sso.internalIssuerUrl), plainEnv('AUTH_KEYCLOAK_ALLOW_ACCOUNT_LINKING', 'true'), plainEnv('AUTH_KEYCLOAK_CHECKS', 'pkce,state'));
    }
    const cache = props.cache;
    if (cache?.apiKeyEnabled !== undefined)
        env.push(plainEnv('LANGFUSE_CACHE_API_KEY_ENABLED', cache.apiKeyEnabled));
    if (cache?.apiKeyTtlSeconds !== undefined)
        env.push(plainEnv('LANGFUSE_CACHE_API_KEY_TTL_SECONDS', cache.apiKeyTtlSeconds));
    const membership = props.defaultMembership;
    if (membership?.orgRole && membership.orgId) {
        env.push(plainEnv('LANGFUSE_DEFAULT_ORG_ID', membership.orgId), plainEnv('LANGFUSE_DEFAULT_ORG_ROLE', membership.orgRole));
    }
    if (membership?.projectRole && membership.projectId) {
        env.push(plainEnv('LANGFUSE_DEFAULT_PROJECT_ID', membership.projectId), plainEnv('LANGFUSE_DEFAULT_PROJECT_ROLE', membership.projectRole));
    }
    const init = props.headlessInit;
    if (init)
        env.push(...initSecretKeys(init).map((key) => secretEnv(key, names.secrets.init, key)));
    return env;
}
/**
 * The Secrets the pods of one component read through chart values: the chart's own references
 * (app keys, Postgres, Redis, ClickHouse, S3: both components) and the Secret-backed variables of
 * the env lists that component gets.
 */
function componentSecretNames(values, component) {
    const names = new Set();
    const l = values.langfuse;
    for (const v of [l.salt, l.encryptionKey, l.nextauth.secret, values.s3.accessKeyId, values.s3.secretAccessKey]) {
        if (v.secretKeyRef)
            names.add(v.secretKeyRef.name);
    }
    names.add(values.postgresql.auth.existingSecret).add(values.redis.auth.existingSecret).add(values.clickhouse.auth.existingSecret);
    for (const env of [...l.additionalEnv, ...l[component].pod?.additionalEnv ?? []]) {
        if (env.valueFrom)
            names.add(env.valueFrom.secretKeyRef.name);
    }
    return names;
}
/** The keys of the init Secret, in a stable order. */
function initSecretKeys(init) {
    const keys = ['LANGFUSE_INIT_ORG_ID', 'LANGFUSE_INIT_ORG_NAME', 'LANGFUSE_INIT_USER_EMAIL', 'LANGFUSE_INIT_USER_PASSWORD', 'LANGFUSE_INIT_USER_NAME'];
    if (init.project) {
        keys.push('LANGFUSE_INIT_PROJECT_ID', 'LANGFUSE_INIT_PROJECT_NAME');
        if (init.project.retentionDays !== undefined)
            keys.push('LANGFUSE_INIT_PROJECT_RETENTION');
        if (init.project.keys)
            keys.push('LANGFUSE_INIT_PROJECT_PUBLIC_KEY', 'LANGFUSE_INIT_PROJECT_SECRET_KEY');
    }
    return keys;
}
