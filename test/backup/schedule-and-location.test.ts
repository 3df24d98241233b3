import {
  clickhouseBackupEngineUrl, clickhouseBackupLocation, clickhouseRestoreFromProblem, parseClickHouseRestoreFrom, parsePostgresRestoreFrom, parseS3Url, postgresRestoreFromProblem,
  sameBackupLocation,
} from '../../lib/backup/backup-location';
import { formatDuration, maxScheduleIntervalSeconds } from '../../lib/backup/schedule-interval';
import { nextServerName } from '../../lib/config/disaster-recovery-rules';

const HOUR = 3600;
const DAY = 24 * HOUR;

describe('the longest interval of a schedule', () => {
  test.each([
    ['0 0 3 * * *', true, DAY],
    ['0 30 1 * * 0', true, 7 * DAY],
    ['0 0 */6 * * *', true, 6 * HOUR],
    ['*/30 * * * * *', true, 60],
    ['0 4 * * *', false, DAY],
    ['0 4 * * 1-5', false, 3 * DAY],
    ['0 4 * * MON,THU', false, 4 * DAY],
    ['0 4 1,15 * *', false, 17 * DAY],
    ['0 0 1 * *', false, 31 * DAY],
    ['@daily', false, DAY],
    ['@weekly', false, 7 * DAY],
    ['@every 90m', false, 90 * 60],
    ['@every 1h30m', true, 90 * 60],
  ])('%s (seconds first: %s) is %i s', (expression, seconds, expected) => {
    expect(maxScheduleIntervalSeconds(expression, { seconds })).toBe(expected);
  });

  test('a day of month and a day of week both restricted fire on either, as robfig/cron does', () => {
    // the 1st or any Monday: at most a week apart (both at once, a Monday the 1st, would be months apart)
    expect(maxScheduleIntervalSeconds('0 4 1 * MON', { seconds: false })).toBe(7 * DAY);
    // a star day field (no step) lets the other decide alone
    expect(maxScheduleIntervalSeconds('0 4 * * MON', { seconds: false })).toBe(7 * DAY);
    // a stepped star is no star: odd days or Mondays
    expect(maxScheduleIntervalSeconds('0 4 */2 * MON', { seconds: false })).toBe(2 * DAY);
  });

  test.each([
    ['0 0 30 2 *', /fires fewer than twice in four years/], ['0 0 29 2 *', /fires fewer than twice in four years/], ['0 4 * *', /must have five fields/],
  ])('fails on %s', (expression, message) => {
    expect(() => maxScheduleIntervalSeconds(expression, { seconds: false })).toThrow(message);
  });

  test('durations read as people write them', () => {
    expect([formatDuration(93600), formatDuration(DAY), formatDuration(90 * 60), formatDuration(61)]).toEqual(['26h', '1d', '90m', '61s']);
  });
});

