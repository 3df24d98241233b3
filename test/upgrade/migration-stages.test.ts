import * as fs from 'fs';
import { toChartProps } from '../../lib/config/to-props';
import { CLICKHOUSE_MIGRATION_JOBS } from '../../lib/clickhouse/clickhouse-migration-chart';
import { UPGRADE_STEP_ANNOTATION, upgradeStep, UpgradeStep } from '../../lib/upgrade/upgrade-path';
import { checkChartValues, kubectlAvailable, kustomizeBuild, SchemaValidator } from '../../lib/validate';
import { config, findObject, hasObject, K8sObject, renderTree, synthObjects, tempDir, writeRendered } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';
import { LEGACY_BASE, pathConfigs } from './support';

const PATH = pathConfigs();
const at = (step: UpgradeStep) => synthObjects(PATH.find(([s]) => s === step)![1]);
const release = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse');
const ks = (objects: readonly K8sObject[], name: string) => findObject(objects, 'Kustomization', name);
const deps = (objects: readonly K8sObject[], name: string) => (ks(objects, name).spec.dependsOn ?? []).map((d: any) => d.name);
const MIGRATION = [UpgradeStep.PREPARE, UpgradeStep.COPY, UpgradeStep.FREEZE, UpgradeStep.CUTOVER, UpgradeStep.CLEANUP];
const steps = PATH.map(([s]) => s);
const between = (from: UpgradeStep, to: UpgradeStep) => steps.slice(steps.indexOf(from), steps.indexOf(to) + 1);
const PASSWORD = String(LEGACY_BASE.langfuse_clickhouse_password);

/** Whether the bundled ClickHouse's policy admits the operator's servers on the native port (the copy's temporary flow). */
function copyFlowOpen(objects: readonly K8sObject[]): boolean {
  const policy = objects.find((o) => o.kind === 'CiliumNetworkPolicy' && o.metadata.name === 'langfuse-clickhouse');
  return (policy?.spec.ingress ?? []).some((rule: any) => rule.fromEndpoints?.some((e: any) => e.matchLabels.app === 'langfuse-analytics-clickhouse')
    && rule.toPorts.some((p: any) => p.ports.some((port: any) => port.port === '9000')));
}

