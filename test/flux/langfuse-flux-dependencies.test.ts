import { UpgradeStep } from '../../lib/upgrade/upgrade-path';
import { exampleRaw, findObject, K8sObject, synthObjects } from '../support/fixtures';
import { referenceConfigRaw } from '../reference/support';
import { LEGACY_BASE, pathConfigs } from '../upgrade/support';

const deps = (objects: readonly K8sObject[], name: string) => findObject(objects, 'Kustomization', name).spec.dependsOn ?? [];
const ksNamespace = (objects: readonly K8sObject[], name: string) => findObject(objects, 'Kustomization', name).metadata.namespace;
const DRAGONFLY = { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' };

/** Configs whose Kustomizations are spread over namespaces: the reference's layout, and the app's own Kustomizations apart from the neighbours'. */
const LAYOUTS: Record<string, Record<string, unknown>> = {
  'the imported reference config (every Kustomization in ai-system)': referenceConfigRaw(),
  'flux_kustomization_namespace apps, flux_namespace flux-system': { ...LEGACY_BASE, ...DRAGONFLY, flux_kustomization_namespace: 'apps', flux_sops_secret_name: '' },
};

describe('the Langfuse app\'s dependsOn: the configurable shared services and the instance\'s own analytics and migration apps', () => {
  describe.each(Object.keys(LAYOUTS))('%s', (layout) => {
    test.each(pathConfigs(LAYOUTS[layout]).map(([step, raw]) => [step, raw] as const))('%s: every dependsOn on a Kustomization of the tree names the namespace it lives in', (_step, raw) => {
      const objects = synthObjects(raw);
      const kustomizations = objects.filter((o) => o.kind === 'Kustomization' && o.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/'));
      const where = new Map(kustomizations.map((k) => [k.metadata.name, k.metadata.namespace]));
      for (const ks of kustomizations) {
        for (const dep of ks.spec.dependsOn ?? []) {
          if (where.has(dep.name)) expect(`${ks.metadata.name} -> ${dep.namespace}/${dep.name}`).toBe(`${ks.metadata.name} -> ${where.get(dep.name)}/${dep.name}`);
        }
      }
    });
  });

  test('the example config (the operator installed by the tree) with its own Kustomization in apps: every in-tree dependsOn resolves', () => {
    const objects = synthObjects({ ...exampleRaw(), clickhouse_operator_install: true, cert_manager_install: true, flux_kustomization_namespace: 'apps', flux_sops_secret_name: '' });
    const where = new Map(objects.filter((o) => o.kind === 'Kustomization' && o.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/')).map((k) => [k.metadata.name, k.metadata.namespace]));
    expect(where.get('clickhouse-operator')).toBe('flux-system');
    expect(where.get('langfuse-analytics')).toBe('apps');
    expect(deps(objects, 'langfuse-analytics')).toEqual([{ name: 'clickhouse-operator', namespace: 'flux-system' }]);
    expect(deps(objects, 'langfuse')).toEqual(expect.arrayContaining([{ name: 'langfuse-analytics', namespace: 'apps' }]));
  });

  test('the analytics and migration apps sit next to the Langfuse Kustomization (they decrypt with its key); the neighbours in flux_namespace', () => {
    const raw = pathConfigs(LAYOUTS['flux_kustomization_namespace apps, flux_namespace flux-system']).find(([s]) => s === UpgradeStep.CUTOVER)![1];
    const objects = synthObjects(raw);
    expect(ksNamespace(objects, 'langfuse')).toBe('apps');
    expect(ksNamespace(objects, 'langfuse-analytics')).toBe('apps');
    expect(ksNamespace(objects, 'langfuse-clickhouse-migration')).toBe('apps');
    expect(ksNamespace(objects, 'dragonfly-acl')).toBe('flux-system');
    expect(deps(objects, 'langfuse')).toEqual(expect.arrayContaining([
      { name: 'langfuse-analytics', namespace: 'apps' }, { name: 'langfuse-clickhouse-migration', namespace: 'apps' }, { name: 'dragonfly-acl', namespace: 'flux-system' },
    ]));
  });

  test('each *_flux_dependency key still replaces its default, and "" drops it, next to the analytics and migration dependencies', () => {
    // GIVEN the cutover stage, with CoreDNS added, CloudNativePG dropped and Dragonfly renamed
    const [, cutover] = pathConfigs({ ...LEGACY_BASE, ...DRAGONFLY }).find(([s]) => s === UpgradeStep.CUTOVER)!;
    const raw = { ...cutover, coredns_flux_dependency: 'kube-system/coredns', cnpg_flux_dependency: '', dragonfly_flux_dependency: 'cache/dragonfly-operator',
      clickhouse_operator_kustomization: 'ch-operator' };
    // WHEN
    const objects = synthObjects(raw);
    // THEN the order is CoreDNS, the instance's own apps, the shared services, the neighbours
    expect(deps(objects, 'langfuse')).toEqual([
      { name: 'coredns', namespace: 'kube-system' },
      { name: 'langfuse-analytics', namespace: 'flux-system' },
      { name: 'langfuse-clickhouse-migration', namespace: 'flux-system' },
      { name: 'dragonfly-operator', namespace: 'cache' },
      { name: 'dragonfly-acl', namespace: 'flux-system' },
    ]);
    // the operator's Kustomization is the analytics app's to wait for, not Langfuse's
    expect(deps(objects, 'langfuse-analytics')).toEqual([{ name: 'ch-operator', namespace: 'flux-system' }]);
  });

  test('the release waits for the analytics app only once it reads the operator\'s ClickHouse, and for the migration app only in cutover', () => {
    const names = (raw: Record<string, unknown>) => deps(synthObjects(raw), 'langfuse').map((d: { name: string }) => d.name);
    const path = new Map(pathConfigs());
    for (const step of [UpgradeStep.BUNDLED, UpgradeStep.PREPARE, UpgradeStep.COPY, UpgradeStep.FREEZE]) {
      expect(names(path.get(step)!)).not.toContain('langfuse-analytics');
    }
    for (const step of [UpgradeStep.CUTOVER, UpgradeStep.CLEANUP, UpgradeStep.OPERATOR, UpgradeStep.V4_EVENTS_ONLY]) {
      expect(names(path.get(step)!)).toContain('langfuse-analytics');
    }
    expect([...path.keys()].filter((step) => names(path.get(step)!).includes('langfuse-clickhouse-migration'))).toEqual([UpgradeStep.CUTOVER]);
  });
});