describe('backup locations', () => {
  test('a bare server name is a folder of the config\'s backup bucket', () => {
    expect(parsePostgresRestoreFrom('langfuse-postgresql', 's3://langfuse-postgres-backups')).toEqual({ destinationPath: 's3://langfuse-postgres-backups', serverName: 'langfuse-postgresql' });
  });

  test('an s3:// location names bucket, prefix and, last, the server name', () => {
    expect(parsePostgresRestoreFrom('s3://old/a/b/langfuse-postgresql', 's3://ignored')).toEqual({ destinationPath: 's3://old/a/b', serverName: 'langfuse-postgresql' });
    expect(parsePostgresRestoreFrom('s3://old/langfuse-postgresql/', 's3://ignored')).toEqual({ destinationPath: 's3://old', serverName: 'langfuse-postgresql' });
  });

  test('locations compare as folders, whatever the trailing slashes', () => {
    expect(sameBackupLocation({ destinationPath: 's3://bkt/', serverName: 'x' }, { destinationPath: 's3://bkt', serverName: 'x' })).toBe(true);
    expect(sameBackupLocation({ destinationPath: 's3://bkt/p', serverName: 'x' }, { destinationPath: 's3://bkt', serverName: 'x' })).toBe(false);
  });

  test.each(['langfuse_postgresql', 's3://', 's3://b', 'S3://b/x', 's3://b/../x', 'file:///x', 's3://b/x y'])('rejects the restore source %j', (value) => {
    expect(postgresRestoreFromProblem(value)).toBeDefined();
  });

  test.each(['latest', '20261201T040000Z', 'before-upgrade.1', 'prod/latest', 'langfuse-prod/20261201T040000Z', 's3://backups/clickhouse/prod/latest', 's3://other-bucket/dr/clickhouse/prod/20261201T040000Z'])(
    'accepts the ClickHouse restore source %j', (value) => {
      expect(clickhouseRestoreFromProblem(value)).toBeUndefined();
    });

  test.each(['', '.hidden', '..', "x'y", 'x y', 'x'.repeat(129), '../latest', 'prod/..', 'prod/.hidden', 'Prod/latest', 'prod/', '/latest', 'a/b/c', 'prod//latest',
    'prod/latest/', 's3://backups/latest', 's3://backups/clickhouse/prod/', 's3://backups/../prod/latest', 's3://backups/clickhouse/prod/..', 's3://backups/x/y\'z',
    'S3://backups/clickhouse/latest', 'http://backups/clickhouse/latest', 'latest/latest', 'latest/20261201T040000Z'])('rejects the ClickHouse restore source %j', (value) => {
    expect(clickhouseRestoreFromProblem(value)).toBeDefined();
    expect(() => parseClickHouseRestoreFrom(value, clickhouseBackupLocation('http://rustfs:9000', 's3://backups', 'langfuse'))).toThrow(/clickhouse restore source must be/);
  });

  test.each([
    ['latest', 'backups', 'clickhouse/langfuse', 'latest'],
    ['20261201T040000Z', 'backups', 'clickhouse/langfuse', '20261201T040000Z'],
    ['prod/latest', 'backups', 'clickhouse/prod', 'latest'],
    ['prod/20261201T040000Z', 'backups', 'clickhouse/prod', '20261201T040000Z'],
    ['s3://other/dr/clickhouse/prod/latest', 'other', 'dr/clickhouse/prod', 'latest'],
  ])('the ClickHouse restore source %j is backup %s of folder s3://%s/%s', (value, bucket, prefix, backup) => {
    const own = clickhouseBackupLocation('http://rustfs:9000', 's3://backups', 'langfuse');
    expect(parseClickHouseRestoreFrom(value, own)).toEqual({ location: { endpointUrl: 'http://rustfs:9000', bucket, prefix }, backup });
  });

  test('another instance\'s folder keeps the prefix of the backup destination and the backend folder', () => {
    const own = clickhouseBackupLocation('http://rustfs:9000', 's3://backups/site-a', 'drill');
    expect(parseClickHouseRestoreFrom('langfuse/latest', own).location.prefix).toBe('site-a/clickhouse/langfuse');
  });

  test('the ClickHouse folder is never the bucket root, and its engine URL is path style', () => {
    const location = clickhouseBackupLocation('http://rustfs:9000/', 's3://backups', 'langfuse');
    expect(location.prefix).toBe('clickhouse/langfuse');
    expect(clickhouseBackupEngineUrl(location)).toBe('http://rustfs:9000/backups/clickhouse/langfuse');
    expect(() => clickhouseBackupLocation('http://rustfs:9000', 's3://backups', '')).toThrow(/instance name that is a DNS label/);
    expect(() => parseS3Url('s3://x')).toThrow(/must be an s3:\/\/ URL/);
  });

  test('the next server name counts up', () => {
    expect([nextServerName('langfuse-postgresql'), nextServerName('langfuse-postgresql-2'), nextServerName('db-9')]).toEqual(['langfuse-postgresql-2', 'langfuse-postgresql-3', 'db-10']);
  });
});
