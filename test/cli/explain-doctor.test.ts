import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdk8s';
import { stringify } from 'yaml';
import { doctorChecks, doctorCommand, renderDoctorChecks, runDoctor, sopsKeyCheck } from '../../bin/commands/doctor';
import { explainCommand, loadLangfuse, runExplain } from '../../bin/commands/explain';
import { isSecretKey } from '../../lib/config/errors';
import { buildApp } from '../../lib/synth';
import { config, EXAMPLE_CONFIG_PATH, exampleRaw, minimalRaw, tempDir } from '../support/fixtures';
import { capture } from './support';

function writeConfig(raw: Record<string, unknown>): string {
  const file = path.join(tempDir(), 'config.yaml');
  fs.writeFileSync(file, stringify(raw));
  return file;
}

const secretValues = (raw: Record<string, unknown>) =>
  Object.entries(raw).filter(([k, v]) => isSecretKey(k) && typeof v === 'string').map(([, v]) => String(v));

describe('explain', () => {
  test('prints the derived variables, features and the service names the chart exposes', async () => {
    // GIVEN the chart the example config builds
    const chart = buildApp(config(exampleRaw()), new App({ outdir: 'unused' })).charts[0];

    // WHEN
    const { code, out } = await capture(() => runExplain({ configPath: EXAMPLE_CONFIG_PATH }));

    // THEN
    expect(code).toBe(0);
    expect(out).toMatch(/langfuse_hostname +langfuse\.example\.com/);
    expect(out).toMatch(/langfuse_url +https:\/\/langfuse\.example\.com/);
    expect(out).toMatch(/langfuse_sso_enabled +on +keycloak_enabled=true, langfuse_sso_enabled=true/);
    expect(out).toMatch(/keycloak issuer \(public\) +https:\/\/auth\.example\.com\/realms\/main/);
    expect(out).toMatch(/storage class +local-path/);
    expect(out).toMatch(/network policies +on +audit/);
    for (const dns of [chart.endpoints.web, chart.endpoints.postgresRw, chart.endpoints.clickhouse, chart.endpoints.redis]) {
      expect(out).toContain(dns);
    }
    expect(out).toMatch(/web \(UI\/API\) +langfuse-web\.ai-system\.svc\.cluster\.local +3000/);
    // chart 1.5.41 renders no worker Service: explain names none
    expect(out).not.toContain(chart.endpoints.worker);
    expect(out).toMatch(/worker +no Service \(the chart renders none\): its pods listen on 3030, kubectl port-forward -n ai-system deploy\/langfuse-worker 3030 +3030/);
    expect(out).toMatch(/postgres \(rw\) +langfuse-postgresql-rw\.ai-system\.svc\.cluster\.local +5432/);
    expect(out).toMatch(/dragonfly +dragonfly\.cache\.svc\.cluster\.local +6379/);
    expect(out).toMatch(/rustfs \(s3\) +rustfs-svc\.storage\.svc\.cluster\.local +9000/);
    expect(out).toMatch(/keycloak +keycloak-service\.identity\.svc\.cluster\.local +8080/);
    for (const secret of secretValues(exampleRaw())) expect(out).not.toContain(secret);
  });

  test('aligns each table in columns', async () => {
    const { lines } = await capture(() => runExplain({ configPath: EXAMPLE_CONFIG_PATH }));
    const services = lines.slice(lines.findIndex((l) => l.startsWith('services')) + 1, lines.findIndex((l) => l.startsWith('disaster recovery')));
    const dnsColumn = services.map((l) => l.search(/\S+\.svc\.cluster\.local|dns|no Service/));
    expect(services.length).toBeGreaterThan(5);
    expect(new Set(dnsColumn).size).toBe(1);
    const recovery = lines.slice(lines.findIndex((l) => l.startsWith('disaster recovery')) + 1);
    const valueColumn = recovery.map((l) => l.search(/(?<=\S  +)\S/));
    expect(recovery.length).toBeGreaterThan(5);
    expect(new Set(valueColumn).size).toBe(1);
  });

  test('follows the config: another namespace, bundled stores, gates off', async () => {
    const configPath = writeConfig({ ...minimalRaw(), langfuse_namespace: 'observability', monitoring_enabled: true });
    const { out } = await capture(() => runExplain({ configPath }));
    expect(out).toContain('langfuse-web.observability.svc.cluster.local');
    expect(out).toMatch(/valkey \(bundled\) +langfuse-redis-primary\.observability\.svc\.cluster\.local/);
    expect(out).toMatch(/minio \(bundled\) +langfuse-s3\.observability\.svc\.cluster\.local +9000/);
    expect(out).toMatch(/langfuse_monitoring_enabled +off +monitoring_enabled=true, langfuse_monitoring_enabled=false/);
    expect(out).not.toContain('keycloak-service');
  });

  test('says so when Langfuse is disabled', async () => {
    const { code, out } = await capture(() => runExplain({ configPath: writeConfig({ langfuse_enabled: false }) }));
    expect(code).toBe(0);
    expect(out).toContain('langfuse_enabled is false');
  });

  test('exits 2 on a bad config, like synth', async () => {
    const { code, err } = await capture(() => explainCommand.run(['--config', writeConfig({ ...minimalRaw(), langfuse_salt: 'x' })]));
    expect(code).toBe(2);
    expect(err).toContain('langfuse_salt = <hidden, 1 characters>');
  });
});

