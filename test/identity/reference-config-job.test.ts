import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { kubectlAvailable } from '../../lib/validate';
import { execFileSync } from 'child_process';
import { K8sObject, renderTree, synthObjects, tempDir, writeRendered } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';
import { referenceConfigRaw } from '../reference/support';

/** The fragments (ConfigMaps), their Secrets and the config-cli Job that the tree emits into identity for the reference config. */
function emittedKeycloakObjects(raw: Record<string, unknown> = referenceConfigRaw()): { configMaps: K8sObject[]; secrets: K8sObject[]; jobs: K8sObject[] } {
  const objects = synthObjects(raw).filter((o) => o.metadata.namespace === 'identity');
  return {
    configMaps: objects.filter((o) => o.kind === 'ConfigMap' && o.metadata.labels?.['app.kubernetes.io/part-of'] === 'keycloak-config-cli'),
    secrets: objects.filter((o) => o.kind === 'Secret'),
    jobs: objects.filter((o) => o.kind === 'Job'),
  };
}

/**
 * keycloak-config-cli 6.5.0's properties (src/main/resources/application.properties and
 * ImportConfigProperties at tag v6.5.0, unchanged from 6.4.0 for these) and Spring Boot's relaxed binding of environment variables:
 * upper case, "." becomes "_", "-" is dropped.
 */
const springEnv = (property: string) => property.toUpperCase().replace(/\./g, '_').replace(/-/g, '');

describe('the Keycloak clients get a keycloak-config-cli Job of their own, which never deletes a client', () => {
  const { configMaps, secrets, jobs } = emittedKeycloakObjects();
  const job = jobs[0];
  const pod = job?.spec.template.spec;
  const container = pod?.containers[0];
  const env = (name: string) => container.env.find((e: { name: string }) => e.name === name);

  test('import-reference sets keycloak_client_form: config-cli-job, and the tree has exactly one Job in identity', () => {
    expect(referenceConfigRaw().keycloak_client_form).toBe('config-cli-job');
    expect(jobs.map((j) => j.metadata.name)).toEqual(['langfuse-keycloak-config']);
  });

  test('its remote state is its own: IMPORT_CACHE_KEY (state key state-<cache key>-clients) is not the reference Job\'s "default"', () => {
    expect(springEnv('import.cache.key')).toBe('IMPORT_CACHE_KEY');
    expect(env('IMPORT_CACHE_KEY')).toEqual({ name: 'IMPORT_CACHE_KEY', value: 'langfuse-keycloak-config' });
  });

  test('it deletes no client (import.managed.client=no-delete) and imports on every run (import.cache.enabled=false)', () => {
    expect(springEnv('import.managed.client')).toBe('IMPORT_MANAGED_CLIENT');
    expect(springEnv('import.cache.enabled')).toBe('IMPORT_CACHE_ENABLED');
    expect(env('IMPORT_MANAGED_CLIENT')?.value).toBe('no-delete');
    expect(env('IMPORT_CACHE_ENABLED')?.value).toBe('false');
    expect(env('IMPORT_VARSUBSTITUTION_ENABLED')?.value).toBe('true');
    expect(env('IMPORT_FILES_LOCATIONS')?.value).toBe('/config/*');
  });

  test('it mounts only the fragments (never the reference\'s realm file) and takes only their Secrets with envFrom', () => {
    const fragments = pod.volumes.find((v: { name: string }) => v.name === 'fragments');
    expect(fragments.projected.sources.map((s: { configMap: { name: string } }) => s.configMap.name)).toEqual(configMaps.map((c) => c.metadata.name));
    expect(JSON.stringify(pod)).not.toContain('keycloak-realm-config');
    expect(container.volumeMounts).toContainEqual({ name: 'fragments', mountPath: '/config', readOnly: true });
    expect(container.envFrom.map((e: { secretRef: { name: string } }) => e.secretRef.name)).toEqual(secrets.map((s) => s.metadata.name).sort());
  });

  test('every $(env:...) placeholder of a fragment is a key of a Secret the container takes with envFrom', () => {
    const envFrom = container.envFrom.map((e: { secretRef: { name: string } }) => e.secretRef.name);
    const provided = new Set(secrets.filter((s) => envFrom.includes(s.metadata.name)).flatMap((s) => Object.keys(s.stringData)));
    const placeholders = configMaps.flatMap((c) => Object.values(c.data as Record<string, string>).flatMap((text) => [...text.matchAll(/\$\(env:([A-Z0-9_]+)\)/g)].map((m) => m[1])));
    expect(placeholders.sort()).toEqual(['LANGFUSE_CLIENT_SECRET', 'LANGFUSE_SYNC_CLIENT_SECRET']);
    for (const name of placeholders) expect(provided).toContain(name);
  });

  test('Keycloak\'s admin user comes from the reference\'s Secret keycloak-admin-credentials; the pods carry the label the reference\'s policy lets reach Keycloak', () => {
    expect(env('KEYCLOAK_USER')).toEqual({ name: 'KEYCLOAK_USER', valueFrom: { secretKeyRef: { name: 'keycloak-admin-credentials', key: 'username' } } });
    expect(env('KEYCLOAK_PASSWORD')).toEqual({ name: 'KEYCLOAK_PASSWORD', valueFrom: { secretKeyRef: { name: 'keycloak-admin-credentials', key: 'password' } } });
    expect(env('KEYCLOAK_URL')?.value).toBe('http://keycloak-service.identity.svc.cluster.local:8080');
    expect(job.spec.template.metadata.labels['app.kubernetes.io/name']).toBe('keycloak-config-cli');
    // 6.4.0 erases clientProfiles/clientPolicies on import of a file without them (#1279, fixed in 6.5.0)
    expect(container.image).toBe('adorsys/keycloak-config-cli:6.5.0-26.1.0');
  });

  test('a rotated client secret or a new redirect URI re-runs it: Flux recreates the Job when its checksum changes', () => {
    expect(job.metadata.annotations['kustomize.toolkit.fluxcd.io/force']).toBe('enabled');
    const checksum = (changes: Record<string, unknown>) => emittedKeycloakObjects(referenceConfigRaw(changes)).jobs[0].spec.template.metadata.annotations['checksum/config'];
    const before = checksum({});
    expect(checksum({})).toBe(before);
    expect(checksum({ langfuse_keycloak_client_secret: 'a-rotated-client-secret-0123456789' })).not.toBe(before);
    expect(checksum({ langfuse_subdomain: 'traces' })).not.toBe(before);
    expect(JSON.stringify(job)).not.toContain('a-rotated-client-secret');
  });

  test('keycloak_client_form: config-cli keeps the fragments for the cluster\'s own Job and adds no Job', () => {
    const plain = emittedKeycloakObjects({ ...referenceConfigRaw(), keycloak_client_form: 'config-cli' });
    expect(plain.jobs).toEqual([]);
    expect(plain.configMaps.map((c) => c.metadata.name)).toEqual(configMaps.map((c) => c.metadata.name));
  });
});

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'the Keycloak client app builds as Flux builds it', () => {
  test('kubectl kustomize of the app folder holds the fragments, their Secrets and the Job', async () => {
    const dir = tempDir();
    writeRendered(await renderTree(referenceConfigRaw()), dir);
    const built = execFileSync('kubectl', ['kustomize', path.join(dir, 'kubernetes/apps/identity/langfuse-keycloak-client/app')], { encoding: 'utf8' });
    const kinds = built.split(/^---$/m).map((d) => parse(d)).filter(Boolean).map((o: K8sObject) => `${o.kind}/${o.metadata.name}`).sort();
    expect(kinds).toEqual(expect.arrayContaining(['ConfigMap/langfuse-keycloak-client', 'ConfigMap/langfuse-sync-keycloak-client', 'Job/langfuse-keycloak-config']));
    expect(fs.existsSync(path.join(dir, 'kubernetes/apps/identity/langfuse-keycloak-client/ks.yaml'))).toBe(true);
  });
});

