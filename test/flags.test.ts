import { minimalRaw, objectDiff, synthObjects } from './support/fixtures';

const RUSTFS = { rustfs_enabled: true, langfuse_s3_access_key: 'langfuse-s3', langfuse_s3_secret_key: 'S3SecretKey0123456789' };
const SSO = { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };
const INIT = {
  langfuse_init_org_id: 'org', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123',
  langfuse_init_project_id: 'proj', langfuse_init_project_public_key: 'pk-lf-0123456789', langfuse_init_project_secret_key: 'sk-lf-0123456789',
};
const BACKUP = { ...RUSTFS, langfuse_backup_enabled: true };
const BACKUP_OBJECTS = ['ObjectStore/langfuse-objectstore', 'ScheduledBackup/langfuse-postgresql-daily', 'Secret/langfuse-backup-credentials'];
const POSTGRES_RESTORE = { langfuse_postgres_restore_from: 'langfuse-postgresql', langfuse_postgres_backup_server_name: 'langfuse-postgresql-2' };
const cnp = (...names: string[]) => names.map((n) => `CiliumNetworkPolicy/langfuse-${n}`);
const np = (...names: string[]) => names.map((n) => `NetworkPolicy/langfuse-${n}`);
/** The operator's ClickHouse as its own Flux app: both clusters and the Secret they read. */
const OPERATOR_APP = [
  'ClickHouseCluster/langfuse-analytics', 'KeeperCluster/langfuse-analytics', 'Kustomization/langfuse-analytics', 'Secret/langfuse-analytics-credentials',
];
const migration = (stage: string) => ({ langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: stage });
const POLICY_TARGETS = ['clickhouse', 'postgres', 'redis', 's3', 'web', 'worker'];

