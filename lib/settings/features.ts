import { ExternalObjectStorage } from '../backends/object-storage';
import { DragonflyBackend } from '../backends/redis-backend';
import { LangfuseVersion, LANGFUSE_V4_VERSION } from '../flux/langfuse-v4';
import { ClickHouseBackend, LangfuseChartProps } from '../langfuse-chart-props';

/** One optional feature and whether it is effectively on, with the detail that matters. */
export interface FeatureState {
  readonly name: string;
  readonly on: boolean;
  /** What is used, like "Dragonfly, ACL user langfuse" or "bundled Valkey". */
  readonly detail: string;
}

/**
 * The effective feature set of chart props: every gate is already resolved in the props, so this
 * only reads them (the same answer the constructs act on).
 */
export function effectiveFeatures(props: LangfuseChartProps): FeatureState[] {
  const redis = props.redis;
  const storage = props.objectStorage;
  const clickhouseReplicas = props.clickhouse.replicas ?? 1;
  const v4 = props.langfuseVersion === LangfuseVersion.V4;
  const operator = (props.clickhouse.backend ?? (v4 ? ClickHouseBackend.OPERATOR : ClickHouseBackend.BUNDLED)) === ClickHouseBackend.OPERATOR;
  const keeperReplicas = props.clickhouse.keeperReplicas ?? 1;
  return [
    {
      name: 'langfuse v4',
      on: v4,
      detail: v4 ? `${LANGFUSE_V4_VERSION}, write mode ${props.v4Migration?.writeMode ?? 'events_only'}${props.v4Migration?.historicBackfill ? ', historic backfill' : ''}` : 'v3',
    },
    {
      name: 'clickhouse operator',
      on: operator,
      detail: operator ? `ClickHouseCluster with ${keeperReplicas} Keeper replica${keeperReplicas === 1 ? '' : 's'}` : 'bundled ClickHouse',
    },
    {
      name: 'redis',
      on: true,
      detail: redis instanceof DragonflyBackend
        ? `Dragonfly ${redis.host}${redis.acl ? `, ACL user ${redis.username}, keys ${redis.keyPrefix}*` : ', default user'}`
        : 'bundled Valkey',
    },
    { name: 'object storage', on: true, detail: storage instanceof ExternalObjectStorage ? `external S3 ${storage.endpoint}` : 'bundled MinIO' },
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
export function featureSummary(props: LangfuseChartProps): string[] {
  const redis = props.redis instanceof DragonflyBackend ? (props.redis.acl ? 'dragonfly (acl)' : 'dragonfly') : 'bundled valkey';
  const storage = props.objectStorage instanceof ExternalObjectStorage ? 'external s3' : 'bundled minio';
  const optional = effectiveFeatures(props).filter((f) => f.on && f.name !== 'redis' && f.name !== 'object storage')
    .map((f) => (f.name === 'network policies' ? `network policies (${f.detail})` : f.name));
  return [redis, storage, ...optional];
}
