import * as fs from 'fs';
import * as os from 'os';
import { ApiObject, App } from 'cdk8s';
import { parseConfigInstances } from '../lib/config/load';
import { DUAL_WRITE_WORKER_HEALTH_PATH, LANGFUSE_V4_VERSION, v4FlagProblem, v4MigrationEnv, V4WriteMode } from '../lib/flux/langfuse-v4';
import { buildApp, clickhouseBackendSwitches } from '../lib/synth';
import { checkChartValues, kubectlAvailable, kustomizeBuild, SchemaValidator } from '../lib/validate';
import { configProblems, findObject, hasObject, K8sObject, minimalRaw, renderTree, synthObjects, tempDir, writeRendered } from './support/fixtures';
import { describeOrSkip } from './support/require-shared';

const v4 = (extra: Record<string, unknown> = {}) => ({ ...minimalRaw(), langfuse_version: 4, ...extra });
const releaseOf = (objects: readonly K8sObject[]) => findObject(objects, 'HelmRelease', 'langfuse');
const envOf = (objects: readonly K8sObject[]) => Object.fromEntries(releaseOf(objects).spec.values.langfuse.additionalEnv.map((e: any) => [e.name, e.value]));
const v4Env = (objects: readonly K8sObject[]) => Object.fromEntries(Object.entries(envOf(objects)).filter(([k]) => k.includes('MIGRATION_V4')));

