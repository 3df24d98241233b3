import { Chart, Testing } from 'cdk8s';
import { KeycloakClient, KeycloakClientForm, langfuseOidcUris } from '../../lib/identity/keycloak-client';
import { findObject, hasObject, K8sObject, minimalRaw, synthObjects } from '../support/fixtures';

const SSO = { keycloak_enabled: true, langfuse_sso_enabled: true, keycloak_realm: 'main', langfuse_keycloak_client_secret: 'ClientSecret0123456789' };
const env = (objects: readonly K8sObject[], name: string) =>
  findObject(objects, 'HelmRelease', 'langfuse').spec.values.langfuse.web.pod.additionalEnv.find((e: any) => e.name === name);
const langfuseDependsOn = (objects: readonly K8sObject[]) =>
  (findObject(objects, 'Kustomization', 'langfuse').spec.dependsOn ?? []).map((d: any) => `${d.namespace}/${d.name}`);

describe('the Keycloak OIDC client', () => {
  describe('GIVEN SSO with the default (keycloak-config-cli) form', () => {
    const objects = synthObjects({ ...minimalRaw(), ...SSO });
    const fragment = JSON.parse(Object.values(findObject(objects, 'ConfigMap', 'langfuse-keycloak-client').data as Record<string, string>)[0]);
    const client = fragment.clients[0];

    test('THEN a realm fragment in identity declares the confidential langfuse client of realm main', () => {
      expect(findObject(objects, 'ConfigMap', 'langfuse-keycloak-client').metadata.namespace).toBe('identity');
      expect(fragment.realm).toBe('main');
      expect(client).toMatchObject({
        clientId: 'langfuse', publicClient: false, clientAuthenticatorType: 'client-secret', protocol: 'openid-connect',
        standardFlowEnabled: true, directAccessGrantsEnabled: false, serviceAccountsEnabled: false, implicitFlowEnabled: false,
      });
    });

    test('THEN redirect, web origin and post-logout URIs are built from the public host, with PKCE S256', () => {
      expect(client.redirectUris).toEqual(['https://langfuse.example.com/api/auth/callback/keycloak']);
      expect(client.webOrigins).toEqual(['https://langfuse.example.com']);
      expect(client.attributes).toEqual({ 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': 'https://langfuse.example.com/*' });
    });

    test('THEN the secret is $(env:LANGFUSE_CLIENT_SECRET), provided by a SOPS Secret with the same value Langfuse uses', () => {
      expect(client.secret).toBe('$(env:LANGFUSE_CLIENT_SECRET)');
      const secret = findObject(objects, 'Secret', 'langfuse-keycloak-client');
      expect(secret.metadata.namespace).toBe('identity');
      expect(secret.stringData).toEqual({ LANGFUSE_CLIENT_SECRET: 'ClientSecret0123456789' });
      expect(findObject(objects, 'Secret', 'langfuse-keycloak-credentials').stringData['client-secret']).toBe('ClientSecret0123456789');
      expect(JSON.stringify(findObject(objects, 'ConfigMap', 'langfuse-keycloak-client'))).not.toContain('ClientSecret0123456789');
    });

    test('THEN the client has its own Flux app after keycloak, and Langfuse waits for it', () => {
      const ks = findObject(objects, 'Kustomization', 'langfuse-keycloak-client');
      expect(ks.spec.targetNamespace).toBe('identity');
      expect(ks.spec.dependsOn).toEqual([{ name: 'keycloak', namespace: 'identity' }]);
      expect(langfuseDependsOn(objects)).toEqual(expect.arrayContaining(['identity/keycloak', 'flux-system/langfuse-keycloak-client']));
    });

    test('THEN Langfuse keeps its AUTH_KEYCLOAK_* wiring: internal issuer, account linking, pkce and state checks, exact cookie domain', () => {
      expect(env(objects, 'AUTH_KEYCLOAK_CLIENT_ID').value).toBe('langfuse');
      expect(env(objects, 'AUTH_KEYCLOAK_ISSUER').value).toBe('http://keycloak-service.identity.svc.cluster.local:8080/realms/main');
      expect(env(objects, 'AUTH_KEYCLOAK_ALLOW_ACCOUNT_LINKING').value).toBe('true');
      expect(env(objects, 'AUTH_KEYCLOAK_CHECKS').value).toBe('pkce,state');
      expect(env(objects, 'NEXTAUTH_COOKIE_DOMAIN').value).toBe('langfuse.example.com');
    });
  });

  test('GIVEN SSO off, THEN no client, no client app and no dependency on it', () => {
    const objects = synthObjects(minimalRaw());
    expect(hasObject(objects, 'ConfigMap', 'langfuse-keycloak-client')).toBe(false);
    expect(hasObject(objects, 'Kustomization', 'langfuse-keycloak-client')).toBe(false);
    expect(env(objects, 'AUTH_KEYCLOAK_CLIENT_ID')).toBeUndefined();
  });

  test('GIVEN the realm-import form for a new realm, THEN a KeycloakRealmImport creates the realm with the client, its secret a placeholder from the Secret', () => {
    const objects = synthObjects({ ...minimalRaw(), ...SSO, keycloak_client_form: 'realm-import', keycloak_realm_exists: false, keycloak_cr_name: 'sso' });
    const realmImport = findObject(objects, 'KeycloakRealmImport', 'langfuse-keycloak-client');
    expect(realmImport.apiVersion).toBe('k8s.keycloak.org/v2alpha1');
    expect(realmImport.spec.keycloakCRName).toBe('sso');
    expect(realmImport.spec.realm.realm).toBe('main');
    expect(realmImport.spec.realm.clients[0].secret).toBe('${LANGFUSE_CLIENT_SECRET}');
    expect(realmImport.spec.placeholders).toEqual({ LANGFUSE_CLIENT_SECRET: { secret: { name: 'langfuse-keycloak-client', key: 'LANGFUSE_CLIENT_SECRET' } } });
    expect(hasObject(objects, 'ConfigMap', 'langfuse-keycloak-client')).toBe(false);
  });

  test('GIVEN the realm-import form for an existing realm, THEN the config is refused: the operator only creates realms', () => {
    expect(() => synthObjects({ ...minimalRaw(), ...SSO, keycloak_client_form: 'realm-import' }))
      .toThrow(/keycloak_client_form.*cannot add the langfuse client to the existing realm "main": a KeycloakRealmImport only creates realms/);
  });

  test('GIVEN SSO and disabled sign-up, THEN the config is refused and says to hide the password form instead', () => {
    expect(() => synthObjects({ ...minimalRaw(), ...SSO, langfuse_disable_signup: true }))
      .toThrow(/langfuse_disable_signup.*blocks the first login of every SSO user; set langfuse_disable_password_auth: true/);
  });

  test('GIVEN SSO and the password form hidden, THEN sign-up stays enabled and AUTH_DISABLE_USERNAME_PASSWORD is true', () => {
    const objects = synthObjects({ ...minimalRaw(), ...SSO, langfuse_disable_password_auth: true });
    expect(findObject(objects, 'HelmRelease', 'langfuse').spec.values.langfuse.features.signUpDisabled).toBe(false);
    expect(env(objects, 'AUTH_DISABLE_USERNAME_PASSWORD').value).toBe('true');
  });

  describe('as a library construct', () => {
    const chart = () => new Chart(Testing.app(), 'identity', { namespace: 'identity', disableResourceNameHashes: true });
    const props = { realm: 'main', clientSecret: 'ClientSecret0123456789', ...langfuseOidcUris('https://langfuse.example.com') };

    test('fails on a realm import into an existing realm, naming the fix', () => {
      expect(() => new KeycloakClient(chart(), 'c', { ...props, form: KeycloakClientForm.REALM_IMPORT }))
        .toThrow(/cannot be added to the existing realm "main" with a KeycloakRealmImport: the operator only creates realms/);
    });

    test('fails on a plain-http redirect URI and on a short secret', () => {
      expect(() => new KeycloakClient(chart(), 'a', { ...props, redirectUris: ['http://langfuse.example.com/cb'] })).toThrow(/\(got "http:\/\/langfuse.example.com\/cb"\)/);
      expect(() => new KeycloakClient(chart(), 'b', { ...props, clientSecret: 'short' })).toThrow(/clientSecret must be at least 16 characters .*\(got 5 characters\)/);
    });

    test('names its objects and its variable after the client id', () => {
      const client = new KeycloakClient(chart(), 'c', { ...props, clientId: 'grafana' });
      expect(client.name).toBe('grafana-keycloak-client');
      expect(client.secretEnvName).toBe('GRAFANA_CLIENT_SECRET');
    });
  });
});
