import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { doctorChecks, renderDoctorChecks } from '../../bin/commands/doctor';
import { loadLangfuse, runExplain } from '../../bin/commands/explain';
import { runSynth } from '../../bin/commands/synth';
import { minimalRaw, tempDir } from '../support/fixtures';
import { capture } from './support';

function writeConfig(raw: Record<string, unknown>): string {
  const file = path.join(tempDir(), 'config.yaml');
  fs.writeFileSync(file, stringify(raw));
  return file;
}

describe('doctor and explain with the operator\'s ClickHouse', () => {
  test('doctor checks the operator\'s pods, both clusters, the Replicated default database and the events table under v4', async () => {
    const [loaded] = await loadLangfuse(writeConfig({ ...minimalRaw(), langfuse_version: 4 }));
    const text = renderDoctorChecks(doctorChecks(loaded));
    expect(text).toContain('kubectl get pods -n ai-system -l app=langfuse-analytics-clickhouse');
    expect(text).toContain('kubectl get pods -n ai-system -l app=langfuse-analytics-keeper');
    expect(text).toContain('kubectl get clickhouseclusters.clickhouse.com,keeperclusters.clickhouse.com -n ai-system langfuse-analytics');
    expect(text).toContain('kubectl exec -n ai-system langfuse-analytics-clickhouse-0-0-0 -c clickhouse-server -- sh -c \'clickhouse-client --user default '
      + '--password "$CLICKHOUSE_DEFAULT_USER_PASSWORD" --query "SELECT count() FROM events_core"\'');
    expect(text).toContain('FROM system.databases WHERE name = currentDatabase()');
    expect(text).not.toContain('langfuse-clickhouse-shard0-0');
    expect(text).not.toContain('app.kubernetes.io/name=clickhouse,');
  });

  test('doctor counts the v3 traces table in legacy mode and on v3', async () => {
    for (const extra of [{ langfuse_version: 4, langfuse_v4_write_mode: 'legacy' }, { langfuse_version: 3, langfuse_clickhouse_backend: 'operator' }]) {
      const [loaded] = await loadLangfuse(writeConfig({ ...minimalRaw(), ...extra }));
      expect(renderDoctorChecks(doctorChecks(loaded))).toContain('SELECT count() FROM traces');
    }
  });

  test('every doctor command is one line that quotes only with the outer single quotes', async () => {
    const [loaded] = await loadLangfuse(writeConfig({ ...minimalRaw(), langfuse_version: 4 }));
    const check = doctorChecks(loaded).find((c) => c.title === 'ClickHouse')!;
    for (const step of check.steps.filter((s) => s.command.startsWith('kubectl exec'))) {
      const inner = step.command.slice(step.command.indexOf("sh -c '") + 7, -1);
      expect(inner).not.toContain("'");
    }
  });

  test('explain names the Langfuse version, the backend and the Keeper Service', async () => {
    const { code, out } = await capture(() => runExplain({ configPath: writeConfig({ ...minimalRaw(), langfuse_version: 4 }) }));
    expect(code).toBe(0);
    expect(out).toContain('langfuse 1.5.41 (Langfuse 4.16.0)');
    expect(out).toContain('operator: ClickHouseCluster/KeeperCluster langfuse-analytics');
    expect(out).toContain('langfuse-analytics-clickhouse-headless.ai-system.svc.cluster.local');
    expect(out).toContain('langfuse-analytics-keeper-headless.ai-system.svc.cluster.local');
    expect(out).toMatch(/langfuse v4\s+on\s+4\.16\.0, write mode events_only/);
  });

  test('explain names the operator\'s namespace, which no policy selects, and only with the operator backend', async () => {
    const operator = await capture(() => runExplain({ configPath: writeConfig({ ...minimalRaw(), langfuse_version: 4, clickhouse_operator_namespace: 'clickhouse-operator-system' }) }));
    expect(operator.out).toMatch(/clickhouse operator namespace\s+clickhouse-operator-system\s+clickhouse_operator_namespace; .*none selects its own pods \(webhook 9443\)/);
    const bundled = await capture(() => runExplain({ configPath: writeConfig({ ...minimalRaw(), langfuse_version: 3 }) }));
    expect(bundled.code).toBe(0);
    expect(bundled.out).not.toContain('clickhouse operator namespace');
  });

  test('synth prints the langfuse_version warning once for a config without it, and none with it', async () => {
    const out = tempDir();
    const plain = { sops_plaintext_output: true, sops_allow_test_key: true };
    const without = await capture(() => runSynth({ configPath: writeConfig({ ...minimalRaw(), ...plain }), outDir: out, env: {} }));
    expect(without.code).toBe(0);
    expect(without.err.split('\n').filter((l) => l.includes('langfuse_version is not set'))).toHaveLength(1);
    const withVersion = await capture(() => runSynth({ configPath: writeConfig({ ...minimalRaw(), ...plain, langfuse_version: 3 }), outDir: tempDir(), env: {} }));
    expect(withVersion.err).not.toContain('langfuse_version is not set');
  });
});
