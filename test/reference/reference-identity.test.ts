import { findObject, minimalRaw, synthObjects } from '../support/fixtures';
import { REFERENCE_SECRETS } from '../../lib/reference/reference-layout';
import { buildApp } from '../../lib/synth';
import { parseConfig } from '../../lib/config/load';
import { App } from 'cdk8s';
import { referenceConfigRaw } from './support';

/**
 * The reference deployment's names (../shared/docs/reference-deployment.md §3 and §4), which the
 * tree of an imported config must keep so that the switch takes over the same objects: the table is
 * written from the document, not from the code.
 */
const REFERENCE_OBJECTS: ReadonlyArray<readonly [string, string, string]> = [
  // kind, namespace, name
  ['Kustomization', 'ai-system', 'langfuse'],
  ['HelmRepository', 'ai-system', 'langfuse'],
  ['HelmRelease', 'ai-system', 'langfuse'],
  ['Cluster', 'ai-system', 'langfuse-postgresql'],
  ['Database', 'ai-system', 'langfuse-db-langfuse'],
  ['ObjectStore', 'ai-system', 'langfuse-objectstore'],
  ['ReferenceGrant', 'ai-system', 'langfuse-network-access'],
  ['HTTPRoute', 'network', 'langfuse'],
  ['CiliumNetworkPolicy', 'ai-system', 'langfuse-postgres'],
  ['ConfigMap', 'ai-system', 'langfuse-dashboard'],
  ['CronJob', 'ai-system', 'langfuse-role-sync'],
  ['Secret', 'ai-system', 'langfuse-sync-secret'],
  ['ConfigMap', 'ai-system', 'langfuse-sync-config'],
  ['ConfigMap', 'ai-system', 'langfuse-sync-script'],
  ...REFERENCE_SECRETS.map((name) => ['Secret', 'ai-system', name] as const),
];

/** The reference's ks.yaml dependsOn with every feature on (§3.1). */
const REFERENCE_DEPENDS_ON = [
  { name: 'coredns', namespace: 'kube-system' },
  { name: 'cloudnative-pg', namespace: 'cnpg-system' },
  { name: 'dragonfly', namespace: 'cache' },
  { name: 'rustfs', namespace: 'storage' },
  { name: 'keycloak', namespace: 'identity' },
];