describe('Langfuse v4 on the operator\'s ClickHouse', () => {
  test('runs the pinned v4 image on chart 1.5.41, which is fine with an external ClickHouse', () => {
    const release = releaseOf(synthObjects(v4()));
    expect(release.spec.chart.spec.version).toBe('1.5.41');
    expect(release.spec.values.langfuse.image).toEqual({ tag: LANGFUSE_V4_VERSION, pullPolicy: 'IfNotPresent' });
    expect(LANGFUSE_V4_VERSION).toBe('4.16.0');
  });

  test('points the release at the operator\'s headless Service, in cluster mode, with no Bitnami key at all', () => {
    const objects = synthObjects(v4());
    expect(releaseOf(objects).spec.values.clickhouse).toEqual({
      deploy: false,
      host: 'langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local',
      httpPort: 8123,
      nativePort: 9000,
      auth: { username: 'default', existingSecret: 'langfuse-analytics-credentials', existingSecretKey: 'password' },
      clusterEnabled: true,
    });
    // Chart 1.5.41 renders CLICKHOUSE_CLUSTER_ENABLED only as "false": cluster mode is explicit.
    expect(envOf(objects).CLICKHOUSE_CLUSTER_ENABLED).toBe('true');
    // The release and the cluster read one Secret, which lives in the cluster's Flux app; the bundled ClickHouse's does not exist.
    expect(findObject(objects, 'ClickHouseCluster', 'langfuse-analytics').spec.settings.defaultUserPassword.secret)
      .toEqual({ name: 'langfuse-analytics-credentials', key: 'password' });
    expect(findObject(objects, 'Secret', 'langfuse-analytics-credentials').metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    expect(hasObject(objects, 'Secret', 'langfuse-clickhouse-credentials')).toBe(false);
  });

  test.each([
    ['events_only (the default for v4)', {}, { WRITE_MODE: 'events_only', NATIVE_OTEL_BEHAVIOUR: 'direct', ALLOW_PREVIEW_OPT_IN: 'true', ENABLE_HISTORIC_BACKFILL: 'false' }],
    ['events_only with the backfill', { langfuse_v4_historic_backfill: true }, { WRITE_MODE: 'events_only', NATIVE_OTEL_BEHAVIOUR: 'direct', ALLOW_PREVIEW_OPT_IN: 'true', ENABLE_HISTORIC_BACKFILL: 'true' }],
    ['dual', { langfuse_v4_write_mode: 'dual' }, { WRITE_MODE: 'dual', NATIVE_OTEL_BEHAVIOUR: 'dual_write', ALLOW_PREVIEW_OPT_IN: 'false', ENABLE_HISTORIC_BACKFILL: 'false' }],
    ['legacy', { langfuse_v4_write_mode: 'legacy' }, { WRITE_MODE: 'legacy', NATIVE_OTEL_BEHAVIOUR: 'dual_write', ALLOW_PREVIEW_OPT_IN: 'false', ENABLE_HISTORIC_BACKFILL: 'false' }],
  ])('write mode %s renders every v4 variable explicitly, on web and worker, in a combination Langfuse accepts', (_name, extra, expected) => {
    const env = v4Env(synthObjects(v4(extra)));
    const prefixed = Object.fromEntries(Object.entries(expected).map(([k, v]) => [k === 'ENABLE_HISTORIC_BACKFILL' ? `LANGFUSE_BACKGROUND_MIGRATION_V4_${k}` : `LANGFUSE_MIGRATION_V4_${k}`, v]));
    expect(env).toEqual(prefixed);
    expect(v4FlagProblem(env as Record<string, string>)).toBeUndefined();
    // langfuse.additionalEnv reaches both containers (templates/web|worker/deployment.yaml concat it with the pod lists).
    const pods = releaseOf(synthObjects(v4(extra))).spec.values.langfuse;
    for (const component of ['web', 'worker']) {
      expect((pods[component].pod?.additionalEnv ?? []).some((e: any) => e.name.includes('MIGRATION_V4'))).toBe(false);
    }
  });

  test('v3 renders no v4 variable unless legacy is written out, and then exactly the v3 defaults', () => {
    expect(v4Env(synthObjects({ ...minimalRaw(), langfuse_version: 3 }))).toEqual({});
    expect(v4Env(synthObjects({ ...minimalRaw(), langfuse_version: 3, langfuse_v4_write_mode: 'legacy' }))).toEqual({
      LANGFUSE_MIGRATION_V4_WRITE_MODE: 'legacy', LANGFUSE_MIGRATION_V4_NATIVE_OTEL_BEHAVIOUR: 'dual_write',
      LANGFUSE_MIGRATION_V4_ALLOW_PREVIEW_OPT_IN: 'false', LANGFUSE_BACKGROUND_MIGRATION_V4_ENABLE_HISTORIC_BACKFILL: 'false',
    });
  });

  test.each([
    ['legacy with direct OTel', { LANGFUSE_MIGRATION_V4_WRITE_MODE: 'legacy', LANGFUSE_MIGRATION_V4_NATIVE_OTEL_BEHAVIOUR: 'direct' }, /direct requires/],
    ['events_only with dual_write OTel', { LANGFUSE_MIGRATION_V4_WRITE_MODE: 'events_only', LANGFUSE_MIGRATION_V4_NATIVE_OTEL_BEHAVIOUR: 'dual_write' }, /dual_write is refused/],
    ['events_only without the opt-in', { LANGFUSE_MIGRATION_V4_ALLOW_PREVIEW_OPT_IN: 'false' }, /requires LANGFUSE_MIGRATION_V4_ALLOW_PREVIEW_OPT_IN=true/],
  ])('v4FlagProblem refuses %s, like validateV4Flags', (_name, env, message) => {
    expect(v4FlagProblem(env)).toMatch(message);
  });

  test('v4MigrationEnv refuses the backfill in legacy mode', () => {
    expect(() => v4MigrationEnv({ writeMode: V4WriteMode.LEGACY, historicBackfill: true })).toThrow(/cannot run in legacy write mode/);
  });

  test('only dual write patches the worker\'s liveness probe to the event-propagation check, by container name', () => {
    const release = releaseOf(synthObjects(v4({ langfuse_v4_write_mode: 'dual', monitoring_enabled: true, langfuse_monitoring_enabled: true })));
    const [renderer] = release.spec.postRenderers;
    const [patch] = renderer.kustomize.patches;
    expect(patch.target).toEqual({ group: 'apps', version: 'v1', kind: 'Deployment', name: 'langfuse-worker' });
    expect(patch.patch).toContain('        - name: langfuse-worker\n          livenessProbe:\n            httpGet:\n');
    expect(patch.patch).toContain(`path: ${DUAL_WRITE_WORKER_HEALTH_PATH}`);
    // Langfuse asks for at least 60 s before the first probe with this check.
    expect(release.spec.values.langfuse.worker.livenessProbe.initialDelaySeconds).toBeGreaterThanOrEqual(60);
    for (const mode of ['events_only', 'legacy']) expect(releaseOf(synthObjects(v4({ langfuse_v4_write_mode: mode }))).spec.postRenderers).toBeUndefined();
  });

  test('the operator\'s ClickHouse is its own Flux app: after the operator, Ready when both clusters are, and Langfuse waits for it', () => {
    const objects = synthObjects(v4());
    const analytics = findObject(objects, 'Kustomization', 'langfuse-analytics');
    expect(analytics.spec.path).toBe('./kubernetes/apps/ai-system/langfuse-analytics/app');
    expect(analytics.spec.targetNamespace).toBe('ai-system');
    expect(analytics.spec.dependsOn).toEqual([{ name: 'clickhouse-operator', namespace: 'flux-system' }]);
    expect(analytics.spec.healthChecks).toEqual([
      { apiVersion: 'clickhouse.com/v1alpha1', kind: 'KeeperCluster', name: 'langfuse-analytics', namespace: 'ai-system' },
      { apiVersion: 'clickhouse.com/v1alpha1', kind: 'ClickHouseCluster', name: 'langfuse-analytics', namespace: 'ai-system' },
    ]);
    expect(analytics.spec.healthCheckExprs.map((e: any) => [e.kind, e.current])).toEqual([
      ['KeeperCluster', "status.conditions.exists(e, e.type == 'Ready' && e.status == 'True')"],
      ['ClickHouseCluster', "status.conditions.exists(e, e.type == 'Ready' && e.status == 'True')"],
    ]);
    expect(analytics.spec.wait).toBe(false);
    // Langfuse's first migrations must not race the operator turning default into a Replicated database.
    const ks = findObject(objects, 'Kustomization', 'langfuse');
    expect(ks.spec.dependsOn).toContainEqual({ name: 'langfuse-analytics', namespace: 'flux-system' });
    expect(ks.spec.dependsOn).not.toContainEqual(expect.objectContaining({ name: 'clickhouse-operator' }));
    expect(ks.spec.healthChecks.map((h: any) => h.kind)).toEqual(['HelmRelease', 'Cluster']);
    const custom = findObject(synthObjects(v4({ clickhouse_operator_kustomization: 'ch-operator', clickhouse_operator_kustomization_namespace: 'clickhouse-operator' })), 'Kustomization', 'langfuse-analytics');
    expect(custom.spec.dependsOn).toEqual([{ name: 'ch-operator', namespace: 'clickhouse-operator' }]);
    expect(findObject(synthObjects(minimalRaw()), 'Kustomization', 'langfuse').spec.dependsOn).not.toContainEqual(expect.objectContaining({ name: 'langfuse-analytics' }));
    expect(hasObject(synthObjects(minimalRaw()), 'Kustomization', 'langfuse-analytics')).toBe(false);
  });

  test('the Namespace belongs to the app Flux applies first, the analytics app, never to two apps, and is never pruned', async () => {
    const namespaces = (files: { path: string; content: string }[]) => files.filter((f) => /^kind: Namespace$/m.test(f.content) && f.content.includes('name: ai-system')).map((f) => f.path);
    const v4Tree = await renderTree(v4());
    expect(namespaces(v4Tree)).toEqual(['kubernetes/apps/ai-system/langfuse-analytics/app/namespace.yaml']);
    expect(findObject(synthObjects(v4()), 'Namespace', 'ai-system').metadata.annotations).toEqual({ 'kustomize.toolkit.fluxcd.io/prune': 'disabled' });
    // Without the operator's app, the Langfuse app keeps it, as before.
    expect(namespaces(await renderTree(minimalRaw()))).toEqual(['kubernetes/apps/ai-system/langfuse/app/namespace.yaml']);
  });

  test('the CRs and their Secret carry prune: disabled and sit in the analytics app folder', async () => {
    const files = await renderTree(v4());
    const folder = (p: string) => p.split('/').slice(0, 4).join('/');
    for (const kind of ['KeeperCluster', 'ClickHouseCluster']) {
      const file = files.find((f) => new RegExp(`^kind: ${kind}$`, 'm').test(f.content))!;
      expect(folder(file.path)).toBe('kubernetes/apps/ai-system/langfuse-analytics');
    }
    const secretFile = files.find((f) => f.path === 'kubernetes/apps/ai-system/langfuse-analytics/app/secret.sops.yaml')!;
    expect(secretFile.content).toContain('kustomize.toolkit.fluxcd.io/prune: disabled');
    expect(files.find((f) => f.path === 'kubernetes/apps/ai-system/langfuse/app/secret.sops.yaml')!.content).not.toContain('name: langfuse-analytics-credentials');
  });

  test('the ha profile gives three Keeper replicas and three replicated ClickHouse servers with spread; the default profile one of each', () => {
    const ha = synthObjects(v4({ langfuse_profile: 'ha' }));
    const haServer = findObject(ha, 'ClickHouseCluster', 'langfuse-analytics');
    const haKeeper = findObject(ha, 'KeeperCluster', 'langfuse-analytics');
    expect([haServer.spec.replicas, haKeeper.spec.replicas]).toEqual([3, 3]);
    expect(haServer.spec.podTemplate.topologySpreadConstraints[0].topologyKey).toBe('kubernetes.io/hostname');
    expect(haKeeper.spec.podTemplate.affinity.podAntiAffinity).toBeDefined();
    expect(haServer.spec.containerTemplate.resources.requests).toEqual({ cpu: '2', memory: '8Gi' });
    const single = synthObjects(v4());
    expect([findObject(single, 'ClickHouseCluster', 'langfuse-analytics').spec.replicas, findObject(single, 'KeeperCluster', 'langfuse-analytics').spec.replicas]).toEqual([1, 1]);
    expect(findObject(single, 'ClickHouseCluster', 'langfuse-analytics').spec.podTemplate).toBeUndefined();
  });

  test('the existing langfuse_clickhouse_* sizing keys size the operator\'s cluster', () => {
    const server = findObject(synthObjects(v4({
      langfuse_clickhouse_storage: '50Gi', langfuse_clickhouse_cpu_request: '1', langfuse_clickhouse_memory_request: '3Gi', langfuse_clickhouse_memory_limit: '6Gi',
      cnpg_storage_class: 'fast-ssd', langfuse_clickhouse_keeper_storage: '3Gi',
    })), 'ClickHouseCluster', 'langfuse-analytics');
    expect(server.spec.dataVolumeClaimSpec).toEqual({ accessModes: ['ReadWriteOnce'], storageClassName: 'fast-ssd', resources: { requests: { storage: '50Gi' } } });
    expect(server.spec.containerTemplate.resources).toEqual({ requests: { cpu: '1', memory: '3Gi' }, limits: { cpu: '2', memory: '6Gi' } });
  });

  test('the image and Keeper keys reach the operator\'s resources', () => {
    const objects = synthObjects(v4({
      langfuse_clickhouse_image: 'mirror.example.com/clickhouse/clickhouse-server:26.4.5.143', langfuse_clickhouse_keeper_image: 'mirror.example.com/clickhouse/clickhouse-keeper:26.4.5.143',
      langfuse_clickhouse_keeper_replicas: 5, langfuse_clickhouse_keeper_storage: '3Gi', storage_class: 'standard',
    }));
    const keeper = findObject(objects, 'KeeperCluster', 'langfuse-analytics');
    expect(findObject(objects, 'ClickHouseCluster', 'langfuse-analytics').spec.containerTemplate.image).toEqual({ repository: 'mirror.example.com/clickhouse/clickhouse-server', tag: '26.4.5.143' });
    expect(keeper.spec.containerTemplate.image).toEqual({ repository: 'mirror.example.com/clickhouse/clickhouse-keeper', tag: '26.4.5.143' });
    expect(keeper.spec.replicas).toBe(5);
    expect(keeper.spec.dataVolumeClaimSpec).toEqual({ accessModes: ['ReadWriteOnce'], storageClassName: 'standard', resources: { requests: { storage: '3Gi' } } });
  });

  test('clickhouse_operator_install and cert_manager_install emit their own Flux apps, cert-manager first', () => {
    const objects = synthObjects(v4({ clickhouse_operator_install: true, cert_manager_install: true }));
    const ks = (name: string) => findObject(objects, 'Kustomization', name);
    expect(ks('cert-manager').spec.path).toBe('./kubernetes/apps/cert-manager/cert-manager/app');
    expect(ks('clickhouse-operator').spec.path).toBe('./kubernetes/apps/clickhouse-operator/clickhouse-operator/app');
    expect(ks('cert-manager').spec.dependsOn).toBeUndefined();
    expect(ks('clickhouse-operator').spec.dependsOn).toEqual([{ name: 'cert-manager', namespace: 'flux-system' }]);
    expect(ks('langfuse-analytics').spec.dependsOn).toEqual([{ name: 'clickhouse-operator', namespace: 'flux-system' }]);
    const oci = (name: string) => objects.find((o) => o.kind === 'OCIRepository' && o.metadata.name === name)!;
    expect(oci('cert-manager').spec).toMatchObject({ url: 'oci://quay.io/jetstack/charts/cert-manager', ref: { tag: 'v1.20.2' } });
    expect(oci('clickhouse-operator').spec).toMatchObject({ url: 'oci://ghcr.io/clickhouse/clickhouse-operator-helm', ref: { tag: '0.0.5' } });
    const helm = (name: string) => objects.find((o) => o.kind === 'HelmRelease' && o.metadata.name === name)!;
    expect(helm('clickhouse-operator').spec.chartRef).toEqual({ kind: 'OCIRepository', name: 'clickhouse-operator', namespace: 'clickhouse-operator' });
    expect(helm('cert-manager').spec.values).toEqual({ crds: { enabled: true, keep: true } });
    const flux = synthObjects(v4({ clickhouse_operator_install: true, flux_namespace: 'flux' }));
    expect(findObject(flux, 'Kustomization', 'langfuse-analytics').spec.dependsOn).toEqual([{ name: 'clickhouse-operator', namespace: 'flux' }]);
    expect(findObject(flux, 'Kustomization', 'langfuse').spec.dependsOn).toContainEqual({ name: 'langfuse-analytics', namespace: 'flux' });
    for (const off of [v4(), v4({ clickhouse_operator_install: false })]) {
      expect(hasObject(synthObjects(off), 'Kustomization', 'clickhouse-operator')).toBe(false);
      expect(hasObject(synthObjects(off), 'Kustomization', 'cert-manager')).toBe(false);
    }
  });

  test('clickhouse_operator_namespace moves the installed operator\'s app, Namespace and HelmRelease, not its Kustomization', () => {
    const objects = synthObjects(v4({ clickhouse_operator_install: true, cert_manager_install: true, clickhouse_operator_namespace: 'clickhouse-operator-system' }));
    const ks = findObject(objects, 'Kustomization', 'clickhouse-operator');
    expect(ks.metadata.namespace).toBe('flux-system');
    expect(ks.spec.path).toBe('./kubernetes/apps/clickhouse-operator-system/clickhouse-operator/app');
    expect(hasObject(objects, 'Namespace', 'clickhouse-operator-system')).toBe(true);
    expect(hasObject(objects, 'Namespace', 'clickhouse-operator')).toBe(false);
    const helm = objects.find((o) => o.kind === 'HelmRelease' && o.metadata.name === 'clickhouse-operator')!;
    expect(helm.metadata.namespace).toBe('clickhouse-operator-system');
    expect(helm.spec.chartRef).toEqual({ kind: 'OCIRepository', name: 'clickhouse-operator', namespace: 'clickhouse-operator-system' });
    expect(findObject(objects, 'Kustomization', 'langfuse-analytics').spec.dependsOn).toEqual([{ name: 'clickhouse-operator', namespace: 'flux-system' }]);
  });

  test('clickhouse_operator_namespace: installed, it may not take a namespace of the cluster, of a shared service or of Langfuse', () => {
    expect(configProblems(v4({ clickhouse_operator_install: true, clickhouse_operator_namespace: 'kube-system' })))
      .toEqual([expect.stringMatching(/clickhouse_operator_namespace.*is reserved: it belongs to Kubernetes or Flux/)]);
    expect(configProblems(v4({ clickhouse_operator_install: true, clickhouse_operator_namespace: 'cert-manager' })))
      .toEqual([expect.stringMatching(/clickhouse_operator_namespace.*cert-manager/)]);
    expect(configProblems(v4({ clickhouse_operator_namespace: 'ai-system' })))
      .toEqual([expect.stringMatching(/^clickhouse_operator_namespace: is "ai-system", the namespace of Langfuse \(langfuse_namespace\).*like "clickhouse-operator"$/)]);
    // an existing operator may run anywhere, kube-system included: nothing owns that namespace then
    expect(configProblems(v4({ clickhouse_operator_namespace: 'kube-system' }))).toEqual([]);
  });

  test('several instances that use the operator must agree on its namespace', () => {
    const raw = (b: Record<string, unknown>) => ({
      ...minimalRaw(), langfuse_version: 4, clickhouse_operator_install: true,
      instances: [{ langfuse_instance_name: 'langfuse-a', langfuse_namespace: 'a' }, { langfuse_instance_name: 'langfuse-b', langfuse_namespace: 'b', ...b }],
    });
    expect(() => parseConfigInstances(raw({ clickhouse_operator_namespace: 'clickhouse-operator-system' })))
      .toThrow(/instances\[1\]\.clickhouse_operator_namespace.*must equal instances\[0\]\.clickhouse_operator_namespace \("clickhouse-operator"\)/s);
    expect(() => parseConfigInstances(raw({ langfuse_version: 3, clickhouse_operator_install: false, clickhouse_operator_namespace: 'elsewhere' }))).not.toThrow();
  });

  test('several instances share one operator and one cert-manager app', () => {
    const raw = {
      ...minimalRaw(), langfuse_version: 4, clickhouse_operator_install: true, cert_manager_install: true,
      instances: [{ langfuse_instance_name: 'langfuse-a', langfuse_namespace: 'a' }, { langfuse_instance_name: 'langfuse-b', langfuse_namespace: 'b' }],
    };
    const { app } = buildApp(parseConfigInstances(raw), new App({ outdir: os.tmpdir() }));
    const objects = app.charts.flatMap((c) => c.node.findAll().filter(ApiObject.isApiObject).map((o) => o.toJson() as K8sObject));
    expect(objects.filter((o) => o.kind === 'Kustomization' && o.metadata.name === 'clickhouse-operator')).toHaveLength(1);
    expect(objects.filter((o) => o.kind === 'ClickHouseCluster').map((o) => `${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['a/langfuse-analytics', 'b/langfuse-analytics']);
  });

  test('synth warns when an existing release moves from the bundled ClickHouse to a new, empty one', async () => {
    const [before] = (await renderTree(minimalRaw())).filter((f) => f.path.endsWith('/app/helmrelease.yaml'));
    const after = (await renderTree(v4())).filter((f) => f.path.endsWith('/app/helmrelease.yaml'));
    expect(clickhouseBackendSwitches(after, (p) => (p === before.path ? before.content : undefined))).toEqual([
      expect.stringContaining('moves from the bundled ClickHouse to langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local, a new and empty database'),
    ]);
    expect(clickhouseBackendSwitches(after, () => undefined)).toEqual([]);
    expect(clickhouseBackendSwitches(after, (p) => (p === before.path ? after[0].content : undefined))).toEqual([]);
  });
});

describe('v4 output against the schemas and the pinned chart', () => {
  test.each(['events_only', 'dual', 'legacy'])('write mode %s: every object validates (postRenderers against the HelmRelease CRD) and every value key exists in chart 1.5.41', (mode) => {
    const objects = synthObjects(v4({ langfuse_v4_write_mode: mode, langfuse_profile: 'ha', monitoring_enabled: true, langfuse_monitoring_enabled: true }));
    expect(SchemaValidator.load().validateAll(objects)).toEqual([]);
    expect(checkChartValues(releaseOf(objects).spec.values, '1.5.41')).toEqual([]);
  });

  test('the key check of chart 1.5.41 would catch a Bitnami key left next to deploy: false only if it were unknown, so none is emitted', () => {
    const values = releaseOf(synthObjects(v4())).spec.values.clickhouse;
    for (const key of ['replicaCount', 'shards', 'resources', 'persistence', 'zookeeper', 'metrics', 'image']) expect(values).not.toHaveProperty(key);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'kubectl kustomize builds the v4 folders', () => {
  test('the Langfuse, analytics, cert-manager and clickhouse-operator folders', async () => {
    const root = tempDir();
    const folders = writeRendered(await renderTree(v4({ clickhouse_operator_install: true, cert_manager_install: true })), root);
    expect(folders.map((f) => f.slice(root.length)).sort()).toEqual([
      '/kubernetes/apps/ai-system/langfuse-analytics/app', '/kubernetes/apps/ai-system/langfuse/app', '/kubernetes/apps/cert-manager/cert-manager/app',
      '/kubernetes/apps/clickhouse-operator/clickhouse-operator/app',
    ]);
    for (const folder of folders) expect(kustomizeBuild(folder)).toMatchObject({ ok: true });
    fs.rmSync(root, { recursive: true, force: true });
  });
});
