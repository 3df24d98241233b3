import { ApiObject, App, Chart } from 'cdk8s';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runSynth } from '../../bin/commands/synth';
import { ConfigBuildError } from '../../lib/config/errors';
import { MAX_SECRET_LENGTH, MAX_TEXT_LENGTH } from '../../lib/config/fields';
import { parseConfig, parseConfigInstances } from '../../lib/config/load';
import {
  CLUSTER_NAMESPACES, MAX_INSTANCE_NAME_LENGTH, PREREQUISITE_APP_NAMES, RESERVED_NAMES, SHARED_SERVICE_KUSTOMIZATIONS, SHARED_SERVICE_NAMESPACES, SIDE_APP_NAMES,
} from '../../lib/config/reserved-names';
import { InputError } from '../../lib/errors';
import { clickhouseApps } from '../../lib/clickhouse/langfuse-clickhouse';
import { neighbourApps } from '../../lib/integrations/langfuse-neighbours';
import { MAX_SECRET_DATA_BYTES, SopsSecret } from '../../lib/secrets/sops-secret';
import { buildApp } from '../../lib/synth';
import { capture, snapshotTree } from '../cli/support';
import { config, configProblems, exampleRaw, minimalRaw, tempDir } from '../support/fixtures';

const withKeys = (extra: Record<string, unknown>) => ({ ...minimalRaw(), ...extra });
const problemsOf = (extra: Record<string, unknown>, key: string) => configProblems(withKeys(extra)).filter((p) => p.startsWith(`${key}:`) || p.startsWith(`${key} `));