describe('with the reference identity keys, the tree keeps the reference\'s names', () => {
  const objects = synthObjects(referenceConfigRaw());

  test.each(REFERENCE_OBJECTS)('%s %s/%s exists under the reference\'s name', (kind, namespace, name) => {
    const found = objects.filter((o) => o.kind === kind && o.metadata.name === name && (o.metadata.namespace ?? 'ai-system') === namespace);
    expect(found).toHaveLength(1);
  });

  test('the Kustomization is ai-system/langfuse, applying the reference\'s path, with the reference\'s dependsOn among its own', () => {
    const ks = objects.find((o) => o.kind === 'Kustomization' && o.metadata.name === 'langfuse')!;
    expect(ks.metadata.namespace).toBe('ai-system');
    expect(ks.spec.path).toBe('./kubernetes/apps/ai-system/langfuse/app');
    expect(ks.spec.targetNamespace).toBe('ai-system');
    expect(ks.spec.dependsOn).toEqual(expect.arrayContaining(REFERENCE_DEPENDS_ON));
    // the rest are its own side apps (in the same namespace) and the reference's Barman Cloud plugin
    const others = ks.spec.dependsOn.filter((d: { name: string }) => !REFERENCE_DEPENDS_ON.some((r) => r.name === d.name));
    expect(others).toEqual([
      { name: 'barman-cloud-plugin', namespace: 'cnpg-system' },
      { name: 'dragonfly-acl', namespace: 'ai-system' },
      { name: 'langfuse-keycloak-client', namespace: 'ai-system' },
    ]);
    // the reference decrypts with the controller-wide key: no secretRef
    expect(ks.spec.decryption).toEqual({ provider: 'sops' });
  });

  // Without a tree to read (no parent sets namespace:) the side apps' Kustomizations are in flux_namespace; in the reference's
  // layout each takes its namespace folder's namespace: (reference-layout.test.ts builds that with kustomize).
  test('without a tree to read, every side app\'s Kustomization is in flux_namespace ai-system, and every dependsOn there resolves', () => {
    const kustomizations = objects.filter((o) => o.kind === 'Kustomization');
    expect(kustomizations.map((k) => k.metadata.namespace)).toEqual(kustomizations.map(() => 'ai-system'));
    const names = new Set(kustomizations.map((k) => `${k.metadata.namespace}/${k.metadata.name}`));
    for (const ks of kustomizations) {
      for (const dep of ks.spec.dependsOn ?? []) {
        if (dep.namespace === 'ai-system') expect(names).toContain(`${dep.namespace}/${dep.name}`);
      }
    }
  });

  test('the release and the Postgres cluster keep the reference\'s Service names and keys', () => {
    const { charts } = buildApp(parseConfig(referenceConfigRaw(), 'imported'), new App({ outdir: 'unused' }));
    const chart = charts[0];
    expect(chart.names.webService).toBe('langfuse-web');
    expect(chart.endpoints.web).toBe('langfuse-web.ai-system.svc.cluster.local');
    expect(chart.endpoints.postgresRw).toBe('langfuse-postgresql-rw.ai-system.svc.cluster.local');
    expect(chart.endpoints.clickhouse).toBe('langfuse-clickhouse.ai-system.svc.cluster.local');
    const release = findObject(objects, 'HelmRelease', 'langfuse');
    expect(release.spec.values.postgresql).toMatchObject({
      host: 'langfuse-postgresql-rw.ai-system.svc.cluster.local',
      auth: { username: 'langfuse', existingSecret: 'langfuse-postgresql-credentials', database: 'langfuse' },
    });
    expect(release.spec.values.clickhouse.auth).toMatchObject({ existingSecret: 'langfuse-clickhouse-credentials', existingSecretKey: 'password' });
    const cluster = findObject(objects, 'Cluster', 'langfuse-postgresql');
    expect(cluster.spec.bootstrap.initdb).toEqual({ database: 'langfuse', owner: 'langfuse', secret: { name: 'langfuse-postgresql-credentials' } });
    expect(findObject(objects, 'Database', 'langfuse-db-langfuse').spec).toMatchObject({ name: 'langfuse', owner: 'langfuse', cluster: { name: 'langfuse-postgresql' } });
    expect(cluster.spec.plugins).toEqual([{ name: 'barman-cloud.cloudnative-pg.io', isWALArchiver: true, parameters: { barmanObjectName: 'langfuse-objectstore' } }]);
  });

  test('the Secrets keep the reference\'s keys and types', () => {
    const keys = (name: string) => Object.keys(findObject(objects, 'Secret', name).stringData).sort();
    expect(keys('langfuse-credentials')).toEqual(['ENCRYPTION_KEY', 'NEXTAUTH_SECRET', 'SALT']);
    expect(findObject(objects, 'Secret', 'langfuse-postgresql-credentials').type).toBe('kubernetes.io/basic-auth');
    expect(keys('langfuse-postgresql-credentials')).toEqual(expect.arrayContaining(['password', 'username']));
    expect(keys('langfuse-s3-credentials')).toEqual(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
    expect(keys('langfuse-backup-credentials')).toEqual(['ACCESS_KEY_ID', 'SECRET_ACCESS_KEY']);
    expect(keys('langfuse-keycloak-credentials')).toEqual(['client-secret']);
    expect(keys('langfuse-smtp-credentials')).toEqual(['SMTP_URL']);
    expect(keys('langfuse-redis-credentials')).toEqual(expect.arrayContaining(['password']));
    expect(keys('langfuse-sync-secret')).toEqual(['KEYCLOAK_CLIENT_SECRET', 'LANGFUSE_PUBLIC_KEY', 'LANGFUSE_SECRET_KEY']);
  });

  test('a config without the identity keys keeps today\'s names: flux-system, no CoreDNS, barman-cloud', () => {
    const raw = { ...minimalRaw(), rustfs_enabled: true, langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key-0123456789', langfuse_backup_enabled: true };
    const ks = findObject(synthObjects(raw), 'Kustomization', 'langfuse');
    expect(ks.metadata.namespace).toBe('flux-system');
    expect(ks.spec.dependsOn).toEqual([
      { name: 'cloudnative-pg', namespace: 'cnpg-system' }, { name: 'rustfs', namespace: 'storage' }, { name: 'barman-cloud', namespace: 'cnpg-system' },
    ]);
    expect(ks.spec.decryption).toEqual({ provider: 'sops', secretRef: { name: 'sops-age' } });
    expect(findObject(synthObjects(raw), 'Database', 'langfuse-postgresql-langfuse').spec.name).toBe('langfuse');
  });
});
