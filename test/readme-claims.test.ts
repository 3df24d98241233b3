import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdk8s';
import { parseAllDocuments } from 'yaml';
import { runCli } from '../bin/cli-main';
import { COMMANDS } from '../bin/commands/registry';
import { MAX_INSTANCE_NAME_LENGTH } from '../lib/config/reserved-names';
import { configKeys } from '../lib/config/schema';
import { toChartProps } from '../lib/config/to-props';
import { effectiveFeatures } from '../lib/settings/features';
import { buildApp } from '../lib/synth';
import { capture } from './cli/support';
import { config, exampleRaw, minimalRaw, REPO_ROOT } from './support/fixtures';

const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
/** Every inline code span (they may wrap lines) and every fenced block's body. */
const codeSpans = [...readme.replace(/```[\s\S]*?```/g, '').matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\s+/g, ' '));
const fencedBlocks = [...readme.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]);

/** What the command line accepts: each command's --help text (the top-level one for "help"). */
async function usageOf(command: string): Promise<string> {
  const { out } = await capture(() => runCli(command === 'help' ? ['--help'] : [command, '--help']));
  return out;
}
const KNOWN_COMMANDS = ['help', ...COMMANDS.map((c) => c.name)];
/** `<tool> <command or global option> <rest of the line>`. */
const INVOCATION = /(?:npm run cli --|npx langfuse-cdk8s|langfuse-cdk8s)[ \t]+(--[a-z][a-z-]*|[a-z][a-z-]*)([^\n`|]*)/g;

/** The subcommands a command's usage lists (`usage: langfuse-cdk8s upgrade plan ...`, `langfuse-cdk8s upgrade next ...`; `secrets generate`). */
function subcommandsIn(command: string, usage: string): string[] {
  return [...usage.matchAll(new RegExp(`^(?:usage:)?\\s*langfuse-cdk8s ${command} ([a-z][a-z-]*)\\b`, 'gm'))].map((m) => m[1]);
}

describe('the README\'s commands, flags and keys are real', () => {
  const invocations = [...codeSpans, ...fencedBlocks].flatMap((text) => [...text.matchAll(INVOCATION)].map((m) => ({ command: m[1], rest: m[2], text })));

  test('it shows commands (a check that finds none proves nothing)', () => {
    expect(invocations.length).toBeGreaterThan(4);
  });

  test('every "npm run cli -- <command>" and "langfuse-cdk8s <command>" names a command, with flags that command takes', async () => {
    const top = await usageOf('help');
    const problems: string[] = [];
    for (const { command, rest, text } of invocations) {
      if (command.startsWith('--')) {
        // a global option (--version, --debug) is in the top-level help
        if (!top.includes(command)) problems.push(`"${text}": no global option ${command}`);
        continue;
      }
      if (!KNOWN_COMMANDS.includes(command)) {
        problems.push(`"${text}": no command "${command}"`);
        continue;
      }
      const own = await usageOf(command);
      const usage = `${own}\n${top}`;
      const word = /^\s+([a-z][a-z-]*)/.exec(rest)?.[1];
      if (command === 'help' && word !== undefined && !KNOWN_COMMANDS.includes(word)) problems.push(`"${text}": help has no topic "${word}"`);
      const subcommands = subcommandsIn(command, own);
      if (subcommands.length > 0 && (word === undefined || !subcommands.includes(word))) problems.push(`"${text}": ${command} takes ${subcommands.join(' or ')}`);
      for (const flag of rest.match(/--[a-z][a-z-]*/g) ?? []) if (!usage.includes(flag)) problems.push(`"${text}": ${command} has no ${flag}`);
    }
    expect(problems).toEqual([]);
  });

  test('it names the newer commands and options, so the checks above cover them', () => {
    const named = invocations.map((i) => `${i.command}${/^\s+([a-z][a-z-]*)/.exec(i.rest)?.[0] ?? ''}`.replace(/\s+/g, ' '));
    expect(named).toEqual(expect.arrayContaining(['upgrade plan', 'upgrade next']));
    const flags = invocations.flatMap((i) => [i.command, ...(i.rest.match(/--[a-z][a-z-]*/g) ?? [])]);
    expect(flags).toEqual(expect.arrayContaining(['--version', '--allow-delete', '--strict', '--json']));
    expect(invocations.some((i) => i.command === 'help' && /^\s+[a-z]/.test(i.rest))).toBe(true);
  });

  test('"help <command>" prints that command\'s --help, and --version the package\'s version', async () => {
    for (const command of COMMANDS) expect((await capture(() => runCli(['help', command.name]))).out).toBe((await capture(() => runCli([command.name, '--help']))).out);
    const version = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
    expect((await capture(() => runCli(['--version']))).out.trim()).toBe(`langfuse-cdk8s ${version}`);
  });

  test('the commands it says take --json do', async () => {
    const claim = /`([a-z]+)`, `([a-z]+)`, `([a-z]+)` and `([a-z]+)` take `--json`/.exec(readme);
    expect(claim).not.toBeNull();
    for (const command of claim!.slice(1)) expect(`${command}: ${(await usageOf(command)).includes('--json')}`).toBe(`${command}: true`);
  });

  test('the longest instance name it states is the one the config accepts', () => {
    const claim = /an instance name starts with a letter and has at most (\d+) characters, since `<name>(-[a-z-]+)`/.exec(readme.replace(/\s+/g, ' '));
    expect(claim).not.toBeNull();
    expect(Number(claim![1])).toBe(MAX_INSTANCE_NAME_LENGTH);
    expect(Number(claim![1]) + claim![2].length).toBe(63);
  });

  test('every command of the command table exists, and every flag a row names is that command\'s', async () => {
    const section = readme.slice(readme.indexOf('## The command line'), readme.indexOf('## Configuration'));
    const rows = [...section.matchAll(/^\| `([a-z][a-z-]*)[^`]*` \| (.*) \|$/gm)];
    expect(rows.map((r) => r[1])).toEqual(expect.arrayContaining(['init', 'synth', 'explain', 'diff', 'validate', 'doctor', 'secrets', 'decrypt']));
    for (const [, command, cell] of rows) {
      expect(KNOWN_COMMANDS).toContain(command);
      const usage = await usageOf(command);
      for (const flag of cell.match(/`--[a-z][a-z-]*/g) ?? []) expect(`${command}: ${usage.includes(flag.slice(1)) ? flag.slice(1) : `missing ${flag.slice(1)}`}`).toBe(`${command}: ${flag.slice(1)}`);
    }
  });

  test('every config key it names exists (snake_case words in code spans; sops fields and enum values aside)', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'schema/langfuse-config.schema.json'), 'utf8'));
    const enumValues = new Set(Object.values(schema.properties as Record<string, { enum?: unknown[] }>).flatMap((p) => p.enum ?? []).map(String));
    // sops fields, a folder, a reference-deployment key import-reference converts, a command
    const notConfig = new Set(['encrypted_regex', 'mac_only_encrypted', 'path_regex', 'creation_rules', 'key_groups', 'node_modules', 'obot_enabled', 'pg_dump']);
    const words = new Set(codeSpans.flatMap((span) => [...span.matchAll(/(?<![A-Za-z0-9_./-])([a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?![A-Za-z0-9_(])/g)].map((m) => m[1])));
    expect(words.size).toBeGreaterThan(30);
    expect([...words].filter((w) => !configKeys.includes(w) && !enumValues.has(w) && !notConfig.has(w))).toEqual([]);
  });

  test('every LANGFUSE_* and SOPS_* variable it names is read by the code', () => {
    const sources = ['main.ts', 'bin', 'lib', 'scripts', 'test/support'].flatMap((p) => listFiles(path.join(REPO_ROOT, p)))
      .filter((f) => /\.(ts|js|sh)$/.test(f)).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const variables = [...new Set([...readme.matchAll(/\b((?:LANGFUSE|SOPS)_[A-Z_]+[A-Z])\b/g)].map((m) => m[1]))];
    expect(variables).toEqual(expect.arrayContaining(['LANGFUSE_CONFIG', 'LANGFUSE_ADOPT', 'LANGFUSE_ALLOW_DELETE', 'LANGFUSE_STRICT']));
    expect(variables.filter((v) => !sources.includes(v))).toEqual([]);
  });
});

describe('the README\'s claims about the example and the cluster', () => {
  test('the example turns on every feature explain lists except the ones the README names', () => {
    const off = effectiveFeatures(toChartProps(config(exampleRaw()))!).filter((f) => !f.on).map((f) => f.name);
    const claim = /turns on every feature `explain` lists\s+except ([a-z ,]+) \(/.exec(readme);
    expect(claim).not.toBeNull();
    expect(off).toEqual(claim![1].split(/, | and /));
    expect(readme).not.toMatch(/turns every feature on/);
  });

  test('the pinned versions it claims are the ones the example and v3 configs deploy', () => {
    const tag = (raw: Record<string, unknown>) => {
      const { app } = buildApp(config(raw), new App({ outdir: os.tmpdir() }));
      const release = app.charts.flatMap((c) => c.toJson()).find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'langfuse');
      return `${release.spec.chart.spec.version} ${release.spec.values.langfuse.image.tag}`;
    };
    const claim = /Chart pinned to ([0-9.]+); image pinned to ([0-9.]+) with `langfuse_version: 4` \(what `init` and the example write\), to the chart's appVersion ([0-9.]+) with v3/
      .exec(readme.replace(/\s+/g, ' '));
    expect(claim).not.toBeNull();
    expect(exampleRaw().langfuse_version).toBe(4);
    expect(tag(exampleRaw())).toBe(`${claim![1]} ${claim![2]}`);
    expect(tag({ ...minimalRaw(), langfuse_version: 3 })).toBe(`${claim![1]} ${claim![3]}`);
  });

  test('every "every feature" claim, in the README and the example configs, names exactly the features the example leaves off', () => {
    const off = effectiveFeatures(toChartProps(config(exampleRaw()))!).filter((f) => !f.on).map((f) => f.name);
    const examples = fs.readdirSync(path.join(REPO_ROOT, 'examples')).filter((f) => f.endsWith('.yaml'))
      .map((f) => [`examples/${f}`, fs.readFileSync(path.join(REPO_ROOT, 'examples', f), 'utf8')]);
    const claims = [['README.md', readme], ...examples].flatMap(([file, text]) => [
      ...text.matchAll(/every feature\b(?: `explain` lists)?(?: is on| on| turned on)?(?:\s+(?:except|but)\s+([a-z][a-z ,]*?)\s*(?=[(;).:]))?/g),
    ].map((m) => ({ file, except: m[1]?.split(/, | and /) ?? [] })));
    expect(claims.map((c) => c.file)).toEqual(expect.arrayContaining(['README.md', 'examples/langfuse.yaml']));
    for (const claim of claims) expect(claim).toEqual({ file: claim.file, except: off });
  });

  describe('the cluster requirements table', () => {
    // GIVEN the trees that use every API: the example with the operators and a cross-namespace route, and a v3 one on the bundled ClickHouse
    const objects = [
      { ...exampleRaw(), clickhouse_operator_install: true, cert_manager_install: true, langfuse_httproute_namespace: 'network' },
      { ...exampleRaw(), langfuse_version: 3, langfuse_clickhouse_backend: 'bundled', langfuse_v4_write_mode: undefined },
    ].flatMap((raw) => {
      const { app } = buildApp(config(Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined))), new App({ outdir: os.tmpdir() }));
      return app.charts.flatMap((c) => parseAllDocuments(c.toJson().map((o) => JSON.stringify(o)).join('\n---\n')).map((d) => d.toJS() as Record<string, any>));
    });
    const table = readme.slice(readme.indexOf('## Cluster requirements'), readme.indexOf('## Neighbours the cluster must provide'));
    const named = [...table.matchAll(/`([a-z0-9.-]+\/v[0-9a-z]+)` ([A-Z][A-Za-z]+)(?: `(spec\.[A-Za-z.]+)`)?/g)].map((m) => ({ apiVersion: m[1], kind: m[2], field: m[3] }));
    const groups = ['kustomize.toolkit.fluxcd.io', 'helm.toolkit.fluxcd.io', 'source.toolkit.fluxcd.io', 'postgresql.cnpg.io', 'barmancloud.cnpg.io',
      'gateway.networking.k8s.io', 'monitoring.coreos.com'];

    test('names every API of Flux, CloudNativePG, the Barman Cloud plugin, Gateway API and the Prometheus Operator the output uses', () => {
      const emitted = new Set(objects.filter((o) => groups.includes(String(o.apiVersion).split('/')[0])).map((o) => `${o.apiVersion} ${o.kind}`));
      expect([...emitted].filter((e) => !named.some((n) => `${n.apiVersion} ${n.kind}` === e))).toEqual([]);
      for (const component of ['Flux', 'CloudNativePG', 'Barman Cloud plugin', 'Gateway API', 'Prometheus Operator']) expect(table).toContain(`| ${component} |`);
    });

    test('every API and field it names as needing a release is emitted as named', () => {
      expect(named.length).toBeGreaterThan(8);
      const has = (o: Record<string, any>, field: string) => field.split('.').reduce<any>((v, k) => (v === undefined ? undefined : v[k]), o) !== undefined;
      for (const n of named) {
        const matching = objects.filter((o) => o.apiVersion === n.apiVersion && o.kind === n.kind);
        expect(`${n.apiVersion} ${n.kind}: ${matching.length > 0 ? 'emitted' : 'never emitted'}`).toBe(`${n.apiVersion} ${n.kind}: emitted`);
        if (n.field) expect(`${n.kind} ${n.field}: ${matching.some((o) => has(o, n.field!))}`).toBe(`${n.kind} ${n.field}: true`);
      }
    });
  });
});

function listFiles(p: string): string[] {
  if (!fs.existsSync(p)) return [];
  if (fs.statSync(p).isFile()) return [p];
  return fs.readdirSync(p, { withFileTypes: true }).flatMap((e) => (e.name === 'node_modules' ? [] : listFiles(path.join(p, e.name))));
}
