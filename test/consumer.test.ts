import { App, Chart, Testing } from 'cdk8s';
import {
  addLangfuseNeighbours, ClickHouseBackend, CnpgCluster, ENVOY_EXTERNAL, LangfuseChart, LangfuseChartProps, LangfuseVersion, ObjectStorage,
  plaintextEncoder, RedisBackend, renderFluxTree, V4WriteMode,
} from '../lib';

// GIVEN a consumer's own app that only imports the library's public entry point
const props: LangfuseChartProps = {
  namespace: 'observability',
  hostname: 'traces.example.org',
  appSecrets: { nextauthSecret: 'n'.repeat(32), salt: 's'.repeat(32), encryptionKey: 'b'.repeat(64) },
  postgres: { password: 'PostgresPassword0123456789' },
  clickhouse: { password: 'ClickhousePassword0123456789' },
  objectStorage: ObjectStorage.external({ endpoint: 'http://minio.storage.svc.cluster.local:9000', credentials: { accessKey: 'access-key', secretKey: 'secret-key' } }),
  redis: RedisBackend.dragonflyAcl({ password: 'AclPassword0123456789' }),
};

describe('a consumer chart', () => {
  test('composes a CnpgCluster of its own next to a LangfuseChart', () => {
    const app = Testing.app();
    // WHEN
    const langfuse = new LangfuseChart(app, 'langfuse', props);
    const own = new Chart(app, 'billing', { namespace: 'billing', disableResourceNameHashes: true });
    const db = new CnpgCluster(own, 'Db', {
      name: 'billing-db', namespace: 'billing', database: 'billing', owner: 'billing', credentialsSecretName: 'billing-db-credentials', instances: 2,
    });

    // THEN
    const cluster = Testing.synth(own).find((o) => o.kind === 'Cluster');
    expect(cluster.metadata).toMatchObject({ name: 'billing-db', namespace: 'billing' });
    expect(cluster.spec.affinity.enablePodAntiAffinity).toBe(true);
    expect(db.rwHost).toBe('billing-db-rw.billing.svc.cluster.local');

    expect(langfuse.appDirectory).toBe('kubernetes/apps/observability/langfuse');
    expect(langfuse.endpoints).toEqual({
      web: 'langfuse-web.observability.svc.cluster.local',
      worker: 'langfuse-worker.observability.svc.cluster.local',
      postgresRw: 'langfuse-postgresql-rw.observability.svc.cluster.local',
      clickhouse: 'langfuse-clickhouse.observability.svc.cluster.local',
      redis: 'dragonfly.cache.svc.cluster.local',
      objectStorage: 'http://minio.storage.svc.cluster.local:9000',
    });
    const release = Testing.synth(langfuse).find((o) => o.kind === 'HelmRelease');
    expect(release.spec.values.langfuse.nextauth.url).toBe('https://traces.example.org');
  });

  test('fails early on a key prefix without the trailing colon', () => {
    expect(() => RedisBackend.dragonflyAcl({ password: 'x', keyPrefix: 'langfuse' })).toThrow(/must end with ":" \(got "langfuse"\)/);
  });

  test('fails early on an object storage endpoint without a scheme', () => {
    expect(() => ObjectStorage.external({ endpoint: 'rustfs:9000', credentials: { accessKey: 'a', secretKey: 'b' } })).toThrow(/ObjectStorage\.external\(\) endpoint must be an http:\/\/ or https:\/\/ URL \(got "rustfs:9000"\)/);
  });

  test('fails on a Secret value left empty', () => {
    const app = new App();
    expect(() => new LangfuseChart(app, 'langfuse', { ...props, clickhouse: { password: '' } })).toThrow(/^clickhouse\.password must not be empty \(got an empty value\)$/);
  });

  test('runs Langfuse v4 on the operator\'s ClickHouse through the public API, and refuses v4 on the bundled one', () => {
    const v4 = new LangfuseChart(Testing.app(), 'langfuse', { ...props, langfuseVersion: LangfuseVersion.V4 });
    expect(v4.analytics?.name).toBe('langfuse-analytics');
    expect(v4.endpoints.clickhouse).toBe('langfuse-analytics-clickhouse-headless.observability.svc.cluster.local');
    expect(v4.clickhouse).toBe(v4.analytics!.connection);
    expect(() => new LangfuseChart(Testing.app(), 'langfuse', {
      ...props, langfuseVersion: LangfuseVersion.V4, clickhouse: { ...props.clickhouse, backend: ClickHouseBackend.BUNDLED },
    })).toThrow(/langfuse v4 cannot run on the bundled ClickHouse/);
    expect(() => new LangfuseChart(Testing.app(), 'langfuse', { ...props, v4Migration: { writeMode: V4WriteMode.DUAL } }))
      .toThrow(/langfuse v3 takes only the legacy v4 write mode/);
  });

  describe('props that live in neighbour apps (route, dragonflyAcl, ...)', () => {
    const withNeighbourProps: LangfuseChartProps = { ...props, dragonflyAcl: {}, route: { parents: [ENVOY_EXTERNAL] } };
    const render = (app: App) => renderFluxTree(app.charts, plaintextEncoder, () => undefined);

    test('without addLangfuseNeighbours, rendering fails and names the missing call and the props, instead of dropping them', async () => {
      const app = new App();
      new LangfuseChart(app, 'langfuse', withNeighbourProps);
      await expect(render(app)).rejects.toThrow(
        'route, dragonflyAcl are set, but addLangfuseNeighbours(app, chart, props) was never called for this chart: call it right after new LangfuseChart(...)',
      );
      // app.synth() runs the same validation
      expect(() => app.synth()).toThrow(/addLangfuseNeighbours\(app, chart, props\) was never called/);
    });

    test('a Keycloak client, the LiteLLM wiring or the bucket Job alone needs the call too', async () => {
      const cases: Array<[string, Partial<LangfuseChartProps>]> = [
        ['keycloakClient', {
          sso: { issuerUrl: 'https://auth.example.org/realms/main', internalIssuerUrl: 'http://keycloak.identity:8080/realms/main', realm: 'main', clientSecret: 'C'.repeat(20) },
          keycloakClient: {},
        }],
        ['litellmIntegration', { litellmIntegration: { keys: { publicKey: 'pk-lf-0123456789', secretKey: 'sk-lf-0123456789' } } }],
        ['bucketSetup', { bucketSetup: { adminSecretName: 'rustfs-admin' } }],
      ];
      for (const [name, extra] of cases) {
        const app = new App();
        new LangfuseChart(app, 'langfuse', { ...props, ...extra });
        await expect(render(app)).rejects.toThrow(`${name} is set, but addLangfuseNeighbours(app, chart, props) was never called`);
      }
    });

    test('with addLangfuseNeighbours, the same props render the route and the ACL app', async () => {
      const app = new App();
      const langfuse = new LangfuseChart(app, 'langfuse', withNeighbourProps);
      addLangfuseNeighbours(app, langfuse, withNeighbourProps);
      const paths = (await render(app)).map((f) => f.path);
      expect(paths).toContain('kubernetes/apps/observability/langfuse/app/httproute.yaml');
      expect(paths).toContain('kubernetes/apps/cache/dragonfly-acl/ks.yaml');
    });

    test('props that need no neighbour render without the call', async () => {
      const app = new App();
      new LangfuseChart(app, 'langfuse', props);
      expect((await render(app)).map((f) => f.path)).toContain('kubernetes/apps/observability/langfuse/app/helmrelease.yaml');
    });
  });
});
