import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CLICKHOUSE_COPY_SCRIPT } from '../../lib/clickhouse/clickhouse-copy-script';
import { COPY_WATERMARK_TABLE, LANGFUSE_V3_COPIED_TABLES } from '../../lib/clickhouse/clickhouse-copy';
import { tempDir } from '../support/fixtures';

const SOURCE_PASSWORD = 'Source.Password-0123456789';
const TARGET_PASSWORD = 'Target~Password_0123456789';
const SOURCE = 'langfuse-clickhouse.ai-system.svc.cluster.local:9000';
const EPOCH = '1970-01-01 00:00:00.000';

/** What the stub clickhouse-client answers, and how it fails. */
interface Scenario {
  readonly sourceSchema?: string;
  readonly targetSchema?: string;
  readonly sourceMax?: string;
  /** FINAL counts by table; the target's default to the source's. */
  readonly sourceCounts?: Record<string, number>;
  readonly targetCounts?: Record<string, number>;
  /** How many polls report a running HTTP query on the source before it is quiet. */
  readonly busyPolls?: number;
  /** The table whose INSERT fails (with the passwords in the error text). */
  readonly failInsertOf?: string;
}

/**
 * A stand-in for clickhouse-client on PATH: it reads the statement from stdin like the real client
 * in non-interactive mode, records it with its arguments and the config file it was given, keeps
 * the watermark table in a file, and answers from the scenario.
 */
const STUB = String.raw`
const fs = require('fs');
const dir = process.env.STUB_DIR;
const scenario = JSON.parse(fs.readFileSync(dir + '/scenario.json', 'utf8'));
const args = process.argv.slice(2);
const config = fs.readFileSync(args[args.indexOf('--config-file') + 1], 'utf8');
const sql = fs.readFileSync(0, 'utf8').trim();
fs.appendFileSync(dir + '/calls.jsonl', JSON.stringify({ args, config, sql }) + '\n');
const state = fs.existsSync(dir + '/watermarks.json') ? JSON.parse(fs.readFileSync(dir + '/watermarks.json', 'utf8')) : {};
const table = (re) => (sql.match(re) || [])[1];
const out = (s) => { process.stdout.write(s + '\n'); process.exit(0); };
if (/FROM remote\([^)]*system\.processes/.test(sql)) {
  const polls = Number(fs.existsSync(dir + '/polls') ? fs.readFileSync(dir + '/polls', 'utf8') : '0');
  fs.writeFileSync(dir + '/polls', String(polls + 1));
  out(polls < (scenario.busyPolls || 0) ? '1' : '0');
}
if (/system\.query_log/.test(sql)) out('500');
if (/schema_migrations/.test(sql)) out(/remote\(/.test(sql) ? (scenario.sourceSchema || '37') : (scenario.targetSchema === undefined ? '37' : scenario.targetSchema));
if (/^CREATE TABLE/.test(sql)) out('');
if (/system\.columns/.test(sql)) out('\x60id\x60, \x60event_ts\x60, \x60project_id\x60');
if (/FROM default\.${COPY_WATERMARK_TABLE} FINAL/.test(sql)) out(state[table(/table_name = '(\w+)'/)] || '1970-01-01 00:00:00.000');
if (/^INSERT INTO default\.${COPY_WATERMARK_TABLE}/.test(sql)) {
  const m = sql.match(/VALUES \('(\w+)', toDateTime64\('([^']+)'/);
  state[m[1]] = m[2];
  fs.writeFileSync(dir + '/watermarks.json', JSON.stringify(state));
  out('');
}
if (/^INSERT INTO default\./.test(sql)) {
  const t = table(/^INSERT INTO default\.(\w+)/);
  if (scenario.failInsertOf === t) {
    process.stderr.write('Code: 516. DB::Exception: Received from ' + process.env.STUB_ECHO + ': Authentication failed\n');
    process.exit(76);
  }
  out('');
}
if (/max\(event_ts\)/.test(sql) && /remote\(/.test(sql)) out(scenario.sourceMax || '2026-11-30 12:00:00.000');
if (/max\(event_ts\)/.test(sql)) out(scenario.sourceMax || '2026-11-30 12:00:00.000');
if (/count\(\) FROM remote\(/.test(sql)) {
  const t = table(/'default\.(\w+)'/);
  out(String((scenario.sourceCounts || {})[t] ?? 1000));
}
if (/count\(\) FROM default\./.test(sql)) {
  const t = table(/FROM default\.(\w+)/);
  out(String((scenario.targetCounts || {})[t] ?? (scenario.sourceCounts || {})[t] ?? 1000));
}
if (/dateDiff/.test(sql)) out('5');
process.stderr.write('stub: unexpected statement: ' + sql + '\n');
process.exit(99);
`;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly calls: { args: string[]; config: string; sql: string }[];
}

