import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import {
  CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_PRUNE_SCRIPT, CLICKHOUSE_RESOLVE_SCRIPT, CLICKHOUSE_RESTORE_SCRIPT,
} from '../../lib/backup/clickhouse-backup-scripts';
import { describeOrSkip } from '../support/require-shared';
import { runWithStubs, tracedExecs } from './stub-shell';

// Keys with every character an SQL string or a shell could trip over.
const ACCESS_KEY = "AKID'quote\\back";
const SECRET_KEY = "s3cr3t-'\"$(touch /tmp/pwned)`id`\\end";
const CLICKHOUSE_ENV = {
  CLICKHOUSE_HOST: 'langfuse-analytics-clickhouse-0-0-0.langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local',
  CLICKHOUSE_PORT: '9000',
  CLICKHOUSE_USER: 'default',
  CLICKHOUSE_PASSWORD: 'ClickhousePassword0123456789',
  AWS_ACCESS_KEY_ID: ACCESS_KEY,
  AWS_SECRET_ACCESS_KEY: SECRET_KEY,
  BACKUP_URL: 'http://rustfs-svc.storage.svc.cluster.local:9000/langfuse-postgres-backups/clickhouse/langfuse',
};
const AWS_ENV = {
  S3_ENDPOINT: 'http://rustfs-svc.storage.svc.cluster.local:9000',
  S3_REGION: 'us-east-1',
  BACKUP_BUCKET: 'langfuse-postgres-backups',
  BACKUP_PREFIX: 'clickhouse/langfuse',
  AWS_ACCESS_KEY_ID: ACCESS_KEY,
  AWS_SECRET_ACCESS_KEY: SECRET_KEY,
};
const sqlString = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const statements = (run: ReturnType<typeof runWithStubs>) => run.calls.filter((c) => c.tool === 'clickhouse-client' && c.stdin !== '').map((c) => c.stdin);
const argvs = (run: ReturnType<typeof runWithStubs>) => run.calls.map((c) => c.args.join(' ')).join('\n');

describe('the ClickHouse backup script', () => {
  const done = { queries: [['system.backups', 'BACKUP_CREATED\t']] as const };

  test('sends one BACKUP DATABASE default TO S3(...) ASYNC of a folder named by the UTC time, with the keys escaped for SQL, on its standard input', () => {
    // GIVEN a server that reports the backup created
    // WHEN the script runs
    const run = runWithStubs(CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_ENV, done);
    // THEN it succeeds and sent exactly this statement
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(statements(run)).toEqual([
      `BACKUP DATABASE default TO S3('${CLICKHOUSE_ENV.BACKUP_URL}/20261201T040000Z', ${sqlString(ACCESS_KEY)}, ${sqlString(SECRET_KEY)}) `
        + "SETTINGS id = 'langfuse-backup-20261201T040000Z' ASYNC",
    ]);
    expect(fs.readFileSync(path.join(run.workDir, 'backup-name'), 'utf8')).toBe('20261201T040000Z\n');
  });

  test('talks to the one server named by CLICKHOUSE_HOST, and waits on that server\'s system.backups for its id', () => {
    const run = runWithStubs(CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_ENV, done);
    for (const call of run.calls.filter((c) => c.tool === 'clickhouse-client')) {
      expect(call.args.slice(0, 4)).toEqual(['--host', CLICKHOUSE_ENV.CLICKHOUSE_HOST, '--port', '9000']);
    }
    expect(run.calls.map((c) => c.args.join(' '))).toContain(
      `--host ${CLICKHOUSE_ENV.CLICKHOUSE_HOST} --port 9000 --format TabSeparated --query SELECT status, error FROM system.backups WHERE id = 'langfuse-backup-20261201T040000Z'`,
    );
  });

  test('never puts a key or the password on a command line, and never prints one', () => {
    const run = runWithStubs(CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_ENV, done);
    for (const secret of [ACCESS_KEY, SECRET_KEY, CLICKHOUSE_ENV.CLICKHOUSE_PASSWORD]) {
      expect(argvs(run)).not.toContain(secret);
      expect(run.stdout + run.stderr).not.toContain(secret);
    }
  });

  test('fails, and records no backup name, when ClickHouse reports the backup failed', () => {
    const run = runWithStubs(CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_ENV, { queries: [['system.backups', 'BACKUP_FAILED\tCode: 243. NOT_ENOUGH_SPACE']] });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('ended with BACKUP_FAILED: Code: 243. NOT_ENOUGH_SPACE');
    expect(fs.existsSync(path.join(run.workDir, 'backup-name'))).toBe(false);
  });

  test('fails when the statement is refused (a client error), before waiting', () => {
    const run = runWithStubs(CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_ENV, { ...done, statementExit: 1 });
    expect(run.status).not.toBe(0);
    expect(run.calls.some((c) => c.args.includes('--query'))).toBe(false);
  });

  test('gives up when the operation never shows up in system.backups (a restarted server)', () => {
    const run = runWithStubs(CLICKHOUSE_BACKUP_SCRIPT, CLICKHOUSE_ENV, { queries: [['system.backups', '']] });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/is not in system\.backups/);
  });
});

