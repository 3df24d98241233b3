import { Testing } from 'cdk8s';
import { parsePostgresRestoreFrom, postgresBackupUrl } from '../../lib/backup/backup-location';
import { CnpgBackupMethod } from '../../lib/postgres/cnpg-backup';
import { CnpgRecovery, targetTimeProblem } from '../../lib/postgres/cnpg-recovery';
import { SchemaValidator } from '../../lib/validate';
import { BACKUP, IN_TREE_BACKUP, withRaw } from '../observability/configs';
import { configWarnings } from '../../lib/config/config-warnings';
import { toChartProps } from '../../lib/config/to-props';
import { effectiveFeatures } from '../../lib/settings/features';
import { config, configProblems, findObject, hasObject, K8sObject, synthObjects } from '../support/fixtures';

const RESTORE = { langfuse_postgres_restore_from: 'langfuse-postgresql', langfuse_postgres_backup_server_name: 'langfuse-postgresql-2' };
const AT = { langfuse_postgres_restore_target_time: '2026-11-30T21:15:00Z' };
const cluster = (objects: readonly K8sObject[]) => findObject(objects, 'Cluster', 'langfuse-postgresql');
const CREDENTIALS = {
  accessKeyId: { name: 'langfuse-backup-credentials', key: 'ACCESS_KEY_ID' },
  secretAccessKey: { name: 'langfuse-backup-credentials', key: 'SECRET_ACCESS_KEY' },
};

describe.each([
  ['with a target time', AT, { targetTime: '2026-11-30T21:15:00Z' }],
  ['without a target time (all archived WAL)', {}, undefined],
])('Postgres recovery through the Barman Cloud plugin, %s', (_name, extra, recoveryTarget) => {
  const objects = synthObjects(withRaw(BACKUP, RESTORE, extra));

  test('bootstraps the Cluster by recovery from an external cluster on the plugin, not by initdb', () => {
    expect(cluster(objects).spec.bootstrap).toEqual({
      recovery: {
        source: 'recovery-source',
        database: 'langfuse',
        owner: 'langfuse',
        secret: { name: 'langfuse-postgresql-credentials' },
        ...(recoveryTarget ? { recoveryTarget } : {}),
      },
    });
    expect(cluster(objects).spec.externalClusters).toEqual([{
      name: 'recovery-source',
      plugin: { name: 'barman-cloud.cloudnative-pg.io', parameters: { barmanObjectName: 'langfuse-recovery-objectstore', serverName: 'langfuse-postgresql' } },
    }]);
  });

  test('reads the source through an ObjectStore of its own, without a retention policy, so nothing deletes the source through it', () => {
    const source = findObject(objects, 'ObjectStore', 'langfuse-recovery-objectstore');
    expect(source.spec.configuration).toEqual({
      destinationPath: 's3://langfuse-postgres-backups',
      endpointURL: 'http://rustfs-svc.storage.svc.cluster.local:9000',
      s3Credentials: CREDENTIALS,
      wal: { compression: 'gzip', maxParallel: 8 },
    });
    expect(source.spec.retentionPolicy).toBeUndefined();
  });

  test('archives to the new folder: the plugin parameter serverName of the WAL archiver, another ObjectStore than the source\'s', () => {
    const archiver = cluster(objects).spec.plugins[0];
    expect(archiver).toEqual({
      name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true,
      parameters: { barmanObjectName: 'langfuse-objectstore', serverName: 'langfuse-postgresql-2' },
    });
    expect(archiver.parameters.barmanObjectName).not.toBe(cluster(objects).spec.externalClusters[0].plugin.parameters.barmanObjectName);
  });

  test('the new backup path differs from the source', () => {
    const source = cluster(objects).spec.externalClusters[0].plugin.parameters;
    const store = (name: string) => findObject(objects, 'ObjectStore', name).spec.configuration.destinationPath;
    const sourceUrl = `${store(source.barmanObjectName)}/${source.serverName}`;
    const newUrl = `${store(cluster(objects).spec.plugins[0].parameters.barmanObjectName)}/${cluster(objects).spec.plugins[0].parameters.serverName}`;
    expect(sourceUrl).toBe('s3://langfuse-postgres-backups/langfuse-postgresql');
    expect(newUrl).toBe('s3://langfuse-postgres-backups/langfuse-postgresql-2');
  });

  test('validates against the CloudNativePG and Barman Cloud CRDs', () => {
    const dr = objects.filter((o) => ['Cluster', 'ObjectStore', 'ScheduledBackup'].includes(o.kind));
    expect(dr.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      'Cluster/langfuse-postgresql', 'ObjectStore/langfuse-objectstore', 'ObjectStore/langfuse-recovery-objectstore', 'ScheduledBackup/langfuse-postgresql-daily',
    ]);
    expect(SchemaValidator.load().validateAll(dr)).toEqual([]);
  });
});

