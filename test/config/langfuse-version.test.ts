import { configWarnings } from '../../lib/config/config-warnings';
import { config, configProblems, minimalRaw } from '../support/fixtures';

const withKeys = (extra: Record<string, unknown>) => ({ ...minimalRaw(), ...extra });
const LITELLM = {
  langfuse_init_org_id: 'org', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123',
  langfuse_init_project_id: 'proj', langfuse_init_project_public_key: 'pk-lf-0123456789', langfuse_init_project_secret_key: 'sk-lf-0123456789',
  litellm_enabled: true, litellm_llm_connection_enabled: false,
};

describe('the Langfuse version and ClickHouse backend keys', () => {
  test.each([
    ['langfuse_version', 3], ['langfuse_version', 4],
    ['langfuse_clickhouse_backend', 'bundled'], ['langfuse_clickhouse_backend', 'operator'],
    ['langfuse_clickhouse_keeper_replicas', 1], ['langfuse_clickhouse_keeper_replicas', 3], ['langfuse_clickhouse_keeper_replicas', 5],
    ['langfuse_clickhouse_keeper_storage', '5Gi'],
    ['langfuse_clickhouse_image', 'clickhouse/clickhouse-server:26.4.4.38'],
    ['langfuse_clickhouse_keeper_image', `clickhouse/clickhouse-keeper@sha256:${'b'.repeat(64)}`],
    ['clickhouse_operator_install', true], ['clickhouse_operator_install', false],
    ['cert_manager_install', true], ['cert_manager_install', false],
    ['clickhouse_operator_kustomization', 'ch-operator'], ['clickhouse_operator_kustomization_namespace', 'clickhouse-operator'],
  ])('accepts %s: %j', (key, value) => {
    expect(configProblems(withKeys({ langfuse_version: 4, [key]: value }))).toEqual(key === 'langfuse_clickhouse_backend' && value === 'bundled'
      ? [expect.stringContaining('langfuse_clickhouse_backend: cannot be "bundled" with langfuse_version: 4')] : []);
  });

  test.each([
    ['langfuse_version', 5, 'must be 3 or 4'],
    ['langfuse_version', '4', 'must be 3 or 4'],
    ['langfuse_clickhouse_backend', 'altinity', 'must be "bundled" or "operator"'],
    ['langfuse_v4_write_mode', 'events', 'must be "legacy", "dual" or "events_only"'],
    ['langfuse_clickhouse_keeper_replicas', 2, 'must be 1, 3 or 5 (a Keeper quorum needs an odd number)'],
    ['langfuse_clickhouse_keeper_storage', '10GB', 'binary suffix'],
    ['langfuse_clickhouse_image', 'clickhouse/clickhouse-server:latest', 'pinned to a version tag (not latest) or a digest, like "clickhouse/clickhouse-'],
    ['langfuse_clickhouse_keeper_image', 'clickhouse/clickhouse-keeper', 'pinned to a version tag (not latest) or a digest, like "clickhouse/clickhouse-'],
  ])('rejects %s: %j (%s)', (key, value, message) => {
    expect(configProblems(withKeys({ langfuse_version: 4, [key]: value })).join('\n')).toContain(`${key}`);
    expect(configProblems(withKeys({ langfuse_version: 4, [key]: value })).join('\n')).toContain(message);
  });

  test('langfuse_version 4 with the bundled ClickHouse is rejected, naming both keys', () => {
    expect(configProblems(withKeys({ langfuse_version: 4, langfuse_clickhouse_backend: 'bundled' }))).toEqual([
      expect.stringMatching(/^langfuse_clickhouse_backend: cannot be "bundled" with langfuse_version: 4: Langfuse v4 needs ClickHouse 25.12 or later/),
    ]);
  });

  test.each([
    ['dual without v4', { langfuse_v4_write_mode: 'dual' }, 'langfuse_v4_write_mode: cannot be "dual" without langfuse_version: 4'],
    ['events_only on v3', { langfuse_version: 3, langfuse_v4_write_mode: 'events_only' }, 'langfuse_v4_write_mode: cannot be "events_only" without langfuse_version: 4'],
    ['the backfill on v3', { langfuse_version: 3, langfuse_v4_historic_backfill: true }, 'langfuse_v4_historic_backfill: needs langfuse_version: 4'],
    ['the backfill in legacy mode', { langfuse_version: 4, langfuse_v4_write_mode: 'legacy', langfuse_v4_historic_backfill: true },
      'langfuse_v4_historic_backfill: must be false with langfuse_v4_write_mode: legacy'],
    ['a ClickHouse older than 25.12 with v4', { langfuse_version: 4, langfuse_clickhouse_image: 'clickhouse/clickhouse-server:25.8.20.4' },
      'langfuse_clickhouse_image: must be ClickHouse 25.12 or later with langfuse_version: 4 (got 25.8)'],
  ])('rejects %s', (_name, extra, message) => {
    expect(configProblems(withKeys(extra))).toEqual([expect.stringContaining(message)]);
  });

  test.each([
    ['legacy on v3 (written out before the image bump)', { langfuse_version: 3, langfuse_v4_write_mode: 'legacy' }],
    ['legacy on v4', { langfuse_version: 4, langfuse_v4_write_mode: 'legacy' }],
    ['dual with the backfill', { langfuse_version: 4, langfuse_v4_write_mode: 'dual', langfuse_v4_historic_backfill: true }],
    ['events_only with the backfill', { langfuse_version: 4, langfuse_v4_historic_backfill: true }],
    ['v3 on the operator backend (the new store first, still on v3)', { langfuse_version: 3, langfuse_clickhouse_backend: 'operator' }],
    ['an older ClickHouse on v3', { langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_image: 'clickhouse/clickhouse-server:25.8.20.4' }],
    ['the bundled ClickHouse replicated on v3', { langfuse_clickhouse_replicas: 3, langfuse_clickhouse_cluster_enabled: true }],
    ['operator replicas without the bundled cluster flag', { langfuse_version: 4, langfuse_clickhouse_replicas: 3 }],
  ])('accepts %s', (_name, extra) => {
    expect(configProblems(withKeys(extra))).toEqual([]);
  });

  test('the ha profile defaults to three Keeper replicas, the default profile to one; the config wins', () => {
    expect(config(withKeys({ langfuse_profile: 'ha' })).langfuse_clickhouse_keeper_replicas).toBe(3);
    expect(config(withKeys({})).langfuse_clickhouse_keeper_replicas).toBe(1);
    expect(config(withKeys({ langfuse_profile: 'ha', langfuse_clickhouse_keeper_replicas: 5 })).langfuse_clickhouse_keeper_replicas).toBe(5);
  });
});