describe('reserved names', () => {
  test('the list holds the cluster\'s namespaces, the shared services\' namespaces and Kustomizations, and the side apps', () => {
    expect(CLUSTER_NAMESPACES).toEqual(['default', 'flux-system', 'kube-node-lease', 'kube-public', 'kube-system']);
    expect(SHARED_SERVICE_NAMESPACES).toEqual(['cache', 'cnpg-system', 'identity', 'monitoring', 'storage']);
    expect(SHARED_SERVICE_KUSTOMIZATIONS).toEqual(['barman-cloud', 'cloudnative-pg', 'dragonfly', 'keycloak', 'rustfs']);
    expect(SIDE_APP_NAMES).toEqual(expect.arrayContaining(['dragonfly-acl', 'langfuse-keycloak-client', 'litellm-langfuse', 'langfuse-llm-connection']));
    expect(SIDE_APP_NAMES).toEqual([...new Set([...Object.values(neighbourApps('langfuse')), ...Object.values(clickhouseApps('langfuse'))])].sort());
    expect(SIDE_APP_NAMES).toEqual(expect.arrayContaining(['langfuse-analytics', 'langfuse-clickhouse-migration', 'langfuse-clickhouse-restore']));
    // the reference switch's neighbour apps (the RustFS bucket Job and the neighbours' policies)
    expect(SIDE_APP_NAMES).toEqual(expect.arrayContaining(['langfuse-rustfs', 'langfuse-dragonfly']));
    expect(PREREQUISITE_APP_NAMES).toEqual(['cert-manager', 'clickhouse-operator']);
    expect(RESERVED_NAMES).toEqual(expect.arrayContaining(['cert-manager', 'clickhouse-operator']));
  });

  test.each(RESERVED_NAMES.map((name) => [name]))('%s is refused as langfuse_instance_name and as langfuse_namespace', (name) => {
    expect(problemsOf({ langfuse_instance_name: name }, 'langfuse_instance_name')).toEqual([expect.stringMatching(/^langfuse_instance_name: is reserved/)]);
    expect(problemsOf({ langfuse_namespace: name }, 'langfuse_namespace')).toEqual([expect.stringMatching(/^langfuse_namespace: is reserved/)]);
  });

  test.each([
    [{ flux_namespace: 'gitops', langfuse_namespace: 'gitops' }, /the namespace of the Flux Kustomizations \(flux_namespace\)/],
    [{ langfuse_namespace: 'network' }, /the namespace of the gateways \(langfuse_gateway_namespace\)/],
    [{ langfuse_gateway_namespace: 'edge', langfuse_namespace: 'edge' }, /langfuse_gateway_namespace/],
    [{ rustfs_enabled: true, langfuse_s3_access_key: 'access', langfuse_s3_secret_key: 'secret-key-0123', langfuse_s3_endpoint: 'http://s3.objects.svc.cluster.local:9000', langfuse_namespace: 'objects' },
      /the Service that langfuse_s3_endpoint names/],
    [{ tracing_otlp_endpoint: 'http://otel.telemetry.svc:4318', langfuse_namespace: 'telemetry' }, /the Service that tracing_otlp_endpoint names/],
    [{ cnpg_barman_plugin_kustomization_namespace: 'backup-system', langfuse_namespace: 'backup-system' }, /Barman Cloud plugin/],
  ])('a namespace the config gives to something else is refused: %j', (extra, message) => {
    expect(problemsOf(extra, 'langfuse_namespace')).toEqual([expect.stringMatching(message)]);
  });

  test.each([false, true])('clickhouse_operator_namespace equal to langfuse_namespace is refused on clickhouse_operator_namespace, with another value suggested (install %s)', (install) => {
    const extra = { clickhouse_operator_install: install, clickhouse_operator_namespace: 'ai-system', langfuse_namespace: 'ai-system' };
    expect(problemsOf(extra, 'langfuse_namespace')).toEqual([]);
    const problems = problemsOf(extra, 'clickhouse_operator_namespace');
    expect(problems).toContainEqual(expect.stringMatching(/^clickhouse_operator_namespace: is "ai-system", the namespace of Langfuse \(langfuse_namespace\)/));
    expect(problems.join('\n')).toContain('like "clickhouse-operator"');
    expect(problems.join('\n')).not.toContain('like "ai-system"');
  });

  test('a langfuse_namespace taken by something else never suggests its own value', () => {
    expect(problemsOf({ langfuse_namespace: 'ai-system', flux_namespace: 'ai-system' }, 'langfuse_namespace')).toEqual([expect.stringMatching(/like "langfuse"$/)]);
  });

  const SERVICE_KEYS = ['cnpg_flux_dependency', 'dragonfly_flux_dependency', 'rustfs_flux_dependency', 'keycloak_flux_dependency',
    'coredns_flux_dependency', 'barman_cloud_flux_dependency'].map((key) => [key]);

  test.each(SERVICE_KEYS)('the namespace %s names is refused as langfuse_namespace', (key) => {
    expect(problemsOf({ [key]: 'kv/redis', langfuse_namespace: 'kv' }, 'langfuse_namespace'))
      .toEqual([expect.stringMatching(new RegExp(`^langfuse_namespace: is taken: it is the namespace of .*Kustomization \\(${key}\\)`))]);
  });

  test.each(SERVICE_KEYS)('the Kustomization %s names is refused as langfuse_instance_name: it would replace it and depend on itself', (key) => {
    expect(problemsOf({ [key]: 'flux-system/redis', langfuse_instance_name: 'redis' }, 'langfuse_instance_name'))
      .toEqual([expect.stringMatching(new RegExp(`^langfuse_instance_name: is taken by .*Kustomization \\(${key}\\); the instance's Kustomization would replace it and depend on itself`))]);
    // a side app's Kustomization of the instance is its own too
    expect(problemsOf({ [key]: 'flux-system/redis-analytics', langfuse_instance_name: 'redis' }, 'langfuse_instance_name'))
      .toEqual([expect.stringMatching(new RegExp(`\\(${key}: redis-analytics, a Kustomization this instance writes\\)`))]);
  });

  test.each([
    ['clickhouse_operator_kustomization_namespace', { langfuse_version: 4, clickhouse_operator_kustomization_namespace: 'chop', langfuse_namespace: 'chop' }],
    ['cnpg_barman_plugin_kustomization_namespace', { cnpg_barman_plugin_kustomization_namespace: 'plugins', langfuse_namespace: 'plugins' }],
  ])('the namespace %s names is refused as langfuse_namespace', (key, extra) => {
    expect(problemsOf(extra, 'langfuse_namespace')).toEqual([expect.stringMatching(new RegExp(`^langfuse_namespace: is taken: .*\\(${key}\\)`))]);
  });

  test('a synth with a shared service\'s name as instance name or namespace writes nothing (exit 2)', async () => {
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(configPath, stringify(withKeys({ sops_plaintext_output: true, dragonfly_flux_dependency: 'flux-system/redis', langfuse_instance_name: 'redis' })));
    const result = await capture(() => runSynth({ configPath, outDir: path.join(dir, 'out'), repoRoot: dir, env: {} }));
    expect(result.code).toBe(2);
    expect(result.err).toContain('langfuse_instance_name');
    expect(snapshotTree(path.join(dir, 'out'))).toEqual({});
  });

  test('the Barman Cloud plugin\'s Kustomization name is refused as instance name', () => {
    expect(problemsOf({ cnpg_barman_plugin_kustomization: 'backups', langfuse_instance_name: 'backups' }, 'langfuse_instance_name'))
      .toEqual([expect.stringMatching(/Barman Cloud plugin's Kustomization/)]);
  });

  test('the ClickHouse operator\'s Kustomization name is refused as instance name', () => {
    expect(problemsOf({ langfuse_version: 4, clickhouse_operator_kustomization: 'ch-operator', langfuse_instance_name: 'ch-operator' }, 'langfuse_instance_name'))
      .toEqual([expect.stringMatching(/ClickHouse operator's Kustomization/)]);
  });

  test('in the reference\'s layout (Kustomizations in the app\'s namespace) every other rule still holds: side apps, the operator, prerequisites', () => {
    const layout = { flux_namespace: 'ai-system', flux_kustomization_namespace: 'ai-system', flux_sops_secret_name: '' };
    expect(configProblems(withKeys(layout))).toEqual([]);
    for (const name of ['langfuse-rustfs', 'langfuse-analytics', 'clickhouse-operator', 'cert-manager']) {
      expect(problemsOf({ ...layout, langfuse_instance_name: name }, 'langfuse_instance_name')).toEqual([expect.stringMatching(/^langfuse_instance_name: is reserved/)]);
    }
    expect(problemsOf({ ...layout, langfuse_version: 4, clickhouse_operator_kustomization: 'ch-operator', langfuse_instance_name: 'ch-operator' }, 'langfuse_instance_name'))
      .toEqual([expect.stringMatching(/ClickHouse operator's Kustomization/)]);
    // flux_namespace may be the app's namespace only when the app's own Kustomization is there too
    expect(problemsOf({ flux_namespace: 'gitops', flux_kustomization_namespace: 'apps', flux_sops_secret_name: '', langfuse_namespace: 'gitops' }, 'langfuse_namespace'))
      .toEqual([expect.stringMatching(/the namespace of the Flux Kustomizations \(flux_namespace\)/)]);
  });

  test.each(CLUSTER_NAMESPACES.map((n) => [n]))('the route namespace %s is refused', (name) => {
    expect(problemsOf({ langfuse_httproute_namespace: name }, 'langfuse_httproute_namespace')).toEqual([expect.stringMatching(/is reserved/)]);
  });

  test('synth refuses a reserved name with exit 2, naming the key, and leaves the tree untouched', async () => {
    // GIVEN a previous tree
    const dir = tempDir();
    const out = path.join(dir, 'dist');
    const good = path.join(dir, 'good.yaml');
    fs.writeFileSync(good, stringify({ ...minimalRaw(), sops_plaintext_output: true }));
    expect((await capture(() => runSynth({ configPath: good, outDir: out, repoRoot: dir, env: {} }))).code).toBe(0);
    const before = snapshotTree(out);

    for (const extra of [{ langfuse_instance_name: 'flux-system' }, { langfuse_namespace: 'kube-system' }, { langfuse_instance_name: 'dragonfly-acl' }]) {
      const bad = path.join(dir, 'bad.yaml');
      fs.writeFileSync(bad, stringify({ ...minimalRaw(), sops_plaintext_output: true, ...extra }));
      // WHEN
      const result = await capture(() => runSynth({ configPath: bad, outDir: out, repoRoot: dir, env: {} }));
      // THEN
      expect(result.code).toBe(2);
      expect(result.err).toContain(`${Object.keys(extra)[0]} = "${Object.values(extra)[0]}": is reserved`);
      expect(result.err).not.toMatch(/\n\s+at /);
      expect(snapshotTree(out)).toEqual(before);
    }
  });
});

describe('names that shape paths and objects', () => {
  test.each([
    '..', '../x', 'a/../b', '/etc', '/abs/apps', 'a//b', 'kubernetes/apps/', './apps', '.git', 'apps/.git', 'a\\b', 'Apps', 'a b', '~/apps', 'a/./b', 'x'.repeat(201),
  ])('flux_apps_path %j is refused', (value) => {
    expect(problemsOf({ flux_apps_path: value }, 'flux_apps_path')).toEqual([expect.stringMatching(/^flux_apps_path: must be/)]);
  });

  test.each(['kubernetes/apps', 'clusters/prod/apps', 'apps', 'k8s/apps-v2.1'])('flux_apps_path %j is accepted', (value) => {
    expect(configProblems(withKeys({ flux_apps_path: value }))).toEqual([]);
  });

  test.each(['..', 'a/b', '/x', '1langfuse', '-x', 'x-', 'Langfuse', 'lang_fuse', '', 'x'.repeat(MAX_INSTANCE_NAME_LENGTH + 1)])('langfuse_instance_name %j is refused', (value) => {
    expect(problemsOf({ langfuse_instance_name: value }, 'langfuse_instance_name').length).toBe(1);
  });

  test.each(['..', 'a/b', '/x', '-x', 'Team', 'x'.repeat(64)])('langfuse_namespace %j is refused', (value) => {
    expect(problemsOf({ langfuse_namespace: value }, 'langfuse_namespace').length).toBe(1);
  });

  test('the longest instance name keeps every Kustomization name within the 63 characters of a label value', () => {
    expect(MAX_INSTANCE_NAME_LENGTH).toBe(63 - '-clickhouse-migration'.length);
    const name = `l${'x'.repeat(MAX_INSTANCE_NAME_LENGTH - 1)}`;
    for (const app of [...Object.values(neighbourApps(name)), ...Object.values(clickhouseApps(name))]) expect(app.length).toBeLessThanOrEqual(63);
  });

  test.each([
    ['the longest instance name', { langfuse_instance_name: `l${'x'.repeat(MAX_INSTANCE_NAME_LENGTH - 1)}` }],
    ['the longest instance name and a ClickHouse restore', {
      langfuse_instance_name: `l${'x'.repeat(MAX_INSTANCE_NAME_LENGTH - 1)}`, langfuse_clickhouse_restore_from: 'latest',
      langfuse_postgres_restore_from: 'langfuse-postgresql', langfuse_postgres_backup_server_name: 'langfuse-postgresql-2',
    }],
    ['a one-letter instance name', { langfuse_instance_name: 'l' }],
    ['a namespace starting with a digit', { langfuse_namespace: '1team' }],
    ['the longest namespace', { langfuse_namespace: `n${'x'.repeat(62)}` }],
  ])('every feature builds with %s (no construct rejects what the config accepts)', (_name, extra) => {
    const raw = { ...exampleRaw(), litellm_enabled: true, litellm_api_key: 'sk-litellm-0123456789', ...extra };
    const { app } = buildApp(config(raw), new App({ outdir: tempDir() }));
    expect(app.charts.flatMap((c) => c.node.findAll().filter(ApiObject.isApiObject)).length).toBeGreaterThan(20);
  });

  test('instances whose Kustomizations would share a name are refused, naming the instance', () => {
    const instance = (name: string, namespace: string) => ({
      langfuse_instance_name: name, langfuse_namespace: namespace, langfuse_subdomain: name,
    });
    const problems = (instances: object[]) => {
      try {
        parseConfigInstances({ ...minimalRaw(), instances });
        return [];
      } catch (e) {
        return (e as { problems: Array<{ key: string; message: string }> }).problems.map((p) => `${p.key}: ${p.message}`);
      }
    };
    expect(problems([instance('team', 'a'), instance('team-keycloak-client', 'b')])).toEqual([
      'instances[1].langfuse_instance_name: gives a Flux Kustomization the name "team-keycloak-client", which instances[0] (team) also writes; choose another name',
    ]);
    expect(problems([instance('litellm-a', 'a'), instance('a-llm-connection', 'b')])).toEqual([
      expect.stringMatching(/^instances\[1\]\.langfuse_instance_name: gives a Flux Kustomization the name "litellm-a-llm-connection"/),
    ]);
    expect(problems([instance('team', 'a'), instance('team-analytics', 'b')])).toEqual([
      'instances[1].langfuse_instance_name: gives a Flux Kustomization the name "team-analytics", which instances[0] (team) also writes; choose another name',
    ]);
    expect(problems([instance('team', 'a'), instance('team-clickhouse-restore', 'b')])).toEqual([
      'instances[1].langfuse_instance_name: gives a Flux Kustomization the name "team-clickhouse-restore", which instances[0] (team) also writes; choose another name',
    ]);
    expect(problems([instance('team-a', 'a'), instance('team-b', 'b')])).toEqual([]);
  });

  test('a name a construct still rejects becomes a clean config error naming the instance', () => {
    // GIVEN a validated config changed afterwards (what a library caller could do): an ACL user named "default"
    const cfg = { ...config({ ...exampleRaw() }), langfuse_instance_name: 'default' };
    // WHEN / THEN
    let error: unknown;
    try {
      buildApp(cfg, new App({ outdir: tempDir() }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigBuildError);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toBe('config instance "default" cannot be built: dragonfly acl user "default" is set with defaultUser, not addUser()');
  });
});

describe('sizes', () => {
  test('secret values are limited in length, naming the key', () => {
    expect(problemsOf({ langfuse_salt: 'x'.repeat(MAX_SECRET_LENGTH + 1) }, 'langfuse_salt')).toEqual([`langfuse_salt: must be at most ${MAX_SECRET_LENGTH} characters`]);
    expect(problemsOf({ langfuse_init_org_name: 'x'.repeat(MAX_TEXT_LENGTH + 1) }, 'langfuse_init_org_name')).toEqual([`langfuse_init_org_name: must be at most ${MAX_TEXT_LENGTH} characters`]);
    expect(problemsOf({ litellm_llm_connection_models: Array(1001).fill('gpt') }, 'litellm_llm_connection_models')).toEqual(['litellm_llm_connection_models: must list at most 1000 models']);
  });

  test('the largest config every key allows still gives Secrets under the Kubernetes limit of 1 MiB', () => {
    // GIVEN every secret and text at its maximum length, and the most models
    const long = (prefix = '') => `${prefix}${'x'.repeat(MAX_SECRET_LENGTH - prefix.length)}`;
    const raw = {
      ...exampleRaw(),
      langfuse_nextauth_secret: long(), langfuse_salt: long(), langfuse_postgres_password: long(), langfuse_clickhouse_password: long(),
      langfuse_s3_access_key: long(), langfuse_s3_secret_key: long(), dragonfly_langfuse_password: long(), dragonfly_password: long(),
      langfuse_keycloak_client_secret: long(), langfuse_init_user_password: long(),
      langfuse_init_project_public_key: `pk-lf-${'x'.repeat(250)}`, langfuse_init_project_secret_key: `sk-lf-${'x'.repeat(250)}`,
      langfuse_init_org_name: 'o'.repeat(MAX_TEXT_LENGTH), langfuse_init_user_name: 'u'.repeat(MAX_TEXT_LENGTH),
      langfuse_smtp_url: `smtp://user:${'p'.repeat(2000)}@mail.example.com:587`, langfuse_email_from: 'langfuse@example.com',
      litellm_enabled: true, litellm_api_key: long('sk-'), litellm_llm_connection_models: Array.from({ length: 1000 }, (_, i) => `${i}`.padEnd(MAX_TEXT_LENGTH, 'm')),
    };
    // WHEN
    const { app } = buildApp(config(raw), new App({ outdir: tempDir() }));
    const secrets = app.charts.flatMap((c) => c.node.findAll().filter(ApiObject.isApiObject)).map((o) => o.toJson()).filter((o) => o.kind === 'Secret');
    // THEN
    expect(secrets.length).toBeGreaterThan(5);
    for (const secret of secrets) {
      const bytes = Object.values(secret.stringData as Record<string, string>).reduce((sum, v) => sum + Buffer.byteLength(v), 0);
      expect({ name: secret.metadata.name, fits: bytes <= MAX_SECRET_DATA_BYTES }).toEqual({ name: secret.metadata.name, fits: true });
    }
  });

  test('a Dragonfly ACL over 1 MiB (many extra users sharing one long key list through a YAML alias) is a config error naming dragonfly_acl_extra_users, exit 2', async () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}:${'x'.repeat(240)}*`);
    const users = Array.from({ length: 89 }, (_, i) => ({ username: `u${i}`, password: `Passw0rdPassw0rd${i}`, keys }));
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(configPath, stringify({ ...exampleRaw(), sops_plaintext_output: true, dragonfly_acl_extra_users: users }));
    expect(fs.statSync(configPath).size).toBeLessThan(64 * 1024); // the alias keeps the file small
    const result = await capture(() => runSynth({ configPath, outDir: path.join(dir, 'out'), repoRoot: dir, env: {} }));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/dragonfly_acl_extra_users: secret dragonfly-acl holds \d+ bytes, more than the Kubernetes limit of 1048576 bytes per Secret \(largest value: acl\.conf/);
    expect(result.err).not.toContain('a bug');
    expect(result.err).not.toContain('Passw0rdPassw0rd');
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(snapshotTree(path.join(dir, 'out'))).toEqual({});
  });

  test('a Secret over 1 MiB is refused by the construct, naming it and its largest key, never the value', () => {
    const app = new App({ outdir: tempDir() });
    const chart = new Chart(app, 'c');
    const value = 'v'.repeat(MAX_SECRET_DATA_BYTES);
    expect(() => new SopsSecret(chart, 's', { name: 'big', namespace: 'ns', stringData: { small: 'x', huge: value } }))
      .toThrow(`secret big holds ${MAX_SECRET_DATA_BYTES + 1} bytes, more than the Kubernetes limit of ${MAX_SECRET_DATA_BYTES} bytes per Secret (largest value: huge, ${MAX_SECRET_DATA_BYTES} bytes)`);
  });
});

describe('parseConfig', () => {
  test('reports a reserved name with the other problems at once', () => {
    expect(() => parseConfig(withKeys({ langfuse_instance_name: 'kube-system', langfuse_salt: 'short' }))).toThrow(/2 problems/);
  });
});