describe.each([
  ['with a target time', AT, { targetTime: '2026-11-30T21:15:00Z' }],
  ['without a target time', {}, undefined],
])('Postgres recovery through the in-tree barmanObjectStore, %s', (_name, extra, recoveryTarget) => {
  const objects = synthObjects(withRaw(IN_TREE_BACKUP, RESTORE, extra));

  test('recovers from an external cluster with its own barmanObjectStore, naming the folder (in-tree recovery would read the external cluster\'s name)', () => {
    expect(cluster(objects).spec.bootstrap.recovery.recoveryTarget).toEqual(recoveryTarget);
    expect(cluster(objects).spec.externalClusters).toEqual([{
      name: 'recovery-source',
      barmanObjectStore: {
        destinationPath: 's3://langfuse-postgres-backups', endpointURL: 'http://rustfs-svc.storage.svc.cluster.local:9000',
        s3Credentials: CREDENTIALS, serverName: 'langfuse-postgresql', wal: { maxParallel: 8 },
      },
    }]);
    expect(hasObject(objects, 'ObjectStore', 'langfuse-recovery-objectstore')).toBe(false);
  });

  test('archives to the new folder: backup.barmanObjectStore.serverName', () => {
    expect(cluster(objects).spec.backup.barmanObjectStore.serverName).toBe('langfuse-postgresql-2');
    expect(cluster(objects).spec.backup.barmanObjectStore.destinationPath).toBe('s3://langfuse-postgres-backups');
  });

  test('validates against the CloudNativePG CRDs', () => {
    expect(SchemaValidator.load().validateAll(objects.filter((o) => ['Cluster', 'ScheduledBackup'].includes(o.kind)))).toEqual([]);
  });
});

