import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runDiff } from '../../bin/commands/diff';
import { runSynth } from '../../bin/commands/synth';
import { DeletionGuardError, guardedDeletions, writeTree } from '../../lib/output/tree-writer';
import { minimalRaw, renderTree, REPO_ROOT, snapshotTree, tempDir } from '../support/fixtures';
import { capture } from '../cli/support';

const APP = 'kubernetes/apps/ai-system/langfuse';
const BACKUPS = { rustfs_enabled: true, langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key', langfuse_backup_enabled: true };
const V4 = { langfuse_version: 4 };

/** A tree written from `from`, and what a write of `to` over it does. */
async function switchTree(from: Record<string, unknown>, to: Record<string, unknown>, allowDelete?: boolean) {
  const root = tempDir();
  writeTree(root, await renderTree({ ...minimalRaw(), ...from }));
  const before = snapshotTree(root);
  const files = await renderTree({ ...minimalRaw(), ...to });
  let error: unknown;
  try {
    writeTree(root, files, { allowDelete });
  } catch (e) {
    error = e;
  }
  return { root, before, after: snapshotTree(root), error: error as DeletionGuardError | undefined };
}
const objects = (error: DeletionGuardError | undefined) => (error?.deletions ?? []).map((d) => d.object);

describe('deletions are never silent', () => {
  test('turning Langfuse off stops before writing and lists the app, the Postgres cluster, its database and Secrets', async () => {
    const { before, after, error } = await switchTree({}, { langfuse_enabled: false });
    expect(error).toBeInstanceOf(DeletionGuardError);
    expect(after).toEqual(before);
    expect(objects(error)).toEqual([
      'Cluster ai-system/langfuse-postgresql (postgresql.cnpg.io/v1)',
      'Database ai-system/langfuse-postgresql-langfuse (postgresql.cnpg.io/v1)',
      'Secret ai-system/langfuse-postgresql-credentials',
      'the Flux app kubernetes/apps/ai-system/langfuse (Kustomization flux-system/langfuse)',
    ]);
    expect(error!.message).toMatch(/^synth stopped before writing anything: it would delete these 4 under /);
    expect(error!.message).toContain(`  ${APP}/app/postgresql.yaml: Cluster ai-system/langfuse-postgresql (postgresql.cnpg.io/v1): it carries kustomize.toolkit.fluxcd.io/prune: disabled, so Flux leaves it running`);
    expect(error!.message).toContain('--allow-delete (LANGFUSE_ALLOW_DELETE=1 for npx cdk8s synth)');
    expect(error!.deletions.find((d) => d.object.startsWith('Secret'))!.effect).toBe('Cluster ai-system/langfuse-postgresql reads it');
  });

  test('a renamed namespace deletes the old Cluster (the new one starts empty): listed, though the Kustomization stays', async () => {
    const { error } = await switchTree({}, { langfuse_namespace: 'observability' });
    expect(objects(error)).toEqual([
      'Cluster ai-system/langfuse-postgresql (postgresql.cnpg.io/v1)',
      'Database ai-system/langfuse-postgresql-langfuse (postgresql.cnpg.io/v1)',
      'Secret ai-system/langfuse-postgresql-credentials',
    ]);
  });

  test('a renamed instance keeps the Cluster\'s name, but its old Kustomization, which prunes it, goes: listed', async () => {
    const { error } = await switchTree({}, { langfuse_instance_name: 'traces' });
    expect(objects(error)).toEqual(['the Flux app kubernetes/apps/ai-system/langfuse (Kustomization flux-system/langfuse)']);
  });

  test('a Kustomization moved to another namespace is a deletion of the old one', async () => {
    const { error } = await switchTree({}, { flux_namespace: 'gitops' });
    expect(objects(error)).toEqual(['the Flux app kubernetes/apps/ai-system/langfuse (Kustomization flux-system/langfuse)']);
  });

  test('a changed backend removes the operator\'s ClickHouse app: its resources (listed, saying Flux leaves them running: prune disabled), their Secret and the app', async () => {
    const { error } = await switchTree(V4, { langfuse_version: 3 });
    const analytics = 'kubernetes/apps/ai-system/langfuse-analytics';
    const clickhouse = (error?.deletions ?? []).filter((d) => d.path.startsWith(`${analytics}/`));
    expect(clickhouse.map((d) => `${d.path.slice(analytics.length + 1)}: ${d.object}`)).toEqual([
      'app/clickhouse.yaml: ClickHouseCluster ai-system/langfuse-analytics (clickhouse.com/v1alpha1)',
      'app/clickhouse.yaml: KeeperCluster ai-system/langfuse-analytics (clickhouse.com/v1alpha1)',
      'app/secret.sops.yaml: Secret ai-system/langfuse-analytics-credentials',
      `ks.yaml: the Flux app ${analytics} (Kustomization flux-system/langfuse-analytics)`,
    ]);
    expect(clickhouse[0].effect).toMatch(/kustomize\.toolkit\.fluxcd\.io\/prune: disabled, so Flux leaves it running/);
    // the bundled ClickHouse's own Secret is new, not a deletion
    expect(objects(error)).not.toContain('Secret ai-system/langfuse-clickhouse-credentials');
  });

  test('turning backups off removes the ObjectStore and the Secret it reads: listed', async () => {
    const { error } = await switchTree(BACKUPS, { ...BACKUPS, langfuse_backup_enabled: false });
    expect(objects(error)).toEqual(['ObjectStore ai-system/langfuse-objectstore (barmancloud.cnpg.io/v1)', 'Secret ai-system/langfuse-backup-credentials']);
    expect(error!.deletions[1].effect).toBe('ObjectStore ai-system/langfuse-objectstore reads it');
  });

  test('with allowDelete the same write goes through', async () => {
    const { root, error } = await switchTree({}, { langfuse_enabled: false }, true);
    expect(error).toBeUndefined();
    expect(fs.existsSync(path.join(root, APP))).toBe(false);
  });

  test('removing objects that hold no data is not stopped: monitors, dashboards, policies', async () => {
    const { error } = await switchTree({ monitoring_enabled: true, langfuse_monitoring_enabled: true, network_policies_enabled: true }, {});
    expect(error).toBeUndefined();
  });

  describe('on objects the guard reads from the previous tree', () => {
    const cluster = (secret: string) => stringify({
      apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'db', namespace: 'ns' }, spec: { bootstrap: { initdb: { secret: { name: secret } } } },
    });
    const secret = (name: string) => stringify({ apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'ns' }, stringData: { password: 'p' } });

    test('a Secret a stateful object read, removed while the object stays: listed', () => {
      const plan = {
        removals: [{ path: 'a/app/old.sops.yaml', sha256: '', content: secret('db-old') }],
        writes: [{ path: 'a/app/db.yaml', content: cluster('db-new'), sha256: '', existing: cluster('db-old') }],
      };
      const deletions = guardedDeletions(plan, [{ path: 'a/app/db.yaml', content: cluster('db-new') }, { path: 'a/app/new.sops.yaml', content: secret('db-new') }]);
      expect(deletions).toEqual([{ path: 'a/app/old.sops.yaml', object: 'Secret ns/db-old', effect: 'Cluster ns/db reads it' }]);
    });

    test('a Secret file re-encrypted with the same objects deletes nothing; one that drops a Secret the Cluster reads still does', () => {
      const sops = (names: readonly string[], salt: string) => names.map((name) => `apiVersion: v1\nkind: Secret\nmetadata:\n    name: ${name}\n    namespace: ns\n`
        + `stringData:\n    password: ENC[AES256_GCM,data:${salt}${name},iv:x,tag:y,type:str]\nsops:\n    age:\n        - recipient: age1x\n          enc: |\n`
        + `            -----BEGIN AGE ENCRYPTED FILE-----\n            ${salt}\n            -----END AGE ENCRYPTED FILE-----\n    mac: ENC[AES256_GCM,data:${salt}]\n`).join('---\n');
      const files = (content: string) => [{ path: 'a/app/db.yaml', content: cluster('db-old') }, { path: 'a/app/secret.sops.yaml', content }];
      const rewrite = (before: string, after: string) => guardedDeletions({ removals: [], writes: [{ path: 'a/app/secret.sops.yaml', content: after, sha256: '', existing: before }] }, files(after));
      expect(rewrite(sops(['db-old', 'other'], 'aaa'), sops(['db-old', 'other'], 'bbb'))).toEqual([]);
      expect(rewrite(sops(['db-old', 'other'], 'aaa'), sops(['other'], 'bbb'))).toEqual([{ path: 'a/app/secret.sops.yaml', object: 'Secret ns/db-old', effect: 'Cluster ns/db reads it' }]);
    });

    test('an object that only moves to another file is not a deletion', () => {
      const plan = { removals: [{ path: 'a/app/one.yaml', sha256: '', content: cluster('s') }], writes: [] };
      expect(guardedDeletions(plan, [{ path: 'a/app/two.yaml', content: cluster('s') }])).toEqual([]);
    });

    test('a Kustomization keeps its identity when the namespace folder\'s kustomization moves it (namespace:), as the reference deployment\'s does', () => {
      const ks = (namespace: string) => stringify({ apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'langfuse', namespace } });
      const plan = { removals: [], writes: [{ path: 'apps/ai-system/langfuse/ks.yaml', content: ks('ai-system'), sha256: '', existing: ks('flux-system') }] };
      const files = [{ path: 'apps/ai-system/langfuse/ks.yaml', content: ks('ai-system') }];
      // without the folder's namespace: the live object flux-system/langfuse goes, and with it what it applied
      expect(guardedDeletions(plan, files).map((d) => d.object)).toEqual(['the Flux app apps/ai-system/langfuse (Kustomization flux-system/langfuse)']);
      // with it, both files describe ai-system/langfuse: the same object, updated in place
      expect(guardedDeletions(plan, files, [], (folder) => (folder === 'apps/ai-system' ? 'ai-system' : undefined))).toEqual([]);
      expect(guardedDeletions(plan, files, [], (folder) => (folder === 'apps/ai-system' ? 'gitops' : undefined))).toEqual([]);
    });

    test('a removed Secret file whose names are encrypted is listed as such', () => {
      const plan = { removals: [{ path: 'a/app/secret.sops.yaml', sha256: '', content: 'apiVersion: ENC[AES256_GCM,data:x]\nkind: ENC[AES256_GCM,data:y]\n' }], writes: [] };
      expect(guardedDeletions(plan, []).map((d) => d.object)).toEqual(['an encrypted Secret file']);
    });
  });

  describe('on the command line', () => {
    const configFile = (dir: string, raw: Record<string, unknown>) => {
      const file = path.join(dir, `config-${Math.random().toString(36).slice(2)}.yaml`);
      fs.writeFileSync(file, stringify({ ...minimalRaw(), sops_plaintext_output: true, sops_allow_test_key: true, ...raw }));
      return file;
    };
    const isolated = { env: { ...process.env, SOPS_AGE_RECIPIENTS: '', SOPS_AGE_KEY_FILE: '', SOPS_AGE_KEY: '' } };

    test('synth exits 2 with the list and writes nothing; diff shows the same list; --allow-delete removes them', async () => {
      const dir = tempDir();
      const out = path.join(dir, 'dist');
      expect((await capture(() => runSynth({ configPath: configFile(dir, {}), outDir: out, repoRoot: dir, ...isolated }))).code).toBe(0);
      const before = snapshotTree(out);
      const off = configFile(dir, { langfuse_enabled: false });

      const stopped = await capture(() => runSynth({ configPath: off, outDir: out, repoRoot: dir, ...isolated }));
      expect(stopped.code).toBe(2);
      expect(stopped.err).toContain(`${APP}/app/postgresql.yaml: Cluster ai-system/langfuse-postgresql (postgresql.cnpg.io/v1)`);
      expect(stopped.err).not.toMatch(/\n\s+at /);
      expect(snapshotTree(out)).toEqual(before);

      const diff = await capture(() => runDiff({ configPath: off, outDir: out, repoRoot: dir, ...isolated }));
      expect(diff.code).toBe(1);
      expect(diff.out).toContain('deletes (synth stops here unless --allow-delete; LANGFUSE_ALLOW_DELETE=1 for npx cdk8s synth):');
      expect(diff.out).toContain(`  ${APP}/app/postgresql.yaml: Cluster ai-system/langfuse-postgresql (postgresql.cnpg.io/v1): it carries kustomize.toolkit.fluxcd.io/prune: disabled, so Flux leaves it running`);
      expect(diff.out).toContain(`  ${APP}/ks.yaml: the Flux app ${APP} (Kustomization flux-system/langfuse)`);

      const allowed = await capture(() => runSynth({ configPath: off, outDir: out, repoRoot: dir, allowDelete: true, ...isolated }));
      expect(allowed.code).toBe(0);
      expect(fs.existsSync(path.join(out, APP))).toBe(false);
    });

    test('npx cdk8s synth (main.ts) takes LANGFUSE_ALLOW_DELETE=1 for --allow-delete and LANGFUSE_STRICT=1 for --strict', () => {
      const dir = tempDir();
      const out = path.join(dir, 'dist');
      const run = (config: string, env: NodeJS.ProcessEnv = {}) => spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'launch.js'), 'main'], {
        cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, LANGFUSE_CONFIG: config, LANGFUSE_OUT: out, ...env },
      });
      expect(run(configFile(dir, {})).status).toBe(0);
      const off = configFile(dir, { langfuse_enabled: false });
      const refused = run(off);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toContain('LANGFUSE_ALLOW_DELETE=1');
      expect(fs.existsSync(path.join(out, APP, 'ks.yaml'))).toBe(true);
      expect(run(off, { LANGFUSE_ALLOW_DELETE: '1' }).status).toBe(0);
      expect(fs.existsSync(path.join(out, APP))).toBe(false);

      const idle = configFile(dir, { langfuse_sso_enabled: true });
      expect(run(idle, { LANGFUSE_STRICT: '1' }).status).toBe(2);
      const warned = run(idle);
      expect(warned.status).toBe(0);
      expect(warned.stderr).toContain('langfuse_sso_enabled is ignored');
    }, 60_000);
  });
});
