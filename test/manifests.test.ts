import * as fs from 'fs';
import { checkChartValues, kubectlAvailable, kustomizeBuild, SchemaValidator } from '../lib/validate';
import { exampleRaw, findObject, minimalRaw, renderTree, synthObjects, tempDir, writeRendered } from './support/fixtures';
import { describeOrSkip } from './support/require-shared';
import { referenceConfigRaw } from './reference/support';
import { parse } from 'yaml';
import * as path from 'path';

function legacyExampleRaw(): Record<string, unknown> {
  return parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'legacy-v3', 'example-at-49f0604.yaml'), 'utf8'));
}

/** Configs that together turn every flag on and off at least once. */
const CONFIGS: Record<string, Record<string, unknown>> = {
  'the minimal config': minimalRaw(),
  'the example config': exampleRaw(),
  'the example config with the ha profile': { ...exampleRaw(), langfuse_profile: 'ha' },
  'Dragonfly without ACL, replicated ClickHouse and three Postgres instances': {
    ...minimalRaw(), dragonfly_enabled: true, dragonfly_password: 'DragonflyPassword0123456789',
    langfuse_clickhouse_replicas: 3, langfuse_clickhouse_cluster_enabled: true, langfuse_postgres_instances: 3,
    langfuse_smtp_url: 'smtp://mail.example.com:587', langfuse_email_from: 'langfuse@example.com',
  },
  'Langfuse v4 in dual write mode on the operator\'s replicated ClickHouse, with the operator and cert-manager apps, monitoring and enforced policies': {
    ...minimalRaw(), langfuse_version: 4, langfuse_profile: 'ha', langfuse_v4_write_mode: 'dual', langfuse_v4_historic_backfill: true,
    clickhouse_operator_install: true, cert_manager_install: true, monitoring_enabled: true, langfuse_monitoring_enabled: true,
    network_policies_enabled: true, network_policies_mode: 'enforce',
  },
  'Langfuse v3 in legacy write mode on the operator\'s ClickHouse': { ...minimalRaw(), langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_v4_write_mode: 'legacy' },
  'the shipped example as it was before langfuse_version (v3, bundled ClickHouse)': legacyExampleRaw(),
  'a restore of both stores on the operator\'s ClickHouse, with ClickHouse backups, monitoring and enforced policies': {
    ...minimalRaw(), langfuse_version: 4, langfuse_profile: 'ha', rustfs_enabled: true, langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key-0123456789',
    langfuse_backup_enabled: true, langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_restore_from: 'latest',
    langfuse_postgres_restore_from: 'langfuse-postgresql', langfuse_postgres_backup_server_name: 'langfuse-postgresql-2', langfuse_postgres_restore_target_time: '2026-11-30T21:15:00Z',
    monitoring_enabled: true, langfuse_monitoring_enabled: true, network_policies_enabled: true, network_policies_mode: 'enforce', clickhouse_operator_install: true,
  },
  'ClickHouse backups of the bundled ClickHouse in cluster mode, and a Postgres restore through the in-tree barmanObjectStore': {
    ...minimalRaw(), rustfs_enabled: true, langfuse_s3_access_key: 'access-key', langfuse_s3_secret_key: 'secret-key-0123456789',
    langfuse_backup_enabled: true, cnpg_barman_plugin_enabled: false, cnpg_postgres_image: 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie',
    langfuse_clickhouse_backup_enabled: true, langfuse_clickhouse_replicas: 3, langfuse_clickhouse_cluster_enabled: true,
    langfuse_postgres_restore_from: 's3://old-backups/langfuse-postgresql', monitoring_enabled: true, langfuse_monitoring_enabled: true, network_policies_enabled: true,
  },
  'a config imported from the reference deployment, in enforce mode (its identity, neighbours and SCIM role sync)': { ...referenceConfigRaw(), network_policies_mode: 'enforce' },
};

describe('every emitted object validates against its schema', () => {
  test.each(Object.keys(CONFIGS))('for %s', (name) => {
    const validator = SchemaValidator.load();
    expect(validator.validateAll(synthObjects(CONFIGS[name]))).toEqual([]);
  });

  test('multi-version kinds are written with the intended apiVersion', () => {
    const objects = synthObjects(exampleRaw());
    expect(findObject(objects, 'Kustomization', 'langfuse').apiVersion).toBe('kustomize.toolkit.fluxcd.io/v1');
    expect(findObject(objects, 'HelmRepository', 'langfuse').apiVersion).toBe('source.toolkit.fluxcd.io/v1');
  });
});

describe('every HelmRelease value key exists in the pinned chart', () => {
  test.each(Object.keys(CONFIGS))('for %s', (name) => {
    const release = findObject(synthObjects(CONFIGS[name]), 'HelmRelease', 'langfuse');
    expect(release.spec.chart.spec.version).toBe('1.5.41');
    expect(checkChartValues(release.spec.values, '1.5.41')).toEqual([]);
  });

  test('a key the chart ignores is caught (the reference deployment\'s web.replicaCount)', () => {
    const release = findObject(synthObjects(minimalRaw()), 'HelmRelease', 'langfuse');
    expect(checkChartValues({ ...release.spec.values, web: { replicaCount: 2 } }, '1.5.41')).toEqual(['web.replicaCount']);
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'kubectl kustomize builds every emitted folder', () => {
  test.each(Object.keys(CONFIGS))('for %s', async (name) => {
    const root = tempDir();
    const appFolders = writeRendered(await renderTree(CONFIGS[name]), root);
    expect(appFolders.length).toBeGreaterThan(0);
    for (const folder of appFolders) {
      const result = kustomizeBuild(folder);
      expect(result.error ?? '').toBe('');
      expect(result.ok).toBe(true);
    }
    fs.rmSync(root, { recursive: true, force: true });
  });
});