describe('the Postgres restore keys', () => {
  test('without langfuse_postgres_restore_from the Cluster starts empty (initdb), with no external cluster, as before', () => {
    const objects = synthObjects(withRaw(BACKUP));
    expect(Object.keys(cluster(objects).spec.bootstrap)).toEqual(['initdb']);
    expect(cluster(objects).spec.externalClusters).toBeUndefined();
    expect(cluster(objects).spec.plugins[0].parameters).toEqual({ barmanObjectName: 'langfuse-objectstore' });
  });

  test('langfuse_postgres_backup_server_name alone moves new backups to that folder', () => {
    const objects = synthObjects(withRaw(BACKUP, { langfuse_postgres_backup_server_name: 'langfuse-postgresql-3' }));
    expect(cluster(objects).spec.plugins[0].parameters.serverName).toBe('langfuse-postgresql-3');
    expect(Object.keys(cluster(objects).spec.bootstrap)).toEqual(['initdb']);
  });

  test('a full s3:// location restores another bucket and prefix, and names the folder by its last segment', () => {
    const objects = synthObjects(withRaw(BACKUP, { langfuse_postgres_restore_from: 's3://old-backups/cluster-a/langfuse-postgresql' }));
    expect(findObject(objects, 'ObjectStore', 'langfuse-recovery-objectstore').spec.configuration.destinationPath).toBe('s3://old-backups/cluster-a');
    expect(cluster(objects).spec.externalClusters[0].plugin.parameters.serverName).toBe('langfuse-postgresql');
    // another bucket: the default folder of new backups is not the source, so no new server name is needed
    expect(cluster(objects).spec.plugins[0].parameters.serverName).toBeUndefined();
  });

  test('restoring into the folder new backups would go to is an error that names the key and a free folder', () => {
    expect(configProblems(withRaw(BACKUP, { langfuse_postgres_restore_from: 'langfuse-postgresql' }))).toEqual([
      'langfuse_postgres_backup_server_name: must name a new folder when restoring from s3://langfuse-postgres-backups/langfuse-postgresql: '
        + 'the restored cluster\'s backups would go into the folder it restores from (set langfuse_postgres_backup_server_name: langfuse-postgresql-2, and keep it after the restore)',
    ]);
    expect(configProblems(withRaw(BACKUP, { langfuse_postgres_restore_from: 's3://langfuse-postgres-backups/langfuse-postgresql-2', langfuse_postgres_backup_server_name: 'langfuse-postgresql-2' })))
      .toEqual([expect.stringContaining('set langfuse_postgres_backup_server_name: langfuse-postgresql-3')]);
  });

  test.each([
    ['a target time without a source', { ...BACKUP, ...AT }, 'langfuse_postgres_restore_target_time: needs langfuse_postgres_restore_from: it is the point in time to recover those backups to'],
    ['a restore without backups', { ...RESTORE },
      'langfuse_postgres_restore_from: needs langfuse_backup_enabled: true (the backups are read with the backup endpoint and credentials, and the restored cluster archives to the backup bucket)'],
    ['a source that is neither a name nor an s3 location', { ...BACKUP, langfuse_postgres_restore_from: 'https://rustfs/langfuse-postgresql' },
      expect.stringMatching(/^langfuse_postgres_restore_from: must be the server name of the cluster whose backups to restore/)],
    ['an s3 location without a folder', { ...BACKUP, langfuse_postgres_restore_from: 's3://langfuse-postgres-backups' },
      expect.stringMatching(/^langfuse_postgres_restore_from: must be the server name/)],
    ['a server name that is not a DNS label', { ...BACKUP, ...RESTORE, langfuse_postgres_backup_server_name: 'Langfuse_2' }, 'langfuse_postgres_backup_server_name: must be a DNS label, like "langfuse-postgresql-2"'],
  ])('fails with %s', (_what, extra, message) => {
    expect(configProblems(withRaw(extra))).toEqual([message]);
  });

  test.each([
    '2026-11-30 21:15:00', '2026-11-30T21:15:00', '2026-11-30T21:15Z', '2026-02-30T21:15:00Z', '2026-11-30T24:00:00Z', '2026-11-30T21:15:00+25:00',
    'yesterday', '2026-11-30T21:15:00Z; DROP', '',
  ])('rejects the target time %j: only RFC 3339 with seconds and a zone is a point in time for sure', (value) => {
    expect(targetTimeProblem(value)).toMatch(/must be an RFC 3339 time with seconds and a time zone/);
    expect(configProblems(withRaw(BACKUP, RESTORE, { langfuse_postgres_restore_target_time: value }))).toEqual([
      expect.stringMatching(/^langfuse_postgres_restore_target_time: must be an RFC 3339 time/),
    ]);
  });

  test.each(['2026-11-30T21:15:00Z', '2026-11-30T22:15:00+01:00', '2028-02-29T00:00:00.123456Z', '2026-11-30T21:15:00-05:30'])('accepts the target time %j', (value) => {
    expect(targetTimeProblem(value)).toBeUndefined();
  });
});

