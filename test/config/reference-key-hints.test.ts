import { parseConfig } from '../../lib/config/load';
import { configWarnings } from '../../lib/config/config-warnings';
import { configKeys } from '../../lib/config/schema';
import { didYouMean } from '../../lib/config/errors';
import { configProblems, minimalRaw } from '../support/fixtures';

/**
 * The hints that reference-switch.md §2.3 found wrong or useless for a migrating operator, each with
 * what the loader says now: the key is a key here, or a note says where its setting went.
 */
const REFERENCE_HINTS: ReadonlyArray<readonly [string, unknown, 'accepted' | RegExp]> = [
  ['cluster_name', 'example-lab', /unknown key: it is the reference deployment's cluster name, .*set langfuse_init_org_name instead/],
  ['litellm_langfuse_enabled', true, 'accepted'],
  ['litellm_langfuse_host', 'http://langfuse-web.ai-system.svc.cluster.local:3000', 'accepted'],
  ['litellm_langfuse_public_key', 'lf_pk_0123456789', 'accepted'],
  ['litellm_langfuse_secret_key', 'lf_sk_0123456789', 'accepted'],
  ['obot_enabled', true, /unknown key: it moved to langfuse_ingress_namespaces: add "obot-mcp"/],
  ['langfuse_chart_version', '*', /unknown key: it is not supported: the chart is pinned to 1\.5\.41/],
  ['langfuse_scim_sync_enabled', false, 'accepted'],
  ['langfuse_scim_sync_schedule', '*/5 * * * *', 'accepted'],
  ['langfuse_scim_public_key', 'pk-lf-org-0123456789', 'accepted'],
  ['langfuse_scim_secret_key', 'sk-lf-org-0123456789', 'accepted'],
  ['langfuse_sync_keycloak_client_id', 'langfuse-sync', 'accepted'],
  ['langfuse_sync_keycloak_client_secret', 'SyncClientSecret0123456789', 'accepted'],
  ['langfuse_role_mapping', { admin: 'ADMIN' }, 'accepted'],
  ['dragonfly_litellm_password', 'LitellmPassword0123', /unknown key: it moved to dragonfly_acl_extra_users \(username "litellm"\)/],
  ['litellm_master_key', 'sk-master', /unknown key: it is LiteLLM's own key; this tool calls LiteLLM with litellm_api_key/],
];

/** The wrong suggestions of §2.3, which must never come back. */
const WRONG_SUGGESTIONS = ['litellm_langfuse_callback', 'cnpg_enabled', 'langfuse_sso_enabled', 'langfuse_backup_schedule', 'langfuse_s3_access_key',
  'langfuse_s3_secret_key', 'langfuse_keycloak_client_secret', 'dragonfly_langfuse_password'];

describe('unknown keys of the reference deployment get the right word, never a wrong hint', () => {
  test.each(REFERENCE_HINTS)('%s', (key, value, expected) => {
    // the keys that need the SCIM or LiteLLM gates are checked on their own: a gate without its keys is a different problem
    const problems = configProblems({ ...minimalRaw(), [key]: value }).filter((p) => p.startsWith(`${key}:`));
    if (expected === 'accepted') expect(problems).toEqual([]);
    else expect(problems).toEqual([expect.stringMatching(new RegExp(`^${key}: ${expected.source}`))]);
    for (const wrong of WRONG_SUGGESTIONS) expect(problems.join('\n')).not.toContain(`"${wrong}"`);
  });

  test.each([
    // key, what it must not be taken for
    ['langfuse_secret_key', ['langfuse_s3_secret_key', 'litellm_langfuse_secret_key', 'langfuse_scim_secret_key']],
    ['langfuse_public_key', ['litellm_langfuse_public_key', 'langfuse_scim_public_key']],
  ])('%s (the SDK\'s LANGFUSE_* name) gets no hint: a word added to a credential names another system\'s', (key, others) => {
    expect(didYouMean(key, configKeys)).toBeUndefined();
    for (const other of others) expect(configKeys).toContain(other);
  });

  test('a shortened key that is not a credential still gets every key that adds one word', () => {
    expect(didYouMean('langfuse_replicas', configKeys)).toMatch(/^did you mean "langfuse_\w+_replicas"/);
  });

  test('the session max age message says minutes, and what the reference\'s seconds mean', () => {
    expect(configProblems({ ...minimalRaw(), langfuse_session_max_age: 2592000 }))
      .toEqual([expect.stringMatching(/^langfuse_session_max_age: must be a whole number of minutes .*the reference deployment documented seconds, so its 2592000 means 43200 minutes/)]);
  });

  test.each([
    ['a key that adds a qualifier to a secret', 'langfuse_scim_keycloak_client_secret'],
    ['a key that replaces a word of a secret', 'langfuse_sync_s3_secret_key'],
    ['a neighbour\'s password', 'dragonfly_appcache_secret'],
    ['a key of another app', 'grafana_oidc_enabled'],
  ])('no hint rather than a wrong one: %s', (_what, key) => {
    expect(didYouMean(key, configKeys)).toBeUndefined();
  });

  test.each([
    ['a transposition', 'langfuse_enabeld', 'did you mean "langfuse_enabled"?'],
    ['a missing letter', 'langfuse_web_replica', 'did you mean "langfuse_web_replicas"?'],
    ['a feature without its switch', 'dragonfly_acl', 'did you mean "dragonfly_acl_enabled"?'],
    ['a key without its last word', 'langfuse_s3_secret', 'did you mean "langfuse_s3_secret_key"?'],
    ['an ambiguous shortening', 'langfuse_replicas', 'did you mean "langfuse_web_replicas", "langfuse_worker_replicas" or "langfuse_clickhouse_replicas"?'],
  ])('typos and shortenings still get a hint: %s', (_what, key, hint) => {
    expect(didYouMean(key, configKeys)).toBe(hint);
  });
});

describe('Langfuse API keys in other forms than Langfuse\'s own', () => {
  const project = {
    langfuse_init_org_id: 'example', langfuse_init_user_email: 'admin@example.com', langfuse_init_user_password: 'InitPassword0123456789', langfuse_init_project_id: 'default',
  };

  test('the reference\'s lf_pk_/lf_sk_ keys are accepted, with one warning that never shows a key', () => {
    const configs = [parseConfig({ ...minimalRaw(), ...project, langfuse_init_project_public_key: 'lf_pk_abc0123456789', langfuse_init_project_secret_key: 'lf_sk_secret0123456789' })];
    const warnings = configWarnings(configs).filter((w) => w.includes('does not start with'));
    expect(warnings).toEqual([expect.stringMatching(/^langfuse: langfuse_init_project_public_key does not start with "pk-lf-", langfuse_init_project_secret_key does not start with "sk-lf-": Langfuse accepts any key string/)]);
    expect(warnings[0]).not.toContain('secret0123456789');
  });

  test('Langfuse\'s own form gets no warning', () => {
    const configs = [parseConfig({ ...minimalRaw(), ...project, langfuse_init_project_public_key: 'pk-lf-0123456789', langfuse_init_project_secret_key: 'sk-lf-0123456789' })];
    expect(configWarnings(configs).filter((w) => w.includes('does not start with'))).toEqual([]);
  });

  test.each([
    ['a colon, which Langfuse\'s Basic-auth parser splits at', 'pk:lf0123456789'],
    ['whitespace', 'pk lf 0123456789'],
    ['non-ASCII, which Langfuse decodes as Latin-1', 'pk-lf-äöü0123456789'],
    ['fewer than 8 characters', 'pk-lf-1'],
  ])('refuses a key with %s', (_what, key) => {
    expect(configProblems({ ...minimalRaw(), ...project, langfuse_init_project_public_key: key, langfuse_init_project_secret_key: 'sk-lf-0123456789' }))
      .toEqual([expect.stringMatching(/^langfuse_init_project_public_key: must be 8 to 256 letters, digits/)]);
  });
});