describe('the fragments are the reference\'s clients', () => {
  const { configMaps } = emittedKeycloakObjects();
  const fragment = (name: string) => JSON.parse(Object.values(configMaps.find((c) => c.metadata.name === name)!.data as Record<string, string>)[0]);

  test('the sign-in client: confidential, PKCE S256, the reference\'s URIs and scopes', () => {
    expect(fragment('langfuse-keycloak-client')).toEqual({
      realm: 'example',
      clients: [{
        clientId: 'langfuse', name: 'Langfuse', enabled: true, protocol: 'openid-connect', publicClient: false, clientAuthenticatorType: 'client-secret',
        secret: '$(env:LANGFUSE_CLIENT_SECRET)', standardFlowEnabled: true, directAccessGrantsEnabled: false, serviceAccountsEnabled: false, implicitFlowEnabled: false,
        redirectUris: ['https://langfuse.example.net/api/auth/callback/keycloak'],
        webOrigins: ['https://langfuse.example.net'],
        attributes: { 'pkce.code.challenge.method': 'S256', 'post.logout.redirect.uris': 'https://langfuse.example.net/*' },
        defaultClientScopes: ['profile', 'email', 'offline_access'],
        optionalClientScopes: ['address', 'phone'],
      }],
    });
  });

  test('the role sync client: a service account only, with realm-management view-users and view-realm', () => {
    expect(fragment('langfuse-sync-keycloak-client')).toEqual({
      realm: 'example',
      clients: [expect.objectContaining({
        clientId: 'langfuse-sync', secret: '$(env:LANGFUSE_SYNC_CLIENT_SECRET)', serviceAccountsEnabled: true, standardFlowEnabled: false, redirectUris: [], webOrigins: [],
      })],
      users: [{ username: 'service-account-langfuse-sync', enabled: true, serviceAccountClientId: 'langfuse-sync', clientRoles: { 'realm-management': ['view-users', 'view-realm'] } }],
    });
  });
});
