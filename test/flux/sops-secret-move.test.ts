import * as fs from 'fs';
import * as path from 'path';
import { doctorChecks } from '../../bin/commands/doctor';
import { loadLangfuse } from '../../bin/commands/explain';
import { runSynth } from '../../bin/commands/synth';
import { runValidate } from '../../bin/commands/validate';
import { ageEnv, capture } from '../cli/support';
import { App } from 'cdk8s';
import { sopsSecretWarnings } from '../../lib/flux/flux-app-chart';
import { buildApp } from '../../lib/synth';
import { config, EXAMPLE_CONFIG_PATH, exampleRaw, tempDir } from '../support/fixtures';

/** A tree whose ai-system folder's kustomization sets namespace: ai-system (like the reference deployment's parents). */
function treeWithParentNamespace(): string {
  const root = tempDir();
  fs.mkdirSync(path.join(root, 'kubernetes/apps/ai-system'), { recursive: true });
  fs.writeFileSync(path.join(root, 'kubernetes/apps/ai-system/kustomization.yaml'),
    'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: ai-system\nresources:\n  - ./langfuse/ks.yaml\n');
  return root;
}

describe('a parent kustomization that moves a Flux Kustomization away from its SOPS Secret is reported', () => {
  test('synth of the example config warns: names the Secret, the namespace it is read from, the parent file and the fixes', async () => {
    const root = treeWithParentNamespace();
    const { env } = await ageEnv();
    const synth = await capture(() => runSynth({ configPath: EXAMPLE_CONFIG_PATH, outDir: root, env, repoRoot: root, adopt: true }));
    expect(synth.code).toBe(0);
    const warning = synth.err.split('\n').find((l) => l.includes('kubernetes/apps/ai-system/kustomization.yaml sets namespace: ai-system'));
    expect(warning).toContain('Flux Kustomization langfuse lives in ai-system, not flux-system');
    expect(warning).toContain('decryption Secret sops-age in ai-system');
    expect(warning).toContain('create the Secret sops-age in namespace ai-system');
    expect(warning).toContain('flux_sops_secret_name: ""');
    expect(warning).toContain('flux_kustomization_namespace: ai-system');
    // the written Kustomization really lives there and keeps its secretRef
    const ks = fs.readFileSync(path.join(root, 'kubernetes/apps/ai-system/langfuse/ks.yaml'), 'utf8');
    expect(ks).toMatch(/namespace: ai-system/);
    expect(ks).toMatch(/secretRef:\n\s+name: sops-age/);

    // validate --config reports it too, as a warning (exit code unchanged by it)
    const validated = await capture(() => runValidate({ dir: root, configPath: EXAMPLE_CONFIG_PATH, env, kubectl: false, skip: ['schema', 'chart-values'] }));
    const line = validated.lines.find((l) => l.includes('langfuse/ks.yaml: Kustomization/langfuse:'));
    expect(line).toMatch(/^warning: kubernetes\/apps\/ai-system\/langfuse\/ks\.yaml: Kustomization\/langfuse: spec\.decryption\.secretRef: .*sops-age in ai-system/);
    const skipped = await capture(() => runValidate({ dir: root, configPath: EXAMPLE_CONFIG_PATH, env, kubectl: false, skip: ['schema', 'chart-values', 'flux-sops-secret'] }));
    expect(skipped.out).not.toContain('[flux-sops-secret]');

    // doctor's SOPS check looks for the Secret where the Kustomization really is
    const [loaded] = await loadLangfuse(EXAMPLE_CONFIG_PATH, env, root);
    const sops = doctorChecks(loaded).find((c) => c.title === 'SOPS decryption key')!;
    expect(sops.steps[0].command).toContain('get secret -n ai-system sops-age');
  });

  test('no warning when the parent sets no namespace, or flux_sops_secret_name is ""', async () => {
    const root = tempDir();
    const { env } = await ageEnv();
    const plain = await capture(() => runSynth({ configPath: EXAMPLE_CONFIG_PATH, outDir: root, env, repoRoot: root }));
    expect(plain.code).toBe(0);
    expect(plain.err).not.toContain('decryption Secret');

    const moved = treeWithParentNamespace();
    const config = path.join(tempDir(), 'langfuse.yaml');
    fs.writeFileSync(config, `${fs.readFileSync(EXAMPLE_CONFIG_PATH, 'utf8')}\nflux_sops_secret_name: ""\n`);
    const noSecret = await capture(() => runSynth({ configPath: config, outDir: moved, env, repoRoot: moved, adopt: true }));
    expect(noSecret.code).toBe(0);
    expect(noSecret.err).not.toContain('decryption Secret');
  });
});

describe('doctor reads the synth output\'s parents', () => {
  test('runDoctor with the tree root prints the SOPS check in the namespace a parent moves the Kustomization to', async () => {
    const { runDoctor } = await import('../../bin/commands/doctor');
    const root = treeWithParentNamespace();
    const { env } = await ageEnv();
    const printed = await capture(() => runDoctor({ configPath: EXAMPLE_CONFIG_PATH, env: { ...env, LANGFUSE_OUT: root } }));
    expect(printed.code).toBe(0);
    expect(printed.out).toContain('get secret -n ai-system sops-age');
    expect(printed.out).not.toContain('get secret -n flux-system sops-age');
  });
});

describe('the installed ClickHouse operator\'s Kustomization is checked too', () => {
  test('a parent namespace: clickhouse-operator moves it away from sops-age in flux-system: one warning, on that app only', () => {
    const { app } = buildApp(config({ ...exampleRaw(), clickhouse_operator_install: true }), new App(),
      { parentNamespace: (folder) => (folder === 'kubernetes/apps/clickhouse-operator' ? 'clickhouse-operator' : undefined) });
    const warnings = sopsSecretWarnings(app.charts);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^kubernetes\/apps\/clickhouse-operator\/kustomization\.yaml sets namespace: clickhouse-operator, so the Flux Kustomization clickhouse-operator lives in clickhouse-operator, not flux-system/);
  });
});
