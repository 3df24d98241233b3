import * as derive from '../../lib/settings/derive';

describe('derived variables', () => {
  test('the hostname joins subdomain and domain', () => {
    expect(derive.langfuseHostname('langfuse', 'example.com')).toBe('langfuse.example.com');
  });

  test('the URL is https on the hostname', () => {
    expect(derive.langfuseUrl('langfuse.example.com')).toBe('https://langfuse.example.com');
  });

  test('the Keycloak subdomain has a single default, "auth"', () => {
    expect(derive.DEFAULT_KEYCLOAK_SUBDOMAIN).toBe('auth');
    expect(derive.keycloakHostname(derive.DEFAULT_KEYCLOAK_SUBDOMAIN, 'example.com')).toBe('auth.example.com');
  });

  test('the public issuer is the realm URL on the Keycloak host', () => {
    expect(derive.keycloakIssuerUrl('auth.example.com', 'main')).toBe('https://auth.example.com/realms/main');
  });

  test('the internal issuer goes to the Keycloak Service on port 8080', () => {
    expect(derive.keycloakInternalIssuerUrl('main')).toBe('http://keycloak-service.identity.svc.cluster.local:8080/realms/main');
  });

  test.each([[true, true, true], [true, false, false], [false, true, false], [false, false, false]])(
    'SSO with keycloak=%s and flag=%s is %s', (keycloak, flag, expected) => {
      expect(derive.ssoEnabled(keycloak, flag)).toBe(expected);
    });

  test.each([[true, true, true], [true, false, false], [false, true, false]])(
    'monitoring with cluster=%s and langfuse=%s is %s', (cluster, langfuse, expected) => {
      expect(derive.monitoringEnabled(cluster, langfuse)).toBe(expected);
    });

  test.each([[true, true, true], [true, false, false], [false, true, false]])(
    'tracing with cluster=%s and langfuse=%s is %s', (cluster, langfuse, expected) => {
      expect(derive.tracingEnabled(cluster, langfuse)).toBe(expected);
    });

  describe('backup credentials', () => {
    test('use the backup pair when it is set', () => {
      expect(derive.backupCredentials({ accessKey: 'b-a', secretKey: 'b-s' }, { accessKey: 'm-a', secretKey: 'm-s' })).toEqual({ accessKey: 'b-a', secretKey: 'b-s' });
    });
    test('fall back to the main S3 keys half by half', () => {
      expect(derive.backupCredentials({ accessKey: 'b-a' }, { accessKey: 'm-a', secretKey: 'm-s' })).toEqual({ accessKey: 'b-a', secretKey: 'm-s' });
    });
    test('are undefined when a half is missing everywhere', () => {
      expect(derive.backupCredentials({ accessKey: 'b-a' }, {})).toBeUndefined();
    });
  });

  test('backups need RustFS, the flag and the credentials they really use', () => {
    const creds = { accessKey: 'a', secretKey: 's' };
    expect(derive.backupEnabled(true, true, creds)).toBe(true);
    expect(derive.backupEnabled(false, true, creds)).toBe(false);
    expect(derive.backupEnabled(true, false, creds)).toBe(false);
    expect(derive.backupEnabled(true, true, undefined)).toBe(false);
  });

  test('the storage class chain prefers the CNPG class, then the cluster class, then local-path', () => {
    expect(derive.storageClass('fast', 'slow')).toBe('fast');
    expect(derive.storageClass(undefined, 'slow')).toBe('slow');
    expect(derive.storageClass(undefined, undefined)).toBe('local-path');
  });

  test('network policies enforce only in enforce mode', () => {
    expect(derive.networkPoliciesEnforce('enforce')).toBe(true);
    expect(derive.networkPoliciesEnforce('audit')).toBe(false);
  });

  test('service DNS names are cluster-local', () => {
    expect(derive.serviceDns('langfuse-web', 'ai-system')).toBe('langfuse-web.ai-system.svc.cluster.local');
  });
});
