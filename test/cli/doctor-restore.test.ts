import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { doctorCommand, runDoctor } from '../../bin/commands/doctor';
import { runExplain } from '../../bin/commands/explain';
import { minimalRaw, tempDir } from '../support/fixtures';
import { capture } from './support';

const BACKUP = { rustfs_enabled: true, langfuse_s3_access_key: 'langfuse-s3', langfuse_s3_secret_key: 'S3SecretKey0123456789', langfuse_backup_enabled: true };
const OPERATOR_RESTORE = {
  ...minimalRaw(), ...BACKUP, langfuse_version: 4, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest',
  langfuse_postgres_restore_from: 'langfuse-postgresql', langfuse_postgres_backup_server_name: 'langfuse-postgresql-2',
  langfuse_postgres_restore_target_time: '2026-11-30T21:15:00Z',
};
const BUNDLED = { ...minimalRaw(), ...BACKUP, langfuse_clickhouse_backup_enabled: true };
const BUNDLED_CLUSTER = { ...BUNDLED, langfuse_clickhouse_cluster_enabled: true, langfuse_clickhouse_replicas: 3 };

function writeConfig(raw: Record<string, unknown>, dir = tempDir()): string {
  const file = path.join(dir, 'langfuse.yaml');
  fs.writeFileSync(file, stringify(raw));
  return file;
}
const sections = (out: string) => out.split('\n').filter((l) => l.startsWith('## ')).map((l) => l.slice(3));
const section = (out: string, title: RegExp) => {
  const parts = out.split(/^## /m);
  return parts.find((p) => title.test(p.split('\n')[0])) ?? '';
};

describe('doctor restore', () => {
  test('prints the recovery in order: prerequisites, one commit with every restore key, ClickHouse then Postgres as Flux restores them, the buckets, then Langfuse', async () => {
    const { code, out } = await capture(() => runDoctor({ configPath: writeConfig(OPERATOR_RESTORE), restore: true }));
    expect(code).toBe(0);
    expect(sections(out)).toEqual([
      '0. Before anything: a new cluster, and the backups it restores from',
      '1. The restore settings of Postgres and ClickHouse: one edit, one commit',
      '2. ClickHouse (Flux restores it first)',
      '3. Postgres (CloudNativePG recovery: the Langfuse app creates the Cluster once the ClickHouse restore is done)',
      '4. Object storage buckets (not backed up by this tool)',
      '5. Langfuse',
    ]);
  });

  test('with the bundled ClickHouse Flux creates the Postgres Cluster with the Langfuse app, before the restore app: Postgres comes before ClickHouse', async () => {
    const { out } = await capture(() => runDoctor({ configPath: writeConfig(BUNDLED), restore: true }));
    expect(sections(out).slice(1, 4)).toEqual([
      '1. The restore settings of Postgres and ClickHouse: one edit, one commit',
      '2. Postgres (CloudNativePG recovery)',
      '3. ClickHouse (restored once the Langfuse app is Ready, Langfuse held at 0 replicas)',
    ]);
    const cluster = await capture(() => runDoctor({ configPath: writeConfig(BUNDLED_CLUSTER), restore: true }));
    expect(sections(cluster.out).slice(2, 4)).toEqual(['2. Postgres (CloudNativePG recovery)', '3. ClickHouse']);
  });

  test('one config edit with every restore key of both stores, the configured target time, then one synth and commit', async () => {
    const configPath = writeConfig({ ...OPERATOR_RESTORE, langfuse_postgres_restore_target_time: '2027-01-02T03:04:05Z' });
    const { out } = await capture(() => runDoctor({ configPath, restore: true }));
    const settings = section(out, /^1\./);
    expect(settings).toContain("printf '%s\\n' 'langfuse_postgres_restore_from: langfuse-postgresql' 'langfuse_postgres_backup_server_name: langfuse-postgresql-2' "
      + '\'langfuse_postgres_restore_target_time: "2027-01-02T03:04:05Z"\' \'langfuse_clickhouse_restore_from: latest\'\n');
    expect(settings).not.toContain('2026-11-30T21:15:00Z');
    expect(settings.match(/npm run cli -- synth/g)).toHaveLength(1);
    expect(settings).toContain('with every restore key in the same commit: Flux then restores ClickHouse first and creates the Postgres Cluster and Langfuse only after it');
    expect(settings).toContain('A commit with the Postgres keys alone starts Langfuse, whose migrations fill the new, empty ClickHouse');
    // no later section edits a restore key or synthesizes before Langfuse's removal of the keys
    for (const later of [/^2\./, /^3\./, /^4\./]) {
      expect(section(out, later)).not.toContain('restore_from:');
      expect(section(out, later)).not.toContain('npm run cli -- synth');
    }
    // without a configured target time, the key is a commented example
    const { out: plain } = await capture(() => runDoctor({ configPath: writeConfig({ ...OPERATOR_RESTORE, langfuse_postgres_restore_target_time: undefined }), restore: true }));
    expect(section(plain, /^1\./)).toContain('\'# langfuse_postgres_restore_target_time: "2026-11-30T21:15:00Z"\'');
  });

  test('Postgres: the check that the Cluster does not exist yet (bootstrap is read only at creation), the recovery Job and the data', async () => {
    const configPath = writeConfig(OPERATOR_RESTORE);
    const { out } = await capture(() => runDoctor({ configPath, restore: true }));
    expect(section(out, /^1\./)).toContain('CloudNativePG reads bootstrap only when it creates the Cluster, and ignores it on an existing one (expect NotFound)');
    expect(section(out, /^1\./)).toContain('kubectl get clusters.postgresql.cnpg.io -n ai-system langfuse-postgresql\n');
    const postgres = section(out, /^3\. Postgres/);
    expect(postgres).toContain('kubectl get pods -n ai-system -l cnpg.io/cluster=langfuse-postgresql,cnpg.io/jobRole=full-recovery');
    expect(postgres).toContain("kubectl exec -n ai-system langfuse-postgresql-1 -c postgres -- psql -d langfuse -c 'SELECT count(*) FROM projects'");
    expect(section(out, /^0\./)).toContain('s3 ls s3://langfuse-postgres-backups/langfuse-postgresql/base/');
    expect(section(out, /^0\./)).toContain('a target time must come after the end of the oldest one listed (the start of the recovery window)');
  });

  test('ClickHouse on the operator: the restore key, the analytics app, then the restore app Langfuse waits for, the Job logs and the restored tables', async () => {
    const { out } = await capture(() => runDoctor({ configPath: writeConfig(OPERATOR_RESTORE), restore: true }));
    const clickhouse = section(out, /^2\. ClickHouse/);
    const analytics = clickhouse.indexOf('kubectl get kustomizations.kustomize.toolkit.fluxcd.io -n flux-system langfuse-analytics\n');
    const restoreApp = clickhouse.indexOf('kubectl get kustomizations.kustomize.toolkit.fluxcd.io -n flux-system langfuse-clickhouse-restore\n');
    expect(analytics).toBeGreaterThan(0);
    expect(restoreApp).toBeGreaterThan(analytics);
    expect(clickhouse).toContain('kubectl logs -n ai-system job/langfuse-clickhouse-restore -c resolve; kubectl logs -n ai-system job/langfuse-clickhouse-restore -c restore');
    expect(clickhouse).toContain('clusterAllReplicas(default, default.events_core)');
    expect(section(out, /^0\./)).toContain('s3 ls s3://langfuse-postgres-backups/clickhouse/langfuse/');
    expect(clickhouse).not.toContain('langfuse_clickhouse_migration');
  });

  test.each([
    ['copy', 'langfuse_clickhouse_backend: bundled', 'clickhouse-bundled/langfuse/', 'langfuse_clickhouse_restore_from: latest'],
    ['cutover', '# langfuse_clickhouse_migration: (remove)', 'clickhouse/langfuse/', 'langfuse_clickhouse_restore_from: latest'],
  ])('during a ClickHouse migration (%s): leave it first, then restore the store Langfuse used, from its own folder', async (stage, edit, folder, then) => {
    const raw = { ...minimalRaw(), ...BACKUP, langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: stage, langfuse_clickhouse_backup_enabled: true };
    const { code, out } = await capture(() => runDoctor({ configPath: writeConfig(raw), restore: true }));
    expect(code).toBe(0);
    const settings = section(out, /^1\./);
    expect(settings).toContain(`the config is in stage ${stage} of a ClickHouse migration`);
    expect(settings.indexOf(edit)).toBeGreaterThan(0);
    expect(out.indexOf(then)).toBeGreaterThan(out.indexOf(edit));
    expect(section(out, /^0\./)).toContain(`s3 ls s3://langfuse-postgres-backups/${folder}`);
  });

  test('ClickHouse bundled, single node: the restore key in step 1, then the Langfuse app at 0 replicas, the restore app after it, and Langfuse starts when the keys go', async () => {
    const { out } = await capture(() => runDoctor({ configPath: writeConfig(BUNDLED), restore: true }));
    expect(section(out, /^1\./)).toContain("'langfuse_clickhouse_restore_from: latest'");
    expect(section(out, /^1\./)).toContain('then restores ClickHouse (the restore app waits for the Langfuse app); Langfuse starts once you remove the keys (step 5)');
    const clickhouse = section(out, /^3\. ClickHouse/);
    const langfuseApp = clickhouse.indexOf('kubectl get kustomizations.kustomize.toolkit.fluxcd.io -n flux-system langfuse\n');
    const held = clickhouse.indexOf('kubectl get deployments -n ai-system langfuse-web langfuse-worker\n');
    const restoreApp = clickhouse.indexOf('kubectl get kustomizations.kustomize.toolkit.fluxcd.io -n flux-system langfuse-clickhouse-restore\n');
    expect(langfuseApp).toBeGreaterThan(0);
    expect(held).toBeGreaterThan(langfuseApp);
    expect(restoreApp).toBeGreaterThan(held);
    expect(clickhouse).toContain('kubectl logs -n ai-system job/langfuse-clickhouse-restore -c resolve');
    expect(clickhouse).not.toContain('flux suspend');
    const langfuse = section(out, /^5\. Langfuse/).split('\n').filter((l) => l !== '' && !l.startsWith('5.'));
    expect(langfuse[0]).toMatch(/^# once the restore app is Ready and the traces are back \(step 3\): remove langfuse_postgres_restore_from, langfuse_clickhouse_restore_from .*this starts Langfuse/);
    expect(langfuse[1]).toBe("printf '%s\\n' '# langfuse_postgres_restore_from: (remove)' '# langfuse_clickhouse_restore_from: (remove)'");
  });

  test('ClickHouse bundled in cluster mode: a procedure by hand, with Langfuse suspended and scaled down, that refuses to start on a ClickHouse with traces', async () => {
    const { out } = await capture(() => runDoctor({ configPath: writeConfig(BUNDLED_CLUSTER), restore: true }));
    expect(section(out, /^1\./)).not.toContain('langfuse_clickhouse_restore_from');
    const clickhouse = section(out, /^3\. ClickHouse/);
    const commands = clickhouse.split('\n').filter((l) => l !== '' && !l.startsWith('#') && !l.startsWith('3.'));
    expect(commands[0]).toBe('flux suspend helmrelease langfuse -n ai-system && kubectl scale deployment -n ai-system langfuse-web langfuse-worker --replicas=0');
    expect(commands[1]).toContain('SELECT count() FROM traces');
    expect(commands[2]).toContain('DROP DATABASE default ON CLUSTER default SYNC');
    expect(commands[3]).toContain('RESTORE DATABASE default ON CLUSTER default FROM S3(');
    expect(commands[3]).toContain('| kubectl exec -i -n ai-system langfuse-clickhouse-shard0-0 --');
    expect(commands[commands.length - 1]).toBe('flux resume helmrelease langfuse -n ai-system');
  });

  test('the buckets: how to copy them back from a replica, and the check', async () => {
    const { out } = await capture(() => runDoctor({ configPath: writeConfig(OPERATOR_RESTORE), restore: true }));
    const buckets = section(out, /^4\./);
    expect(buckets).toContain('mc mirror --overwrite replica/langfuse-events rustfs/langfuse-events && mc mirror --overwrite replica/langfuse-media rustfs/langfuse-media');
    expect(buckets).toContain('RustFS bucket replication');
  });

  test('prints no secret value of the config', async () => {
    const { out } = await capture(() => runDoctor({ configPath: writeConfig(OPERATOR_RESTORE), restore: true }));
    for (const secret of ['S3SecretKey0123456789', 'PostgresPassword0123456789', 'ClickhousePassword0123456789', 's'.repeat(32)]) {
      expect(out).not.toContain(secret);
    }
  });

  test('runs no code from a hostile config path, and pipes the RESTORE with the keys from the environment, never as an argument', async () => {
    // GIVEN the bundled config at a path full of shell syntax
    const dir = tempDir();
    const folder = path.join(dir, `cfg'"$(touch pwned-1)\`touch pwned-2\`;touch pwned-3`);
    fs.mkdirSync(folder);
    const { out } = await capture(() => runDoctor({ configPath: writeConfig(BUNDLED_CLUSTER, folder), restore: true }));
    // WHEN the whole output runs with bash, every program a stub that records its arguments and standard input
    const bin = path.join(dir, 'bin');
    const calls = path.join(dir, 'calls');
    fs.mkdirSync(bin);
    fs.mkdirSync(calls);
    for (const name of ['kubectl', 'aws', 'flux', 'mc', 'npm', 'curl', 'sleep', 'tail']) {
      fs.writeFileSync(path.join(bin, name), `#!/bin/bash\nf="${calls}/$(date +%s%N)-$$"\nprintf '%s\\0' ${name} "$@" > "$f.args"\n[ -t 0 ] || cat > "$f.stdin"\n`, { mode: 0o755 });
    }
    const script = out.replaceAll('<backup name>', '20261201T040000Z');
    const run = spawnSync('bash', ['-c', script], {
      cwd: dir, encoding: 'utf8', input: '', timeout: 60_000,
      env: { PATH: `${bin}:/usr/bin:/bin`, HOME: dir, AWS_ACCESS_KEY_ID: "AKID'x", AWS_SECRET_ACCESS_KEY: 'SECRET\\y' },
    });
    expect(run.error).toBeUndefined();
    // THEN nothing was injected, no key is in any argument list, and the RESTORE reached kubectl exec -i on stdin, escaped for SQL
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('pwned'))).toEqual([]);
    const files = fs.readdirSync(calls).sort();
    const args = files.filter((f) => f.endsWith('.args')).map((f) => fs.readFileSync(path.join(calls, f), 'utf8'));
    expect(args.join('\n')).not.toContain('SECRET');
    expect(args.join('\n')).not.toContain('AKID');
    const stdins = files.filter((f) => f.endsWith('.stdin')).map((f) => fs.readFileSync(path.join(calls, f), 'utf8'));
    expect(stdins.filter((s) => s !== '')).toContain("RESTORE DATABASE default ON CLUSTER default FROM S3('http://rustfs-svc.storage.svc.cluster.local:9000/langfuse-postgres-backups/clickhouse-bundled/langfuse/20261201T040000Z', "
      + "'AKID\\'x', 'SECRET\\\\y')\n");
  });

  test('the subcommand is "restore" only: anything else is a usage error (exit 2)', async () => {
    const bad = await capture(() => doctorCommand.run(['--config', writeConfig(BUNDLED), 'restor']));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('doctor takes one optional subcommand, "restore" (got "restor")');
    const help = await capture(() => doctorCommand.run(['--help']));
    expect(help.out).toContain('usage: langfuse-cdk8s doctor [restore] [--config FILE]');
    const plain = await capture(() => doctorCommand.run(['--config', writeConfig(BUNDLED)]));
    expect(plain.code).toBe(0);
    expect(sections(plain.out)).toContain('Backups');
    // the checks themselves follow the ClickHouse backups: the CronJob, its Jobs and their two steps
    expect(section(plain.out, /^Backups/)).toContain('kubectl get cronjobs,jobs -n ai-system -l app.kubernetes.io/name=langfuse-clickhouse-backup');
    expect(section(plain.out, /^Backups/)).toContain('-c retention --tail=20');
  });
});

