import { parseConfig } from '../../lib/config/load';
import { configProblems, exampleRaw, minimalRaw } from '../support/fixtures';

const problems = configProblems;

const withKeys = (extra: Record<string, unknown>) => ({ ...minimalRaw(), ...extra });

describe('config validation', () => {
  test('the shipped example config and the minimal config are valid', () => {
    expect(problems(exampleRaw())).toEqual([]);
    expect(problems(minimalRaw())).toEqual([]);
  });

  test('defaults are applied once, in the schema', () => {
    const cfg = parseConfig(minimalRaw());
    expect(cfg.langfuse_subdomain).toBe('langfuse');
    expect(cfg.langfuse_namespace).toBe('ai-system');
    expect(cfg.langfuse_postgres_storage).toBe('10Gi');
    expect(cfg.langfuse_trace_sampling_ratio).toBe(0.1);
    expect(cfg.keycloak_subdomain).toBe('auth');
    expect(cfg.network_policies_mode).toBe('audit');
  });

  test('a disabled Langfuse needs no secrets', () => {
    expect(problems({ langfuse_enabled: false })).toEqual([]);
  });

  test.each([
    ['langfuse_nextauth_secret', 'short', /at least 32 characters/],
    ['langfuse_salt', 'x'.repeat(31), /at least 32 characters/],
    ['langfuse_encryption_key', 'g'.repeat(64), /64 lowercase hex/],
    ['langfuse_encryption_key', 'a'.repeat(63), /64 lowercase hex/],
    ['langfuse_postgres_storage', '10GB', /Kubernetes quantity/],
    ['langfuse_clickhouse_storage', 10, /Kubernetes quantity|expected string/],
    ['langfuse_web_memory_limit', '2 Gi', /Kubernetes quantity/],
    ['langfuse_web_cpu_request', 'fast', /CPU quantity/],
    ['langfuse_trace_sampling_ratio', 1.5, /greater than 0 and at most 1/],
    ['langfuse_trace_sampling_ratio', 0, /greater than 0 and at most 1/],
    ['langfuse_trace_sampling_ratio', '1.9', /greater than 0 and at most 1/],
    ['cloudflare_domain', 'https://example.com', /domain name/],
    ['cloudflare_domain', 'Example.COM', /domain name/],
    ['langfuse_subdomain', 'Lang_fuse', /DNS label/],
    ['langfuse_postgres_instances', 0, /whole number from 1 to 5/],
    ['langfuse_postgres_instances', 2.5, /whole number from 1 to 5/],
    ['langfuse_postgres_password', 'has a space in it 1234', /must not contain spaces/],
    ['langfuse_clickhouse_password', 'plus+sign-in-this-one', /"\+" becomes a space/],
    ['langfuse_redis_password', 'has@at:and/slash-in-it', /bundled Valkey reads the same Secret key/],
    ['dragonfly_langfuse_password', '>starts-with-a-rule-0123', /must not start with ">" or "<"/],
    ['langfuse_log_level', 'verbose', /one of trace, debug/],
    ['network_policies_mode', 'strict', /"audit" or "enforce"/],
    ['langfuse_enabled', 'yes', /true or false/],
    ['cnpg_postgres_image', 'postgres:latest', /ghcr.io\/cloudnative-pg/],
    ['langfuse_backup_schedule', '0 3 * * *', /six fields, seconds first/],
    ['langfuse_session_max_age', 2, /whole number of minutes from 6 to 525600 .*documented seconds/],
    ['langfuse_session_max_age', 2592000, /divide by 60/],
    ['langfuse_init_project_public_key', 'lf_pk:abc12345', /splits its Basic-auth header at ":"/],
    ['langfuse_init_project_public_key', 'lf_pk_a', /8 to 256 letters/],
  ])('rejects %s = %j', (key, value, message) => {
    const found = problems(withKeys({ [key]: value })).filter((p) => p.startsWith(`${key}:`));
    expect(found).toEqual([expect.stringMatching(new RegExp(`^${key}: .*${message.source}`))]);
  });

  test('unknown keys are rejected with the closest valid key', () => {
    expect(problems(withKeys({ langfuse_enabeld: true, dragonfly_acl: true })))
      .toEqual(['langfuse_enabeld: unknown key; did you mean "langfuse_enabled"?', 'dragonfly_acl: unknown key; did you mean "dragonfly_acl_enabled"?']);
  });

  test('an unknown key far from every valid key gets no suggestion', () => {
    expect(problems(withKeys({ zzz: 1 }))).toEqual(['zzz: unknown key; see docs/configuration.md for the accepted keys']);
  });

  test('every problem is reported at once, field errors and cross-field rules together', () => {
    const found = problems({ langfuse_enabled: true, langfuse_salt: 'short', cloudflare_domain: 'example.com', bogus_key: 1 });
    expect(found).toEqual(expect.arrayContaining([
      expect.stringMatching(/^langfuse_salt: must be at least 32/),
      'bogus_key: unknown key; see docs/configuration.md for the accepted keys',
      'langfuse_nextauth_secret: is required when langfuse_enabled is true',
      'langfuse_encryption_key: is required when langfuse_enabled is true',
      'langfuse_postgres_password: is required when langfuse_enabled is true',
    ]));
  });

  test('secret values are never printed in errors', () => {
    let message = '';
    try {
      parseConfig(withKeys({ langfuse_salt: 'tooshort-secret' }), 'test.yaml');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('langfuse_salt = <hidden, 15 characters>');
    expect(message).not.toContain('tooshort-secret');
  });

  describe('cross-field rules', () => {
    test.each([
      ['SSO without the client secret', { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main' }, 'langfuse_keycloak_client_secret: is required'],
      ['SSO without a realm', { keycloak_enabled: true, langfuse_sso_enabled: true, langfuse_keycloak_client_secret: 'c'.repeat(32) }, 'keycloak_realm: is required'],
      ['SSO with sign-up disabled', {
        keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'c'.repeat(32), langfuse_disable_signup: true,
      }, 'langfuse_disable_signup: cannot be true with SSO'],
      ['password sign-in disabled without SSO', { langfuse_disable_password_auth: true }, 'langfuse_disable_password_auth: cannot be true without SSO'],
      ['the ACL without the Langfuse Dragonfly password', { dragonfly_enabled: true, dragonfly_acl_enabled: true }, 'dragonfly_langfuse_password: is required'],
      ['Dragonfly without ACL and without its password', { dragonfly_enabled: true }, 'dragonfly_password: is required'],
      ['RustFS without S3 keys', { rustfs_enabled: true }, 'langfuse_s3_access_key: is required when rustfs_enabled'],
      ['backups without RustFS', { langfuse_backup_enabled: true }, 'langfuse_backup_enabled: needs rustfs_enabled'],
      ['SMTP without a sender', { langfuse_smtp_url: 'smtp://mail:25' }, 'langfuse_email_from: is required'],
      ['a partial headless initialization', { langfuse_init_org_id: 'org' }, 'langfuse_init_user_email: is required for headless initialization'],
      ['one init project key without the other', {
        langfuse_init_org_id: 'org', langfuse_init_user_email: 'a@b.co', langfuse_init_user_password: 'p'.repeat(16), langfuse_init_project_id: 'proj',
        langfuse_init_project_public_key: 'pk-lf-12345678',
      }, 'langfuse_init_project_secret_key: is required'],
      ['replicated ClickHouse without cluster mode', { langfuse_clickhouse_replicas: 3 }, 'langfuse_clickhouse_cluster_enabled: must be true'],
      ['a default org role without an org', { langfuse_default_org_role: 'VIEWER' }, 'langfuse_default_org_id: is required'],
      ['Langfuse without CloudNativePG', { cnpg_enabled: false }, 'cnpg_enabled: must be true'],
    ])('fails for %s', (_name, extra, expected) => {
      expect(problems(withKeys(extra))).toEqual(expect.arrayContaining([expect.stringContaining(expected)]));
    });

    test('backup credentials fall back to the main S3 keys', () => {
      const raw = withKeys({ rustfs_enabled: true, langfuse_s3_access_key: 'access', langfuse_s3_secret_key: 'secret', langfuse_backup_enabled: true });
      expect(problems(raw)).toEqual([]);
    });
  });
});
