import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdk8s';
import { stringify } from 'yaml';
import { doctorChecks, renderDoctorChecks, runDoctor } from '../../bin/commands/doctor';
import { shellCommand, shellQuote } from '../../lib/shell-quote';
import { ExternalObjectStorage } from '../../lib/backends/object-storage';
import { DragonflyBackend } from '../../lib/backends/redis-backend';
import { toChartProps } from '../../lib/config/to-props';
import { LangfuseChart } from '../../lib/langfuse-chart';
import { langfuseNames } from '../../lib/names';
import { config, exampleRaw, tempDir } from '../support/fixtures';
import { capture } from './support';

/** What bash makes of a quoted text: the words it splits it into. */
function bashWords(text: string): string[] {
  const result = spawnSync('bash', ['-c', `for w in ${text}; do printf '%s\\0' "$w"; done`], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout.split('\0').slice(0, -1);
}

const HOSTILE = ["it's", '"double"', '$(id)', '`id`', 'one\ntwo', 'a;b', 'a && b', '$HOME', '*', '~', '-n', '', "'", '\\', 'tab\there', '!event'];

describe('shellQuote', () => {
  test.each(HOSTILE.map((v) => [v]))('bash reads %j back as exactly one word, unchanged', (value) => {
    expect(bashWords(shellQuote(value))).toEqual([value]);
  });

  test('leaves plain words alone and quotes the rest', () => {
    expect(shellQuote('kubectl')).toBe('kubectl');
    expect(shellQuote('app.kubernetes.io/name=langfuse,x=y')).toBe('app.kubernetes.io/name=langfuse,x=y');
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('')).toBe("''");
    expect(shellCommand('echo', 'a b', '$(id)')).toBe("echo 'a b' '$(id)'");
  });
});

/**
 * Runs doctor's output with bash, with stubs first on PATH for every program it calls, in a
 * folder that is also HOME. Returns the argument lists kubectl received.
 */
function runWithStubs(script: string, dir: string): string[][] {
  const bin = path.join(dir, 'bin');
  const calls = path.join(dir, 'calls');
  fs.mkdirSync(bin);
  fs.mkdirSync(calls);
  for (const name of ['kubectl', 'curl', 'hubble', 'sleep', 'aws', 'node', 'python']) {
    fs.writeFileSync(path.join(bin, name), `#!/bin/bash\nprintf '%s\\0' ${name} "$@" > "${calls}/$(date +%s%N)-$$"\n`, { mode: 0o755 });
  }
  const file = path.join(dir, 'doctor.sh');
  fs.writeFileSync(file, script);
  const result = spawnSync('bash', [file], {
    cwd: dir, encoding: 'utf8', timeout: 60_000, env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir },
  });
  expect(result.error).toBeUndefined();
  return fs.readdirSync(calls).sort().map((f) => fs.readFileSync(path.join(calls, f), 'utf8').split('\0').slice(0, -1));
}

/** Files an injection would create under `dir`. */
const markers = (dir: string) => fs.readdirSync(dir).filter((f) => f.startsWith('pwned'));

