import { synthObjects } from '../support/fixtures';
import { allows, DRAGONFLY_ACL, policies, rulesOf, RUSTFS, SSO, TRACING, withKeys } from './support';

/**
 * The seed's "NetworkPolicy Considerations" table, one row per destination: when the row's feature
 * is on, Langfuse must be allowed to reach it, in both renderings. A row missing from the model
 * fails here.
 */
const SEED_EGRESS: ReadonlyArray<{
  destination: string;
  namespace: string;
  labels: Record<string, string>;
  ports: string[];
  feature: Record<string, unknown>;
  components: ReadonlyArray<'web' | 'worker'>;
}> = [
  { destination: 'PostgreSQL', namespace: 'ai-system', labels: { 'cnpg.io/cluster': 'langfuse-postgresql' }, ports: ['5432/TCP'], feature: {}, components: ['web', 'worker'] },
  {
    destination: 'ClickHouse', namespace: 'ai-system', labels: { 'app.kubernetes.io/name': 'clickhouse', 'app.kubernetes.io/instance': 'langfuse' },
    ports: ['8123/TCP', '9000/TCP'], feature: {}, components: ['web', 'worker'],
  },
  { destination: 'Dragonfly', namespace: 'cache', labels: { app: 'dragonfly' }, ports: ['6379/TCP'], feature: DRAGONFLY_ACL, components: ['web', 'worker'] },
  { destination: 'RustFS', namespace: 'storage', labels: { 'app.kubernetes.io/name': 'rustfs' }, ports: ['9000/TCP'], feature: RUSTFS, components: ['web', 'worker'] },
  { destination: 'Keycloak', namespace: 'identity', labels: { app: 'keycloak' }, ports: ['8080/TCP'], feature: SSO, components: ['web'] },
  { destination: 'Tempo', namespace: 'monitoring', labels: { 'app.kubernetes.io/name': 'tempo' }, ports: ['4318/TCP'], feature: TRACING, components: ['web', 'worker'] },
  { destination: 'DNS', namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' }, ports: ['53/UDP', '53/TCP'], feature: {}, components: ['web', 'worker'] },
];

describe('the seed\'s egress table', () => {
  describe.each(['cilium', 'kubernetes'] as const)('rendered as %s policies in enforce mode', (engine) => {
    test.each(SEED_EGRESS.map((row) => [row.destination, row] as const))('GIVEN its feature on, THEN Langfuse may reach %s', (_name, row) => {
      // GIVEN
      const objects = synthObjects(withKeys(row.feature, policies('enforce', engine)));
      // THEN
      for (const component of row.components) {
        expect(allows(rulesOf(objects, engine, `langfuse-${component}`, 'egress'), row.namespace, row.labels, row.ports)).toBe(true);
      }
    });
  });

  test.each(SEED_EGRESS.filter((row) => Object.keys(row.feature).length > 0).map((row) => [row.destination, row] as const))(
    'GIVEN the feature of %s off, THEN no rule reaches it',
    (_name, row) => {
      const objects = synthObjects(withKeys(policies('enforce', 'cilium')));
      expect(allows(rulesOf(objects, 'cilium', 'langfuse-web', 'egress'), row.namespace, row.labels, row.ports)).toBe(false);
    },
  );
});