describe('config warnings', () => {
  test('no langfuse_version: one warning naming the upgrade path; none with a version', () => {
    expect(configWarnings([config(withKeys({}))])).toEqual([expect.stringContaining('langfuse_version is not set')]);
    expect(configWarnings([config(withKeys({ langfuse_version: 4 }))])).toEqual([]);
  });

  test('several unversioned instances share one warning that lists them', () => {
    const configs = [config(withKeys({ langfuse_instance_name: 'langfuse-a' })), config(withKeys({ langfuse_instance_name: 'langfuse-b', langfuse_namespace: 'b' }))];
    const warnings = configWarnings(configs);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^instances langfuse-a, langfuse-b: langfuse_version is not set/);
  });

  test('clickhouse_operator_install without cert_manager_install warns once, naming both keys; with it, or without the install, nothing', () => {
    const warn = (...extras: Record<string, unknown>[]) => configWarnings(extras.map((extra, i) => config(withKeys({
      langfuse_version: 4, langfuse_instance_name: `langfuse-${i}`, langfuse_namespace: `team-${i}`, ...extra,
    }))));
    expect(warn({ clickhouse_operator_install: true })).toEqual([
      'clickhouse_operator_install without cert_manager_install: the operator\'s chart needs cert-manager (its webhook certificate is a cert-manager Certificate), '
      + 'and the clickhouse-operator Kustomization does not wait for one. Set cert_manager_install: true unless the cluster already runs cert-manager.',
    ]);
    expect(warn({ clickhouse_operator_install: true, cert_manager_install: true })).toEqual([]);
    expect(warn({})).toEqual([]);
    expect(warn({ cert_manager_install: true })).toEqual([]);
    // the installs serve the whole cluster: one instance's cert-manager covers another's operator
    expect(warn({ clickhouse_operator_install: true }, { cert_manager_install: true })).toEqual([]);
    expect(warn({ clickhouse_operator_install: true }, { clickhouse_operator_install: true })).toEqual([expect.stringMatching(/^instances langfuse-0, langfuse-1: clickhouse_operator_install without/)]);
  });

  test('the LiteLLM langfuse callback warns with events_only, and not with dual, legacy, v3 or langfuse_otel', () => {
    const warn = (extra: Record<string, unknown>) => configWarnings([config(withKeys({ ...LITELLM, litellm_langfuse_callback: 'langfuse', ...extra }))]);
    expect(warn({ langfuse_version: 4 })).toEqual([expect.stringContaining('litellm_langfuse_callback "langfuse" with langfuse_v4_write_mode events_only')]);
    expect(warn({ langfuse_version: 4, langfuse_v4_write_mode: 'events_only' })).toHaveLength(1);
    expect(warn({ langfuse_version: 4, langfuse_v4_write_mode: 'dual' })).toEqual([]);
    expect(warn({ langfuse_version: 4, langfuse_v4_write_mode: 'legacy' })).toEqual([]);
    expect(warn({ langfuse_version: 3 })).toEqual([]);
    expect(warn({ langfuse_version: 4, litellm_langfuse_callback: 'langfuse_otel' })).toEqual([]);
  });
});