describe('doctor output run by bash', () => {
  test('runs no code from a hostile but valid config or config path: every value reaches kubectl as one argument', async () => {
    // GIVEN the example with endpoints whose paths hold shell syntax (valid URLs), at a path full of shell syntax
    const dir = tempDir();
    const s3 = 'http://rustfs-svc.storage.svc.cluster.local:9000/x;touch$IFS$HOME/pwned-1;$(touch$IFS$HOME/pwned-2)&&touch$IFS$HOME/pwned-3';
    const folder = path.join(dir, `cfg'"$(touch pwned-4)\ntouch pwned-5\n\`touch pwned-6\`;touch pwned-7\n#`);
    fs.mkdirSync(folder);
    const configPath = path.join(folder, 'langfuse.yaml');
    fs.writeFileSync(configPath, stringify({ ...exampleRaw(), langfuse_s3_endpoint: s3, langfuse_media_endpoint: s3.replace('rustfs-svc', 'media') }));

    // WHEN
    const doctor = await capture(() => runDoctor({ configPath }));
    expect(doctor.code).toBe(0);
    const calls = runWithStubs(doctor.out, dir);

    // THEN
    expect(markers(dir)).toEqual([]);
    expect(calls.filter((c) => c[0] === 'kubectl').length).toBeGreaterThan(20);
    const s3Check = calls.find((c) => c[1] === 'run' && c.includes('langfuse-s3-check'))!;
    const overrides = JSON.parse(s3Check.find((a) => a.startsWith('--overrides='))!.slice('--overrides='.length));
    const listScript: string = overrides.spec.containers[0].command[2];
    expect(listScript).toContain(`--endpoint-url ${shellQuote(s3)} `);
    // the script that runs in the pod reads the endpoint back as one word too
    expect(bashWords(shellQuote(s3))).toEqual([s3]);
  });

  test('runs no code even from values no config would allow (a library caller\'s props)', () => {
    // GIVEN props with shell syntax in the namespace, hosts and URLs
    const dir = tempDir();
    const evil = (n: number) => `x'"; touch $HOME/pwned-${n}; $(touch $HOME/pwned-${n}b) \`touch $HOME/pwned-${n}c\`\ntouch $HOME/pwned-${n}d #`;
    // (on the bundled ClickHouse: the operator's cluster already refuses such a namespace in its host name)
    const cfg = config({
      ...exampleRaw(), langfuse_version: 3, langfuse_clickhouse_backend: 'bundled', langfuse_v4_write_mode: 'legacy', dragonfly_langfuse_password: 'gZNFkLPx9ZGBIEvC591H8dIuwg2y7l72',
    });
    const base = toChartProps(cfg)!;
    const s3 = `http://s3${evil(3)}`;
    const props = {
      ...base,
      monitoring: false, // the dashboard uid refuses such a namespace
      networkPolicies: undefined, // the traffic model parses the URLs
      namespace: `ns${evil(1)}`,
      hostname: `host${evil(2)}`,
      // the factories refuse such values now, so the backends are built directly
      objectStorage: new ExternalObjectStorage({ endpoint: s3, credentials: { accessKey: 'access', secretKey: 'secret-key-0123456789' } }),
      redis: new DragonflyBackend({ password: 'gZNFkLPx9ZGBIEvC591H8dIuwg2y7l72', host: `dragonfly${evil(4)}`, username: 'langfuse', keyPrefix: 'langfuse:' }),
      sso: { ...base.sso!, issuerUrl: `https://auth${evil(5)}`, internalIssuerUrl: `http://kc${evil(6)}` },
      // the chart checks this one's shape (no path, no whitespace), which still leaves shell syntax
      tracing: { ...base.tracing!, otlpEndpoint: 'http://tempo\'";touch${IFS}pwned-7;$(touch${IFS}pwned-7b)`touch${IFS}pwned-7c`' },
    };
    // LangfuseChart refuses such names and URLs eagerly; doctor must still quote whatever reaches it, so it reads a view of a
    // chart built from sound props whose names, host and endpoints are the hostile ones
    const built = new LangfuseChart(new App({ outdir: dir }), 'langfuse', { ...base, monitoring: false, networkPolicies: undefined, tracing: undefined });
    const chart: LangfuseChart = Object.create(built, {
      names: { value: langfuseNames(props.namespace) },
      hostname: { value: props.hostname },
      endpoints: { value: { ...built.endpoints, objectStorage: s3 } },
    });

    // WHEN
    const script = renderDoctorChecks(doctorChecks({ config: cfg, props, chart }));
    const calls = runWithStubs(script, dir);

    // THEN nothing ran, and kubectl got the namespace as one intact argument every time
    expect(markers(dir)).toEqual([]);
    const namespaces = calls.filter((c) => c[0] === 'kubectl').flatMap((c) => c.flatMap((a, i) => (a === '-n' ? [c[i + 1]] : [])));
    expect(namespaces.length).toBeGreaterThan(20);
    expect(new Set(namespaces)).toEqual(new Set([props.namespace, 'flux-system', 'cache', 'identity']));
    const curls = calls.filter((c) => c[0] === 'curl').map((c) => c[2]);
    expect(curls).toEqual(expect.arrayContaining([`https://${props.hostname}/api/public/health`, `${props.sso.issuerUrl}/.well-known/openid-configuration`]));
  });
});