describe('doctor', () => {
  test('prints the seed checks as kubectl commands with the config\'s names', async () => {
    const { code, out } = await capture(() => runDoctor({ configPath: EXAMPLE_CONFIG_PATH }));
    expect(code).toBe(0);
    for (const command of [
      'kubectl get pods -n ai-system -l app.kubernetes.io/name=langfuse,app.kubernetes.io/instance=langfuse',
      'kubectl port-forward -n ai-system svc/langfuse-web 3000:3000',
      'curl -fsS http://localhost:3000/api/public/health',
      'curl -fsS http://localhost:3000/api/public/ready',
      'SELECT count() FROM events_core',
      'kubectl get clusters.postgresql.cnpg.io -n ai-system langfuse-postgresql',
      'kubectl get keycloaks.k8s.keycloak.org -n identity',
      'AUTH","langfuse",decodeURIComponent(process.env.REDIS_PASSWORD)',
      's3 ls \\"s3://$b\\"',
    ]) expect(out).toContain(command);
    expect(out).toContain('langfuse-events langfuse-media langfuse-exports');
    for (const secret of secretValues(exampleRaw())) expect(out).not.toContain(secret);
  });

  test('leaves out the checks of features that are off and uses the bundled stores', async () => {
    const [loaded] = await loadLangfuse(writeConfig({ ...minimalRaw(), langfuse_namespace: 'observability' }));
    const titles = doctorChecks(loaded).map((c) => c.title);
    expect(titles).toEqual(expect.arrayContaining([
      'Pods', 'ClickHouse', 'CloudNativePG cluster', 'Worker not processing events (bundled Valkey)', 'S3 upload failures (bundled MinIO)',
    ]));
    expect(titles.some((t) => /SSO|Backups|Monitoring|Tracing|LiteLLM|Network policies|Dragonfly/.test(t))).toBe(false);
    const text = renderDoctorChecks(doctorChecks(loaded));
    expect(text).toContain('kubectl exec -n observability langfuse-clickhouse-shard0-0');
    expect(text).toContain('--endpoint-url http://langfuse-s3.observability.svc.cluster.local:9000');
    expect(text).not.toContain('ai-system');
  });

  test('says how to create the sops-age Secret in the Kustomization\'s namespace, every value quoted', async () => {
    const [loaded] = await loadLangfuse(writeConfig({ ...minimalRaw(), flux_namespace: 'gitops', flux_sops_secret_name: 'age-key' }));
    const check = doctorChecks(loaded).find((c) => c.title === 'SOPS decryption key')!;
    expect(check.steps.map((s) => s.command)).toEqual([
      'kubectl get secret -n gitops age-key',
      'kubectl create secret generic age-key -n gitops --from-file=age.agekey=age.agekey',
    ]);
    expect(sopsKeyCheck("it's", 'flux-system').steps[1].command).toBe("kubectl create secret generic 'it'\\''s' -n flux-system --from-file=age.agekey=age.agekey");
    const [controllerWide] = await loadLangfuse(writeConfig({ ...minimalRaw(), flux_sops_secret_name: '' }));
    const wide = doctorChecks(controllerWide).find((c) => c.title === 'SOPS decryption key')!;
    expect(wide.steps[0].note).toContain('--sops-age-secret');
    expect(wide.steps[0].command).toContain('kubectl get deployment -n flux-system kustomize-controller');
  });

  test('every step is a comment followed by one command', async () => {
    const [loaded] = await loadLangfuse(EXAMPLE_CONFIG_PATH);
    for (const check of doctorChecks(loaded)) {
      expect(check.steps.length).toBeGreaterThan(0);
      for (const step of check.steps) {
        expect(step.note).not.toContain('\n');
        expect(step.command).not.toContain('\n');
      }
    }
  });

  test('--help documents the exit codes', async () => {
    const { code, out } = await capture(() => doctorCommand.run(['--help']));
    expect(code).toBe(0);
    expect(out).toContain('exit codes: 0 success, 1 findings or failure, 2 invalid config or usage');
  });
});