describe('doctor follows the Flux apps of a restore', () => {
  test('the checks name the analytics and restore apps Langfuse waits for, and the Secret of the restore Job', async () => {
    const { out } = await capture(() => runDoctor({ configPath: writeConfig(OPERATOR_RESTORE) }));
    const flux = section(out, /^Flux reconciliation/);
    expect(flux).toContain('# its ClickHouse apps are Ready: langfuse-analytics, langfuse-clickhouse-restore (Langfuse waits for langfuse-analytics and langfuse-clickhouse-restore)\n'
      + 'kubectl get kustomizations.kustomize.toolkit.fluxcd.io -n flux-system langfuse-analytics langfuse-clickhouse-restore\n');
    expect(flux).toMatch(/kubectl get secrets -n ai-system .*langfuse-analytics-credentials langfuse-clickhouse-restore-credentials/);
  });

  test('without a restore, only the analytics app', async () => {
    const { out } = await capture(() => runDoctor({ configPath: writeConfig({ ...minimalRaw(), langfuse_version: 4 }) }));
    expect(section(out, /^Flux reconciliation/)).toContain('kubectl get kustomizations.kustomize.toolkit.fluxcd.io -n flux-system langfuse-analytics\n');
    expect(out).not.toContain('langfuse-clickhouse-restore');
  });
});

