import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { SchemaValidator, shippedSchemasDir } from '../../lib/validate';
import { buildValidChart, pick } from './fixtures';

describe('SchemaValidator', () => {
  let validator: SchemaValidator;
  let manifests: any[];

  beforeAll(() => {
    validator = SchemaValidator.load();
    manifests = Testing.synth(buildValidChart());
  });

  describe('valid objects', () => {
    test('the fixture chart holds one object of each emitted kind', () => {
      const kinds = new Set(manifests.map((m) => `${m.apiVersion} ${m.kind}`));
      expect(manifests.length).toBeGreaterThanOrEqual(28);
      expect(kinds).toEqual(new Set([
        'v1 Secret', 'v1 ConfigMap', 'networking.k8s.io/v1 NetworkPolicy', 'batch/v1 CronJob', 'apps/v1 Deployment', 'v1 Service',
        'source.toolkit.fluxcd.io/v1 GitRepository', 'source.toolkit.fluxcd.io/v1 HelmRepository', 'source.toolkit.fluxcd.io/v1 OCIRepository',
        'kustomize.toolkit.fluxcd.io/v1 Kustomization', 'helm.toolkit.fluxcd.io/v2 HelmRelease',
        'postgresql.cnpg.io/v1 Cluster', 'postgresql.cnpg.io/v1 Database', 'postgresql.cnpg.io/v1 ScheduledBackup', 'postgresql.cnpg.io/v1 Pooler',
        'barmancloud.cnpg.io/v1 ObjectStore',
        'gateway.networking.k8s.io/v1 Gateway', 'gateway.networking.k8s.io/v1 HTTPRoute', 'gateway.networking.k8s.io/v1 ReferenceGrant',
        'cilium.io/v2 CiliumNetworkPolicy', 'cilium.io/v2 CiliumClusterwideNetworkPolicy',
        'monitoring.coreos.com/v1 ServiceMonitor', 'monitoring.coreos.com/v1 PodMonitor', 'monitoring.coreos.com/v1 PrometheusRule',
        'k8s.keycloak.org/v2alpha1 Keycloak', 'k8s.keycloak.org/v2alpha1 KeycloakRealmImport',
        'dragonflydb.io/v1alpha1 Dragonfly', 'grafana.integreatly.org/v1beta1 GrafanaDashboard',
      ]));
    });

    test('every object synthesized from the generated classes validates without errors', () => {
      expect(validator.validateAll(manifests)).toEqual([]);
    });

    test.each([
      ['Kustomization', 'langfuse'],
      ['HelmRelease', 'langfuse'],
      ['Cluster', 'langfuse-postgresql'],
      ['Secret', 'langfuse-s3-credentials'],
      ['CiliumNetworkPolicy', 'langfuse-web'],
      ['KeycloakRealmImport', 'langfuse-realm'],
    ])('a %s named %s passes on its own', (kind, name) => {
      expect(validator.validate(pick(manifests, kind, name))).toEqual([]);
    });

    test('a Keycloak with 26.4.7-only fields passes, so the derived folder is the one loaded', () => {
      const kc = pick(manifests, 'Keycloak', 'keycloak');
      kc.spec.tracing = { enabled: true };
      expect(validator.validate(kc)).toEqual([]);
    });

    test('a Cilium HTTP host rule written as a regex passes the lenient idn-hostname format', () => {
      const policy = pick(manifests, 'CiliumNetworkPolicy', 'langfuse-web');
      policy.spec.ingress[0].toPorts[0].rules = { http: [{ host: 'foo\\.bar\\.com', method: 'GET' }] };
      expect(validator.validate(policy)).toEqual([]);
    });

    test('a nullable preserve-unknown-fields map accepts null', () => {
      const cluster = {
        apiVersion: 'clickhouse.com/v1alpha1',
        kind: 'ClickHouseCluster',
        metadata: { name: 'langfuse' },
        spec: { keeperClusterRef: { name: 'langfuse-keeper' }, settings: { extraConfig: null } },
      };
      expect(validator.validate(cluster)).toEqual([]);
    });
  });

  describe('broken objects', () => {
    test('fails on an unknown HelmRelease spec field (spec.intervall)', () => {
      const release = pick(manifests, 'HelmRelease', 'langfuse');
      release.spec.intervall = release.spec.interval;
      expect(validator.validate(release)).toEqual([
        'helm.toolkit.fluxcd.io/v2 HelmRelease langfuse: /spec must NOT have additional properties (intervall)',
      ]);
    });

    test('fails on an unknown container field', () => {
      const deployment = pick(manifests, 'Deployment');
      deployment.spec.template.spec.containers[0].imagePullPolicyy = 'Always';
      const errors = validator.validate(deployment);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/\/spec\/template\/spec\/containers\/0 must NOT have additional properties \(imagePullPolicyy\)$/);
    });

    test('fails on Deployment replicas given as the string "2"', () => {
      const deployment = pick(manifests, 'Deployment');
      deployment.spec.replicas = '2';
      expect(validator.validate(deployment)).toEqual([expect.stringMatching(/: \/spec\/replicas must be integer$/)]);
    });

    test('fails on CNPG instances given as the string "two"', () => {
      const cluster = pick(manifests, 'Cluster', 'langfuse-postgresql');
      cluster.spec.instances = 'two';
      expect(validator.validate(cluster)).toEqual(['postgresql.cnpg.io/v1 Cluster langfuse-postgresql: /spec/instances must be integer']);
    });

    test('fails on a Service targetPort of true', () => {
      const service = pick(manifests, 'Service');
      service.spec.ports[0].targetPort = true;
      const errors = validator.validate(service);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors.every((e) => e.includes('/spec/ports/0/targetPort'))).toBe(true);
    });

    test('fails on a Cilium policy with both endpointSelector and nodeSelector', () => {
      const policy = pick(manifests, 'CiliumNetworkPolicy', 'langfuse-web');
      policy.spec.nodeSelector = { matchLabels: { role: 'edge' } };
      expect(validator.validate(policy)).toEqual(['cilium.io/v2 CiliumNetworkPolicy langfuse-web: /spec must match exactly one schema in oneOf']);
    });

    test('fails on a Cilium policy with neither ingress nor egress rules', () => {
      const policy = pick(manifests, 'CiliumNetworkPolicy', 'langfuse-web');
      delete policy.spec.ingress;
      delete policy.spec.egress;
      expect(validator.validate(policy)).toContain('cilium.io/v2 CiliumNetworkPolicy langfuse-web: /spec must match a schema in anyOf');
    });

    test('fails on a Kustomization sourceRef.kind of Bucketz', () => {
      const ks = pick(manifests, 'Kustomization', 'langfuse');
      ks.spec.sourceRef.kind = 'Bucketz';
      expect(validator.validate(ks)).toEqual([
        'kustomize.toolkit.fluxcd.io/v1 Kustomization langfuse: /spec/sourceRef/kind must be equal to one of the allowed values',
      ]);
    });

    test('fails on Secret data that is not base64', () => {
      const secret = pick(manifests, 'Secret', 'langfuse-s3-credentials');
      secret.data.AWS_ACCESS_KEY_ID = 'plain text!';
      expect(validator.validate(secret)).toEqual(['v1 Secret langfuse-s3-credentials: /data/AWS_ACCESS_KEY_ID must match format "byte"']);
    });

    test('fails on HTTPRoute metadata.labelz', () => {
      const route = pick(manifests, 'HTTPRoute', 'langfuse');
      route.metadata.labelz = { app: 'langfuse' };
      expect(validator.validate(route)).toEqual([
        'gateway.networking.k8s.io/v1 HTTPRoute langfuse: /metadata must NOT have additional properties (labelz)',
      ]);
    });

    test('fails on a ServiceMonitor interval of "30 seconds"', () => {
      const monitor = pick(manifests, 'ServiceMonitor', 'langfuse-worker');
      monitor.spec.endpoints[0].interval = '30 seconds';
      const errors = validator.validate(monitor);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^monitoring\.coreos\.com\/v1 ServiceMonitor langfuse-worker: \/spec\/endpoints\/0\/interval must match pattern /);
    });

    test('fails on an unknown apiVersion', () => {
      expect(validator.validate({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' } })).toEqual([
        'no schema for example.com/v1 Widget',
      ]);
    });

    test('fails on an unknown kind in a known group', () => {
      expect(validator.validate({ apiVersion: 'apps/v1', kind: 'Deploymentz', metadata: { name: 'd' } })).toEqual([
        'no schema for apps/v1 Deploymentz',
      ]);
    });

    test('fails on a helm.toolkit.fluxcd.io/v2beta1 HelmRelease, a version the CRD no longer serves', () => {
      const release = pick(manifests, 'HelmRelease', 'langfuse');
      release.apiVersion = 'helm.toolkit.fluxcd.io/v2beta1';
      expect(validator.hasSchema('helm.toolkit.fluxcd.io/v2beta1', 'HelmRelease')).toBe(false);
      expect(validator.validate(release)).toEqual(['no schema for helm.toolkit.fluxcd.io/v2beta1 HelmRelease']);
    });

    test('fails on an unknown KeycloakRealmImport spec field, although the fabric8 root declares neither apiVersion nor kind', () => {
      const realm = pick(manifests, 'KeycloakRealmImport', 'langfuse-realm');
      realm.spec.realmz = {};
      expect(validator.validate(realm)).toEqual([
        'k8s.keycloak.org/v2alpha1 KeycloakRealmImport langfuse-realm: /spec must NOT have additional properties (realmz)',
      ]);
    });

    test('fails on a non-object', () => {
      expect(validator.validate('Secret')).toEqual(['not a kubernetes object: "Secret"']);
    });
  });

  describe('lookup and gaps', () => {
    test('maps core kinds from x-kubernetes-group-version-kind, with the core group as v1', () => {
      expect(validator.hasSchema('v1', 'Secret')).toBe(true);
      expect(validator.hasSchema('apps/v1', 'Deployment')).toBe(true);
      expect(validator.hasSchema('core/v1', 'Secret')).toBe(false);
    });

    test('serves both Gateway API versions of multi-version CRDs', () => {
      expect(validator.hasSchema('gateway.networking.k8s.io/v1beta1', 'ReferenceGrant')).toBe(true);
      expect(validator.hasSchema('gateway.networking.k8s.io/v1', 'ReferenceGrant')).toBe(true);
    });

    test('reports the one pattern JavaScript cannot compile, and only that one', () => {
      expect(validator.skippedPatterns()).toEqual([
        'monitoring.coreos.com/v1 PrometheusRule spec.groups[].partial_response_strategy: ^(?i)(abort|warn)?$',
      ]);
    });

    test('accepts any value where a pattern was skipped', () => {
      const rule = pick(manifests, 'PrometheusRule', 'langfuse');
      rule.spec.groups[0].partial_response_strategy = 'not-a-strategy';
      expect(validator.validate(rule)).toEqual([]);
    });

    test('checks rewritten Go patterns such as Cilium\'s ^\\PC*$ instead of skipping them', () => {
      const policy = pick(manifests, 'CiliumNetworkPolicy', 'langfuse-web');
      policy.spec.log = { value: 'bell \u0007' };
      expect(validator.validate(policy)).toEqual([expect.stringMatching(/\/spec\/log\/value must match pattern "\^\\PC\*\$"$/)]);
      policy.spec.log = { value: 'printable' };
      expect(validator.validate(policy)).toEqual([]);
    });

    test('load returns the same instance for the same folder', () => {
      expect(SchemaValidator.load()).toBe(validator);
      expect(SchemaValidator.load({ schemasDir: shippedSchemasDir() })).toBe(validator);
    });

    test('fails to load, naming the file, from a folder without the shipped schemas', () => {
      const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-schemas-'));
      expect(() => SchemaValidator.load({ schemasDir: empty })).toThrow(`cannot read "${path.join(empty, 'k8s-v1.28.0.json')}" (not found)`);
    });

    test('fails to load a truncated schema file instead of validating with less', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'truncated-schemas-'));
      for (const name of fs.readdirSync(shippedSchemasDir())) fs.copyFileSync(path.join(shippedSchemasDir(), name), path.join(dir, name));
      const crds = path.join(dir, 'crds.json');
      fs.writeFileSync(crds, fs.readFileSync(crds, 'utf8').slice(0, 1000));
      expect(() => SchemaValidator.load({ schemasDir: dir })).toThrow(new RegExp(`^cannot read "${crds}" \\(.*JSON.*\\): the langfuse-cdk8s installation is incomplete`));
    });
  });
});