describeOrSkip(spawnSync('strace', ['-V']).status === 0, 'strace not installed', 'the ClickHouse scripts under strace', () => {
  test.each([
    ['backup', CLICKHOUSE_BACKUP_SCRIPT, { queries: [['system.backups', 'BACKUP_CREATED\t']] }],
    ['restore', CLICKHOUSE_RESTORE_SCRIPT, { queries: [['system.databases', 'Replicated'], ['system.tables', '0'], ['system.backups', 'RESTORED\t']] }],
  ] as const)('the %s script execs no program with a key in its arguments', (_name, script, scenario) => {
    const run = runWithStubs(`printf '%s\\n' 20261130T040000Z > "$WORK_DIR/backup-name"\n${script}`,
      { ...CLICKHOUSE_ENV, AWS_ACCESS_KEY_ID: 'AKIDUNIQUEMARKER', AWS_SECRET_ACCESS_KEY: 'SECRETUNIQUEMARKER', EXPECTED_ENGINE: 'Replicated' },
      scenario, { strace: true });
    // THEN it ran to the end (clickhouse-client got the statement), and no execve carried a key
    expect(run.status).toBe(0);
    expect(statements(run)[0]).toContain('SECRETUNIQUEMARKER');
    const trace = tracedExecs(run);
    expect(trace).toMatch(/execve\("[^"]*clickhouse-client"/);
    expect(trace).not.toContain('SECRETUNIQUEMARKER');
    expect(trace).not.toContain('AKIDUNIQUEMARKER');
  });
});

describe('the retention script', () => {
  const env = { ...AWS_ENV, RETENTION: '3' };

  function prune(folders: Record<string, boolean>, retention = '3') {
    // The backup step wrote the name of the backup just taken.
    const run = runWithStubs(`printf '%s\\n' 20261207T040000Z > "$WORK_DIR/backup-name"\n${CLICKHOUSE_PRUNE_SCRIPT}`, { ...env, RETENTION: retention }, { folders });
    return run;
  }

  test('keeps the newest complete backups and deletes every older folder, complete or not', () => {
    const run = prune({
      '20261201T040000Z': true, '20261202T040000Z': false, '20261203T040000Z': true, '20261204T040000Z': true,
      '20261205T040000Z': false, '20261206T040000Z': true, '20261207T040000Z': true,
    });
    expect(run.status).toBe(0);
    // newest first: 07, 06, (05 incomplete, newer than the oldest kept: kept), 04 -> 3 kept; 03, 02, 01 go
    expect(run.deleted.sort()).toEqual([
      's3://langfuse-postgres-backups/clickhouse/langfuse/20261201T040000Z/',
      's3://langfuse-postgres-backups/clickhouse/langfuse/20261202T040000Z/',
      's3://langfuse-postgres-backups/clickhouse/langfuse/20261203T040000Z/',
    ]);
    expect(run.stdout).toContain('kept 3 complete backups');
  });

  test('deletes nothing while there are no more complete backups than the retention', () => {
    const run = prune({ '20261205T040000Z': true, '20261206T040000Z': false, '20261207T040000Z': true });
    expect(run.status).toBe(0);
    expect(run.deleted).toEqual([]);
  });

  test('touches only folders named by a backup time, never other folders or files of the prefix', () => {
    const run = prune({ 'before-upgrade': true, 'manual': true, '20261201T040000Z': true, '20261202T040000Z': true, '20261203T040000Z': true, '20261207T040000Z': true }, '1');
    expect(run.deleted.map((d) => d.split('/').slice(-2)[0]).sort()).toEqual(['20261201T040000Z', '20261202T040000Z', '20261203T040000Z']);
  });

  test('deletes nothing, and fails, when the backup just taken has no .backup file in the bucket', () => {
    const run = prune({ '20261201T040000Z': true, '20261202T040000Z': true, '20261203T040000Z': true, '20261204T040000Z': true, '20261207T040000Z': false }, '1');
    expect(run.status).not.toBe(0);
    expect(run.deleted).toEqual([]);
    expect(run.stderr).toContain('backup 20261207T040000Z has no .backup file');
  });

  test('refuses to run with an empty prefix (which would be the bucket root)', () => {
    const run = runWithStubs(`printf '%s\\n' 20261207T040000Z > "$WORK_DIR/backup-name"\n${CLICKHOUSE_PRUNE_SCRIPT}`, { ...env, BACKUP_PREFIX: '' },
      { folders: { '20261201T040000Z': true, '20261207T040000Z': true } });
    expect(run.status).not.toBe(0);
    expect(run.calls).toEqual([]);
    expect(run.deleted).toEqual([]);
  });

  test('passes the endpoint and region to every aws call, and no key', () => {
    const run = prune({ '20261201T040000Z': true, '20261207T040000Z': true }, '1');
    for (const call of run.calls) expect(call.args.slice(0, 4)).toEqual(['--endpoint-url', AWS_ENV.S3_ENDPOINT, '--region', 'us-east-1']);
    expect(argvs(run)).not.toContain(SECRET_KEY);
    expect(argvs(run)).not.toContain(ACCESS_KEY);
  });
});

describe('the restore: resolving the backup', () => {
  const resolve = (from: string, folders: Record<string, boolean>, extra: { listFails?: boolean } = {}) =>
    runWithStubs(CLICKHOUSE_RESOLVE_SCRIPT, { ...AWS_ENV, RESTORE_FROM: from }, { folders, ...extra });
  const picked = (run: ReturnType<typeof resolve>) => fs.readFileSync(path.join(run.workDir, 'backup-name'), 'utf8').trim();

  test('"latest" is the newest complete backup folder, skipping one still being written', () => {
    const run = resolve('latest', { '20261205T040000Z': true, '20261206T040000Z': true, '20261207T040000Z': false, 'manual': true });
    expect(run.status).toBe(0);
    expect(picked(run)).toBe('20261206T040000Z');
  });

  test('a name is restored only when that backup is complete', () => {
    expect(picked(resolve('before-upgrade', { 'before-upgrade': true }))).toBe('before-upgrade');
    const incomplete = resolve('20261207T040000Z', { '20261207T040000Z': false });
    expect(incomplete.status).not.toBe(0);
    expect(incomplete.stderr).toContain('backup 20261207T040000Z has no .backup file');
  });

  test('"latest" fails with a clear message when there is no backup at all', () => {
    const none = resolve('latest', {}, { listFails: true });
    expect(none.status).not.toBe(0);
    expect(none.stderr).toContain('no backups in s3://langfuse-postgres-backups/clickhouse/langfuse');
    const incomplete = resolve('latest', { '20261207T040000Z': false });
    expect(incomplete.status).not.toBe(0);
    expect(incomplete.stderr).toContain('no complete backup');
  });
});

describe('the restore: RESTORE into the new cluster', () => {
  const restore = (queries: ReadonlyArray<readonly [string, string]>) =>
    runWithStubs(`printf '%s\\n' 20261206T040000Z > "$WORK_DIR/backup-name"\n${CLICKHOUSE_RESTORE_SCRIPT}`, { ...CLICKHOUSE_ENV, EXPECTED_ENGINE: 'Replicated' }, { queries });

  test('restores the database default from the resolved folder, into the existing Replicated database, ASYNC, and waits for RESTORED', () => {
    const run = restore([['system.databases', 'Replicated'], ['system.tables', '0'], ['system.backups', 'RESTORED\t']]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(statements(run)).toEqual([
      `RESTORE DATABASE default FROM S3('${CLICKHOUSE_ENV.BACKUP_URL}/20261206T040000Z', ${sqlString(ACCESS_KEY)}, ${sqlString(SECRET_KEY)}) `
        + "SETTINGS id = 'langfuse-restore-20261206T040000Z-1764561600', allow_different_database_def = 1 ASYNC",
    ]);
    expect(statements(run).join()).not.toMatch(/allow_non_empty_tables|ON CLUSTER/);
  });

  test('fails after the restore when tables of the Replicated database came back not replicated (a backup of the bundled ClickHouse)', () => {
    const run = restore([['system.databases', 'Replicated'], ["engine NOT LIKE 'Replicated%'", '5'], ['system.tables', '0'], ['system.backups', 'RESTORED\t']]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('backup 20261206T040000Z restored 5 tables that are not replicated');
    expect(statements(run)).toHaveLength(1);
  });

  test('refuses to restore over tables, whatever created them, and sends no RESTORE', () => {
    const run = restore([['system.databases', 'Replicated'], ['system.tables', '14'], ['system.backups', 'RESTORED\t']]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('refusing to restore: database default of');
    expect(run.stderr).toContain('already holds 14 tables');
    expect(statements(run)).toEqual([]);
  });

  test('waits until the database default has the expected engine, and gives up after 30 minutes', () => {
    const run = restore([['system.databases', 'Atomic'], ['system.tables', '0']]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('is not Replicated after 30 minutes (engine: Atomic)');
    expect(run.calls.filter((c) => c.args.join(' ').includes('system.databases'))).toHaveLength(180);
    expect(statements(run)).toEqual([]);
  });

  test('fails when ClickHouse reports the restore failed', () => {
    const run = restore([['system.databases', 'Replicated'], ['system.tables', '0'], ['system.backups', 'RESTORE_FAILED\tCode: 598. BACKUP_NOT_FOUND']]);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('ended with RESTORE_FAILED');
  });
});