describe('CnpgRecovery', () => {
  const base = {
    clusterName: 'db', namespace: 'apps', endpointUrl: 'http://minio:9000', credentialsSecretName: 'keys', database: 'app', owner: 'app', secretName: 'app-credentials',
    method: CnpgBackupMethod.plugin(),
  };

  test('refuses to send new backups into the folder it recovers from, by construction of its inputs', () => {
    const source = parsePostgresRestoreFrom('db', 's3://backups');
    expect(() => new CnpgRecovery(Testing.chart(), 'R', { ...base, source, newBackups: { destinationPath: 's3://backups/', serverName: 'db' } }))
      .toThrow(`the recovered cluster's backups would go to the folder it recovers from (${postgresBackupUrl(source)})`);
  });

  test('recovers with a target time, and names the ObjectStore after the cluster by default', () => {
    const chart = Testing.chart();
    const recovery = new CnpgRecovery(chart, 'R', {
      ...base, source: { destinationPath: 's3://backups', serverName: 'db' }, newBackups: { destinationPath: 's3://backups', serverName: 'db-2' }, targetTime: '2026-11-30T21:15:00Z',
    });
    expect(recovery.bootstrap.recoveryTarget).toEqual({ targetTime: '2026-11-30T21:15:00Z' });
    expect(Testing.synth(chart).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ObjectStore/db-recovery-objectstore']);
  });

  test('fails on a target time that is not RFC 3339', () => {
    expect(() => new CnpgRecovery(Testing.chart(), 'R', {
      ...base, source: { destinationPath: 's3://backups', serverName: 'db' }, newBackups: { destinationPath: 's3://backups', serverName: 'db-2' }, targetTime: 'now',
    })).toThrow(/recovery target time must be an RFC 3339 time .* \(got "now"\)/);
  });
});

describe('synth says what a restore key does on a running install', () => {
  test('one warning per instance with a restore key: bootstrap is read only by a new Cluster, and when to remove the key', () => {
    const warnings = configWarnings([config(withRaw(BACKUP, RESTORE, { langfuse_version: 4 }))]);
    expect(warnings).toEqual([expect.stringMatching(/^langfuse: langfuse_postgres_restore_from restore only into a new cluster: CloudNativePG reads bootstrap only when it creates the Cluster/)]);
    expect(configWarnings([config(withRaw(BACKUP, { langfuse_version: 4 }))])).toEqual([]);
  });

  test.each([
    ['the operator backend', { langfuse_version: 4 }, /set langfuse_clickhouse_restore_from \(latest\) in the same commit: Flux then restores ClickHouse before Langfuse starts/],
    ['the bundled backend', { langfuse_version: 3 }, /set langfuse_clickhouse_restore_from \(latest\) in the same commit: Langfuse then stays at 0 replicas until the restore Job is done/],
    ['the bundled backend in cluster mode', { langfuse_version: 3, langfuse_clickhouse_cluster_enabled: true, langfuse_clickhouse_replicas: 3 }, /restore the bundled ClickHouse by hand before Langfuse takes traffic/],
  ])('with %s, Postgres restored while ClickHouse backups are on but no ClickHouse restore: a warning that Langfuse would migrate the empty ClickHouse', (_name, version, how) => {
    const warnings = configWarnings([config(withRaw(BACKUP, RESTORE, version, { langfuse_clickhouse_backup_enabled: true }))]);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/^langfuse: langfuse_postgres_restore_from without langfuse_clickhouse_restore_from, while langfuse_clickhouse_backup_enabled is on: Langfuse starts on the recovered Postgres and runs its migrations on a new, empty ClickHouse/);
    expect(warnings[1]).toMatch(how);
    // no ClickHouse backups (nothing to restore), or both restores: no such warning
    expect(configWarnings([config(withRaw(BACKUP, RESTORE, version))])).toHaveLength(1);
    expect(configWarnings([config(withRaw(BACKUP, RESTORE, { langfuse_version: 4, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest' }))])).toHaveLength(1);
    expect(configWarnings([config(withRaw(BACKUP, RESTORE, { langfuse_version: 3, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest' }))])).toHaveLength(1);
  });

  test('a restore of the bundled ClickHouse says that it holds Langfuse at 0 replicas until the key goes', () => {
    const warnings = configWarnings([config(withRaw(BACKUP, RESTORE, { langfuse_version: 3, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest' }))]);
    expect(warnings).toEqual([expect.stringMatching(/ With the bundled ClickHouse, langfuse_clickhouse_restore_from also holds web and worker at 0 replicas until it is removed/)]);
    expect(configWarnings([config(withRaw(BACKUP, RESTORE, { langfuse_version: 4, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest' }))]).join('\n'))
      .not.toContain('0 replicas');
  });

  test('ClickHouse restored without Postgres: a warning that the traces belong to projects of the lost Postgres', () => {
    const warnings = configWarnings([config(withRaw(BACKUP, { langfuse_version: 4, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest' }))]);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/^langfuse: langfuse_clickhouse_restore_from without langfuse_postgres_restore_from: the restored traces belong to the projects of the lost Postgres/);
  });

  test('the feature list names the restore and the ClickHouse backups', () => {
    const props = toChartProps(config(withRaw(BACKUP, RESTORE, AT, { langfuse_version: 4, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest' })))!;
    const features = Object.fromEntries(effectiveFeatures(props).map((f) => [f.name, [f.on, f.detail]]));
    expect(features.restore).toEqual([true, 'postgres from langfuse-postgresql at 2026-11-30T21:15:00Z; clickhouse from latest']);
    expect(features['clickhouse backups']).toEqual([true, '"0 4 * * *" UTC, keeps 7']);
  });
});