function runScript(mode: 'online' | 'final', scenario: Scenario = {}, dir = tempDir('copy-script-')): Run & { dir: string } {
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  fs.writeFileSync(path.join(dir, 'stub.js'), STUB);
  fs.writeFileSync(path.join(bin, 'clickhouse-client'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, 'stub.js')}" "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'scenario.json'), JSON.stringify(scenario));
  fs.rmSync(path.join(dir, 'calls.jsonl'), { force: true });
  const result = spawnSync('/bin/sh', ['-c', CLICKHOUSE_COPY_SCRIPT], {
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      PATH: `${bin}:${process.env.PATH}`,
      STUB_DIR: dir,
      STUB_ECHO: `user default password ${SOURCE_PASSWORD} and ${TARGET_PASSWORD}`,
      MODE: mode,
      SOURCE_ADDRESS: SOURCE,
      SOURCE_PASSWORD,
      TARGET_HOST: 'langfuse-analytics-clickhouse-0-0-0.langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local',
      TARGET_PORT: '9000',
      TARGET_PASSWORD,
      TABLES: LANGFUSE_V3_COPIED_TABLES.join(' '),
      WATERMARK_TABLE: COPY_WATERMARK_TABLE,
      LOOKBACK_SECONDS: '3600',
      QUIET_SECONDS: '120',
      POLL_SECONDS: '0',
    },
  });
  const log = path.join(dir, 'calls.jsonl');
  const calls = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l)) : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls, dir };
}

const inserts = (run: Run) => run.calls.map((c) => c.sql).filter((s) => /^INSERT INTO default\.(?!langfuse_cdk8s)/.test(s));
const watermarkWrites = (run: Run) => run.calls.map((c) => c.sql).filter((s) => s.startsWith(`INSERT INTO default.${COPY_WATERMARK_TABLE}`));

