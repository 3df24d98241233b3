import { Testing } from 'cdk8s';
import { clickhouseBackupLocation } from '../../lib/backup/backup-location';
import { CLICKHOUSE_RESOLVE_SCRIPT, CLICKHOUSE_RESTORE_SCRIPT } from '../../lib/backup/clickhouse-backup-scripts';
import { ClickHouseRestore } from '../../lib/backup/clickhouse-restore';
import { ClickHouseRestoreApp } from '../../lib/backup/clickhouse-restore-app';
import { toChartProps } from '../../lib/config/to-props';
import { LangfuseChart } from '../../lib/langfuse-chart';
import { bundledBackupTarget } from '../../lib/backup/clickhouse-backup-target';
import { langfuseNames } from '../../lib/names';
import { kubectlAvailable, kustomizeBuild, SchemaValidator } from '../../lib/validate';
import { BACKUP, MONITORING, withRaw } from '../observability/configs';
import { config, configProblems, findObject, hasObject, K8sObject, renderTree, synthObjects, tempDir, writeRendered } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';

const RESTORE = { ...BACKUP, langfuse_version: 4, langfuse_clickhouse_restore_from: 'latest', langfuse_clickhouse_backup_enabled: true };
const objects = synthObjects(withRaw(RESTORE, MONITORING));
const ks = (name: string) => findObject(objects, 'Kustomization', name);
const job = () => findObject(objects, 'Job', 'langfuse-clickhouse-restore');
const env = (container: any) => Object.fromEntries(container.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));

/** The objects of one Flux app, by the Kustomization's path. */
async function appFiles(raw: Record<string, unknown>, app: string): Promise<string[]> {
  return (await renderTree(raw)).map((f) => f.path).filter((p) => p.startsWith(`kubernetes/apps/ai-system/${app}/`)).sort();
}

