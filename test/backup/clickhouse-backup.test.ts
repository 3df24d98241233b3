import { Testing } from 'cdk8s';
import { clickhouseBackupLocation } from '../../lib/backup/backup-location';
import { ClickHouseBackup } from '../../lib/backup/clickhouse-backup';
import { CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_PRUNE_SCRIPT } from '../../lib/backup/clickhouse-backup-scripts';
import { bundledBackupTarget } from '../../lib/backup/clickhouse-backup-target';
import { langfuseNames } from '../../lib/names';
import { SchemaValidator } from '../../lib/validate';
import { BACKUP, withRaw } from '../observability/configs';
import { configProblems, findObject, hasObject, K8sObject, synthObjects } from '../support/fixtures';

const CH_BACKUP = { ...BACKUP, langfuse_clickhouse_backup_enabled: true };
const OPERATOR = { langfuse_version: 4 };
const cronJob = (objects: readonly K8sObject[]) => findObject(objects, 'CronJob', 'langfuse-clickhouse-backup');
const podSpec = (objects: readonly K8sObject[]) => cronJob(objects).spec.jobTemplate.spec.template.spec;
const env = (container: any) => Object.fromEntries(container.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));

describe.each([
  ['the operator\'s ClickHouse', withRaw(CH_BACKUP, OPERATOR),
    'langfuse-analytics-clickhouse-0-0-0.langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local', 'clickhouse', 'langfuse-analytics-credentials'],
  ['the bundled ClickHouse', withRaw(CH_BACKUP), 'langfuse-clickhouse-shard0-0.langfuse-clickhouse-headless.ai-system.svc.cluster.local',
    'clickhouse-bundled', 'langfuse-clickhouse-credentials'],
])('ClickHouse backups of %s', (_name, raw, host, folder, passwordSecret) => {
  const objects = synthObjects(raw);

  test('run daily at 04:00 UTC, one at a time, and keep the last three Jobs of each outcome', () => {
    expect(cronJob(objects).spec).toMatchObject({
      schedule: '0 4 * * *', timeZone: 'Etc/UTC', concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 3600,
      successfulJobsHistoryLimit: 3, failedJobsHistoryLimit: 3,
    });
  });

  test('first back up (clickhouse-client), then apply the retention (aws-cli), so a failed backup deletes nothing', () => {
    const spec = podSpec(objects);
    expect(spec.initContainers.map((c: any) => [c.name, c.image, c.command])).toEqual([
      ['backup', 'clickhouse/clickhouse-server:26.4.4.38', ['/bin/sh', '-c', CLICKHOUSE_BACKUP_SCRIPT]],
    ]);
    expect(spec.containers.map((c: any) => [c.name, c.image, c.command])).toEqual([
      ['retention', 'amazon/aws-cli:2.22.0', ['/bin/sh', '-c', CLICKHOUSE_PRUNE_SCRIPT]],
    ]);
    expect(env(spec.containers[0]).RETENTION).toBe('7');
  });

  test(`talk to one server, ${host}, on the native port`, () => {
    const backup = env(podSpec(objects).initContainers[0]);
    expect(backup.CLICKHOUSE_HOST).toBe(host);
    expect(backup.CLICKHOUSE_PORT).toBe('9000');
    expect(backup.CLICKHOUSE_USER).toBe('default');
  });

  test(`write into the backup bucket under ${folder}/<instance>, beside the Postgres backups`, () => {
    const spec = podSpec(objects);
    expect(env(spec.initContainers[0]).BACKUP_URL).toBe(`http://rustfs-svc.storage.svc.cluster.local:9000/langfuse-postgres-backups/${folder}/langfuse`);
    expect(env(spec.containers[0])).toMatchObject({
      S3_ENDPOINT: 'http://rustfs-svc.storage.svc.cluster.local:9000', S3_REGION: 'us-east-1',
      BACKUP_BUCKET: 'langfuse-postgres-backups', BACKUP_PREFIX: `${folder}/langfuse`,
      AWS_REQUEST_CHECKSUM_CALCULATION: 'when_required', AWS_RESPONSE_CHECKSUM_VALIDATION: 'when_required',
    });
  });

  test(`take every credential from Secrets by secretKeyRef (the password from ${passwordSecret}, which the tree emits), and carry no secret value anywhere`, () => {
    const spec = podSpec(objects);
    const byName = (c: any) => Object.fromEntries(c.env.filter((e: any) => e.valueFrom).map((e: any) => [e.name, e.valueFrom.secretKeyRef]));
    expect(hasObject(objects, 'Secret', passwordSecret)).toBe(true);
    expect(byName(spec.initContainers[0])).toEqual({
      CLICKHOUSE_PASSWORD: { name: passwordSecret, key: 'password' },
      AWS_ACCESS_KEY_ID: { name: 'langfuse-backup-credentials', key: 'ACCESS_KEY_ID' },
      AWS_SECRET_ACCESS_KEY: { name: 'langfuse-backup-credentials', key: 'SECRET_ACCESS_KEY' },
    });
    expect(byName(spec.containers[0])).toEqual({
      AWS_ACCESS_KEY_ID: { name: 'langfuse-backup-credentials', key: 'ACCESS_KEY_ID' },
      AWS_SECRET_ACCESS_KEY: { name: 'langfuse-backup-credentials', key: 'SECRET_ACCESS_KEY' },
    });
    const text = JSON.stringify(cronJob(objects));
    for (const secret of ['S3SecretKey0123456789', 'langfuse-s3"', 'ClickhousePassword0123456789']) expect(text).not.toContain(secret);
  });

  test('run unprivileged: no token, non-root users, read-only root filesystems, no capabilities', () => {
    const spec = podSpec(objects);
    expect(spec.automountServiceAccountToken).toBe(false);
    expect(spec.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    for (const c of [...spec.initContainers, ...spec.containers]) {
      expect(c.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: { drop: ['ALL'] } });
      expect(c.resources.limits.memory).toBeDefined();
    }
  });

  test('validate against the Kubernetes schema', () => {
    expect(SchemaValidator.load().validateAll([cronJob(objects)])).toEqual([]);
  });
});

