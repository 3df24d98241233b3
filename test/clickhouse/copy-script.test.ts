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

/** One partition's `count()` and key hash, FINAL. */
type Digest = [count: number, hash: number];

/** What the stub clickhouse-client answers, and how it fails. */
interface Scenario {
  readonly sourceSchema?: string;
  readonly targetSchema?: string;
  readonly sourceMax?: string;
  /** The servers' clock, for `now64()`. */
  readonly now?: string;
  /** Per table, the source's digests by partition; default one partition (`202611`, or `all` unpartitioned) of 1000 rows. */
  readonly source?: Record<string, Record<string, Digest>>;
  /** Per table, the new cluster's digests by partition before the final pass repairs; default the source's. */
  readonly target?: Record<string, Record<string, Digest>>;
  /** Tables whose re-copy changes nothing on the new cluster (a writer still at work). */
  readonly stuck?: readonly string[];
  /** Whether the bundled ClickHouse's tables are Replicated* (cluster mode). */
  readonly replicated?: boolean;
  /** How many polls report a running HTTP query on the source before it is quiet. */
  readonly busyPolls?: number;
  /** The table whose INSERT fails (with the passwords in the error text). */
  readonly failInsertOf?: string;
}

/** Partition and sorting key of each copied table at Langfuse 3.224.1 (packages/shared/clickhouse/migrations/clustered). */
const TABLE_KEYS: Record<string, [partition: string, sorting: string]> = {
  traces: ['toYYYYMM(timestamp)', 'project_id, toDate(timestamp), id'],
  observations: ['toYYYYMM(start_time)', 'project_id, type, toDate(start_time), id'],
  scores: ['toYYYYMM(timestamp)', 'project_id, toDate(timestamp), name, id'],
  dataset_run_items_rmt: ['', 'project_id, dataset_id, dataset_run_id, id'],
  blob_storage_file_log: ['', 'project_id, entity_type, entity_id, event_id'],
};

/**
 * A stand-in for clickhouse-client on PATH: it reads the statement from stdin like the real client
 * in non-interactive mode, records it with its arguments and the config file it was given, keeps
 * the watermark table and the new cluster's partitions in files, and answers from the scenario.
 * An INSERT of the watermark window adds nothing (the rows the scenario differs by are outside it),
 * a DROP PARTITION or TRUNCATE empties, an INSERT of a whole partition or table copies the source's.
 */