describe('explain shows the recovery plan', () => {
  test('source, target time and the new backup folder of Postgres; the ClickHouse backups and restore; what a loss costs', async () => {
    const { code, out } = await capture(() => runExplain({ configPath: writeConfig(OPERATOR_RESTORE) }));
    expect(code).toBe(0);
    expect(out).toMatch(/postgres backups +s3:\/\/langfuse-postgres-backups\/langfuse-postgresql-2 +Barman Cloud plugin; WAL continuously, base backups "0 0 3 \* \* \*", kept 7d/);
    expect(out).toMatch(/postgres recovery +s3:\/\/langfuse-postgres-backups\/langfuse-postgresql +to 2026-11-30T21:15:00Z; only when the Cluster is created \(CloudNativePG ignores bootstrap on an existing one\)/);
    expect(out).toMatch(/clickhouse backups +s3:\/\/langfuse-postgres-backups\/clickhouse\/langfuse +BACKUP DATABASE default, full, "0 4 \* \* \*" \(UTC\), keeps 7/);
    expect(out).toMatch(/clickhouse restore +latest +from s3:\/\/langfuse-postgres-backups\/clickhouse\/langfuse; RESTORE into the new cluster of langfuse-analytics once it is Ready, in the Flux app langfuse-clickhouse-restore, which Langfuse waits for/);
    expect(out).toMatch(/flux apps +langfuse-analytics; langfuse-clickhouse-restore \(after langfuse-analytics\); langfuse \(after langfuse-analytics, langfuse-clickhouse-restore\)/);
    expect(out).toMatch(/data lost at most: postgres +5m +WAL is archived continuously/);
    expect(out).toMatch(/data lost at most: clickhouse +1d +plus the duration of one backup/);
    expect(out).toMatch(/data lost at most: buckets +everything +the events, media and exports buckets are not backed up/);
  });

  test('a restore from another instance: explain names its folder, and doctor restore lists its backups', async () => {
    const configPath = writeConfig({ ...OPERATOR_RESTORE, langfuse_instance_name: 'drill', langfuse_namespace: 'drill', langfuse_clickhouse_restore_from: 'langfuse/latest' });
    const { out } = await capture(() => runExplain({ configPath }));
    expect(out).toMatch(/clickhouse restore +latest +from s3:\/\/langfuse-postgres-backups\/clickhouse\/langfuse; RESTORE/);
    expect(out).toMatch(/clickhouse backups +s3:\/\/langfuse-postgres-backups\/clickhouse\/drill /);
    const doctor = await capture(() => runDoctor({ configPath, restore: true }));
    expect(section(doctor.out, /^0\./)).toContain('s3 ls s3://langfuse-postgres-backups/clickhouse/langfuse/\n');
    expect(section(doctor.out, /^1\./)).toContain("'langfuse_clickhouse_restore_from: langfuse/latest'");
    // a drill that takes no ClickHouse backups of its own still restores, and lists the source's backups
    const noBackups = writeConfig({ ...OPERATOR_RESTORE, langfuse_instance_name: 'drill', langfuse_namespace: 'drill', langfuse_clickhouse_backup_enabled: false,
      langfuse_clickhouse_restore_from: 'langfuse/latest' });
    const drill = await capture(() => runDoctor({ configPath: noBackups, restore: true }));
    expect(section(drill.out, /^0\./)).toContain('s3 ls s3://langfuse-postgres-backups/clickhouse/langfuse/\n');
    expect(section(drill.out, /^2\. ClickHouse/)).toContain('kubectl logs -n drill job/langfuse-clickhouse-restore -c resolve');
  });

  test('a restore of the bundled ClickHouse: after the Langfuse app, with Langfuse held off until the key goes', async () => {
    const { out } = await capture(() => runExplain({ configPath: writeConfig({ ...BUNDLED, langfuse_clickhouse_restore_from: 'latest' }) }));
    expect(out).toMatch(/clickhouse restore +latest +from s3:\/\/langfuse-postgres-backups\/clickhouse-bundled\/langfuse; RESTORE into the bundled ClickHouse once the Flux app langfuse is Ready \(web and worker at 0 replicas, no ClickHouse migrations\), in the Flux app langfuse-clickhouse-restore; Langfuse starts when the key is removed/);
    expect(out).toMatch(/flux apps +langfuse; langfuse-clickhouse-restore \(after langfuse\)/);
  });

  test('without backups: both stores would be lost', async () => {
    const { out } = await capture(() => runExplain({ configPath: writeConfig(minimalRaw()) }));
    expect(out).toMatch(/postgres backups +off +langfuse_backup_enabled/);
    expect(out).toMatch(/data lost at most: postgres +everything/);
    expect(out).toMatch(/data lost at most: clickhouse +everything/);
  });
});
