import * as fs from 'fs';
import * as path from 'path';
import { isMap, isScalar, parse, parseDocument, stringify } from 'yaml';
import { execFileSync } from 'child_process';
import { writeFileAtomic, writeUserFile } from '../../bin/commands/atomic-file';
import { doctorCommand } from '../../bin/commands/doctor';
import { importReferenceCommand, runImportReference } from '../../bin/commands/import-reference';
import { runSynth } from '../../bin/commands/synth';
import { inertKeys } from '../../lib/config/inert-keys';
import { parseConfig } from '../../lib/config/load';
import { configKeys } from '../../lib/config/schema';
import { decisionComment, renderImportedConfig } from '../../lib/reference/render-import';
import { kubectlAvailable, kustomizeBuild } from '../../lib/validate';
import { ageEnv, capture } from '../cli/support';
import { REPO_ROOT, snapshotTree, synthObjects, tempDir } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';
import { importedReference, REFERENCE_CLUSTER_YAML, referenceClusterYaml, referenceConfigRaw } from './support';

const decisionFor = (key: string, changes: Record<string, unknown> = {}) => importedReference(changes).decisions.find((d) => d.to === key || d.from.includes(key));

describe('import-reference on a realistic reference cluster.yaml', () => {
  test('gives a valid config for this tool, with the reference\'s own values kept', () => {
    // GIVEN the reference's file, with lf_pk_ keys, passwords with "+" and "/" and its other apps' keys
    const raw = referenceClusterYaml();
    // WHEN
    const config = parseConfig(referenceConfigRaw(), 'imported');
    // THEN every value that works in the reference's cluster is kept unchanged
    for (const key of ['langfuse_postgres_password', 'langfuse_clickhouse_password', 'dragonfly_langfuse_password', 'dragonfly_password',
      'langfuse_init_project_public_key', 'langfuse_init_project_secret_key', 'langfuse_nextauth_secret', 'langfuse_salt', 'langfuse_encryption_key',
      'langfuse_keycloak_client_secret', 'langfuse_scim_public_key', 'langfuse_scim_secret_key', 'langfuse_sync_keycloak_client_secret']) {
      expect(config[key as keyof typeof config]).toBe(raw[key]);
    }
    expect(config.langfuse_postgres_password).toMatch(/\+/);
    expect(config.langfuse_postgres_password).toMatch(/\//);
    expect(config.langfuse_init_project_public_key).toMatch(/^lf_pk_/);
  });

  test('keeps the reference\'s Langfuse v3 on the bundled ClickHouse explicitly', () => {
    const config = parseConfig(referenceConfigRaw(), 'imported');
    expect(config.langfuse_version).toBe(3);
    expect(config.langfuse_clickhouse_backend).toBe('bundled');
  });

  test('leaves out the keys of the reference\'s other apps, and lists them', () => {
    const result = importedReference();
    expect(result.unrelated).toEqual(expect.arrayContaining(['node_cidr', 'cloudflare_token', 'repository_name', 'dragonfly_version', 'litellm_master_key']));
    for (const key of result.unrelated) expect(result.config).not.toHaveProperty(key);
  });

  describe('each conversion rule', () => {
    test('the session max age goes from seconds to minutes, rounded up, and says so', () => {
      expect(referenceConfigRaw().langfuse_session_max_age).toBe(43200);
      expect(referenceConfigRaw({ langfuse_session_max_age: 3601 }).langfuse_session_max_age).toBe(61);
      expect(decisionComment(decisionFor('langfuse_session_max_age')!))
        .toBe('converted: 2592000 seconds = 43200 minutes: Langfuse reads AUTH_SESSION_MAX_AGE in minutes (the reference validated seconds and passed the '
          + 'number unchanged, so its running Langfuse read 2592000 minutes)');
    });

    // (langfuse_default_project_role needs a project id here, the init one by default: a different rule, so it goes too)
    const noProject = { langfuse_init_project_id: undefined, langfuse_default_project_role: undefined };
    test('project keys without the reference\'s project gate (langfuse_init_project_id) were inert there: dropped with a comment, the import still works', () => {
      {
        const result = importedReference({ ...noProject, litellm_langfuse_enabled: false });
        expect(result.config).not.toHaveProperty('langfuse_init_project_public_key');
        expect(result.config).not.toHaveProperty('langfuse_init_project_secret_key');
        const dropped = result.decisions.find((d) => d.kind === 'dropped' && d.from.includes('langfuse_init_project_secret_key'))!;
        expect(dropped.reason).toMatch(/^inert in the reference: its headless initialization creates the project keys only with langfuse_init_org_id/);
        expect(() => parseConfig({ ...result.config }, 'imported')).not.toThrow();
      }
    });

    test('with the init project keys dropped, LiteLLM keeps its own keys even when they were the same', () => {
      const config = referenceConfigRaw(noProject);
      expect(config.litellm_langfuse_public_key).toBe(referenceClusterYaml().litellm_langfuse_public_key);
      expect(() => parseConfig({ ...config }, 'imported')).not.toThrow();
    });

    test('keys that do nothing in the converted config did nothing in the reference either: dropped, so synth --strict accepts the imported config', () => {
      const result = importedReference();
      expect(result.config).not.toHaveProperty('storage_class');
      expect(inertKeys(parseConfig({ ...result.config }, 'imported'), new Set(Object.keys(result.config)))).toEqual([]);
      // without the project id the project's name is inert too
      const project = importedReference(noProject);
      expect(project.config).not.toHaveProperty('langfuse_init_project_name');
      expect(project.decisions).toContainEqual(expect.objectContaining({ kind: 'dropped', from: ['langfuse_init_project_name'], reason: expect.stringMatching(/^inert in the reference too: here it is ignored: it only takes effect with headless initialization/) }));
      expect(inertKeys(parseConfig({ ...project.config }, 'imported'), new Set(Object.keys(project.config)))).toEqual([]);
    });

    test('obot_enabled becomes an ingress namespace, obot-mcp; off, it is dropped', () => {
      expect(referenceConfigRaw().langfuse_ingress_namespaces).toEqual(['obot-mcp']);
      expect(referenceConfigRaw({ obot_enabled: false })).not.toHaveProperty('langfuse_ingress_namespaces');
      expect(decisionFor('obot_enabled', { obot_enabled: false })).toMatchObject({ kind: 'dropped', reason: 'Obot is off' });
    });

    test('the other Dragonfly users become dragonfly_acl_extra_users with the reference\'s rules, and default keeps its access', () => {
      const config = referenceConfigRaw();
      const raw = referenceClusterYaml();
      expect(config.dragonfly_acl_extra_users).toEqual([
        { username: 'keycloak', password: raw.dragonfly_keycloak_password, keys: ['keycloak:*'], channels: [], commands: ['+@read', '+@write', '+@connection', '-@dangerous'] },
        { username: 'appcache', password: raw.dragonfly_appcache_password, keys: ['cache:*'], channels: [], commands: ['+@read', '+@write', '+@connection', '-@dangerous'] },
        { username: 'litellm', password: raw.dragonfly_litellm_password, keys: ['litellm:*'], channels: [], commands: ['+@read', '+@write', '+@connection', '-@dangerous'] },
        { username: 'mcpgateway', password: raw.dragonfly_mcpgateway_password, keys: ['*'], channels: 'all', commands: ['+@all', '-@dangerous', '+info'] },
      ]);
      expect(config.dragonfly_acl_default_user).toBe('all-keys');
      const noAcl = referenceConfigRaw({ dragonfly_acl_enabled: false });
      expect(noAcl).not.toHaveProperty('dragonfly_acl_extra_users');
      expect(decisionFor('dragonfly_litellm_password', { dragonfly_acl_enabled: false })).toMatchObject({ kind: 'dropped' });
    });

    test('cluster_name becomes the init organization name only when that is unset', () => {
      expect(referenceConfigRaw().langfuse_init_org_name).toBe('example-lab');
      expect(referenceConfigRaw({ langfuse_init_org_name: 'Example' }).langfuse_init_org_name).toBe('Example');
      expect(decisionFor('cluster_name', { langfuse_init_org_name: 'Example' })).toMatchObject({ kind: 'dropped' });
    });

    test('a project retention under Langfuse\'s minimum is raised to 3 days', () => {
      expect(referenceConfigRaw({ langfuse_init_project_retention: 1 }).langfuse_init_project_retention).toBe(3);
      expect(referenceConfigRaw().langfuse_init_project_retention).toBe(30);
    });

    test('the reference\'s default realm is written when keycloak_realm is unset', () => {
      expect(referenceConfigRaw({ keycloak_realm: undefined }).keycloak_realm).toBe('matherlynet');
    });

    test('cnpg_enabled: false becomes true: the reference emitted the Cluster regardless', () => {
      expect(referenceConfigRaw({ cnpg_enabled: false }).cnpg_enabled).toBe(true);
    });

    test.each([
      ['SSO without its client secret', { langfuse_keycloak_client_secret: undefined }, 'langfuse_sso_enabled'],
      ['SSO without Keycloak', { keycloak_enabled: false }, 'langfuse_sso_enabled'],
      ['backups without the Barman Cloud plugin', { cnpg_barman_plugin_enabled: false }, 'langfuse_backup_enabled'],
      ['backups without RustFS', { rustfs_enabled: false }, 'langfuse_backup_enabled'],
      ['SCIM sync without its org API key', { langfuse_scim_secret_key: undefined }, 'langfuse_scim_sync_enabled'],
      ['the Dragonfly ACL without Dragonfly', { dragonfly_enabled: false }, 'dragonfly_acl_enabled'],
      ['LiteLLM\'s callback without its keys', { litellm_langfuse_public_key: undefined }, 'litellm_langfuse_enabled'],
    ])('a gate that plugin.py derived off stays off: %s', (_what, changes, key) => {
      const result = importedReference(changes);
      expect(result.config[key]).toBe(false);
      expect(result.decisions.find((d) => d.to === key)).toMatchObject({ kind: 'converted', reason: expect.stringMatching(/^off, as in/) });
      expect(() => parseConfig(result.config, 'imported')).not.toThrow();
    });

    test('LiteLLM\'s keys: equal to the init keys they are folded; different, they are kept', () => {
      expect(referenceConfigRaw()).not.toHaveProperty('litellm_langfuse_public_key');
      const other = referenceConfigRaw({ litellm_langfuse_public_key: 'lf_pk_other0123456789', litellm_langfuse_secret_key: 'lf_sk_other0123456789' });
      expect(other.litellm_langfuse_public_key).toBe('lf_pk_other0123456789');
      expect(other.litellm_langfuse_secret_key).toBe('lf_sk_other0123456789');
    });

    test('LiteLLM\'s host: the in-cluster default is folded, another host is kept', () => {
      expect(referenceConfigRaw()).not.toHaveProperty('litellm_langfuse_host');
      expect(referenceConfigRaw({ litellm_langfuse_host: 'https://langfuse.example.net' }).litellm_langfuse_host).toBe('https://langfuse.example.net');
    });

    test('LiteLLM\'s callback tuning is the reference\'s hard-coded one, with the langfuse callback and no LLM connection', () => {
      const config = referenceConfigRaw();
      expect(config).toMatchObject({ litellm_langfuse_callback: 'langfuse', litellm_langfuse_sample_rate: 0.2, litellm_llm_connection_enabled: false });
      expect(config.litellm_langfuse_default_tags).toContain('semantic-similarity');
    });

    test('the chart version is dropped, with the reason', () => {
      expect(referenceConfigRaw()).not.toHaveProperty('langfuse_chart_version');
      expect(decisionFor('langfuse_chart_version')!.reason).toMatch(/pinned to 1\.5\.41/);
    });

    test('the reference\'s layout is added: its Kustomization namespace, dependsOn, Database, route and key Secret', () => {
      expect(referenceConfigRaw()).toMatchObject({
        flux_namespace: 'ai-system',
        flux_kustomization_namespace: 'ai-system',
        flux_sops_secret_name: '',
        flux_sops_secret_namespace: 'flux-system',
        coredns_flux_dependency: 'kube-system/coredns',
        barman_cloud_flux_dependency: 'cnpg-system/barman-cloud-plugin',
        cnpg_database_object_name: 'langfuse-db-langfuse',
        langfuse_httproute_namespace: 'network',
        network_policies_neighbours_enabled: true,
        rustfs_bucket_setup_enabled: true,
      });
    });
  });

  test('every reference key the import reads is decided, or absent from the file', () => {
    const result = importedReference();
    const decided = new Set(result.decisions.flatMap((d) => d.from));
    const raw = referenceClusterYaml();
    const missing = Object.keys(raw).filter((k) => !decided.has(k) && !result.unrelated.includes(k));
    expect(missing).toEqual([]);
  });
});

describe('the written config', () => {
  const render = () => renderImportedConfig(importedReference(), { source: 'cluster.yaml', keyOrder: configKeys, schemaPath: 'schema.json' });

  test('carries a comment above every key saying what was done and why', () => {
    const doc = parseDocument(render());
    const result = importedReference();
    expect(isMap(doc.contents)).toBe(true);
    const pairs = isMap(doc.contents) ? doc.contents.items : [];
    expect(pairs.length).toBe(Object.keys(result.config).length);
    for (const pair of pairs) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      const decision = result.decisions.find((d) => d.to === key)!;
      expect(decision).toBeDefined();
      // the parser gives the file's header to the first key too: the key's own comment is the last paragraph
      const comment = (isScalar(pair.key) ? pair.key.commentBefore ?? '' : '').split('\n\n').pop()!.split('\n').map((l) => l.trim()).join(' ');
      expect(comment).toBe(decisionComment(decision));
      expect(comment).toMatch(/^(kept|renamed from|converted|added for the switch)/);
    }
  });

  test('names the conversions in their words, in the file itself', () => {
    // GIVEN the written file, read back as YAML
    const doc = parseDocument(render());
    const commentOf = (key: string) => {
      const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
      return (pair && isScalar(pair.key) ? pair.key.commentBefore ?? '' : '').split('\n\n').pop()!.split('\n').map((l) => l.trim()).join(' ');
    };
    // THEN
    expect(commentOf('langfuse_session_max_age')).toMatch(/^converted: 2592000 seconds = 43200 minutes: Langfuse reads AUTH_SESSION_MAX_AGE in minutes/);
    expect(commentOf('langfuse_ingress_namespaces')).toBe('converted from obot_enabled: the reference admits Obot\'s MCP tools from namespace obot-mcp to web on 3000');
    expect(commentOf('dragonfly_acl_extra_users'))
      .toMatch(/^converted from dragonfly_keycloak_password, dragonfly_appcache_password, dragonfly_litellm_password, dragonfly_mcpgateway_password: the other users/);
    expect(commentOf('flux_kustomization_namespace')).toMatch(/^added for the switch: the reference's Kustomization is ai-system\/langfuse: the same object/);
    expect(commentOf('langfuse_postgres_password')).toMatch(/^kept: any character but whitespace works: the tool percent-encodes it in DATABASE_URL/);
    expect(commentOf('langfuse_web_replicas')).toMatch(/^kept: now effective as langfuse.web.replicas/);
    expect(commentOf('langfuse_init_org_name')).toMatch(/^converted from cluster_name: the reference's default of the init organization name/);
    // the version and the ClickHouse are written out, with why: an unset version warns, and the bundled ClickHouse holds the traces
    expect(commentOf('langfuse_version')).toMatch(/^added for the switch: set explicitly: the reference runs Langfuse v3 \(an unset langfuse_version would warn at every synth\); v4 comes after the switch, through the staged upgrade \(langfuse-cdk8s upgrade plan, docs\/upgrade-v4\.md\)/);
    expect(commentOf('langfuse_clickhouse_backend')).toMatch(/^added for the switch: set explicitly: the reference's ClickHouse is the chart's bundled one and holds every trace/);
  });

  test('lists the dropped keys with their reason, without a value', () => {
    const text = render();
    const trailer = text.slice(text.lastIndexOf('\n\n'));
    expect(trailer).toMatch(/# dropped langfuse_chart_version: the chart is pinned/);
    expect(trailer.replace(/\n# /g, ' ')).toContain('cloudflare_token, cluster_api_addr');
    const raw = referenceClusterYaml();
    for (const key of ['cloudflare_token', 'litellm_master_key']) expect(text).not.toContain(String(raw[key]));
  });

  test('starts with the schema modeline and a header naming the source', () => {
    const lines = render().split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=schema.json');
    expect(lines.slice(0, 6).join(' ')).toContain('converted by import-reference from the reference deployment\'s cluster.yaml');
  });

  test('parses back to the same config', () => {
    expect(parse(render())).toEqual(importedReference().config);
  });
});

describe('the import-reference command', () => {
  const outIn = () => path.join(tempDir(), 'langfuse.yaml');

  test('writes the config (mode 600) and prints a summary and the next steps; synth then works with no manual edit', async () => {
    // GIVEN
    const out = outIn();
    // WHEN
    const result = await capture(() => runImportReference({ from: REFERENCE_CLUSTER_YAML, out }));
    // THEN
    expect(result.code).toBe(0);
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    expect(result.out).toMatch(/\d+ kept, 0 renamed, 4 converted, \d+ added for the switch, 5 dropped, 15 keys not about Langfuse left out/);
    expect(result.out).toContain('dropped   storage_class: inert in the reference too: here it is ignored: it only takes effect with cnpg_storage_class unset');
    expect(result.out).toContain('converted langfuse_session_max_age: 2592000 seconds = 43200 minutes');
    expect(result.out).toContain(`doctor --switch-from-reference --config ${out}`);
    const secrets = referenceClusterYaml();
    expect(result.out).not.toContain(String(secrets.langfuse_postgres_password));

    const { env } = await ageEnv();
    const treeRoot = tempDir();
    const synth = await capture(() => runSynth({ configPath: out, outDir: treeRoot, env, repoRoot: treeRoot }));
    expect(synth.code).toBe(0);
    // the one warning: the reference's lf_pk_ keys work, and are noted (the version is set, so nothing warns about it)
    expect(synth.err).toMatch(/^WARNING: langfuse: langfuse_init_project_public_key does not start with "pk-lf-"/);
    expect(synth.err).not.toContain('langfuse_version is not set');
    expect(fs.readFileSync(out, 'utf8')).toMatch(/\nlangfuse_version: 3\n[\s\S]*\nlangfuse_clickhouse_backend: bundled\n/);
    expect(fs.existsSync(path.join(treeRoot, 'kubernetes/apps/ai-system/langfuse/ks.yaml'))).toBe(true);
  });

  test('never overwrites an existing file without --force, and replaces it with --force', async () => {
    const out = outIn();
    fs.writeFileSync(out, 'mine\n');
    const refused = await capture(() => runImportReference({ from: REFERENCE_CLUSTER_YAML, out }));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('already exists; pass --force to replace it');
    expect(fs.readFileSync(out, 'utf8')).toBe('mine\n');
    const forced = await capture(() => runImportReference({ from: REFERENCE_CLUSTER_YAML, out, force: true }));
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('langfuse_enabled: true');
  });

  test('never writes through a symbolic link, not even with --force', async () => {
    const dir = tempDir();
    const victim = path.join(dir, 'victim.txt');
    fs.writeFileSync(victim, 'keep me\n');
    const out = path.join(dir, 'langfuse.yaml');
    fs.symlinkSync(victim, out);
    for (const force of [false, true]) {
      const result = await capture(() => runImportReference({ from: REFERENCE_CLUSTER_YAML, out, force }));
      expect(result.code).toBe(2);
      expect(result.err).toContain('is a symbolic link; refusing to write through it');
    }
    expect(fs.readFileSync(victim, 'utf8')).toBe('keep me\n');
    const dangling = path.join(dir, 'dangling.yaml');
    fs.symlinkSync(path.join(dir, 'nowhere'), dangling);
    expect((await capture(() => runImportReference({ from: REFERENCE_CLUSTER_YAML, out: dangling }))).code).toBe(2);
    expect(fs.existsSync(path.join(dir, 'nowhere'))).toBe(false);
  });

  test('a value that cannot work here is a config problem naming the key, and nothing is written', async () => {
    const dir = tempDir();
    const from = path.join(dir, 'cluster.yaml');
    fs.writeFileSync(from, fs.readFileSync(REFERENCE_CLUSTER_YAML, 'utf8').replace(/^langfuse_clickhouse_password: .*$/m, 'langfuse_clickhouse_password: "has+plus&amp0123"'));
    const out = path.join(dir, 'langfuse.yaml');
    const result = await capture(() => runImportReference({ from, out }));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/langfuse_clickhouse_password = <hidden, 16 characters>: must contain only letters, digits and \. _ ~ - \/ =/);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(out)).toBe(false);
  });

  test.each([
    ['not YAML', 'a: [b\n', /is not valid YAML/],
    ['not a mapping', '- a\n- b\n', /must be the reference deployment's cluster.yaml: a mapping/],
    ['an alias bomb', `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`).join('\n')}\n`,
      /cannot be read: .*\(at most 100 alias expansions\)/],
    ['a FIFO', undefined, /is not a regular file/],
  ])('a cluster.yaml that is %s exits 2', async (_what, text, message) => {
    const dir = tempDir();
    const from = path.join(dir, 'cluster.yaml');
    if (text === undefined) execFileSync('mkfifo', [from]);
    else fs.writeFileSync(from, text);
    const result = await capture(() => runImportReference({ from, out: path.join(dir, 'out.yaml') }));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(fs.existsSync(path.join(dir, 'out.yaml'))).toBe(false);
  });

  test('reads --from and writes --out in the folder the user ran npm in (INIT_CWD), and says so with the paths as given', async () => {
    // GIVEN npm's script environment for a user in their own folder, with the cluster.yaml there
    const user = tempDir();
    fs.copyFileSync(REFERENCE_CLUSTER_YAML, path.join(user, 'cluster.yaml'));
    const saved = { ...process.env };
    const cwd = process.cwd();
    try {
      process.chdir(REPO_ROOT);
      process.env = { ...saved, INIT_CWD: user, npm_package_json: path.join(REPO_ROOT, 'package.json') };
      // WHEN
      const result = await capture(() => importReferenceCommand.run(['--from', 'cluster.yaml', '--out', 'langfuse.yaml']));
      // THEN
      expect(result.code).toBe(0);
      expect(fs.existsSync(path.join(user, 'langfuse.yaml'))).toBe(true);
      expect(fs.existsSync(path.join(REPO_ROOT, 'langfuse.yaml'))).toBe(false);
      expect(result.out).toContain('import-reference: wrote langfuse.yaml (file mode 600');
      expect(result.out).toContain('doctor --switch-from-reference --config langfuse.yaml');
      // and the config written there is what doctor --switch-from-reference reads with the same relative path
      const runbook = await capture(() => doctorCommand.run(['--switch-from-reference', '--config', 'langfuse.yaml']));
      expect(runbook.code).toBe(0);
      expect(runbook.out).toContain('synth --config ' + path.join(user, 'langfuse.yaml'));
    } finally {
      process.env = saved;
      process.chdir(cwd);
    }
  });

  test('needs --from and --out (exit 2, with the usage)', async () => {
    const result = await capture(() => importReferenceCommand.run(['--from', REFERENCE_CLUSTER_YAML]));
    expect(result.code).toBe(2);
    expect(result.err).toContain('import-reference needs --from and --out');
    expect(result.err).toContain('usage: langfuse-cdk8s import-reference');
  });
});

describe('the safe write of import-reference (writeUserFile, on writeFileAtomic)', () => {
  test('a file that appears at the path while the new one is written is never overwritten, and no temporary file stays', () => {
    // GIVEN the moment after the "does it exist" check: the path is free for the check, then taken
    const dir = tempDir();
    const file = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(file, 'planted\n');
    // WHEN the write that was planned for a new file goes ahead
    expect(() => writeFileAtomic(file, 'new\n', 0o600, { replace: false })).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    // THEN
    expect(fs.readFileSync(file, 'utf8')).toBe('planted\n');
    expect(fs.readdirSync(dir)).toEqual(['langfuse.yaml']);
  });

  test('a new file gets its mode and full content; with replace it takes the place of the old one', () => {
    const dir = tempDir();
    const file = path.join(dir, 'langfuse.yaml');
    writeFileAtomic(file, 'first\n', 0o600, { replace: false });
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    writeFileAtomic(file, 'second\n', 0o600);
    expect(fs.readFileSync(file, 'utf8')).toBe('second\n');
    expect(fs.readdirSync(dir)).toEqual(['langfuse.yaml']);
  });

  test('refuses a folder that is not there, a path that is a folder, and names the path as given', () => {
    const dir = tempDir();
    expect(() => writeUserFile(path.join(dir, 'missing', 'x.yaml'), 'x', { force: true, mode: 0o600, shown: 'missing/x.yaml' }))
      .toThrow(/the folder of missing\/x.yaml does not exist/);
    fs.mkdirSync(path.join(dir, 'sub'));
    expect(() => writeUserFile(path.join(dir, 'sub'), 'x', { force: true, mode: 0o600, shown: 'sub' })).toThrow(/sub exists and is not a regular file/);
  });
});

describe('synth --adopt over the reference\'s own files', () => {
  /** The reference's rendered app folder, as far as synth reads it: its ks.yaml and HelmRelease (v3 on the bundled ClickHouse). */
  function referenceTree(): string {
    const root = tempDir();
    const app = path.join(root, 'kubernetes/apps/ai-system/langfuse');
    fs.mkdirSync(path.join(app, 'app'), { recursive: true });
    fs.writeFileSync(path.join(app, 'ks.yaml'), stringify({
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'langfuse', namespace: 'flux-system' },
      spec: { targetNamespace: 'ai-system', path: './kubernetes/apps/ai-system/langfuse/app', prune: true, sourceRef: { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system' } },
    }));
    // The reference's namespace folder lists the app and moves its Kustomization to ai-system (kustomize's namespace transformer).
    fs.writeFileSync(path.join(root, 'kubernetes/apps/ai-system/kustomization.yaml'), stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', namespace: 'ai-system', resources: ['./namespace.yaml', './langfuse/ks.yaml'],
    }));
    fs.writeFileSync(path.join(app, 'app', 'helmrelease.yaml'), stringify({
      apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', metadata: { name: 'langfuse', namespace: 'ai-system' },
      spec: { values: { langfuse: { nextauth: { url: 'https://langfuse.example.net' } }, clickhouse: { deploy: true, replicaCount: 1 } } },
    }));
    return root;
  }

  test('takes the reference\'s app folder over; its tree counts as v3 on the bundled ClickHouse, so the imported config is the next state', async () => {
    // GIVEN
    const out = path.join(tempDir(), 'langfuse.yaml');
    await capture(() => runImportReference({ from: REFERENCE_CLUSTER_YAML, out }));
    const root = referenceTree();
    const { env } = await ageEnv();
    // WHEN
    const synth = await capture(() => runSynth({ configPath: out, outDir: root, env, repoRoot: root, adopt: true }));
    // THEN
    expect(synth.code).toBe(0);
    const ks = parse(fs.readFileSync(path.join(root, 'kubernetes/apps/ai-system/langfuse/ks.yaml'), 'utf8'));
    expect(ks.metadata).toMatchObject({ name: 'langfuse', namespace: 'ai-system' });
    expect(ks.metadata.annotations).toBeUndefined();
  });

  test('the imported config holds real secrets: synth refuses to encrypt them for a published test key (the repository\'s .sops.yaml)', async () => {
    const out = path.join(tempDir(), 'langfuse.yaml');
    await capture(() => runImportReference({ from: REFERENCE_CLUSTER_YAML, out }));
    const root = referenceTree();
    fs.copyFileSync(path.join(REPO_ROOT, '.sops.yaml'), path.join(root, '.sops.yaml'));
    const before = snapshotTree(root);
    const synth = await capture(() => runSynth({ configPath: out, outDir: root, env: {}, repoRoot: root, adopt: true }));
    expect(synth.code).toBe(2);
    expect(synth.err).toContain('a published TEST key');
    expect(synth.err).not.toMatch(/\n\s+at /);
    expect(snapshotTree(root)).toEqual(before);
  });

  test('a jump from the reference\'s v3 on the bundled ClickHouse to the operator\'s empty one is refused, with the tree untouched', async () => {
    // GIVEN the imported config edited straight to v4 on the operator's ClickHouse
    const dir = tempDir();
    const config = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(config, stringify({ ...referenceConfigRaw(), langfuse_version: 4, langfuse_clickhouse_backend: 'operator' }));
    const root = referenceTree();
    const before = snapshotTree(root);
    const { env } = await ageEnv();
    // WHEN
    const synth = await capture(() => runSynth({ configPath: config, outDir: root, env, repoRoot: root, adopt: true }));
    // THEN
    expect(synth.code).toBe(2);
    expect(synth.err).toMatch(/langfuse_version: cannot move from "v3-bundled" to "v4-events-only"/);
    expect(snapshotTree(root)).toEqual(before);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'the imported config\'s tree', () => {
  test('builds with kubectl kustomize in every folder', async () => {
    const out = path.join(tempDir(), 'langfuse.yaml');
    await capture(() => runImportReference({ from: REFERENCE_CLUSTER_YAML, out }));
    const { env } = await ageEnv();
    const treeRoot = tempDir();
    expect((await capture(() => runSynth({ configPath: out, outDir: treeRoot, env, repoRoot: treeRoot }))).code).toBe(0);
    const folders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name));
        else if (e.name === 'kustomization.yaml') folders.push(dir);
      }
    };
    walk(path.join(treeRoot, 'kubernetes'));
    expect(folders.length).toBeGreaterThanOrEqual(7);
    for (const folder of folders) expect(kustomizeBuild(folder)).toMatchObject({ ok: true });
  });
});

describe('a reference with the SCIM role sync on and SSO off', () => {
  const result = importedReference({ langfuse_sso_enabled: false });
  const config = parseConfig({ ...result.config }, 'imported');

  test('keeps keycloak_client_form: config-cli-job and keycloak_realm: the role sync\'s client is imported by the Job, in that realm', () => {
    expect(result.config.keycloak_client_form).toBe('config-cli-job');
    expect(result.config.keycloak_realm).toBeDefined();
    expect(result.decisions.find((d) => d.to === 'keycloak_client_form')?.kind).toBe('added');
    expect(result.decisions.filter((d) => d.kind === 'dropped').flatMap((d) => d.from)).not.toContain('keycloak_client_form');
  });

  test('no key of the imported config is inert (synth --strict passes), and the tree has the keycloak-config-cli Job', () => {
    expect(config.langfuse_sso_enabled).toBe(false);
    expect(inertKeys(config, new Set(Object.keys(result.config)))).toEqual([]);
    const jobs = synthObjects({ ...result.config }).filter((o) => o.kind === 'Job' && o.metadata.namespace === 'identity');
    expect(jobs.map((j) => j.metadata.name)).toEqual(['langfuse-keycloak-config']);
  });
});

describe('the comment import-reference writes on keycloak_client_form', () => {
  test('says to keep the Langfuse clients in the reference\'s realm file while its Job runs (its Job deletes clients missing from that file)', () => {
    const comment = decisionComment(decisionFor('keycloak_client_form')!);
    expect(comment).toContain('keep the Langfuse clients in the reference\'s realm file for as long as the reference\'s Job runs');
    expect(comment).toContain('it deletes every client its realm file no longer lists');
    expect(comment).not.toContain('until this Job ran once');
  });
});