describe('ClickHouse backups during a migration from the bundled ClickHouse back up the store Langfuse serves from', () => {
  const stage = (migration: string) => podSpec(synthObjects(withRaw(CH_BACKUP, {
    langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: migration,
  })));
  test.each([
    ['prepare', 'langfuse-clickhouse-shard0-0.langfuse-clickhouse-headless.ai-system.svc.cluster.local', 'clickhouse-bundled/langfuse', 'langfuse-clickhouse-credentials'],
    ['copy', 'langfuse-clickhouse-shard0-0.langfuse-clickhouse-headless.ai-system.svc.cluster.local', 'clickhouse-bundled/langfuse', 'langfuse-clickhouse-credentials'],
    ['freeze', 'langfuse-clickhouse-shard0-0.langfuse-clickhouse-headless.ai-system.svc.cluster.local', 'clickhouse-bundled/langfuse', 'langfuse-clickhouse-credentials'],
    ['cutover', 'langfuse-analytics-clickhouse-0-0-0.langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local', 'clickhouse/langfuse', 'langfuse-analytics-credentials'],
    ['cleanup', 'langfuse-analytics-clickhouse-0-0-0.langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local', 'clickhouse/langfuse', 'langfuse-analytics-credentials'],
  ])('in %s: %s into %s', (migration, host, prefix, passwordSecret) => {
    const [backup] = stage(migration).initContainers;
    expect(env(backup).CLICKHOUSE_HOST).toBe(host);
    expect(env(backup).BACKUP_URL).toBe(`http://rustfs-svc.storage.svc.cluster.local:9000/langfuse-postgres-backups/${prefix}`);
    expect(env(backup).CLICKHOUSE_PASSWORD.secretKeyRef.name).toBe(passwordSecret);
  });
});

describe('the ClickHouse backup keys', () => {
  test('langfuse_clickhouse_backup_enabled off (the default): no CronJob', () => {
    expect(hasObject(synthObjects(withRaw(BACKUP)), 'CronJob', 'langfuse-clickhouse-backup')).toBe(false);
  });

  test('the schedule and retention come from the config', () => {
    const objects = synthObjects(withRaw(CH_BACKUP, { langfuse_clickhouse_backup_schedule: '30 1 * * 0', langfuse_clickhouse_backup_retention: 4 }));
    expect(cronJob(objects).spec.schedule).toBe('30 1 * * 0');
    expect(env(podSpec(objects).containers[0]).RETENTION).toBe('4');
  });

  test.each([
    ['without the Postgres backups', { langfuse_clickhouse_backup_enabled: true },
      'langfuse_clickhouse_backup_enabled: needs langfuse_backup_enabled: true (ClickHouse backups go to the backup bucket with the backup credentials)'],
    ['with a six-field schedule', { ...CH_BACKUP, langfuse_clickhouse_backup_schedule: '0 0 4 * * *' }, 'langfuse_clickhouse_backup_schedule: must have five fields, like "0 3 * * *"'],
    ['with a retention of 0', { ...CH_BACKUP, langfuse_clickhouse_backup_retention: 0 }, 'langfuse_clickhouse_backup_retention: must be a whole number from 1 to 365'],
  ])('fails %s', (_what, extra, message) => {
    expect(configProblems(withRaw(extra))).toEqual([message]);
  });
});

describe('ClickHouseBackup', () => {
  const location = clickhouseBackupLocation('http://minio:9000', 's3://backups/prod', 'team-a');
  const base = { name: 'db-backup', namespace: 'apps', target: bundledBackupTarget(langfuseNames('apps')), location, credentialsSecretName: 'db-backup-keys' };

  test('keeps the bucket prefix of the destination in front of clickhouse/<instance>, and the bundled ClickHouse\'s in a folder of its own', () => {
    expect(location).toEqual({ endpointUrl: 'http://minio:9000', bucket: 'backups', prefix: 'prod/clickhouse/team-a' });
    expect(clickhouseBackupLocation('http://minio:9000', 's3://backups/prod', 'team-a', 'bundled').prefix).toBe('prod/clickhouse-bundled/team-a');
  });

  test('knows the longest interval of its schedule, for the alert', () => {
    expect(new ClickHouseBackup(Testing.chart(), 'B', base).maxIntervalSeconds).toBe(86_400);
    expect(new ClickHouseBackup(Testing.chart(), 'B', { ...base, schedule: '0 4 * * 1-5' }).maxIntervalSeconds).toBe(3 * 86_400);
  });

  test.each([
    ['a retention of 0', { retention: 0 }, /retention must be a whole number of backups, at least 1 \(got 0\)/],
    ['a name longer than a CronJob allows', { name: 'x'.repeat(53) }, /cronjob name must be a DNS label of at most 52 characters/],
    ['a schedule that never fires twice', { schedule: '0 0 30 2 *' }, /fires fewer than twice in four years/],
  ])('fails on %s', (_what, override, message) => {
    expect(() => new ClickHouseBackup(Testing.chart(), 'B', { ...base, ...override })).toThrow(message);
  });
});