const STUB = String.raw`
const fs = require('fs');
const dir = process.env.STUB_DIR;
const scenario = JSON.parse(fs.readFileSync(dir + '/scenario.json', 'utf8'));
const keys = JSON.parse(process.env.STUB_KEYS);
const args = process.argv.slice(2);
const config = fs.readFileSync(args[args.indexOf('--config-file') + 1], 'utf8');
const sql = fs.readFileSync(0, 'utf8').trim();
fs.appendFileSync(dir + '/calls.jsonl', JSON.stringify({ args, config, sql }) + '\n');
const load = (name, initial) => fs.existsSync(dir + '/' + name) ? JSON.parse(fs.readFileSync(dir + '/' + name, 'utf8')) : initial;
const state = load('watermarks.json', {});
const source = (t) => (scenario.source || {})[t] || { [keys[t][0] ? '202611' : 'all']: [1000, 4242] };
const target = load('target.json', Object.fromEntries(Object.keys(keys).map((t) => [t, (scenario.target || {})[t] || source(t)])));
const saveTarget = () => fs.writeFileSync(dir + '/target.json', JSON.stringify(target));
const table = (re) => (sql.match(re) || [])[1];
const out = (s) => { process.stdout.write(s + '\n'); process.exit(0); };
const now = scenario.now || '2026-12-01 11:00:00.000';
const least = (a, b) => (a < b ? a : b);
if (/^SYSTEM SYNC REPLICA/.test(sql)) out('');
if (/FROM remote\([^)]*system\.processes/.test(sql)) {
  const polls = Number(fs.existsSync(dir + '/polls') ? fs.readFileSync(dir + '/polls', 'utf8') : '0');
  fs.writeFileSync(dir + '/polls', String(polls + 1));
  out(polls < (scenario.busyPolls || 0) ? '1' : '0');
}
if (/system\.query_log/.test(sql)) out('500');
if (/schema_migrations/.test(sql)) out(/remote\(/.test(sql) ? (scenario.sourceSchema || '37') : (scenario.targetSchema === undefined ? '37' : scenario.targetSchema));
if (/^CREATE TABLE/.test(sql)) out('');
if (/^SELECT engine FROM remote\([^)]*'system\.tables'/.test(sql)) out(scenario.replicated ? 'ReplicatedReplacingMergeTree' : 'ReplacingMergeTree');
if (/^SELECT partition_key FROM system\.tables/.test(sql)) out(keys[table(/name = '(\w+)'/)][0]);
if (/^SELECT sorting_key FROM system\.tables/.test(sql)) out(keys[table(/name = '(\w+)'/)][1]);
if (/system\.columns/.test(sql)) out('\x60id\x60, \x60event_ts\x60, \x60project_id\x60');
if (/FROM default\.${COPY_WATERMARK_TABLE} FINAL/.test(sql)) {
  const stored = state[table(/table_name = '(\w+)'/)] || '1970-01-01 00:00:00.000';
  out(/least\(max\(watermark\), now64\(3, 'UTC'\)\)/.test(sql) ? least(stored, now) : stored);
}
if (/^INSERT INTO default\.${COPY_WATERMARK_TABLE}/.test(sql)) {
  const m = sql.match(/VALUES \('(\w+)', toDateTime64\('([^']+)'/);
  state[m[1]] = m[2];
  fs.writeFileSync(dir + '/watermarks.json', JSON.stringify(state));
  out('');
}
if (/^ALTER TABLE default\.\w+ DROP PARTITION \d+ SETTINGS max_partition_size_to_drop = 0$/.test(sql)) {
  const [, t, p] = sql.match(/^ALTER TABLE default\.(\w+) DROP PARTITION (\d+) /);
  if (!(scenario.stuck || []).includes(t)) delete target[t][p];
  saveTarget();
  out('');
}
if (/^TRUNCATE TABLE default\.\w+ SETTINGS max_table_size_to_drop = 0$/.test(sql)) {
  const t = table(/^TRUNCATE TABLE default\.(\w+) /);
  if (!(scenario.stuck || []).includes(t)) target[t] = {};
  saveTarget();
  out('');
}
if (/^INSERT INTO default\./.test(sql)) {
  const t = table(/^INSERT INTO default\.(\w+)/);
  if (scenario.failInsertOf === t) {
    process.stderr.write('Code: 516. DB::Exception: Received from ' + process.env.STUB_ECHO + ': Authentication failed\n');
    process.exit(76);
  }
  if (!(scenario.stuck || []).includes(t)) {
    const whole = sql.match(/FROM remote\([^)]*\)$/);
    const partition = sql.match(/ WHERE (\S+\(\w+\)) = (\d+)$/);
    if (whole) target[t] = { ...source(t) };
    if (partition && partition[1] === keys[t][0]) {
      if (source(t)[partition[2]]) target[t][partition[2]] = source(t)[partition[2]];
      else delete target[t][partition[2]];
    }
    saveTarget();
  }
  out('');
}
if (/sum\(cityHash64\(/.test(sql)) {
  const remote = /FROM remote\(/.test(sql);
  const t = remote ? table(/'default\.(\w+)'/) : table(/FROM default\.(\w+) FINAL/);
  const digests = remote ? source(t) : target[t];
  const rows = Object.entries(digests).sort(([a], [b]) => a.localeCompare(b)).map(([p, [c, h]]) => p + '\t' + c + '\t' + h);
  out(rows.length ? rows.join('\n') : (keys[t][0] ? '' : 'all\t0\t0'));
}
if (/max\(event_ts\)/.test(sql)) {
  const max = scenario.sourceMax || '2026-11-30 12:00:00.000';
  out(/least\(toDateTime64\(max\(event_ts\), 3, 'UTC'\), now64\(3, 'UTC'\)\)/.test(sql) ? least(max, now) : max);
}
if (/count\(\) FROM remote\(/.test(sql)) out('1000');
if (/count\(\) FROM default\./.test(sql)) out('1000');
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

function runScript(mode: 'online' | 'final', scenario: Scenario = {}, dir = tempDir('copy-script-'), env: Record<string, string> = {}): Run & { dir: string } {
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
      STUB_KEYS: JSON.stringify(TABLE_KEYS),
      ...env,
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
    expect(run.stdout).toContain('rows before merges: bundled 1000, new 1000; the newest copied row was written 5 seconds ago');
    expect(run.stdout).toContain('clickhouse copy (online): pass complete');
  });

  test('only statements on the new cluster write: the bundled ClickHouse is read through remote() in SELECTs, and told only to sync', () => {
    for (const run of [runScript('online'), runScript('final', { replicated: true, target: { traces: { 202611: [1001, 7] } } })]) {
      for (const { config, sql } of run.calls) {
        if (config.includes(`<password>${SOURCE_PASSWORD}</password>`)) {
          expect(sql).toMatch(/^SYSTEM SYNC REPLICA default\.\w+$/);
          continue;
        }
        if (!/^(INSERT INTO default\.|CREATE TABLE IF NOT EXISTS default\.|ALTER TABLE default\.\w+ DROP PARTITION \d+ SETTINGS max_partition_size_to_drop = 0$|TRUNCATE TABLE default\.\w+ SETTINGS max_table_size_to_drop = 0$)/.test(sql)) expect(sql).toMatch(/^SELECT /);
        expect(sql).not.toMatch(/\b(DELETE|OPTIMIZE|DROP TABLE)\b/);
        if (/\b(DROP|TRUNCATE|ALTER)\b/.test(sql)) expect(sql).not.toContain('remote(');
      }
    }
    // The online passes never drop or truncate anything.
    expect(runScript('online', { target: { traces: { 202611: [1001, 7] } } }).calls.some((c) => /\b(DROP|TRUNCATE|ALTER)\b/.test(c.sql))).toBe(false);
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

  test('never moves the watermark past the clock: a row dated in the future (a caller-set createdAt) does not stop later passes', () => {
    const future = runScript('online', { sourceMax: '2027-06-01 00:00:00.000', now: '2026-12-01 11:00:00.000' });
    expect(future.status).toBe(0);
    for (const sql of watermarkWrites(future)) expect(sql).toContain("toDateTime64('2026-12-01 11:00:00.000', 3, 'UTC')");
    for (const sql of inserts(future)) expect(sql).toContain("AND event_ts <= toDateTime64('2026-12-01 11:00:00.000', 3, 'UTC')");
    // The next pass ten minutes later starts at the clock's watermark minus the lookback, not in 2027.
    const next = runScript('online', { sourceMax: '2027-06-01 00:00:00.000', now: '2026-12-01 11:10:00.000' }, future.dir);
    for (const sql of inserts(next)) {
      expect(sql).toContain("event_ts > toDateTime64('2026-12-01 11:00:00.000', 3, 'UTC') - INTERVAL 3600 SECOND AND event_ts <= toDateTime64('2026-12-01 11:10:00.000', 3, 'UTC')");
    }
    // A watermark stored in the future by an earlier version of this script is read as the clock.
    fs.writeFileSync(path.join(next.dir, 'watermarks.json'), JSON.stringify({ traces: '2027-06-01 00:00:00.000' }));
    const healed = runScript('online', { sourceMax: '2026-12-01 11:15:00.000', now: '2026-12-01 11:20:00.000' }, next.dir);
    expect(inserts(healed)[0]).toContain("event_ts > toDateTime64('2026-12-01 11:20:00.000', 3, 'UTC') - INTERVAL 3600 SECOND");
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
    for (const run of [runScript('online'), runScript('final', { replicated: true })]) {
      for (const call of run.calls) {
        expect(call.args.join(' ')).not.toContain(SOURCE_PASSWORD);
        expect(call.args.join(' ')).not.toContain(TARGET_PASSWORD);
        expect(call.args).toEqual(['--config-file', expect.stringMatching(/\/(client|source)\.xml$/), '--format', 'TabSeparated']);
        expect(call.config).toContain(`<password>${call.args[1].endsWith('/source.xml') ? SOURCE_PASSWORD : TARGET_PASSWORD}</password>`);
      }
      expect(run.stdout + run.stderr).not.toContain(SOURCE_PASSWORD);
      // Only the sync goes to the source directly, with the source's password in its own file.
      expect(run.calls.filter((c) => c.args[1].endsWith('/source.xml')).map((c) => c.sql.split(' ').slice(0, 3).join(' '))).toEqual(run.calls.some((c) => c.sql.startsWith('SYSTEM')) ? Array(5).fill('SYSTEM SYNC REPLICA') : []);
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

  test('the final pass waits until nothing writes, copies, and passes a clean run without dropping anything', () => {
    const run = runScript('final', { busyPolls: 2 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.match(/waiting for the writers to stop: 1 HTTP queries running/g)).toHaveLength(2);
    const sqls = run.calls.map((c) => c.sql);
    expect(sqls.findIndex((s) => s.includes('system.processes') && s.includes('interface = 2'))).toBeLessThan(sqls.findIndex((s) => s.startsWith('INSERT INTO default.traces')));
    expect(sqls).toContain(`SELECT toString(toYYYYMM(timestamp)) AS p, count(), sum(cityHash64(project_id, toDate(timestamp), id, event_ts)) FROM remote('${SOURCE}', 'default.traces', 'default', '${SOURCE_PASSWORD}') FINAL GROUP BY p ORDER BY p`);
    expect(sqls).toContain('SELECT toString(toYYYYMM(timestamp)) AS p, count(), sum(cityHash64(project_id, toDate(timestamp), id, event_ts)) FROM default.traces FINAL GROUP BY p ORDER BY p');
    expect(sqls).toContain('SELECT \'all\' AS p, count(), sum(cityHash64(project_id, dataset_id, dataset_run_id, id, event_ts)) FROM default.dataset_run_items_rmt FINAL');
    for (const table of LANGFUSE_V3_COPIED_TABLES) {
      expect(run.stdout).toContain(`${table}: every partition has the same rows on both clusters (count and key hash, FINAL)`);
    }
    expect(sqls.some((s) => /\b(DROP|TRUNCATE)\b/.test(s))).toBe(false);
    expect(run.stdout).toContain('ready for cutover');
  });

  test('the final pass repairs a row deleted on the bundled ClickHouse after it was copied: it drops that partition on the new cluster and copies it again', () => {
    const run = runScript('final', {
      source: { traces: { 202610: [500, 11], 202611: [1000, 4242] } },
      target: { traces: { 202610: [500, 11], 202611: [1001, 9999] } },
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const sqls = run.calls.map((c) => c.sql);
    expect(sqls.filter((s) => /DROP PARTITION|TRUNCATE/.test(s))).toEqual(['ALTER TABLE default.traces DROP PARTITION 202611 SETTINGS max_partition_size_to_drop = 0']);
    const recopy = `INSERT INTO default.traces (\`id\`, \`event_ts\`, \`project_id\`) SETTINGS insert_deduplicate = 0 SELECT \`id\`, \`event_ts\`, \`project_id\` FROM remote('${SOURCE}', 'default.traces', 'default', '${SOURCE_PASSWORD}') WHERE toYYYYMM(timestamp) = 202611`;
    expect(sqls.indexOf(recopy)).toBeGreaterThan(sqls.indexOf('ALTER TABLE default.traces DROP PARTITION 202611 SETTINGS max_partition_size_to_drop = 0'));
    expect(run.stdout).toMatch(/^traces\s+202611\s+1000 4242\s+1001 9999 {2}DIFFERS$/m);
    expect(run.stdout).toMatch(/^traces\s+202610\s+500 11\s+500 11$/m);
    expect(run.stdout).toContain('traces: partition 202611 differs: dropping it on the new cluster and copying it again in full');
    expect(run.stdout).toContain('traces: repaired: every partition has the same rows on both clusters now');
    expect(run.stdout).toContain('ready for cutover');
    // Re-runnable: the next run finds nothing to repair.
    const again = runScript('final', { source: { traces: { 202610: [500, 11], 202611: [1000, 4242] } } }, run.dir);
    expect(again.status).toBe(0);
    expect(again.calls.some((c) => /DROP PARTITION|TRUNCATE/.test(c.sql))).toBe(false);
  });

  test('the final pass drops a partition the bundled ClickHouse no longer has (every row of that month deleted)', () => {
    const run = runScript('final', { source: { scores: { 202611: [10, 1] } }, target: { scores: { 202609: [3, 5], 202611: [10, 1] } } });
    expect(run.status).toBe(0);
    expect(run.calls.map((c) => c.sql).filter((s) => /DROP PARTITION/.test(s))).toEqual(['ALTER TABLE default.scores DROP PARTITION 202609 SETTINGS max_partition_size_to_drop = 0']);
    expect(run.stdout).toMatch(/^scores\s+202609\s+- -\s+3 5 {2}DIFFERS$/m);
    expect(run.stdout).toContain('ready for cutover');
  });

  test('the final pass copies in full an unpartitioned table that misses a row written behind the watermark (dataset_run_items_rmt with a historic createdAt)', () => {
    const run = runScript('final', { source: { dataset_run_items_rmt: { all: [20, 300] } }, target: { dataset_run_items_rmt: { all: [19, 280] } } });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const sqls = run.calls.map((c) => c.sql);
    const truncate = sqls.indexOf('TRUNCATE TABLE default.dataset_run_items_rmt SETTINGS max_table_size_to_drop = 0');
    expect(truncate).toBeGreaterThan(-1);
    expect(sqls[truncate + 1]).toBe(`INSERT INTO default.dataset_run_items_rmt (\`id\`, \`event_ts\`, \`project_id\`) SETTINGS insert_deduplicate = 0 SELECT \`id\`, \`event_ts\`, \`project_id\` FROM remote('${SOURCE}', 'default.dataset_run_items_rmt', 'default', '${SOURCE_PASSWORD}')`);
    expect(sqls.filter((s) => /DROP PARTITION|TRUNCATE/.test(s))).toHaveLength(1);
    expect(run.stdout).toContain('dataset_run_items_rmt: repaired');
  });

  test('the final pass fails, naming table and partition, when a repaired partition still differs (something still writes)', () => {
    const run = runScript('final', { stuck: ['observations'], target: { observations: { 202611: [999, 1] } } });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^observations\s+202611\s+1000 4242\s+999 1 {2}DIFFERS$/m);
    expect(run.stdout).toContain('traces: every partition has the same rows');
    expect(run.stderr).toContain('rows differ after the repair for observations (202611): do not cut over');
    expect(run.stdout).not.toContain('ready for cutover');
  });

  test('with several bundled replicas the final pass pinned to one checks every replica for writes and syncs the pinned one before copying', () => {
    const replicas = [0, 1, 2].map((i) => `langfuse-clickhouse-shard0-${i}.langfuse-clickhouse-headless.ai-system.svc.cluster.local:9000`);
    const env = { SOURCE_ADDRESS: replicas[0], SOURCE_REPLICAS: replicas.join(',') };
    const run = runScript('final', { replicated: true }, undefined, env);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const sqls = run.calls.map((c) => c.sql);
    expect(sqls).toContain(`SELECT count() FROM remote('${replicas.join(',')}', 'system.processes', 'default', '${SOURCE_PASSWORD}') WHERE interface = 2`);
    expect(sqls.find((s) => s.includes('system.query_log'))).toContain(`FROM remote('${replicas.join(',')}', 'system.query_log'`);
    const syncs = run.calls.filter((c) => c.sql.startsWith('SYSTEM SYNC REPLICA'));
    expect(syncs.map((c) => c.sql)).toEqual(LANGFUSE_V3_COPIED_TABLES.map((t) => `SYSTEM SYNC REPLICA default.${t}`));
    for (const sync of syncs) expect(sync.config).toBe(`<config><host>${replicas[0].split(':')[0]}</host><port>9000</port><user>default</user><password>${SOURCE_PASSWORD}</password></config>\n`);
    expect(sqls.lastIndexOf('SYSTEM SYNC REPLICA default.blob_storage_file_log')).toBeLessThan(sqls.findIndex((s) => s.startsWith('INSERT INTO default.traces')));
    // Every other read of the source goes to the pinned replica only.
    for (const sql of sqls.filter((s) => s.includes('remote(') && !/system\.(processes|query_log)/.test(s))) expect(sql).toContain(`remote('${replicas[0]}', `);
    // Unreplicated tables (one bundled server) need no sync.
    expect(runScript('final').calls.some((c) => c.sql.startsWith('SYSTEM SYNC'))).toBe(false);
  });

  test('an online pass compares no counts and does not wait for quiet', () => {
    const run = runScript('online', { target: { traces: { 202611: [11, 1] } } });
    expect(run.status).toBe(0);
    expect(run.calls.some((c) => c.sql.includes('system.processes') || / FINAL/.test(c.sql.replace(`default.${COPY_WATERMARK_TABLE} FINAL`, '')) || c.sql.startsWith('SYSTEM'))).toBe(false);
  });

  test('refuses a missing setting and passwords with characters that would break the SQL', () => {
    const dir = tempDir('copy-script-');
    const result = spawnSync('/bin/sh', ['-c', CLICKHOUSE_COPY_SCRIPT], { encoding: 'utf8', env: { PATH: process.env.PATH, MODE: 'online' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('SOURCE_ADDRESS is not set');
    const settings = {
      PATH: process.env.PATH, MODE: 'online', SOURCE_ADDRESS: SOURCE, TARGET_HOST: 'h', TARGET_PORT: '9000', TABLES: 'traces',
      WATERMARK_TABLE: COPY_WATERMARK_TABLE, LOOKBACK_SECONDS: '3600', SOURCE_PASSWORD, TARGET_PASSWORD,
    };
    const noPort = spawnSync('/bin/sh', ['-c', CLICKHOUSE_COPY_SCRIPT], { encoding: 'utf8', env: { ...settings, SOURCE_ADDRESS: 'langfuse-clickhouse' } });
    expect(noPort.stderr).toContain('SOURCE_ADDRESS must be host:port (got langfuse-clickhouse)');
    const badReplicas = spawnSync('/bin/sh', ['-c', CLICKHOUSE_COPY_SCRIPT], { encoding: 'utf8', env: { ...settings, SOURCE_REPLICAS: `${SOURCE}', 'x` } });
    expect(badReplicas.stderr).toContain('SOURCE_REPLICAS must be host:port,host:port,...');
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
