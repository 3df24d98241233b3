import * as fs from 'fs';
import * as path from 'path';
import { App, ApiObject } from 'cdk8s';
import * as os from 'os';
import { parse } from 'yaml';
import { configWarnings } from '../lib/config/config-warnings';
import { parseConfigInstances } from '../lib/config/load';
import { buildApp } from '../lib/synth';
import { LEGACY_FIXTURES } from './fixtures/legacy-v3/fixtures';
import { deploymentSummary, DeploymentSummary } from './support/deployment-summary';

const FIXTURES = path.join(__dirname, 'fixtures', 'legacy-v3');
/** What the tool synthesized for these configs at 49f0604 (test/fixtures/legacy-v3/generate.ts). */
const AT_BASE: Record<string, DeploymentSummary> = JSON.parse(fs.readFileSync(path.join(FIXTURES, 'summaries.json'), 'utf8'));

const configsOf = (raw: Record<string, unknown> | string) =>
  parseConfigInstances(typeof raw === 'string' ? parse(fs.readFileSync(path.join(FIXTURES, raw), 'utf8')) : raw, 'legacy');

/** Variables the worker got at 49f0604 that it never parses, now on the web pods only. */
const WEB_ONLY = ['NEXTAUTH_COOKIE_DOMAIN', 'AUTH_DISABLE_USERNAME_PASSWORD', 'AUTH_KEYCLOAK_CLIENT_ID', 'AUTH_KEYCLOAK_CLIENT_SECRET', 'AUTH_KEYCLOAK_ISSUER',
  'AUTH_KEYCLOAK_ALLOW_ACCOUNT_LINKING', 'AUTH_KEYCLOAK_CHECKS', 'LANGFUSE_DEFAULT_ORG_ID', 'LANGFUSE_DEFAULT_ORG_ROLE', 'AUTH_SESSION_MAX_AGE',
  'AUTH_DOMAINS_WITH_SSO_ENFORCEMENT', 'LANGFUSE_CACHE_API_KEY_ENABLED', 'LANGFUSE_CACHE_API_KEY_TTL_SECONDS', 'LANGFUSE_DEFAULT_PROJECT_ID',
  'LANGFUSE_DEFAULT_PROJECT_ROLE', 'LANGFUSE_S3_MEDIA_MAX_CONTENT_LENGTH', 'LANGFUSE_S3_MEDIA_DOWNLOAD_URL_EXPIRY_SECONDS'];

/** The variables one component's container gets: the shared list and its own, sorted. */
const effectiveEnv = (env: DeploymentSummary['releases'][string]['env'], component: 'web' | 'worker') => [...env.common, ...env[component]].sort();

function summaryToday(raw: Record<string, unknown> | string): DeploymentSummary {
  const { app } = buildApp(configsOf(raw), new App({ outdir: os.tmpdir() }));
  return deploymentSummary(app.charts.flatMap((c) => c.node.findAll().filter(ApiObject.isApiObject).map((o) => o.toJson())));
}

describe('a config written before langfuse_version existed keeps its deployment after this tool is upgraded', () => {
  test('every fixture has a recorded summary', () => {
    expect(Object.keys(AT_BASE).sort()).toEqual(Object.keys(LEGACY_FIXTURES).sort());
  });

  describe.each(Object.keys(LEGACY_FIXTURES))('%s', (name) => {
    const today = summaryToday(LEGACY_FIXTURES[name]);
    const before = AT_BASE[name];

    test('the same objects, with the same names (plus, with monitoring, the data-loss alerts of issue 15, which touch no workload)', () => {
      const added = today.objects.filter((o) => !before.objects.includes(o));
      expect(added.every((o) => /^PrometheusRule\/[a-z0-9-]+\/langfuse-data-loss$/.test(o))).toBe(true);
      expect(today.objects.filter((o) => !added.includes(o))).toEqual(before.objects);
      expect(today.objects.some((o) => o.startsWith('ClickHouseCluster/') || o.startsWith('KeeperCluster/'))).toBe(false);
    });

    test('the same chart (1.5.41) and Langfuse image (3.224.1)', () => {
      for (const [release, values] of Object.entries(before.releases)) {
        expect(today.releases[release].chart).toEqual(values.chart);
        expect(today.releases[release].image).toEqual(values.image);
        expect(today.releases[release].image).toEqual({ pullPolicy: 'IfNotPresent', tag: '3.224.1' });
      }
    });

    test('the same bundled ClickHouse with the same volumes, and Postgres on the same storage', () => {
      for (const [release, values] of Object.entries(before.releases)) {
        expect(today.releases[release].clickhouse).toEqual(values.clickhouse);
        expect((today.releases[release].clickhouse as { deploy: boolean }).deploy).toBe(true);
      }
      expect(today.postgresStorage).toEqual(before.postgresStorage);
    });

    test('the same environment (no LANGFUSE_MIGRATION_V4_* variable), no post-renderer, the same Flux dependencies and health checks', () => {
      for (const [release, values] of Object.entries(before.releases)) {
        // web keeps every variable; the worker loses only the web-only ones it never read (issue 13: least privilege)
        expect(effectiveEnv(today.releases[release].env, 'web')).toEqual(effectiveEnv(values.env, 'web'));
        expect(effectiveEnv(today.releases[release].env, 'worker')).toEqual(effectiveEnv(values.env, 'worker').filter((n) => !WEB_ONLY.includes(n)));
        expect(today.releases[release].postRenderers).toBeNull();
      }
      expect(today.kustomizations).toEqual(before.kustomizations);
    });

    test('synth warns once, pointing at the upgrade path', () => {
      const warnings = configWarnings(configsOf(LEGACY_FIXTURES[name])).filter((w) => w.includes('langfuse_version is not set'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('docs/upgrade-v4.md');
      expect(warnings[0]).toContain('Langfuse v3 (3.224.1');
    });
  });

  test('a config that sets langfuse_version: 3 gets the same deployment and no warning', () => {
    const raw = { ...(LEGACY_FIXTURES.minimal as Record<string, unknown>), langfuse_version: 3 };
    expect(summaryToday(raw)).toEqual(summaryToday(LEGACY_FIXTURES.minimal));
    expect(summaryToday(raw).objects).toEqual(AT_BASE.minimal.objects);
    expect(configWarnings(configsOf(raw))).toEqual([]);
  });
});