describe('the path from v3 on the bundled ClickHouse to v4 events_only, as a sequence of config states', () => {
  test('each forward edit leads to the next state, from a config without langfuse_version to events_only', () => {
    expect(PATH.map(([step, raw]) => [step, upgradeStep(toChartProps(config(raw))!)])).toEqual(PATH.map(([step]) => [step, step]));
    expect(PATH[PATH.length - 1][1]).toMatchObject({ langfuse_version: 4, langfuse_v4_write_mode: 'events_only', langfuse_v4_events_only_confirmed: true });
  });

  test.each(PATH.map(([s]) => s))('%s records its state on the Langfuse Kustomization (none for the bundled start, as before)', (step) => {
    const annotations = ks(at(step), 'langfuse').metadata.annotations;
    if (step === UpgradeStep.BUNDLED) expect(annotations).toBeUndefined();
    else expect(annotations).toEqual({ [UPGRADE_STEP_ANNOTATION]: step });
  });

  test('the bundled ClickHouse runs, unchanged, until cutover, and goes with it; its claims are never part of the tree', () => {
    const bundled = release(at(UpgradeStep.BUNDLED)).spec.values.clickhouse;
    expect(bundled.deploy).toBe(true);
    for (const step of between(UpgradeStep.PREPARE, UpgradeStep.FREEZE)) {
      // The same values keep the same StatefulSet and volumeClaimTemplates, so the same claims.
      expect(release(at(step)).spec.values.clickhouse).toEqual(bundled);
      expect(hasObject(at(step), 'Secret', 'langfuse-clickhouse-credentials')).toBe(true);
    }
    for (const step of between(UpgradeStep.CUTOVER, UpgradeStep.V4_EVENTS_ONLY)) {
      expect(release(at(step)).spec.values.clickhouse).toEqual({
        deploy: false, host: 'langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local', httpPort: 8123, nativePort: 9000,
        auth: { username: 'default', existingSecret: 'langfuse-analytics-credentials', existingSecretKey: 'password' }, clusterEnabled: true,
      });
      expect(hasObject(at(step), 'Secret', 'langfuse-clickhouse-credentials')).toBe(false);
    }
    for (const step of steps) expect(at(step).filter((o) => o.kind === 'PersistentVolumeClaim' || o.kind === 'PersistentVolume')).toEqual([]);
  });

  test('the operator\'s cluster appears at prepare and stays, in its own app, never pruned', () => {
    expect(hasObject(at(UpgradeStep.BUNDLED), 'ClickHouseCluster', 'langfuse-analytics')).toBe(false);
    for (const step of between(UpgradeStep.PREPARE, UpgradeStep.V4_EVENTS_ONLY)) {
      const objects = at(step);
      for (const [kind, name] of [['ClickHouseCluster', 'langfuse-analytics'], ['KeeperCluster', 'langfuse-analytics'], ['Secret', 'langfuse-analytics-credentials'], ['Namespace', 'ai-system']]) {
        expect(findObject(objects, kind, name).metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
      }
      expect(deps(objects, 'langfuse-analytics')).toEqual(['clickhouse-operator']);
    }
  });

  test('the schema Job runs from prepare to cutover; the copy CronJob only in copy; the final copy in freeze and, finished, as the gate of cutover', () => {
    const where = (kind: string, name: string) => steps.filter((s) => hasObject(at(s), kind, name));
    expect(where('Job', CLICKHOUSE_MIGRATION_JOBS.schema)).toEqual(between(UpgradeStep.PREPARE, UpgradeStep.CUTOVER));
    expect(where('CronJob', CLICKHOUSE_MIGRATION_JOBS.copy)).toEqual([UpgradeStep.COPY]);
    expect(where('Job', CLICKHOUSE_MIGRATION_JOBS.finalCopy)).toEqual([UpgradeStep.FREEZE, UpgradeStep.CUTOVER]);
    expect(where('Kustomization', 'langfuse-clickhouse-migration')).toEqual(between(UpgradeStep.PREPARE, UpgradeStep.CUTOVER));
    // Unchanged between freeze and cutover, so Flux never replaces it: it runs once.
    expect(findObject(at(UpgradeStep.CUTOVER), 'Job', CLICKHOUSE_MIGRATION_JOBS.finalCopy)).toEqual(findObject(at(UpgradeStep.FREEZE), 'Job', CLICKHOUSE_MIGRATION_JOBS.finalCopy));
  });

  test('the temporary flow from the new cluster to the bundled one on 9000 exists only in copy and freeze', () => {
    expect(steps.filter((s) => copyFlowOpen(at(s)))).toEqual([UpgradeStep.COPY, UpgradeStep.FREEZE]);
    const server = findObject(at(UpgradeStep.COPY), 'CiliumNetworkPolicy', 'langfuse-analytics-clickhouse');
    expect(server.spec.egress).toContainEqual(expect.objectContaining({
      toEndpoints: [{ matchLabels: { 'app.kubernetes.io/instance': 'langfuse', 'app.kubernetes.io/name': 'clickhouse', 'k8s:io.kubernetes.pod.namespace': 'ai-system' } }],
      toPorts: [{ ports: [{ port: '9000', protocol: 'TCP' }] }],
    }));
    // The final copy reaches the bundled ClickHouse's replica it reads, for SYSTEM SYNC REPLICA, in copy and freeze only.
    const jobsToBundled = (objects: readonly K8sObject[]) => (objects.find((o) => o.kind === 'CiliumNetworkPolicy' && o.metadata.name === 'langfuse-clickhouse')?.spec.ingress ?? [])
      .some((rule: any) => rule.fromEndpoints?.some((e: any) => e.matchLabels['app.kubernetes.io/name'] === 'langfuse-clickhouse-migration')
        && rule.toPorts.some((p: any) => p.ports.some((port: any) => port.port === '9000')));
    expect(steps.filter((s) => jobsToBundled(at(s)))).toEqual([UpgradeStep.COPY, UpgradeStep.FREEZE]);
    // The Jobs reach the new cluster on 9000 while they exist.
    for (const step of between(UpgradeStep.PREPARE, UpgradeStep.CUTOVER)) {
      expect(findObject(at(step), 'CiliumNetworkPolicy', 'langfuse-analytics-clickhouse').spec.ingress).toContainEqual(expect.objectContaining({
        fromEndpoints: [{ matchLabels: { 'app.kubernetes.io/name': 'langfuse-clickhouse-migration', 'app.kubernetes.io/part-of': 'langfuse', 'k8s:io.kubernetes.pod.namespace': 'ai-system' } }],
      }));
    }
  });

  test('freeze stops web and worker through langfuse.replicas (the chart falls back from web.replicas: 0), without HPA or PDB', () => {
    const haFreeze = synthObjects({ ...PATH.find(([s]) => s === UpgradeStep.FREEZE)![1], langfuse_profile: 'ha' });
    for (const objects of [at(UpgradeStep.FREEZE), haFreeze]) {
      const values = release(objects).spec.values.langfuse;
      expect(values.replicas).toBe(0);
      for (const component of ['web', 'worker']) {
        expect(values[component]).not.toHaveProperty('replicas');
        expect(values[component]).not.toHaveProperty('hpa');
        expect(values[component]).not.toHaveProperty('pdb');
      }
    }
    for (const step of [UpgradeStep.COPY, UpgradeStep.CUTOVER]) {
      const values = release(at(step)).spec.values.langfuse;
      expect(values.replicas).toBeUndefined();
      expect(values.web.replicas).toBe(1);
      expect(values.worker.replicas).toBe(1);
    }
  });

  test('Flux order: the Jobs after the new cluster (and after Langfuse stopped, in freeze); Langfuse after the final copy at cutover, after the new cluster from then on', () => {
    for (const step of [UpgradeStep.BUNDLED, UpgradeStep.PREPARE, UpgradeStep.COPY, UpgradeStep.FREEZE]) {
      expect(deps(at(step), 'langfuse')).not.toContain('langfuse-analytics');
    }
    expect(deps(at(UpgradeStep.PREPARE), 'langfuse-clickhouse-migration')).toEqual(['langfuse-analytics']);
    expect(deps(at(UpgradeStep.COPY), 'langfuse-clickhouse-migration')).toEqual(['langfuse-analytics']);
    expect(deps(at(UpgradeStep.FREEZE), 'langfuse-clickhouse-migration')).toEqual(['langfuse-analytics', 'langfuse']);
    expect(deps(at(UpgradeStep.CUTOVER), 'langfuse-clickhouse-migration')).toEqual(['langfuse-analytics']);
    expect(deps(at(UpgradeStep.CUTOVER), 'langfuse')).toEqual(expect.arrayContaining(['langfuse-analytics', 'langfuse-clickhouse-migration']));
    for (const step of between(UpgradeStep.CLEANUP, UpgradeStep.V4_EVENTS_ONLY)) {
      expect(deps(at(step), 'langfuse')).toContain('langfuse-analytics');
      expect(deps(at(step), 'langfuse')).not.toContain('langfuse-clickhouse-migration');
    }
    const gate = ks(at(UpgradeStep.CUTOVER), 'langfuse-clickhouse-migration').spec.healthChecks.map((h: any) => h.name);
    expect(gate).toEqual([CLICKHOUSE_MIGRATION_JOBS.schema, CLICKHOUSE_MIGRATION_JOBS.finalCopy]);
  });

  test('monitors and the dashboard follow the new cluster at cutover; both clusters are watched while both run', () => {
    const monitors = (objects: readonly K8sObject[]) => objects.filter((o) => o.kind === 'ServiceMonitor' || o.kind === 'PodMonitor').map((o) => `${o.kind}/${o.metadata.name}`).sort();
    expect(monitors(at(UpgradeStep.BUNDLED))).toContain('ServiceMonitor/langfuse-clickhouse');
    for (const step of between(UpgradeStep.PREPARE, UpgradeStep.FREEZE)) {
      expect(monitors(at(step))).toEqual(expect.arrayContaining(['ServiceMonitor/langfuse-clickhouse', 'PodMonitor/langfuse-analytics-clickhouse', 'PodMonitor/langfuse-analytics-keeper']));
    }
    for (const step of between(UpgradeStep.CUTOVER, UpgradeStep.V4_EVENTS_ONLY)) {
      expect(monitors(at(step))).not.toContain('ServiceMonitor/langfuse-clickhouse');
      expect(monitors(at(step))).toContain('PodMonitor/langfuse-analytics-clickhouse');
    }
    const dashboard = (step: UpgradeStep) => JSON.stringify(findObject(at(step), 'ConfigMap', 'langfuse-dashboard').data);
    expect(dashboard(UpgradeStep.FREEZE)).toBe(dashboard(UpgradeStep.BUNDLED));
    expect(dashboard(UpgradeStep.CUTOVER)).not.toBe(dashboard(UpgradeStep.FREEZE));
    expect(dashboard(UpgradeStep.CUTOVER)).toBe(dashboard(UpgradeStep.CLEANUP));
  });

  test('the Jobs run the running Langfuse image for the schema and read every password through a Secret reference', () => {
    const objects = at(UpgradeStep.FREEZE);
    const schema = findObject(objects, 'Job', CLICKHOUSE_MIGRATION_JOBS.schema).spec.template.spec.containers[0];
    expect(schema.image).toBe(`langfuse/langfuse:${release(objects).spec.values.langfuse.image.tag}`);
    expect(schema.command).toEqual(['sh', '-c', 'cd /app/packages/shared && exec sh ./clickhouse/scripts/up.sh']);
    expect(Object.fromEntries(schema.env.map((e: any) => [e.name, e.value ?? e.valueFrom]))).toEqual({
      CLICKHOUSE_URL: 'http://langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local:8123',
      CLICKHOUSE_MIGRATION_URL: 'clickhouse://langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local:9000',
      CLICKHOUSE_USER: 'default',
      CLICKHOUSE_PASSWORD: { secretKeyRef: { name: 'langfuse-analytics-credentials', key: 'password' } },
      CLICKHOUSE_DB: 'default',
      CLICKHOUSE_CLUSTER_ENABLED: 'true',
    });
    const copy = findObject(objects, 'Job', CLICKHOUSE_MIGRATION_JOBS.finalCopy).spec.template.spec.containers[0];
    const env = Object.fromEntries(copy.env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
    expect(env.SOURCE_PASSWORD).toEqual({ secretKeyRef: { name: 'langfuse-clickhouse-credentials', key: 'password' } });
    expect(env.TARGET_PASSWORD).toEqual({ secretKeyRef: { name: 'langfuse-analytics-credentials', key: 'password' } });
    // One pod by its stable name (Bitnami clickhouse 8.0.5: StatefulSet <fullname>-shard0, Service <fullname>-headless), never the load-balanced Service.
    expect(env.SOURCE_ADDRESS).toBe('langfuse-clickhouse-shard0-0.langfuse-clickhouse-headless.ai-system.svc.cluster.local:9000');
    expect(env.SOURCE_REPLICAS).toBe(env.SOURCE_ADDRESS);
    expect(env.TARGET_HOST).toBe('langfuse-analytics-clickhouse-0-0-0.langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local');
    expect(env.MODE).toBe('final');
    expect(copy.image).toBe('clickhouse/clickhouse-server:26.4.4.38');
    for (const kind of ['Job', 'CronJob']) {
      for (const step of MIGRATION) for (const o of at(step).filter((x) => x.kind === kind)) expect(JSON.stringify(o)).not.toContain(PASSWORD);
    }
  });
});

describe('the copy Jobs with several bundled ClickHouse replicas (profile ha)', () => {
  const ha = pathConfigs({ ...LEGACY_BASE, langfuse_profile: 'ha' });
  const freeze = synthObjects(ha.find(([s]) => s === UpgradeStep.FREEZE)![1]);
  const copy = synthObjects(ha.find(([s]) => s === UpgradeStep.COPY)![1]);
  const envOf = (objects: readonly K8sObject[], kind: string, name: string) => {
    const o = findObject(objects, kind, name);
    const pod = kind === 'CronJob' ? o.spec.jobTemplate.spec.template : o.spec.template;
    return Object.fromEntries(pod.spec.containers[0].env.map((e: any) => [e.name, e.value ?? e.valueFrom]));
  };

  test('read one replica by its stable pod name and check every replica of the StatefulSet for writes', () => {
    expect(release(freeze).spec.values.clickhouse.replicaCount).toBe(3);
    const pods = [0, 1, 2].map((i) => `langfuse-clickhouse-shard0-${i}.langfuse-clickhouse-headless.ai-system.svc.cluster.local:9000`);
    for (const env of [envOf(freeze, 'Job', CLICKHOUSE_MIGRATION_JOBS.finalCopy), envOf(copy, 'CronJob', CLICKHOUSE_MIGRATION_JOBS.copy)]) {
      expect(env.SOURCE_ADDRESS).toBe(pods[0]);
      expect(env.SOURCE_REPLICAS).toBe(pods.join(','));
    }
  });
});

// the shipped schemas (imports/schemas): runs without ../shared
describe('every state of the path against the schemas and the pinned chart', () => {
  test.each(PATH.map(([s]) => s))('%s: every object validates, every value key exists in chart 1.5.41', (step) => {
    const objects = at(step);
    expect(SchemaValidator.load().validateAll(objects)).toEqual([]);
    expect(checkChartValues(release(objects).spec.values, '1.5.41')).toEqual([]);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'kubectl kustomize builds every folder of every state', () => {
  test.each(PATH.map(([s, raw]) => [s, raw] as const))('%s', async (_step, raw) => {
    const root = tempDir();
    const folders = writeRendered(await renderTree(raw), root);
    expect(folders.length).toBeGreaterThanOrEqual(1);
    for (const folder of folders) expect(kustomizeBuild(folder)).toMatchObject({ ok: true });
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('least privilege on every state of the path (the env split and each Deployment\'s Reloader annotation)', () => {
  const SSO = { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };
  const states = pathConfigs({ ...LEGACY_BASE, ...SSO, reloader_enabled: true });
  const webOnly = ['NEXTAUTH_COOKIE_DOMAIN', 'AUTH_KEYCLOAK_CLIENT_ID', 'AUTH_KEYCLOAK_CLIENT_SECRET', 'AUTH_KEYCLOAK_ISSUER'];

  test.each(states.map(([s, raw]) => [s, raw] as const))('%s', (step, raw) => {
    const values = release(synthObjects(raw)).spec.values;
    const langfuse = values.langfuse;
    const envOf = (component: 'web' | 'worker') => [...langfuse.additionalEnv, ...(langfuse[component].pod?.additionalEnv ?? [])];
    const reload = (component: 'web' | 'worker') => langfuse[component].deployment.annotations['secret.reloader.stakater.com/reload'].split(',');
    expect(envOf('web').map((e: any) => e.name)).toEqual(expect.arrayContaining(webOnly));
    expect(envOf('worker').map((e: any) => e.name).filter((n: string) => webOnly.includes(n))).toEqual([]);
    // no shared annotation: it would list the web's Secrets on the worker too
    expect(langfuse.deployment).toBeUndefined();
    // the ClickHouse Secret is the one the release reads in this state: the bundled one until freeze, the new cluster's from cutover
    const bundled = steps.indexOf(step) < steps.indexOf(UpgradeStep.CUTOVER);
    const clickhouseSecret = values.clickhouse.auth.existingSecret;
    expect(clickhouseSecret).toBe(bundled ? 'langfuse-clickhouse-credentials' : 'langfuse-analytics-credentials');
    for (const component of ['web', 'worker'] as const) {
      const referenced = new Set([clickhouseSecret, ...envOf(component).filter((e: any) => e.valueFrom).map((e: any) => e.valueFrom.secretKeyRef.name)]);
      for (const secret of referenced) expect(reload(component)).toContain(secret);
    }
    expect(reload('web')).toContain('langfuse-keycloak-credentials');
    expect(reload('worker')).not.toContain('langfuse-keycloak-credentials');
    expect([...reload('web'), ...reload('worker')]).not.toContain(bundled ? 'langfuse-analytics-credentials' : 'langfuse-clickhouse-credentials');
  });
});
