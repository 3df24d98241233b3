import { parse as legacyUrlParse } from 'url';
import { needsUrlEncoding, percentEncode, URL_ENCODED_PASSWORD_KEY } from '../../lib/secrets/url-password';
import { configProblems, findObject, minimalRaw, synthObjects } from '../support/fixtures';

/** Every printable ASCII character but space, plus non-ASCII: what a password may now hold. */
const HOSTILE = [
  'Gy4/5+krE8O+uvmOALt7uh8Mm3ZJngst', // openssl rand -base64 24, with "+" and "/"
  'p@ss:word/with#symbols?and&more=%25%',
  `!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~0123456789`,
  'pässwörd-ünïcödé-0123456789',
  '$(REDIS_PASSWORD)-not-expanded-0123',
];

/** The env value chart 1.5.41 renders for REDIS_CONNECTION_STRING, with Kubernetes' $(VAR) expansion applied. */
const redisConnectionString = (username: string, secretValue: string) => `redis://${username}:${secretValue}@dragonfly.cache.svc.cluster.local:6379/0`;

/** What ioredis 5.10 reads from it: Node's legacy url.parse, `auth` split at the first ":" (lib/utils/index.ts parseURL). */
function ioredisPassword(url: string): string {
  const auth = legacyUrlParse(url, true, true).auth ?? '';
  return auth.slice(auth.indexOf(':') + 1);
}

/** The DATABASE_URL Langfuse's entrypoints compose from DATABASE_USERNAME/PASSWORD/HOST/NAME (web/entrypoint.sh at v3.224.1). */
const databaseUrl = (password: string) => `postgresql://langfuse:${password}@langfuse-postgresql-rw.ai-system.svc.cluster.local/langfuse`;

describe('a password Langfuse reads from a URL works with any character', () => {
  test.each(HOSTILE)('percent-encoding %j round-trips through decodeURIComponent', (password) => {
    expect(decodeURIComponent(percentEncode(password))).toBe(password);
    expect(percentEncode(password)).toMatch(/^[A-Za-z0-9._~%-]*$/);
  });

  test('a URL-safe password encodes to itself and keeps the one Secret key it always had', () => {
    expect(needsUrlEncoding('PostgresPassword0123456789')).toBe(false);
    const objects = synthObjects(minimalRaw());
    expect(Object.keys(findObject(objects, 'Secret', 'langfuse-postgresql-credentials').stringData).sort()).toEqual(['password', 'username']);
    expect(findObject(objects, 'HelmRelease', 'langfuse').spec.values.postgresql.auth.secretKeys).toEqual({ userPasswordKey: 'password' });
  });

  describe.each(HOSTILE.filter((p) => !/\s/.test(p)))('Postgres with %j', (password) => {
    const objects = synthObjects({ ...minimalRaw(), langfuse_postgres_password: password });
    const secret = findObject(objects, 'Secret', 'langfuse-postgresql-credentials');
    const values = findObject(objects, 'HelmRelease', 'langfuse').spec.values.postgresql;

    test('CloudNativePG\'s managed role reads the raw password; the chart\'s DATABASE_PASSWORD the encoded one', () => {
      expect(secret.stringData.password).toBe(password);
      expect(values.auth.secretKeys.userPasswordKey).toBe(URL_ENCODED_PASSWORD_KEY);
      expect(secret.stringData[URL_ENCODED_PASSWORD_KEY]).toBe(percentEncode(password));
    });

    test('the composed DATABASE_URL is a valid URL (web\'s env check is z.url()) whose decoded password is the raw one (Prisma\'s quaint percent-decodes it)', () => {
      const url = new URL(databaseUrl(secret.stringData[values.auth.secretKeys.userPasswordKey]));
      expect(url.hostname).toBe('langfuse-postgresql-rw.ai-system.svc.cluster.local');
      expect(url.username).toBe('langfuse');
      expect(decodeURIComponent(url.password)).toBe(password);
    });
  });

  describe.each(HOSTILE.filter((p) => !/^[<>]/.test(p)))('Dragonfly with %j', (password) => {
    const objects = synthObjects({ ...minimalRaw(), dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: password });
    const secret = findObject(objects, 'Secret', 'langfuse-redis-credentials');
    const redis = findObject(objects, 'HelmRelease', 'langfuse').spec.values.redis;

    test('REDIS_PASSWORD is the encoded form and ioredis reads the raw password back', () => {
      const value = secret.stringData[redis.auth.existingSecretPasswordKey];
      expect(redis.auth.existingSecretPasswordKey).toBe(URL_ENCODED_PASSWORD_KEY);
      expect(ioredisPassword(redisConnectionString('langfuse', value))).toBe(password);
      // unencoded, the same password breaks the URL (the reason for the encoded key)
      if (/[@/#?]/.test(password)) expect(ioredisPassword(redisConnectionString('langfuse', password))).not.toBe(password);
    });

    test('the ACL file holds the raw password, which Dragonfly compares', () => {
      expect(findObject(objects, 'Secret', 'dragonfly-acl').stringData['acl.conf']).toContain(`USER langfuse ON >${password} `);
    });
  });

  test('the bundled Valkey keeps URL-safe passwords: its server reads the same Secret key', () => {
    expect(configProblems({ ...minimalRaw(), langfuse_redis_password: 'has+plus/and@at0123' }))
      .toEqual([expect.stringMatching(/^langfuse_redis_password: must contain only letters, digits and \. _ ~ - \(the bundled Valkey reads the same Secret key/)]);
    expect(Object.keys(findObject(synthObjects({ ...minimalRaw(), langfuse_redis_password: 'ValkeyPassword0123456789' }), 'Secret', 'langfuse-redis-credentials').stringData)).toEqual(['password']);
  });
});

describe('the ClickHouse password stays within what golang-migrate\'s query string keeps', () => {
  /**
   * Langfuse's clickhouse/scripts/up.sh pastes the password raw into
   * `...?username=default&password=<it>&database=default&...`; golang-migrate reads it with Go's
   * url.Parse (the fragment cut at "#") and url.ParseQuery, which URL and URLSearchParams model here:
   * split at "&", the value after the first "=", "+" as a space, %XX decoded.
   */
  const migrationPassword = (password: string) =>
    new URL(`clickhouse://langfuse-clickhouse:9000?username=default&password=${password}&database=default&x-multi-statement=true`).searchParams.get('password');

  test.each(['Bmm89WHaRMuTXAgachSV6CeijrfWAjE/', 'with=equals/and.dots_~-0123'])('%j is accepted and survives the query string', (password) => {
    expect(configProblems({ ...minimalRaw(), langfuse_clickhouse_password: password })).toEqual([]);
    expect(migrationPassword(password)).toBe(password);
  });

  test.each(['with+plus0123456789', 'with&amp0123456789', 'with%25percent0123', 'with#hash012345678'])('%j is refused: the query string would change it', (password) => {
    expect(migrationPassword(password)).not.toBe(password);
    expect(configProblems({ ...minimalRaw(), langfuse_clickhouse_password: password }))
      .toEqual([expect.stringMatching(/^langfuse_clickhouse_password: must contain only letters, digits and \. _ ~ - \/ = \(Langfuse pastes CLICKHOUSE_PASSWORD unencoded/)]);
  });
});