// Every enable flag, on, against the minimal config where all of them are off: exactly these objects
// appear or disappear (flags that only change values, like tracing, add none; their values are
// asserted in the feature tests).
const CASES: Array<[string, Record<string, unknown>, { added: string[]; removed: string[] }]> = [
  ['langfuse_enabled false', { langfuse_enabled: false }, { added: [], removed: [...new Set(synthObjects(minimalRaw()).map((o) => `${o.kind}/${o.metadata.name}`))].sort() }],
  ['network_policies_enabled (cilium, audit)', { network_policies_enabled: true }, { added: cnp(...POLICY_TARGETS), removed: [] }],
  ['network_policies_enabled (cilium, enforce)', { network_policies_enabled: true, network_policies_mode: 'enforce' }, { added: cnp(...POLICY_TARGETS), removed: [] }],
  ['network_policies_enabled (kubernetes, audit): nothing, since any NetworkPolicy denies', { network_policies_enabled: true, network_policies_engine: 'kubernetes' }, { added: [], removed: [] }],
  ['network_policies_enabled (kubernetes, enforce)', { network_policies_enabled: true, network_policies_engine: 'kubernetes', network_policies_mode: 'enforce' }, { added: np(...POLICY_TARGETS), removed: [] }],
  ['monitoring_enabled and langfuse_monitoring_enabled', { monitoring_enabled: true, langfuse_monitoring_enabled: true }, {
    added: [
      'ConfigMap/langfuse-dashboard', 'ConfigMap/langfuse-statsd-mapping', 'PodMonitor/langfuse', 'PodMonitor/langfuse-postgresql', 'PrometheusRule/langfuse-data-loss',
      'ServiceMonitor/langfuse-clickhouse',
    ],
    removed: [],
  }],
  ['monitoring_enabled alone', { monitoring_enabled: true }, { added: [], removed: [] }],
  ['langfuse_monitoring_enabled alone', { langfuse_monitoring_enabled: true }, { added: [], removed: [] }],
  ['tracing_enabled and langfuse_tracing_enabled', { tracing_enabled: true, langfuse_tracing_enabled: true }, { added: [], removed: [] }],
  ['langfuse_backup_enabled (plugin)', { ...RUSTFS, langfuse_backup_enabled: true }, {
    added: ['ObjectStore/langfuse-objectstore', 'ScheduledBackup/langfuse-postgresql-daily', 'Secret/langfuse-backup-credentials'], removed: [],
  }],
  ['langfuse_backup_enabled (in-tree)', {
    ...RUSTFS, langfuse_backup_enabled: true, cnpg_barman_plugin_enabled: false, cnpg_postgres_image: 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie',
  }, { added: ['ScheduledBackup/langfuse-postgresql-daily', 'Secret/langfuse-backup-credentials'], removed: [] }],
  ['rustfs_enabled', RUSTFS, { added: [], removed: [] }],
  ['keycloak_enabled and langfuse_sso_enabled', SSO, {
    added: ['ConfigMap/langfuse-keycloak-client', 'Kustomization/langfuse-keycloak-client', 'Secret/langfuse-keycloak-client', 'Secret/langfuse-keycloak-credentials'], removed: [],
  }],
  ['dragonfly_enabled and dragonfly_acl_enabled', { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' }, {
    added: ['Kustomization/dragonfly-acl', 'Secret/dragonfly-acl'], removed: [],
  }],
  ['dragonfly_enabled without ACL', { dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123456789' }, { added: [], removed: [] }],
  ['headless initialization', INIT, { added: ['Secret/langfuse-init-credentials'], removed: [] }],
  ['litellm_enabled (with the LLM connection)', { ...INIT, litellm_enabled: true, litellm_api_key: 'sk-litellm-0123456789' }, {
    added: [
      'ConfigMap/litellm-langfuse', 'Job/langfuse-llm-connection', 'Kustomization/langfuse-llm-connection', 'Kustomization/litellm-langfuse',
      'Secret/langfuse-init-credentials', 'Secret/langfuse-llm-connection', 'Secret/litellm-langfuse',
    ],
    removed: [],
  }],
  ['litellm_enabled without the LLM connection', { ...INIT, litellm_enabled: true, litellm_llm_connection_enabled: false }, {
    added: ['ConfigMap/litellm-langfuse', 'Kustomization/litellm-langfuse', 'Secret/langfuse-init-credentials', 'Secret/litellm-langfuse'], removed: [],
  }],
  ['langfuse_httproute_enabled false', { langfuse_httproute_enabled: false }, { added: [], removed: ['HTTPRoute/langfuse'] }],
  ['the route in another namespace', { langfuse_httproute_namespace: 'network' }, { added: ['Kustomization/langfuse-route', 'ReferenceGrant/langfuse-network-access'], removed: [] }],
  ['langfuse_smtp_url', { langfuse_smtp_url: 'smtp://mail.example.com:587', langfuse_email_from: 'langfuse@example.com' }, { added: ['Secret/langfuse-smtp-credentials'], removed: [] }],
  ['reloader_enabled', { reloader_enabled: true }, { added: [], removed: [] }],
  ['langfuse_version 4 (the operator backend by default)', { langfuse_version: 4 }, {
    added: OPERATOR_APP, removed: ['Secret/langfuse-clickhouse-credentials'],
  }],
  ['langfuse_version 3', { langfuse_version: 3 }, { added: [], removed: [] }],
  ['langfuse_clickhouse_backend operator', { langfuse_clickhouse_backend: 'operator' }, {
    added: OPERATOR_APP, removed: ['Secret/langfuse-clickhouse-credentials'],
  }],
  ['langfuse_clickhouse_migration prepare: the operator\'s app beside the bundled ClickHouse, and the schema Job', migration('prepare'), {
    added: [...OPERATOR_APP, 'Job/langfuse-clickhouse-schema', 'Kustomization/langfuse-clickhouse-migration'].sort(), removed: [],
  }],
  ['langfuse_clickhouse_migration copy: the copy CronJob', migration('copy'), {
    added: [...OPERATOR_APP, 'CronJob/langfuse-clickhouse-copy', 'Job/langfuse-clickhouse-schema', 'Kustomization/langfuse-clickhouse-migration'].sort(), removed: [],
  }],
  ['langfuse_clickhouse_migration freeze: the final copy Job instead', migration('freeze'), {
    added: [...OPERATOR_APP, 'Job/langfuse-clickhouse-final-copy', 'Job/langfuse-clickhouse-schema', 'Kustomization/langfuse-clickhouse-migration'].sort(), removed: [],
  }],
  ['langfuse_clickhouse_migration cutover: the bundled ClickHouse\'s Secret goes, the finished Jobs stay', migration('cutover'), {
    added: [...OPERATOR_APP, 'Job/langfuse-clickhouse-final-copy', 'Job/langfuse-clickhouse-schema', 'Kustomization/langfuse-clickhouse-migration'].sort(),
    removed: ['Secret/langfuse-clickhouse-credentials'],
  }],
  ['langfuse_clickhouse_migration cleanup: a plain operator install', migration('cleanup'), {
    added: OPERATOR_APP, removed: ['Secret/langfuse-clickhouse-credentials'],
  }],
  ['langfuse_version 4 with monitoring: the operator\'s monitors replace the bundled one', {
    langfuse_version: 4, monitoring_enabled: true, langfuse_monitoring_enabled: true,
  }, {
    added: [
      'ClickHouseCluster/langfuse-analytics', 'ConfigMap/langfuse-dashboard', 'ConfigMap/langfuse-statsd-mapping', 'KeeperCluster/langfuse-analytics',
      'Kustomization/langfuse-analytics', 'PodMonitor/langfuse', 'PodMonitor/langfuse-analytics-clickhouse', 'PodMonitor/langfuse-analytics-keeper',
      'PodMonitor/langfuse-postgresql', 'PrometheusRule/langfuse-data-loss', 'Secret/langfuse-analytics-credentials',
    ],
    removed: ['Secret/langfuse-clickhouse-credentials'],
  }],
  ['clickhouse_operator_install', { langfuse_version: 4, clickhouse_operator_install: true }, {
    added: [
      'ClickHouseCluster/langfuse-analytics', 'HelmRelease/clickhouse-operator', 'KeeperCluster/langfuse-analytics', 'Kustomization/clickhouse-operator',
      'Kustomization/langfuse-analytics', 'Namespace/clickhouse-operator', 'OCIRepository/clickhouse-operator', 'Secret/langfuse-analytics-credentials',
    ],
    removed: ['Secret/langfuse-clickhouse-credentials'],
  }],
  ['langfuse_clickhouse_backup_enabled (with the Postgres backups it needs)', { ...BACKUP, langfuse_clickhouse_backup_enabled: true }, {
    added: ['CronJob/langfuse-clickhouse-backup', ...BACKUP_OBJECTS], removed: [],
  }],
  ['langfuse_postgres_restore_from (plugin)', { ...BACKUP, ...POSTGRES_RESTORE }, {
    added: [...BACKUP_OBJECTS, 'ObjectStore/langfuse-recovery-objectstore'].sort(), removed: [],
  }],
  ['langfuse_postgres_restore_from (in-tree): the source is an external cluster of the Cluster, no object', {
    ...BACKUP, ...POSTGRES_RESTORE, cnpg_barman_plugin_enabled: false, cnpg_postgres_image: 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie',
  }, { added: ['ScheduledBackup/langfuse-postgresql-daily', 'Secret/langfuse-backup-credentials'], removed: [] }],
  ['langfuse_clickhouse_restore_from (operator): the restore app with the Job and its keys, after the analytics app', {
    ...BACKUP, langfuse_version: 4, langfuse_clickhouse_restore_from: 'latest',
  }, {
    added: [
      ...BACKUP_OBJECTS, ...OPERATOR_APP, 'Job/langfuse-clickhouse-restore', 'Kustomization/langfuse-clickhouse-restore', 'Secret/langfuse-clickhouse-restore-credentials',
    ].sort(),
    removed: ['Secret/langfuse-clickhouse-credentials'],
  }],
  ['langfuse_clickhouse_restore_from (bundled): the restore app with the Job and its keys, after the Langfuse app', {
    ...BACKUP, langfuse_clickhouse_restore_from: 'latest',
  }, {
    added: [...BACKUP_OBJECTS, 'Job/langfuse-clickhouse-restore', 'Kustomization/langfuse-clickhouse-restore', 'Secret/langfuse-clickhouse-restore-credentials'].sort(),
    removed: [],
  }],
  ['cert_manager_install', { cert_manager_install: true }, {
    added: ['HelmRelease/cert-manager', 'Kustomization/cert-manager', 'Namespace/cert-manager', 'OCIRepository/cert-manager'], removed: [],
  }],
];

describe('each enable flag changes exactly the objects it should', () => {
  test.each(CASES)('%s', (_name, extra, expected) => {
    expect(objectDiff(extra)).toEqual(expected);
  });
});
