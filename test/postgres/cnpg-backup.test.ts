import { Testing } from 'cdk8s';
import { CnpgBackup, CnpgBackupMethod } from '../../lib/postgres/cnpg-backup';
import { SchemaValidator } from '../../lib/validate';
import { BACKUP, IN_TREE_BACKUP, RUSTFS, withRaw } from '../observability/configs';
import { configProblems, findObject, hasObject, K8sObject, synthObjects } from '../support/fixtures';

const dependsOn = (objects: readonly K8sObject[]) =>
  (findObject(objects, 'Kustomization', 'langfuse').spec.dependsOn ?? []).map((d: any) => `${d.namespace}/${d.name}`);
const cluster = (objects: readonly K8sObject[]) => findObject(objects, 'Cluster', 'langfuse-postgresql');

const problems = configProblems;

describe('Postgres backups with the Barman Cloud plugin (the default)', () => {
  const objects = synthObjects(withRaw(BACKUP));

  test('write WAL and base backups to s3://langfuse-postgres-backups on RustFS with the backup credentials', () => {
    // GIVEN backups on with RustFS
    // WHEN the ObjectStore is read
    const store = findObject(objects, 'ObjectStore', 'langfuse-objectstore');
    // THEN it points at the bucket, the RustFS endpoint and the backup Secret's keys, compresses WAL and keeps 7 days
    expect(store.apiVersion).toBe('barmancloud.cnpg.io/v1');
    expect(store.spec.configuration).toEqual({
      destinationPath: 's3://langfuse-postgres-backups',
      endpointURL: 'http://rustfs-svc.storage.svc.cluster.local:9000',
      s3Credentials: {
        accessKeyId: { name: 'langfuse-backup-credentials', key: 'ACCESS_KEY_ID' },
        secretAccessKey: { name: 'langfuse-backup-credentials', key: 'SECRET_ACCESS_KEY' },
      },
      wal: { compression: 'gzip' },
    });
    expect(store.spec.retentionPolicy).toBe('7d');
    expect(findObject(objects, 'Secret', 'langfuse-backup-credentials').stringData).toEqual({ ACCESS_KEY_ID: 'langfuse-s3', SECRET_ACCESS_KEY: 'S3SecretKey0123456789' });
  });

  test('work around RustFS rejecting boto3 checksums in the plugin sidecar', () => {
    const sidecar = findObject(objects, 'ObjectStore', 'langfuse-objectstore').spec.instanceSidecarConfiguration;
    expect(sidecar.env).toEqual([
      { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
      { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
    ]);
  });

  test('make the plugin the cluster\'s WAL archiver', () => {
    expect(cluster(objects).spec.plugins).toEqual([
      { name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'langfuse-objectstore' } },
    ]);
    expect(cluster(objects).spec.backup).toBeUndefined();
  });

  test('take a base backup daily, and the first one right away, so that the archive can be restored', () => {
    const scheduled = findObject(objects, 'ScheduledBackup', 'langfuse-postgresql-daily');
    expect(scheduled.spec).toEqual({
      cluster: { name: 'langfuse-postgresql' },
      schedule: '0 0 3 * * *',
      immediate: true,
      backupOwnerReference: 'self',
      method: 'plugin',
      pluginConfiguration: { name: 'barman-cloud.cloudnative-pg.io' },
    });
  });

  test('wait for the Barman Cloud plugin\'s Flux Kustomization', () => {
    expect(dependsOn(objects)).toContain('cnpg-system/barman-cloud');
  });

  test('take the plugin\'s Kustomization, the schedule and the retention from the config', () => {
    const custom = synthObjects(withRaw(BACKUP, {
      cnpg_barman_plugin_kustomization: 'plugin-barman-cloud', cnpg_barman_plugin_kustomization_namespace: 'flux-system',
      langfuse_backup_schedule: '0 30 1 * * 0', langfuse_backup_retention: '4w',
    }));
    expect(dependsOn(custom)).toContain('flux-system/plugin-barman-cloud');
    expect(dependsOn(custom)).not.toContain('cnpg-system/barman-cloud');
    expect(findObject(custom, 'ScheduledBackup', 'langfuse-postgresql-daily').spec.schedule).toBe('0 30 1 * * 0');
    expect(findObject(custom, 'ObjectStore', 'langfuse-objectstore').spec.retentionPolicy).toBe('4w');
  });
});

describe('Postgres backups with the in-tree barmanObjectStore (cnpg_barman_plugin_enabled: false)', () => {
  const objects = synthObjects(withRaw(IN_TREE_BACKUP));

  test('configure the cluster\'s own barmanObjectStore instead of an ObjectStore', () => {
    expect(hasObject(objects, 'ObjectStore', 'langfuse-objectstore')).toBe(false);
    expect(cluster(objects).spec.plugins).toBeUndefined();
    expect(cluster(objects).spec.backup).toEqual({
      retentionPolicy: '7d',
      barmanObjectStore: {
        destinationPath: 's3://langfuse-postgres-backups',
        endpointURL: 'http://rustfs-svc.storage.svc.cluster.local:9000',
        s3Credentials: {
          accessKeyId: { name: 'langfuse-backup-credentials', key: 'ACCESS_KEY_ID' },
          secretAccessKey: { name: 'langfuse-backup-credentials', key: 'SECRET_ACCESS_KEY' },
        },
        wal: { compression: 'gzip' },
      },
    });
  });

  test('apply the checksum workaround to barman-cloud inside the Postgres container', () => {
    expect(cluster(objects).spec.env).toEqual([
      { name: 'AWS_REQUEST_CHECKSUM_CALCULATION', value: 'when_required' },
      { name: 'AWS_RESPONSE_CHECKSUM_VALIDATION', value: 'when_required' },
    ]);
  });

  test('schedule base backups with method barmanObjectStore and need no plugin Kustomization', () => {
    const scheduled = findObject(objects, 'ScheduledBackup', 'langfuse-postgresql-daily');
    expect(scheduled.spec.method).toBe('barmanObjectStore');
    expect(scheduled.spec.pluginConfiguration).toBeUndefined();
    expect(dependsOn(objects)).not.toContain('cnpg-system/barman-cloud');
  });

  test('need an image that ships barman-cloud: the default standard image is rejected', () => {
    expect(problems(withRaw(BACKUP, { cnpg_barman_plugin_enabled: false }))).toEqual([
      expect.stringMatching(/^cnpg_postgres_image: must be a "system" image .* the standard and minimal images have no barman-cloud/),
    ]);
    expect(problems(withRaw(IN_TREE_BACKUP))).toEqual([]);
  });
});

describe('the backup gate', () => {
  test.each([
    ['the plugin', BACKUP],
    ['the in-tree method', IN_TREE_BACKUP],
    ['the plugin with a custom schedule', { ...BACKUP, langfuse_backup_schedule: '0 0 */6 * * *' }],
  ])('with %s, a ScheduledBackup exists whenever backups are on', (_name, raw) => {
    expect(synthObjects(withRaw(raw)).filter((o) => o.kind === 'ScheduledBackup').map((o) => o.metadata.name)).toEqual(['langfuse-postgresql-daily']);
  });

  test.each([
    ['backups off', RUSTFS],
    ['the plugin flag alone', { ...RUSTFS, cnpg_barman_plugin_enabled: true }],
  ])('with %s, there is no backup object, plugin, cluster backup or plugin dependency', (_name, raw) => {
    const objects = synthObjects(withRaw(raw));
    expect(objects.filter((o) => ['ScheduledBackup', 'ObjectStore'].includes(o.kind))).toEqual([]);
    expect(cluster(objects).spec.plugins).toBeUndefined();
    expect(cluster(objects).spec.backup).toBeUndefined();
    expect(hasObject(objects, 'Secret', 'langfuse-backup-credentials')).toBe(false);
    expect(dependsOn(objects)).not.toContain('cnpg-system/barman-cloud');
  });

  test('without RustFS, backups are a config error rather than a silent no-op', () => {
    expect(problems(withRaw({ langfuse_backup_enabled: true }))).toEqual(['langfuse_backup_enabled: needs rustfs_enabled: true (backups are written to RustFS)']);
  });
});

describe('CnpgBackup', () => {
  const base = { clusterName: 'db', namespace: 'apps', endpointUrl: 'http://minio:9000', credentialsSecretName: 'db-backup' };

  test('names the ObjectStore and the ScheduledBackup after the cluster by default', () => {
    const chart = Testing.chart();
    const backup = new CnpgBackup(chart, 'Backup', base);
    expect(backup.method.kind).toBe('plugin');
    expect(Testing.synth(chart).map((o) => `${o.kind}/${o.metadata.name}`)).toEqual(['ObjectStore/db-objectstore', 'ScheduledBackup/db-daily']);
    expect(backup.clusterPlugins?.[0].parameters).toEqual({ barmanObjectName: 'db-objectstore' });
  });

  test('exposes only the in-tree cluster parts for the in-tree method', () => {
    const backup = new CnpgBackup(Testing.chart(), 'Backup', { ...base, method: CnpgBackupMethod.barmanObjectStore() });
    expect(backup.objectStore).toBeUndefined();
    expect(backup.clusterPlugins).toBeUndefined();
    expect(backup.clusterBackup?.barmanObjectStore?.destinationPath).toBe('s3://langfuse-postgres-backups');
  });

  test.each([
    ['a destination that is not an s3:// URL', { destinationPath: 'langfuse-postgres-backups' }, /backup destinationPath must be an s3:\/\/ bucket URL .*\(got "langfuse-postgres-backups"\)/],
    ['an endpoint without a scheme', { endpointUrl: 'minio:9000' }, /backup endpointUrl must be an http:\/\/ or https:\/\/ URL \(got "minio:9000"\)/],
    ['a retention in hours', { retention: '12h' }, /backup retention must be like "7d", "4w" or "3m" \(got "12h"\)/],
    ['a 5-field cron', { schedule: '0 3 * * *' }, /backup schedule must have six fields, seconds first, like "0 0 3 \* \* \*" \(got "0 3 \* \* \*"\)/],
  ])('fails on %s', (_what, override, message) => {
    expect(() => new CnpgBackup(Testing.chart(), 'Backup', { ...base, ...override })).toThrow(message);
  });
});

describe('backup objects validate against their CRDs', () => {
  test.each([['the plugin', BACKUP], ['the in-tree method', IN_TREE_BACKUP]])('with %s', (_name, raw) => {
    const objects = synthObjects(withRaw(raw)).filter((o) => ['Cluster', 'ObjectStore', 'ScheduledBackup'].includes(o.kind));
    expect(objects.map((o) => o.kind)).toEqual(expect.arrayContaining(['Cluster', 'ScheduledBackup']));
    expect(SchemaValidator.load().validateAll(objects)).toEqual([]);
  });
});
