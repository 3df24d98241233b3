import * as fs from 'fs';
import * as path from 'path';
import { parse, parseAllDocuments } from 'yaml';
import { keycloakConfigJobPatchYaml } from '../../lib/identity/keycloak-config-job-patch';
import { REFERENCE_KEYCLOAK_CONFIG_JOB as JOB } from '../../lib/reference/reference-layout';
import { kubectlAvailable } from '../../lib/validate';
import { execFileSync } from 'child_process';
import { K8sObject, synthObjects, tempDir } from '../support/fixtures';
import { describeOrSkip } from '../support/require-shared';
import { referenceConfigRaw } from '../reference/support';

const FIXTURE = path.join(__dirname, '..', 'fixtures', 'reference', 'keycloak-config', 'config-job.yaml');

/** The fragments (ConfigMaps) and their Secrets that the tree emits into identity for the reference config. */
function emittedKeycloakObjects(): { configMaps: K8sObject[]; secrets: K8sObject[] } {
  const objects = synthObjects(referenceConfigRaw()).filter((o) => o.metadata.namespace === 'identity');
  return {
    configMaps: objects.filter((o) => o.kind === 'ConfigMap' && o.metadata.labels?.['app.kubernetes.io/part-of'] === 'keycloak-config-cli'),
    secrets: objects.filter((o) => o.kind === 'Secret'),
  };
}

describeOrSkip(kubectlAvailable(), 'kubectl not found', 'the Keycloak clients reach the reference\'s keycloak-config-cli Job', () => {
  // GIVEN the reference's Job folder with the patch the switch runbook adds
  const { configMaps, secrets } = emittedKeycloakObjects();
  const dir = tempDir();
  fs.copyFileSync(FIXTURE, path.join(dir, 'config-job.yaml'));
  fs.writeFileSync(path.join(dir, 'langfuse-cdk8s-patch.yaml'), keycloakConfigJobPatchYaml(
    { name: JOB.job, namespace: JOB.namespace, container: JOB.container, volume: JOB.volume, realmConfigMap: JOB.realmConfigMap, envFromSecrets: [JOB.realmSecret] },
    { configMaps: configMaps.map((c) => c.metadata.name), secrets: secrets.map((s) => s.metadata.name) },
  ));
  fs.writeFileSync(path.join(dir, 'kustomization.yaml'), 'resources:\n  - ./config-job.yaml\npatches:\n  - path: langfuse-cdk8s-patch.yaml\n');
  // WHEN kustomize builds it, as Flux does
  const job = parse(execFileSync('kubectl', ['kustomize', dir], { encoding: 'utf8' }));
  const pod = job.spec.template.spec;
  const container = pod.containers.find((c: { name: string }) => c.name === JOB.container);
  const realmVolume = pod.volumes.find((v: { name: string }) => v.name === JOB.volume);

  test('the emitted fragments are the sign-in client and the role sync\'s service account, each with its Secret', () => {
    expect(configMaps.map((c) => c.metadata.name).sort()).toEqual(['langfuse-keycloak-client', 'langfuse-sync-keycloak-client']);
    expect(secrets.map((s) => s.metadata.name).sort()).toEqual(['langfuse-keycloak-client', 'langfuse-sync-keycloak-client']);
  });

  test('the realm volume projects the reference\'s realm file and every fragment, at the same mount path', () => {
    expect(realmVolume.configMap).toBeUndefined();
    expect(realmVolume.projected.sources.map((s: { configMap: { name: string } }) => s.configMap.name))
      .toEqual([JOB.realmConfigMap, ...configMaps.map((c) => c.metadata.name)]);
    expect(container.volumeMounts).toContainEqual({ name: JOB.volume, mountPath: JOB.mountPath, readOnly: true });
    // every fragment file lands directly in /config, which IMPORT_FILES_LOCATIONS=/config/* reads
    expect(container.env).toContainEqual({ name: 'IMPORT_FILES_LOCATIONS', value: '/config/*' });
    for (const configMap of configMaps) for (const file of Object.keys(configMap.data)) expect(file).toMatch(/^[a-z0-9-]+\.json$/);
  });

  test('every $(env:...) placeholder of a fragment is a key of a Secret the container takes with envFrom, and the reference\'s Secret stays', () => {
    const envFrom = container.envFrom.map((e: { secretRef: { name: string } }) => e.secretRef.name);
    expect(envFrom[0]).toBe(JOB.realmSecret);
    const provided = new Set(secrets.filter((s) => envFrom.includes(s.metadata.name)).flatMap((s) => Object.keys(s.stringData)));
    const placeholders = configMaps.flatMap((c) => Object.values(c.data as Record<string, string>).flatMap((text) => [...text.matchAll(/\$\(env:([A-Z0-9_]+)\)/g)].map((m) => m[1])));
    expect(placeholders.sort()).toEqual([JOB.clientSecretEnv, JOB.syncClientSecretEnv]);
    for (const name of placeholders) expect(provided).toContain(name);
  });

  test('the Job still is the reference\'s, so Flux recreates and re-runs it', () => {
    expect(job.metadata).toMatchObject({ name: JOB.job, namespace: JOB.namespace, annotations: { 'kustomize.toolkit.fluxcd.io/force': 'enabled' } });
    expect(container.image).toBe('adorsys/keycloak-config-cli:6.4.0-26.1.0');
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

  test('the patch parses as one Job document built from the core classes, with the deletion of the old volume source', () => {
    const docs = parseAllDocuments(keycloakConfigJobPatchYaml(
      { name: JOB.job, namespace: JOB.namespace, container: JOB.container, volume: JOB.volume, realmConfigMap: JOB.realmConfigMap, envFromSecrets: [JOB.realmSecret] },
      { configMaps: ['a'], secrets: ['a'] },
    ));
    expect(docs).toHaveLength(1);
    expect(docs[0].toJS()).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job', spec: { template: { spec: { volumes: [{ name: JOB.volume, configMap: null }] } } } });
  });
});