describe('the ClickHouse restore runs before Langfuse starts', () => {
  test('Langfuse\'s Kustomization depends on the restore app, so its HelmRelease (and its migrations) waits for the restore', () => {
    // GIVEN a restore on the operator backend
    // WHEN the Langfuse Kustomization is read
    const langfuse = ks('langfuse');
    // THEN it waits for the restore app, and the HelmRelease is the Langfuse app's, not the restore app's
    expect(langfuse.spec.dependsOn).toContainEqual({ name: 'langfuse-clickhouse-restore', namespace: 'flux-system' });
    expect(langfuse.spec.dependsOn).toContainEqual({ name: 'langfuse-analytics', namespace: 'flux-system' });
    expect(langfuse.spec.healthChecks).toContainEqual({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', name: 'langfuse', namespace: 'ai-system' });
  });

  test('the restore app waits for the analytics app (both clusters Ready), and counts Ready only once the Job completed, failed once it failed', () => {
    const restore = ks('langfuse-clickhouse-restore');
    expect(restore.spec.dependsOn).toEqual([{ name: 'langfuse-analytics', namespace: 'flux-system' }]);
    expect(restore.spec.wait).toBe(false);
    expect(restore.spec.healthChecks).toEqual([{ apiVersion: 'batch/v1', kind: 'Job', name: 'langfuse-clickhouse-restore', namespace: 'ai-system' }]);
    expect(restore.spec.healthCheckExprs).toEqual([{
      apiVersion: 'batch/v1', kind: 'Job',
      current: "status.conditions.exists(e, e.type == 'Complete' && e.status == 'True')",
      failed: "status.conditions.exists(e, e.type == 'Failed' && e.status == 'True')",
    }]);
    // The analytics app itself waits for the operator and is Ready once both clusters are.
    expect(ks('langfuse-analytics').spec.dependsOn).toEqual([{ name: 'clickhouse-operator', namespace: 'flux-system' }]);
    expect(ks('langfuse-analytics').spec.healthChecks).toEqual([
      { apiVersion: 'clickhouse.com/v1alpha1', kind: 'KeeperCluster', name: 'langfuse-analytics', namespace: 'ai-system' },
      { apiVersion: 'clickhouse.com/v1alpha1', kind: 'ClickHouseCluster', name: 'langfuse-analytics', namespace: 'ai-system' },
    ]);
  });

  test('the restore app holds only the Job and its credentials; the clusters, their Secret and the namespace stay in the analytics app', async () => {
    const raw = withRaw(RESTORE);
    expect(await appFiles(raw, 'langfuse-clickhouse-restore')).toEqual([
      'kubernetes/apps/ai-system/langfuse-clickhouse-restore/app/clickhouse-restore.yaml',
      'kubernetes/apps/ai-system/langfuse-clickhouse-restore/app/kustomization.yaml',
      'kubernetes/apps/ai-system/langfuse-clickhouse-restore/app/secret.sops.yaml',
      'kubernetes/apps/ai-system/langfuse-clickhouse-restore/ks.yaml',
    ]);
    expect(await appFiles(raw, 'langfuse-analytics')).toEqual([
      'kubernetes/apps/ai-system/langfuse-analytics/app/clickhouse.yaml',
      'kubernetes/apps/ai-system/langfuse-analytics/app/kustomization.yaml',
      'kubernetes/apps/ai-system/langfuse-analytics/app/namespace.yaml',
      'kubernetes/apps/ai-system/langfuse-analytics/app/secret.sops.yaml',
      'kubernetes/apps/ai-system/langfuse-analytics/ks.yaml',
    ]);
    const langfuse = await appFiles(raw, 'langfuse');
    expect(langfuse).toContain('kubernetes/apps/ai-system/langfuse/app/helmrelease.yaml');
    expect(langfuse).not.toContain('kubernetes/apps/ai-system/langfuse/app/clickhouse.yaml');
    expect(langfuse).not.toContain('kubernetes/apps/ai-system/langfuse/app/namespace.yaml');
  });

  test('no object is emitted by two Flux apps (one owner each: no ownership fight, no prune of another app\'s object)', () => {
    const key = (o: K8sObject) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;
    const keys = objects.map(key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const [kind, name] of [['Namespace', 'ai-system'], ['Secret', 'langfuse-analytics-credentials'], ['ClickHouseCluster', 'langfuse-analytics'],
      ['KeeperCluster', 'langfuse-analytics']]) {
      expect(objects.filter((o) => o.kind === kind && o.metadata.name === name)).toHaveLength(1);
    }
  });

  test('nothing stateful is in the restore app: removing the restore key later prunes only the Job and its credentials', async () => {
    const restoreApp = (await renderTree(withRaw(RESTORE))).filter((f) => f.path.startsWith('kubernetes/apps/ai-system/langfuse-clickhouse-restore/app/'));
    const kinds = restoreApp.flatMap((f) => [...f.content.matchAll(/^kind: (\S+)$/gm)].map((m) => m[1])).sort();
    expect(kinds).toEqual(['Job', 'Kustomization', 'Secret']);
    expect(findObject(objects, 'Job', 'langfuse-clickhouse-restore').metadata.annotations?.['kustomize.toolkit.fluxcd.io/prune']).toBeUndefined();
  });

  test('the Job resolves the backup with aws-cli, then restores with clickhouse-client into the first replica, expecting a Replicated database', () => {
    const spec = job().spec.template.spec;
    expect(spec.initContainers.map((c: any) => [c.name, c.command[2]])).toEqual([['resolve', CLICKHOUSE_RESOLVE_SCRIPT]]);
    expect(spec.containers.map((c: any) => [c.name, c.command[2]])).toEqual([['restore', CLICKHOUSE_RESTORE_SCRIPT]]);
    expect(env(spec.initContainers[0])).toMatchObject({ RESTORE_FROM: 'latest', BACKUP_BUCKET: 'langfuse-postgres-backups', BACKUP_PREFIX: 'clickhouse/langfuse' });
    expect(env(spec.containers[0])).toMatchObject({
      EXPECTED_ENGINE: 'Replicated',
      CLICKHOUSE_HOST: 'langfuse-analytics-clickhouse-0-0-0.langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local',
      BACKUP_URL: 'http://rustfs-svc.storage.svc.cluster.local:9000/langfuse-postgres-backups/clickhouse/langfuse',
    });
  });

  test('the Job reads the backup keys from its own Secret, and the password from the cluster\'s, by secretKeyRef only', () => {
    const spec = job().spec.template.spec;
    const refs = [...spec.initContainers, ...spec.containers].flatMap((c: any) => c.env.filter((e: any) => e.valueFrom).map((e: any) => [e.name, e.valueFrom.secretKeyRef]));
    expect(refs).toEqual([
      ['AWS_ACCESS_KEY_ID', { name: 'langfuse-clickhouse-restore-credentials', key: 'ACCESS_KEY_ID' }],
      ['AWS_SECRET_ACCESS_KEY', { name: 'langfuse-clickhouse-restore-credentials', key: 'SECRET_ACCESS_KEY' }],
      ['CLICKHOUSE_PASSWORD', { name: 'langfuse-analytics-credentials', key: 'password' }],
      ['AWS_ACCESS_KEY_ID', { name: 'langfuse-clickhouse-restore-credentials', key: 'ACCESS_KEY_ID' }],
      ['AWS_SECRET_ACCESS_KEY', { name: 'langfuse-clickhouse-restore-credentials', key: 'SECRET_ACCESS_KEY' }],
    ]);
    expect(JSON.stringify(job())).not.toContain('S3SecretKey0123456789');
    expect(findObject(objects, 'Secret', 'langfuse-clickhouse-restore-credentials').stringData).toEqual({ ACCESS_KEY_ID: 'langfuse-s3', SECRET_ACCESS_KEY: 'S3SecretKey0123456789' });
  });

  test('the Job never runs twice: no TTL (Flux would recreate a collected Job) and no forced replacement', () => {
    expect(job().spec.ttlSecondsAfterFinished).toBeUndefined();
    expect(job().metadata.annotations?.['kustomize.toolkit.fluxcd.io/force']).toBeUndefined();
    expect(job().spec.backoffLimit).toBe(2);
  });

  test('network policies admit the backup and restore Jobs to ClickHouse, and ClickHouse to the backup bucket', () => {
    const policy = findObject(synthObjects(withRaw(RESTORE, { network_policies_enabled: true })), 'CiliumNetworkPolicy', 'langfuse-analytics-clickhouse');
    const from = policy.spec.ingress.flatMap((r: any) => r.fromEndpoints ?? []).map((e: any) => e.matchLabels['app.kubernetes.io/name']);
    expect(from).toEqual(expect.arrayContaining(['langfuse-clickhouse-backup', 'langfuse-clickhouse-restore']));
    expect(policy.spec.egress.flatMap((r: any) => r.toEndpoints ?? []).map((e: any) => e.matchLabels['app.kubernetes.io/name'])).toContain('rustfs');
  });

  test('every object validates against its schema', () => {
    expect(SchemaValidator.load().validateAll(objects)).toEqual([]);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'kubectl kustomize builds the restore app', () => {
  test('and the analytics and Langfuse apps next to it, with backups, monitoring and network policies on', async () => {
    const root = tempDir();
    const folders = writeRendered(await renderTree(withRaw(RESTORE, MONITORING, { network_policies_enabled: true })), root);
    expect(folders.map((f) => f.split('/').slice(-2).join('/')).sort()).toEqual(['langfuse-analytics/app', 'langfuse-clickhouse-restore/app', 'langfuse/app']);
    for (const folder of folders) expect({ folder, error: kustomizeBuild(folder).error }).toEqual({ folder, error: undefined });
  });
});

describe('the ClickHouse restore keys', () => {
  test('without langfuse_clickhouse_restore_from there is no restore app, and Langfuse waits for the analytics app only', () => {
    const plain = synthObjects(withRaw(BACKUP, { langfuse_version: 4 }));
    expect(hasObject(plain, 'Kustomization', 'langfuse-clickhouse-restore')).toBe(false);
    expect(hasObject(plain, 'Job', 'langfuse-clickhouse-restore')).toBe(false);
    const dependsOn = findObject(plain, 'Kustomization', 'langfuse').spec.dependsOn.map((d: any) => d.name);
    expect(dependsOn).toContain('langfuse-analytics');
    expect(dependsOn).not.toContain('langfuse-clickhouse-restore');
  });

  test('the apps follow the instance name and the Flux namespace', () => {
    const named = synthObjects(withRaw(RESTORE, { langfuse_instance_name: 'langfuse-prod', flux_namespace: 'flux-apps' }));
    const restore = findObject(named, 'Kustomization', 'langfuse-prod-clickhouse-restore');
    expect(restore.metadata.namespace).toBe('flux-apps');
    expect(restore.spec.dependsOn).toEqual([{ name: 'langfuse-prod-analytics', namespace: 'flux-apps' }]);
    expect(findObject(named, 'Kustomization', 'langfuse-prod').spec.dependsOn).toContainEqual({ name: 'langfuse-prod-clickhouse-restore', namespace: 'flux-apps' });
  });

  test('a backup name is passed on as it is', () => {
    const named = synthObjects(withRaw(RESTORE, { langfuse_clickhouse_restore_from: '20261130T040000Z' }));
    expect(env(findObject(named, 'Job', 'langfuse-clickhouse-restore').spec.template.spec.initContainers[0]).RESTORE_FROM).toBe('20261130T040000Z');
  });

  test.each([
    ['another instance\'s newest backup', 'prod/latest', 'langfuse-postgres-backups', 'clickhouse/prod', 'latest'],
    ['another instance\'s named backup', 'prod/20261130T040000Z', 'langfuse-postgres-backups', 'clickhouse/prod', '20261130T040000Z'],
    ['a full location', 's3://offsite/site-a/clickhouse/langfuse/latest', 'offsite', 'site-a/clickhouse/langfuse', 'latest'],
  ])('%s: the Job lists and restores that folder, on the backup endpoint', (_what, from, bucket, prefix, backup) => {
    const restored = findObject(synthObjects(withRaw(RESTORE, { langfuse_clickhouse_restore_from: from })), 'Job', 'langfuse-clickhouse-restore').spec.template.spec;
    const resolve = env(restored.initContainers[0]);
    expect([resolve.BACKUP_BUCKET, resolve.BACKUP_PREFIX, resolve.RESTORE_FROM]).toEqual([bucket, prefix, backup]);
    expect(resolve.S3_ENDPOINT).toBe('http://rustfs-svc.storage.svc.cluster.local:9000');
    expect(env(restored.containers[0]).BACKUP_URL).toBe(`http://rustfs-svc.storage.svc.cluster.local:9000/${bucket}/${prefix}`);
  });

  test('the restore drill: an instance with another name restores production\'s backups, and backs up into its own folder', () => {
    const drill = synthObjects(withRaw(RESTORE, { langfuse_namespace: 'drill', langfuse_instance_name: 'drill', langfuse_clickhouse_restore_from: 'langfuse/latest' }));
    const restore = findObject(drill, 'Job', 'langfuse-clickhouse-restore').spec.template.spec;
    expect(env(restore.initContainers[0]).BACKUP_PREFIX).toBe('clickhouse/langfuse');
    const backup = findObject(drill, 'CronJob', 'langfuse-clickhouse-backup').spec.jobTemplate.spec.template.spec;
    expect(env(backup.containers[0]).BACKUP_PREFIX).toBe('clickhouse/drill');
  });

  test.each<[string, Record<string, unknown>, RegExp]>([
    ['the bundled ClickHouse in cluster mode', { ...BACKUP, langfuse_clickhouse_cluster_enabled: true, langfuse_clickhouse_replicas: 3, langfuse_clickhouse_restore_from: 'latest' },
      /^langfuse_clickhouse_restore_from: cannot restore the bundled ClickHouse in cluster mode \(langfuse_clickhouse_cluster_enabled\): its database is Atomic.*doctor restore prints the steps/],
    ['a path out of the backup folders', { ...RESTORE, langfuse_clickhouse_restore_from: 'prod/../latest' }, /^langfuse_clickhouse_restore_from: must be "latest" .* "<instance>\/latest" or "<instance>\/<backup>"/],
    ['no Postgres backups', { langfuse_version: 4, langfuse_clickhouse_restore_from: 'latest' }, /^langfuse_clickhouse_restore_from: needs langfuse_backup_enabled: true/],
    ['a name with a slash', { ...RESTORE, langfuse_clickhouse_restore_from: '../other' }, /^langfuse_clickhouse_restore_from: must be "latest" .* or the name of a backup folder/],
    ['a name with a quote', { ...RESTORE, langfuse_clickhouse_restore_from: "x'; DROP DATABASE default; --" }, /^langfuse_clickhouse_restore_from: must be "latest"/],
    ...['prepare', 'copy', 'freeze', 'cutover', 'cleanup'].map((stage) => [
      `a ClickHouse migration in stage ${stage}`,
      { ...BACKUP, langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: stage, langfuse_clickhouse_restore_from: 'latest' },
      new RegExp(`^langfuse_clickhouse_restore_from: cannot be set with langfuse_clickhouse_migration \\(stage "${stage}"\\): .*needs it new and empty`),
    ] as [string, Record<string, unknown>, RegExp]),
  ])('fails with %s', (_what, extra, message) => {
    const problems = configProblems(withRaw(extra));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });
});

describe('a restore source of the other ClickHouse backend', () => {
  test.each<[string, Record<string, unknown>, string, RegExp]>([
    ['the bundled ClickHouse\'s backup into the operator\'s cluster', RESTORE, 's3://langfuse-postgres-backups/clickhouse-bundled/langfuse/latest', /names a backup of the bundled ClickHouse .*not replicated/],
    ['the operator\'s backup into the bundled ClickHouse', { ...BACKUP, langfuse_clickhouse_backup_enabled: true }, 's3://langfuse-postgres-backups/clickhouse/langfuse/latest', /names a backup of the operator ClickHouse/],
  ])('is refused: %s', (_title, base, from, message) => {
    expect(configProblems(withRaw(base, { langfuse_clickhouse_restore_from: from }))).toEqual([expect.stringMatching(new RegExp(`^langfuse_clickhouse_restore_from: ${message.source}`))]);
  });

  test('a location outside this tool\'s layout, or of the same backend, is accepted', () => {
    expect(configProblems(withRaw(RESTORE, { langfuse_clickhouse_restore_from: 's3://langfuse-postgres-backups/clickhouse/prod/latest' }))).toEqual([]);
    expect(configProblems(withRaw(RESTORE, { langfuse_clickhouse_restore_from: 's3://offsite/dr/latest' }))).toEqual([]);
  });

});

describe('ClickHouseRestore', () => {
  const base = {
    name: 'restore', namespace: 'apps', target: bundledBackupTarget(langfuseNames('apps')),
    location: clickhouseBackupLocation('http://minio:9000', 's3://backups', 'langfuse'), credentialsSecretName: 'keys',
  };

  test('refuses a source that is not "latest" or a folder name', () => {
    expect(() => new ClickHouseRestore(Testing.chart(), 'R', { ...base, restoreFrom: 'a/b' })).toThrow(/clickhouse restore source must be "latest" .* \(got "a\/b"\)/);
  });

  test('LangfuseChart refuses a restore during a ClickHouse migration, for library users too', () => {
    const props = toChartProps(config(withRaw(BACKUP, { langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: 'copy' })))!;
    expect(() => new LangfuseChart(Testing.app(), 'L', { ...props, clickhouseRestore: { from: 'latest' } }))
      .toThrow(/clickhouseRestore cannot run during a clickhouse migration \(stage copy\)/);
  });

  test('ClickHouseRestoreApp waits for the app it is told, and expects the Atomic database of the bundled ClickHouse', () => {
    const app = Testing.app();
    const restore = new ClickHouseRestoreApp(app, 'R', {
      appName: 'x-clickhouse-restore', namespace: 'apps', dependency: { name: 'x', namespace: 'flux-system' }, target: base.target,
      backupCredentials: { accessKey: 'a', secretKey: 'b' }, location: base.location, restoreFrom: 'latest', jobName: 'restore',
    });
    const synthed = Testing.synth(restore) as K8sObject[];
    expect(findObject(synthed, 'Kustomization', 'x-clickhouse-restore').spec.dependsOn).toEqual([{ name: 'x', namespace: 'flux-system' }]);
    expect(env(findObject(synthed, 'Job', 'restore').spec.template.spec.containers[0]).EXPECTED_ENGINE).toBe('Atomic');
  });

  test('waits for the engine it is told', () => {
    const chart = Testing.chart();
    new ClickHouseRestore(chart, 'R', { ...base, restoreFrom: 'latest', expectedEngine: 'Atomic' });
    const restore = Testing.synth(chart)[0] as K8sObject;
    expect(env(restore.spec.template.spec.containers[0]).EXPECTED_ENGINE).toBe('Atomic');
  });
});

describe('the bundled ClickHouse is restored after its HelmRelease is up, with Langfuse held off', () => {
  const BUNDLED_RESTORE = { ...BACKUP, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest' };
  const bundled = synthObjects(withRaw(BUNDLED_RESTORE, MONITORING, { langfuse_web_replicas: 2, langfuse_autoscaling_enabled: true }));
  const release = () => findObject(bundled, 'HelmRelease', 'langfuse').spec.values;
  const restoreJob = () => findObject(bundled, 'Job', 'langfuse-clickhouse-restore').spec.template.spec;

  test('the restore app depends on the Langfuse app (its HelmRelease brings up ClickHouse), and the Langfuse app not on it', () => {
    const restore = findObject(bundled, 'Kustomization', 'langfuse-clickhouse-restore');
    expect(restore.spec.dependsOn).toEqual([{ name: 'langfuse', namespace: 'flux-system' }]);
    expect(restore.spec.healthChecks).toEqual([{ apiVersion: 'batch/v1', kind: 'Job', name: 'langfuse-clickhouse-restore', namespace: 'ai-system' }]);
    const langfuse = findObject(bundled, 'Kustomization', 'langfuse');
    expect(langfuse.spec.dependsOn.map((d: any) => d.name)).not.toContain('langfuse-clickhouse-restore');
    expect(langfuse.spec.healthChecks).toContainEqual({ apiVersion: 'helm.toolkit.fluxcd.io/v2', kind: 'HelmRelease', name: 'langfuse', namespace: 'ai-system' });
  });

  test('while the key is set, the release runs web and worker at 0 replicas (no per-component replicas, no HPA or PDB) and no ClickHouse migrations', () => {
    const values = release();
    expect(values.langfuse.replicas).toBe(0);
    for (const component of ['web', 'worker']) {
      expect(values.langfuse[component].replicas).toBeUndefined();
      expect(values.langfuse[component].hpa).toBeUndefined();
      expect(values.langfuse[component].pdb).toBeUndefined();
    }
    expect(values.clickhouse.migration).toEqual({ autoMigrate: false });
    expect(values.clickhouse.deploy).toBe(true);
    expect(bundled.filter((o) => o.kind === 'HorizontalPodAutoscaler' || o.kind === 'PodDisruptionBudget')).toEqual([]);
  });

  test('while the key is set, no backup CronJob runs: it would back up the empty server into the folder latest is read from, and retention would delete the good backups', () => {
    expect(bundled.filter((o) => o.kind === 'CronJob').map((o) => o.metadata.name)).not.toContain('langfuse-clickhouse-backup');
    const after = synthObjects(withRaw(BUNDLED_RESTORE, MONITORING, { langfuse_clickhouse_restore_from: undefined }));
    expect(findObject(after, 'CronJob', 'langfuse-clickhouse-backup').spec.schedule).toBeDefined();
    // the operator's cluster is restored before the Langfuse app (and its CronJob) is applied
    expect(findObject(objects, 'CronJob', 'langfuse-clickhouse-backup').spec.schedule).toBeDefined();
  });

  test('once the key is removed, the release is the normal one again: Langfuse starts and migrates what is newer than the backup', () => {
    const after = synthObjects(withRaw(BUNDLED_RESTORE, MONITORING, { langfuse_web_replicas: 2, langfuse_autoscaling_enabled: true, langfuse_clickhouse_restore_from: undefined }));
    const values = findObject(after, 'HelmRelease', 'langfuse').spec.values;
    const normal = findObject(synthObjects(withRaw(BACKUP, MONITORING, { langfuse_clickhouse_backup_enabled: true, langfuse_web_replicas: 2, langfuse_autoscaling_enabled: true })), 'HelmRelease', 'langfuse').spec.values;
    expect(values).toEqual(normal);
    expect(values.langfuse.replicas).toBeUndefined();
    expect(values.langfuse.web).toMatchObject({ replicas: 2, hpa: { enabled: true }, pdb: { create: true } });
    expect(values.clickhouse.migration).toBeUndefined();
    expect(hasObject(after, 'Kustomization', 'langfuse-clickhouse-restore')).toBe(false);
  });

  test('the Job restores the bundled backups into the first replica of the bundled ClickHouse, expecting its Atomic database', () => {
    const spec = restoreJob();
    expect(spec.initContainers.map((c: any) => [c.name, c.command[2]])).toEqual([['resolve', CLICKHOUSE_RESOLVE_SCRIPT]]);
    expect(spec.containers.map((c: any) => [c.name, c.command[2]])).toEqual([['restore', CLICKHOUSE_RESTORE_SCRIPT]]);
    expect(env(spec.initContainers[0])).toMatchObject({ RESTORE_FROM: 'latest', BACKUP_BUCKET: 'langfuse-postgres-backups', BACKUP_PREFIX: 'clickhouse-bundled/langfuse' });
    expect(env(spec.containers[0])).toMatchObject({
      EXPECTED_ENGINE: 'Atomic',
      CLICKHOUSE_HOST: 'langfuse-clickhouse-shard0-0.langfuse-clickhouse-headless.ai-system.svc.cluster.local',
      BACKUP_URL: 'http://rustfs-svc.storage.svc.cluster.local:9000/langfuse-postgres-backups/clickhouse-bundled/langfuse',
    });
  });

  test('credentials by secretKeyRef only: the backup keys from the restore app\'s Secret, the password from the Secret the release gives the bundled ClickHouse', () => {
    const spec = restoreJob();
    const refs = [...spec.initContainers, ...spec.containers].flatMap((c: any) => c.env.filter((e: any) => e.valueFrom).map((e: any) => [e.name, e.valueFrom.secretKeyRef]));
    expect(refs).toEqual([
      ['AWS_ACCESS_KEY_ID', { name: 'langfuse-clickhouse-restore-credentials', key: 'ACCESS_KEY_ID' }],
      ['AWS_SECRET_ACCESS_KEY', { name: 'langfuse-clickhouse-restore-credentials', key: 'SECRET_ACCESS_KEY' }],
      ['CLICKHOUSE_PASSWORD', { name: 'langfuse-clickhouse-credentials', key: 'password' }],
      ['AWS_ACCESS_KEY_ID', { name: 'langfuse-clickhouse-restore-credentials', key: 'ACCESS_KEY_ID' }],
      ['AWS_SECRET_ACCESS_KEY', { name: 'langfuse-clickhouse-restore-credentials', key: 'SECRET_ACCESS_KEY' }],
    ]);
    expect(release().clickhouse.auth.existingSecret).toBe('langfuse-clickhouse-credentials');
    const plain = [...spec.initContainers, ...spec.containers].flatMap((c: any) => c.env.filter((e: any) => !e.valueFrom).map((e: any) => e.value)).join('\n');
    expect(plain).not.toContain('S3SecretKey0123456789');
  });

  test('network policies admit the restore Job to the bundled ClickHouse', () => {
    const policy = findObject(synthObjects(withRaw(BUNDLED_RESTORE, { network_policies_enabled: true })), 'CiliumNetworkPolicy', 'langfuse-clickhouse');
    const from = policy.spec.ingress.flatMap((r: any) => r.fromEndpoints ?? []).map((e: any) => e.matchLabels['app.kubernetes.io/name']);
    expect(from).toContain('langfuse-clickhouse-restore');
    // no backup CronJob while restoring, so no flow for it either
    expect(from).not.toContain('langfuse-clickhouse-backup');
  });

  test('LangfuseChart refuses a restore of the bundled ClickHouse in cluster mode, for library users too', () => {
    const props = toChartProps(config(withRaw(BACKUP, { langfuse_clickhouse_cluster_enabled: true, langfuse_clickhouse_replicas: 3 })))!;
    expect(() => new LangfuseChart(Testing.app(), 'L', { ...props, clickhouseRestore: { from: 'latest' } }))
      .toThrow(/clickhouseRestore with the bundled ClickHouse needs it in single-node mode/);
  });

  test('every object validates against its schema', () => {
    expect(SchemaValidator.load().validateAll(bundled)).toEqual([]);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'kubectl kustomize builds the bundled restore app', () => {
  test('and the Langfuse app it waits for, with monitoring and network policies on', async () => {
    const root = tempDir();
    const raw = withRaw(BACKUP, MONITORING, { langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest', network_policies_enabled: true });
    const folders = writeRendered(await renderTree(raw), root);
    expect(folders.map((f) => f.split('/').slice(-2).join('/')).sort()).toEqual(['langfuse-clickhouse-restore/app', 'langfuse/app']);
    for (const folder of folders) expect({ folder, error: kustomizeBuild(folder).error }).toEqual({ folder, error: undefined });
  });
});
