"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.effectiveFeatures = effectiveFeatures;
exports.featureSummary = featureSummary;
const object_storage_1 = require("../backends/object-storage");
const redis_backend_1 = require("../backends/redis-backend");
const langfuse_v4_1 = require("../flux/langfuse-v4");
const langfuse_chart_props_1 = require("../langfuse-chart-props");
/**
 * The effective feature set of chart props: every gate is already resolved in the props, so this
 * only reads them (the same answer the constructs act on).
 */
function effectiveFeatures(props) {
    const redis = props.redis;
    const storage = props.objectStorage;
    const clickhouseReplicas = props.clickhouse.replicas ?? 1;
    const v4 = props.langfuseVersion === langfuse_v4_1.LangfuseVersion.V4;
    const operator = (props.clickhouse.backend ?? (v4 ? langfuse_chart_props_1.ClickHouseBackend.OPERATOR : langfuse_chart_props_1.ClickHouseBackend.BUNDLED)) === langfuse_chart_props_1.ClickHouseBackend.OPERATOR;
    const keeperReplicas = props.clickhouse.keeperReplicas ?? 1;
    return [
        {
            name: 'langfuse v4',
            on: v4,
            detail: v4 ? `${langfuse_v4_1.LANGFUSE_V4_VERSION}, write mode ${props.v4Migration?.writeMode ?? 'events_only'}${props.v4Migration?.historicBackfill ? ', historic backfill' : ''}` : 'v3',
        },
        {
            name: 'clickhouse operator',
            on: operator,
            detail: operator ? `ClickHouseCluster with ${keeperReplicas} Keeper replica${keeperReplicas === 1 ? '' : 's'}` : 'bundled ClickHouse',
        },
        {
            name: 'redis',
            on: true,
            detail: redis instanceof redis_backend_1.DragonflyBackend
                ? `Dragonfly ${redis.host}${redis.acl ? `, ACL user ${redis.username}, keys ${redis.keyPrefix}*` : ', default user'}`
                : 'bundled Valkey',
        },
        { name: 'object storage', on: true, detail: storage instanceof object_storage_1.ExternalObjectStorage ? `external S3 ${storage.endpoint}` : 'bundled MinIO' },
        {
            name: 'clickhouse cluster',
            on: operator || (props.clickhouse.clusterEnabled ?? false),
            detail: `${clickhouseReplicas} replica${clickhouseReplicas === 1 ? '' : 's'}`,
        },
        { name: 'sso', on: props.sso !== undefined, detail: props.sso ? `Keycloak realm ${props.sso.realm}` : 'password sign-in only' },
        {
            name: 'backups',
            on: props.backup !== undefined,
            detail: props.backup ? `to ${props.backup.endpoint}, ${props.backup.usePlugin ?? true ? 'Barman Cloud plugin' : 'in-tree barman'}` : '',
        },
        {
            name: 'clickhouse backups',
            on: props.clickhouseBackup !== undefined,
            detail: props.clickhouseBackup ? `"${props.clickhouseBackup.schedule ?? '0 4 * * *'}" UTC, keeps ${props.clickhouseBackup.retention ?? 7}` : '',
        },
        {
            name: 'restore',
            on: props.postgresRestore !== undefined || props.clickhouseRestore !== undefined,
            detail: [
                props.postgresRestore ? `postgres from ${props.postgresRestore.source.serverName}${props.postgresRestore.targetTime ? ` at ${props.postgresRestore.targetTime}` : ''}` : '',
                props.clickhouseRestore ? `clickhouse from ${props.clickhouseRestore.from}` : '',
            ].filter((d) => d !== '').join('; '),
        },
        { name: 'monitoring', on: Boolean(props.monitoring), detail: '' },
        {
            name: 'tracing',
            on: props.tracing !== undefined,
            detail: props.tracing ? `${props.tracing.otlpEndpoint}, sampling ${props.tracing.samplingRatio ?? 0.1}` : '',
        },
        { name: 'network policies', on: props.networkPolicies !== undefined, detail: props.networkPolicies ? props.networkPolicies.mode ?? 'audit' : '' },
        { name: 'litellm', on: props.litellm ?? false, detail: '' },
        { name: 'headless init', on: props.headlessInit !== undefined, detail: props.headlessInit ? `org ${props.headlessInit.orgId}` : '' },
        { name: 'email', on: props.smtp !== undefined, detail: props.smtp ? `from ${props.smtp.fromAddress}` : '' },
        { name: 'reloader', on: Boolean(props.reloadOnSecretChange), detail: '' },
        { name: 'scim role sync', on: props.roleSync !== undefined, detail: props.roleSync ? `schedule ${props.roleSync.schedule ?? '*/5 * * * *'}` : '' },
    ];
}
/**
 * A one-line summary of the effective features: the Redis and S3 backends, then every optional
 * feature that is on (with its mode where it has one).
 */
function featureSummary(props) {
    const redis = props.redis instanceof redis_backend_1.DragonflyBackend ? (props.redis.acl ? 'dragonfly (acl)' : 'dragonfly') : 'bundled valkey';
    const storage = props.objectStorage instanceof object_storage_1.ExternalObjectStorage ? 'external s3' : 'bundled minio';
    const optional = effectiveFeatures(props).filter((f) => f.on && f.name !== 'redis' && f.name !== 'object storage')
        .map((f) => (f.name === 'network policies' ? `network policies (${f.detail})` : f.name));
    return [redis, storage, ...optional];
}
