// npm run bench: measures, on this machine and in one run,
//   (a) loading the dependencies alone (cdk8s + cdk8s-plus-28),
//   (b) a full synth of the example config (what `cdk8s synth` runs),
//   (c) synths of 1, 10 and 100 instances,
//   (d) the peak memory of each,
// and prints the ratios (b)/(a) and (c100)/(c1). `--write` also records the results in docs/benchmarks.md.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { stringify } from 'yaml';
import { PROBE_BASE_CONFIG } from '../../lib/config/affected-resources';
import { FLUX_TEST_RECIPIENT } from '../../lib/sops/published-test-keys';

interface Row {
  readonly label: string;
  readonly ms: number;
  readonly mib: number;
}

const root = path.resolve(__dirname, '..', '..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'langfuse-bench-'));
// The Flux project's public test recipient: encryption runs exactly as for a real recipient (the
// generated configs opt in with sops_allow_test_key; the example is recognised as such).
const RECIPIENT = FLUX_TEST_RECIPIENT;

/** Runs a command RUNS times; returns the median wall time (ms) and the largest peak RSS (MiB). */
function measure(label: string, args: string[], env: NodeJS.ProcessEnv = {}): Row {
  const times: number[] = [];
  let rss = 0;
  for (let i = 0; i < RUNS; i++) {
    const rssFile = path.join(work, 'rss');
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, ['-r', path.join(__dirname, 'report-rss.js'), ...args], {
      cwd: root, env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile }, encoding: 'utf8',
    });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (result.status !== 0) throw new Error(`${label} failed (${result.status}):\n${result.stderr}`);
    times.push(ms);
    rss = Math.max(rss, Number(fs.readFileSync(rssFile, 'utf8')) / 1024);
  }
  times.sort((x, y) => x - y);
  const row = { label, ms: times[Math.floor(times.length / 2)], mib: rss };
  console.log(`${label.padEnd(34)} ${row.ms.toFixed(0).padStart(7)} ms  ${row.mib.toFixed(0).padStart(5)} MiB`);
  return row;
}

/** A config with n instances of a small Langfuse v4 (with its operator ClickHouse), each in its own namespace. */
function instancesConfig(n: number): string {
  const file = path.join(work, `instances-${n}.yaml`);
  fs.writeFileSync(file, stringify({
    ...PROBE_BASE_CONFIG,
    langfuse_version: 4,
    sops_allow_test_key: true,
    instances: Array.from({ length: n }, (_, i) => ({
      langfuse_instance_name: `langfuse-${i}`, langfuse_namespace: `team-${i}`, langfuse_subdomain: `langfuse-${i}`,
    })),
  }));
  return file;
}

const synth = (configPath: string): NodeJS.ProcessEnv => ({ LANGFUSE_CONFIG: configPath, LANGFUSE_OUT: path.join(work, 'out', path.basename(configPath)), SOPS_AGE_RECIPIENTS: RECIPIENT });

// Build the synth bundle once, outside the measurements (the launcher rebuilds only on change).
spawnSync(process.execPath, [path.join(root, 'scripts', 'launch.js'), 'main'], { cwd: root, env: { ...process.env, ...synth(instancesConfig(1)) } });

console.log(`node ${process.version}, ${os.cpus().length} x ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; median of ${RUNS} runs\n`);
const deps = measure('(a) load cdk8s + cdk8s-plus-28', ['-e', "require('cdk8s'); require('cdk8s-plus-28')"]);
const example = measure('(b) synth of the example config', ['scripts/launch.js', 'main'], synth(path.join(root, 'examples', 'langfuse.yaml')));
const scale = [1, 10, 100].map((n) => measure(`(c) synth of ${n} instance${n > 1 ? 's' : ''}`, ['scripts/launch.js', 'main'], synth(instancesConfig(n))));
const ratios = { exampleOverDeps: example.ms / deps.ms, hundredOverOne: scale[2].ms / scale[0].ms };
const targets = [
  { name: '(b)/(a)', value: ratios.exampleOverDeps, max: 3, shown: ratios.exampleOverDeps.toFixed(2) },
  { name: '(c100)/(c1)', value: ratios.hundredOverOne, max: 60, shown: ratios.hundredOverOne.toFixed(2) },
  { name: 'peak memory of 100 instances', value: scale[2].mib, max: 1024, shown: `${scale[2].mib.toFixed(0)} MiB` },
];
console.log('');
for (const t of targets) console.log(`${t.name.padEnd(28)} = ${t.shown.padStart(8)}  (target <= ${t.max})`);
const missed = targets.filter((t) => t.value > t.max);

if (process.argv.includes('--write')) {
  const rows = [deps, example, ...scale].map((r) => `| ${r.label} | ${r.ms.toFixed(0)} | ${r.mib.toFixed(0)} |`);
  const doc = [
    '# Benchmarks',
    '',
    'Measured by `npm run bench -- --write` (scripts/bench/bench.ts): each line is the median wall time of',
    `${RUNS} runs of a fresh process, and the largest peak resident memory among them.`,
    '',
    `Machine: node ${process.version}, ${os.cpus().length} x ${os.cpus()[0].model}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${new Date().toISOString().slice(0, 10)}.`,
    '',
    '| measurement | ms | peak MiB |',
    '|---|---:|---:|',
    ...rows,
    '',
    '| ratio | value | target |',
    '|---|---:|---:|',
    `| (b)/(a): example synth over loading the dependencies | ${ratios.exampleOverDeps.toFixed(2)} | <= 3 |`,
    `| (c100)/(c1): 100 instances over 1 | ${ratios.hundredOverOne.toFixed(2)} | <= 60 |`,
    `| peak memory of 100 instances | ${scale[2].mib.toFixed(0)} MiB | <= 1024 MiB |`,
    '',
    'The synth runs what `cdk8s synth` runs (`node scripts/launch.js main`): a bundle built by esbuild without type',
    'checking, rebuilt only when a source changes (the build is not part of the measurement) and run from the V8 code cache kept next to it. Every run encrypts its',
    'Secrets with age and writes the full Flux tree to a temporary folder. The example and the (c) instances run',
    'Langfuse v4, each with its ClickHouseCluster and KeeperCluster. Timings vary with the load of the machine',
    '(the CPUs are shared): compare ratios from one run, not times across runs. The bench exits 1 and names the',
    'missed targets when one is missed (after writing this file with `--write`).',
    '',
  ].join('\n');
  fs.writeFileSync(path.join(root, 'docs', 'benchmarks.md'), doc);
  console.log('\nwrote docs/benchmarks.md');
}
fs.rmSync(work, { recursive: true, force: true });
if (missed.length > 0) {
  console.error(`\nmissed target${missed.length > 1 ? 's' : ''}: ${missed.map((t) => `${t.name} = ${t.shown} (target <= ${t.max})`).join('; ')}`);
  process.exitCode = 1;
}