describe('the migration keys', () => {
  const migrating = (stage: string, extra: Record<string, unknown> = {}) => withKeys({ langfuse_version: 3, langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: stage, ...extra });

  test.each(['prepare', 'copy', 'freeze', 'cutover', 'cleanup'])('accepts langfuse_clickhouse_migration: %s with langfuse_version 3 and the operator backend', (stage) => {
    expect(configProblems(migrating(stage))).toEqual([]);
  });

  test.each([
    ['an unknown stage', migrating('copying'), 'langfuse_clickhouse_migration: must be one of prepare, copy, freeze, cutover, cleanup'],
    ['the bundled backend', migrating('copy', { langfuse_clickhouse_backend: 'bundled' }), 'langfuse_clickhouse_migration: needs langfuse_clickhouse_backend: operator, the ClickHouse it moves to (got "bundled")'],
    ['no backend (v3 defaults to bundled)', migrating('copy', { langfuse_clickhouse_backend: undefined }), 'needs langfuse_clickhouse_backend: operator'],
    ['langfuse_version 4', migrating('copy', { langfuse_version: 4 }), 'langfuse_clickhouse_migration: needs langfuse_version: 3'],
    ['no langfuse_version', migrating('copy', { langfuse_version: undefined }), 'langfuse_clickhouse_migration: needs langfuse_version: 3'],
  ])('rejects a migration stage with %s', (_name, raw, message) => {
    const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
    expect(configProblems(clean).join('\n')).toContain(message);
  });

  test('langfuse_v4_events_only_confirmed is allowed only with v4 events_only (the default write mode of v4)', () => {
    expect(configProblems(withKeys({ langfuse_version: 4, langfuse_v4_events_only_confirmed: true }))).toEqual([]);
    expect(configProblems(withKeys({ langfuse_version: 4, langfuse_v4_write_mode: 'events_only', langfuse_v4_events_only_confirmed: true }))).toEqual([]);
    expect(configProblems(withKeys({ langfuse_version: 4, langfuse_v4_events_only_confirmed: false, langfuse_v4_write_mode: 'dual' }))).toEqual([]);
    for (const raw of [withKeys({ langfuse_version: 4, langfuse_v4_write_mode: 'dual', langfuse_v4_events_only_confirmed: true }), withKeys({ langfuse_version: 3, langfuse_v4_events_only_confirmed: true })]) {
      expect(configProblems(raw)).toEqual([expect.stringContaining('langfuse_v4_events_only_confirmed: only confirms langfuse_v4_write_mode: events_only with langfuse_version: 4')]);
    }
  });

  test('a migration in progress gets no "langfuse_version is not set" warning', () => {
    expect(configWarnings([config(migrating('copy'))])).toEqual([]);
  });
});
