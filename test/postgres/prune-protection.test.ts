import { ApiObject, App } from 'cdk8s';
import { FluxAppChart } from '../../lib/flux/flux-app-chart';
import { buildApp } from '../../lib/synth';
import { clickhouseApps } from '../../lib/clickhouse/langfuse-clickhouse';
import { config, exampleRaw, K8sObject, minimalRaw } from '../support/fixtures';
import { referenceConfigRaw } from '../reference/support';
import { LEGACY_BASE, pathConfigs } from '../upgrade/support';

const PRUNE = 'kustomize.toolkit.fluxcd.io/prune';
const S3 = { rustfs_enabled: true, langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key-0123456789' };
const APPS = clickhouseApps('langfuse');

/** Configs that emit every kind of stateful object at least once, and every state of the upgrade path (from a plain and from an imported config). */
const CONFIGS: Record<string, Record<string, unknown>> = {
  'the minimal config': minimalRaw(),
  'backups through the Barman Cloud plugin': { ...minimalRaw(), ...S3, langfuse_backup_enabled: true },
  'backups through the in-tree barmanObjectStore': {
    ...minimalRaw(), ...S3, langfuse_backup_enabled: true, cnpg_barman_plugin_enabled: false, cnpg_postgres_image: 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie',
  },
  'the example config (v4 on the operator\'s ClickHouse)': exampleRaw(),
  'a config imported from the reference deployment': referenceConfigRaw(),
  ...Object.fromEntries(pathConfigs(LEGACY_BASE).map(([step, raw]) => [`upgrade stage ${step}`, raw])),
  ...Object.fromEntries(pathConfigs(referenceConfigRaw()).map(([step, raw]) => [`upgrade stage ${step} of the imported reference config`, raw])),
};

/** Every Flux app of a config's tree with its objects (the Kustomization of ks.yaml left out). */
function appObjects(raw: Record<string, unknown>): Map<string, K8sObject[]> {
  const { app } = buildApp(config(raw), new App({ outdir: 'unused' }));
  return new Map(app.charts.filter((c): c is FluxAppChart => c instanceof FluxAppChart).map((chart) => [
    chart.appName,
    chart.node.findAll().filter(ApiObject.isApiObject).map((o) => o.toJson() as K8sObject).filter((o) => o.kind !== 'Kustomization'),
  ]));
}

/** The stateful objects of a tree (kind, name), and when each is there. */
function expectedStateful(objects: readonly K8sObject[]): Array<[string, string]> {
  const has = (kind: string) => objects.some((o) => o.kind === kind);
  const cluster = objects.find((o) => o.kind === 'Cluster')!;
  const database = objects.find((o) => o.kind === 'Database')!;
  return [
    ['Namespace', 'ai-system'],
    ['Cluster', 'langfuse-postgresql'],
    ['Database', database.metadata.name],
    ['Secret', cluster.spec.bootstrap.initdb.secret.name],
    ...(has('ObjectStore') ? [['ObjectStore', 'langfuse-objectstore'], ['Secret', 'langfuse-backup-credentials']] as Array<[string, string]> : []),
    ...(cluster.spec.backup ? [['Secret', 'langfuse-backup-credentials']] as Array<[string, string]> : []),
    ...(has('ClickHouseCluster') ? [['ClickHouseCluster', 'langfuse-analytics'], ['KeeperCluster', 'langfuse-analytics'], ['Secret', 'langfuse-analytics-credentials']] as Array<[string, string]> : []),
  ];
}

describe('every stateful object carries the prune-disabled annotation, so no rename or removal of an app deletes a database', () => {
  describe.each(Object.keys(CONFIGS))('%s', (name) => {
    const apps = appObjects(CONFIGS[name]);
    const objects = [...apps.values()].flat();

    test.each(expectedStateful(objects))('%s %s', (kind, objectName) => {
      const object = objects.find((o) => o.kind === kind && o.metadata.name === objectName);
      expect(object).toBeDefined();
      expect(object!.metadata.annotations?.[PRUNE]).toBe('disabled');
    });

    test('no Cluster, Database, ObjectStore or ClickHouse CR of the tree lacks it, and every Secret such an object names has it', () => {
      const stateful = objects.filter((o) => ['Cluster', 'Database', 'ObjectStore', 'ClickHouseCluster', 'KeeperCluster', 'Namespace'].includes(o.kind));
      expect(stateful.filter((o) => o.metadata.annotations?.[PRUNE] !== 'disabled').map((o) => `${o.kind}/${o.metadata.name}`)).toEqual([]);
      // the Secrets they read, found by scanning their specs for Secret names
      const named = new Set(JSON.stringify(stateful.map((o) => o.spec ?? {})).match(/"name":"[a-z0-9-]+"/g)?.map((m) => m.slice(8, -1)) ?? []);
      const secrets = objects.filter((o) => o.kind === 'Secret' && named.has(o.metadata.name));
      expect(secrets.length).toBeGreaterThan(0);
      expect(secrets.filter((o) => o.metadata.annotations?.[PRUNE] !== 'disabled').map((o) => o.metadata.name)).toEqual([]);
    });

    test('the analytics app, when there, holds only stateful objects, each protected: its Namespace, Secret, KeeperCluster and ClickHouseCluster', () => {
      const analytics = apps.get(APPS.analytics);
      if (!objects.some((o) => o.kind === 'ClickHouseCluster')) {
        expect(analytics).toBeUndefined();
        return;
      }
      expect(analytics!.map((o) => o.kind).sort()).toEqual(['ClickHouseCluster', 'KeeperCluster', 'Namespace', 'Secret']);
      expect(analytics!.filter((o) => o.metadata.annotations?.[PRUNE] !== 'disabled').map((o) => o.kind)).toEqual([]);
    });

    test('what is not stateful stays prunable: the HelmRelease, the app\'s other Secrets, and the migration\'s Jobs (so that cleanup removes them)', () => {
      expect(objects.find((o) => o.kind === 'HelmRelease')!.metadata.annotations?.[PRUNE]).toBeUndefined();
      expect(objects.find((o) => o.kind === 'Secret' && o.metadata.name === 'langfuse-credentials')!.metadata.annotations?.[PRUNE]).toBeUndefined();
      for (const object of apps.get(APPS.migration) ?? []) expect(object.metadata.annotations?.[PRUNE]).toBeUndefined();
    });
  });

  test('the stages cover the migration app and the analytics app (the cases above are not vacuous)', () => {
    const stages = pathConfigs(LEGACY_BASE).map(([step, raw]) => [step, appObjects(raw)] as const);
    expect(stages.filter(([, apps]) => (apps.get(APPS.migration) ?? []).some((o) => o.kind === 'Job' || o.kind === 'CronJob')).map(([s]) => s))
      .toEqual(['prepare', 'copy', 'freeze', 'cutover']);
    expect(stages.filter(([, apps]) => apps.has(APPS.analytics)).length).toBe(stages.length - 1);
  });
});