describe('the copy script (run with a stub clickhouse-client)', () => {
  test('an online pass copies the five tables of Langfuse 3.224.1 with remote() from the watermark minus the lookback, columns by name', () => {
    const run = runScript('online');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(inserts(run)).toHaveLength(5);
    LANGFUSE_V3_COPIED_TABLES.forEach((table, i) => {
      expect(inserts(run)[i]).toBe(`INSERT INTO default.${table} (\`id\`, \`event_ts\`, \`project_id\`) SELECT \`id\`, \`event_ts\`, \`project_id\` `
        + `FROM remote('${SOURCE}', 'default.${table}', 'default', '${SOURCE_PASSWORD}') `
        + `WHERE event_ts > toDateTime64('${EPOCH}', 3, 'UTC') - INTERVAL 3600 SECOND AND event_ts <= toDateTime64('2026-11-30 12:00:00.000', 3, 'UTC')`);
    });
    expect(run.stdout).toContain('traces: done in');
    expect(run.stdout).toContain('rows before merges: bundled 1000, new 1000; the new cluster trails by 5 seconds');
    expect(run.stdout).toContain('clickhouse copy (online): pass complete');
  });

  test('only statements on the new cluster write: the bundled ClickHouse is read through remote() in SELECTs only', () => {
    const run = runScript('online');
    for (const { sql } of run.calls) {
      if (!/^(INSERT INTO default\.|CREATE TABLE IF NOT EXISTS default\.)/.test(sql)) expect(sql).toMatch(/^SELECT /);
      expect(sql).not.toMatch(/\b(DROP|TRUNCATE|ALTER|DELETE|OPTIMIZE)\b/);
    }
  });

  test('is idempotent and re-runnable: the watermark advances only after a complete INSERT, and the next pass starts there minus the lookback', () => {
    const first = runScript('online', { sourceMax: '2026-11-30 12:00:00.000' });
    expect(watermarkWrites(first)).toHaveLength(5);
    // The watermark written after each table's INSERT, never before it.
    for (const table of LANGFUSE_V3_COPIED_TABLES) {
      const sqls = first.calls.map((c) => c.sql);
      expect(sqls.findIndex((s) => s.startsWith(`INSERT INTO default.${COPY_WATERMARK_TABLE}`) && s.includes(`'${table}'`)))
        .toBeGreaterThan(sqls.findIndex((s) => s.startsWith(`INSERT INTO default.${table} `)));
    }
    const second = runScript('online', { sourceMax: '2026-11-30 12:10:00.000' }, first.dir);
    expect(second.status).toBe(0);
    for (const sql of inserts(second)) {
      expect(sql).toContain("event_ts > toDateTime64('2026-11-30 12:00:00.000', 3, 'UTC') - INTERVAL 3600 SECOND AND event_ts <= toDateTime64('2026-11-30 12:10:00.000', 3, 'UTC')");
    }
  });

  test('an interrupted pass leaves the watermark where it was, and hides both passwords in the error it prints', () => {
    const run = runScript('online', { failInsertOf: 'scores' });
    expect(run.status).toBe(1);
    expect(watermarkWrites(run).map((s) => /'(\w+)'/.exec(s)![1])).toEqual(['traces', 'observations']);
    expect(run.stderr).toContain('Authentication failed');
    expect(run.stderr).toContain('[HIDDEN]');
    expect(run.stderr).not.toContain(SOURCE_PASSWORD);
    expect(run.stderr).not.toContain(TARGET_PASSWORD);
  });

  test('never puts a password on a command line or in the log: the client gets its own from a config file, the source\'s inside SQL on stdin', () => {
    for (const run of [runScript('online'), runScript('final')]) {
      for (const call of run.calls) {
        expect(call.args.join(' ')).not.toContain(SOURCE_PASSWORD);
        expect(call.args.join(' ')).not.toContain(TARGET_PASSWORD);
        expect(call.args).toEqual(['--config-file', expect.stringMatching(/\/client\.xml$/), '--format', 'TabSeparated']);
        expect(call.config).toContain(`<password>${TARGET_PASSWORD}</password>`);
      }
      expect(run.stdout + run.stderr).not.toContain(SOURCE_PASSWORD);
      expect(run.stdout + run.stderr).not.toContain(TARGET_PASSWORD);
    }
  });

  test('refuses to copy onto a new cluster whose schema is not the bundled one\'s', () => {
    const missing = runScript('online', { targetSchema: '' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('the new cluster has no Langfuse schema: the schema Job must complete first');
    const behind = runScript('online', { targetSchema: '36' });
    expect(behind.stderr).toContain('the schemas differ: the bundled ClickHouse is at migration 37, the new cluster at 36');
    expect(inserts(behind)).toEqual([]);
  });

  test('the final pass waits until nothing writes to the bundled ClickHouse, copies, and passes when every FINAL count matches', () => {
    const run = runScript('final', { busyPolls: 2 });
    expect(run.status).toBe(0);
    expect(run.stdout.match(/waiting for the writers to stop: 1 HTTP queries running/g)).toHaveLength(2);
    const sqls = run.calls.map((c) => c.sql);
    expect(sqls.findIndex((s) => s.includes('system.processes') && s.includes('interface = 2'))).toBeLessThan(sqls.findIndex((s) => s.startsWith('INSERT INTO default.traces')));
    for (const table of LANGFUSE_V3_COPIED_TABLES) {
      expect(sqls).toContain(`SELECT count() FROM remote('${SOURCE}', 'default.${table}', 'default', '${SOURCE_PASSWORD}') FINAL`);
      expect(sqls).toContain(`SELECT count() FROM default.${table} FINAL`);
    }
    expect(run.stdout).toContain('every table has the same row count on both clusters: ready for cutover');
  });

  test('the final pass fails when a FINAL row count differs, naming the table', () => {
    const run = runScript('final', { sourceCounts: { observations: 5000 }, targetCounts: { observations: 4999 } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^observations\s+5000\s+4999 {2}MISMATCH$/m);
    expect(run.stdout).toMatch(/^traces\s+1000\s+1000$/m);
    expect(run.stderr).toContain('row counts differ for observations: do not cut over');
    expect(run.stdout).not.toContain('ready for cutover');
    // More rows on the new cluster fail too: rows deleted on the bundled ClickHouse after they were copied.
    expect(runScript('final', { sourceCounts: { traces: 10 }, targetCounts: { traces: 11 } }).status).toBe(1);
  });

  test('an online pass compares no counts and does not wait for quiet', () => {
    const run = runScript('online', { sourceCounts: { traces: 10 }, targetCounts: { traces: 11 } });
    expect(run.status).toBe(0);
    expect(run.calls.some((c) => c.sql.includes('system.processes') || /count\(\) FROM .* FINAL/.test(c.sql))).toBe(false);
  });

  test('refuses a missing setting and passwords with characters that would break the SQL', () => {
    const dir = tempDir('copy-script-');
    const result = spawnSync('/bin/sh', ['-c', CLICKHOUSE_COPY_SCRIPT], { encoding: 'utf8', env: { PATH: process.env.PATH, MODE: 'online' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SOURCE_ADDRESS is not set');
    const quote = spawnSync('/bin/sh', ['-c', CLICKHOUSE_COPY_SCRIPT], {
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH, MODE: 'online', SOURCE_ADDRESS: SOURCE, TARGET_HOST: 'h', TARGET_PORT: '9000', TABLES: 'traces',
        WATERMARK_TABLE: COPY_WATERMARK_TABLE, LOOKBACK_SECONDS: '3600', SOURCE_PASSWORD: "x'); DROP TABLE traces; --", TARGET_PASSWORD,
      },
    });
    expect(quote.status).toBe(1);
    expect(quote.stderr).toContain('the ClickHouse passwords must contain only letters, digits and . _ ~ -');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
