import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runSwitchRunbook } from '../../bin/commands/doctor';
import { loadSwitchTargets, switchRunbook, SwitchStep } from '../../bin/commands/switch-runbook';
import { encryptConfigText } from '../../lib/config/encrypted-config';
import { exampleRaw, tempDir } from '../support/fixtures';
import { referenceConfigRaw } from '../reference/support';
import { ageEnv, capture } from './support';

/** Writes a config into a folder whose name is hostile to a shell, and returns its path. */
function writeConfig(raw: Record<string, unknown>, dirName = 'switch'): string {
  const dir = path.join(tempDir(), dirName);
  fs.mkdirSync(dir);
  const file = path.join(dir, 'langfuse.yaml');
  fs.writeFileSync(file, stringify(raw));
  return file;
}

describe('doctor --switch-from-reference', () => {
  const configPath = writeConfig(referenceConfigRaw());
  let steps: SwitchStep[] = [];
  beforeAll(async () => {
    steps = switchRunbook((await loadSwitchTargets(configPath))[0], configPath);
  });
  const index = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.title));

  test('orders the switch: back up, protect, suspend, drain, both sides of Dragonfly and Keycloak, commit with --adopt, and only then remove the reference\'s files', () => {
    expect(steps.map((s) => s.title)).toEqual([
      expect.stringMatching(/^Back up first: a base backup/),
      expect.stringMatching(/^Protect the reference's stateful objects from Flux prune/),
      'Suspend the reference\'s Kustomization ai-system/langfuse',
      'Drain the BullMQ queues before the Redis key prefix changes to langfuse:',
      'The Dragonfly password on both sides',
      'Keycloak: this tree\'s Job identity/langfuse-keycloak-config imports the Langfuse clients (langfuse, langfuse-sync); the reference\'s Job stays as it is',
      'Commit the new tree over the reference\'s files (--adopt) and resume',
      'Then remove the reference\'s files',
    ]);
    expect(index(/^Back up/)).toBeLessThan(index(/^Suspend/));
    expect(index(/^Drain/)).toBeLessThan(index(/^Commit/));
  });

  test('every step says why, how to check it and how to undo it', () => {
    for (const step of steps) {
      expect(step.why.length).toBeGreaterThan(20);
      expect(step.rollback.length).toBeGreaterThan(0);
    }
    expect(steps.filter((s) => !s.title.startsWith('Back up')).every((s) => (s.check ?? []).length > 0)).toBe(true);
  });

  test('takes a real base backup with the cnpg plugin into the ObjectStore, and a logical dump, before anything changes', () => {
    const backup = steps[0].commands.join('\n');
    expect(backup).toContain('kubectl cnpg backup -n ai-system langfuse-postgresql --backup-name langfuse-postgresql-before-switch --method plugin --plugin-name barman-cloud.cloudnative-pg.io');
    expect(backup).toMatch(/-- pg_dump -Fc -d langfuse > langfuse-postgresql-before-switch\.dump/);
    expect(steps[0].check!.join('\n')).toContain('backups.postgresql.cnpg.io -n ai-system langfuse-postgresql-before-switch');
  });

  test('without backups, the base backup is the logical dump only', async () => {
    const raw = { ...referenceConfigRaw(), langfuse_backup_enabled: false };
    const file = writeConfig(raw);
    const first = switchRunbook((await loadSwitchTargets(file))[0], file)[0];
    expect(first.commands.join('\n')).not.toContain('cnpg backup');
    expect(first.commands.join('\n')).toContain('pg_dump -Fc -d langfuse');
  });

  test('suspends the reference\'s Kustomization in its namespace, and resumes it after the commit', () => {
    expect(steps[2].commands).toEqual(['flux suspend kustomization langfuse -n ai-system']);
    expect(steps[2].rollback).toEqual(['flux resume kustomization langfuse -n ai-system']);
    expect(steps[6].commands).toContain('flux resume kustomization langfuse -n ai-system');
  });

  test('drains the queues with web stopped, counting bull:* jobs with Langfuse\'s own credentials from the Secret', () => {
    const drain = steps[3].commands;
    expect(drain[0]).toBe('kubectl scale -n ai-system deploy/langfuse-web --replicas=0');
    const overrides = JSON.parse(/'--overrides=(.*)'$/.exec(drain[1])![1]);
    const container = overrides.spec.containers[0];
    expect(container.env).toContainEqual({ name: 'REDISCLI_AUTH', valueFrom: { secretKeyRef: { name: 'langfuse-redis-credentials', key: 'password' } } });
    expect(container.command[2]).toContain('--scan --pattern "bull:*:$p"');
    expect(steps[3].rollback).toEqual(['kubectl scale -n ai-system deploy/langfuse-web --replicas=2']);
  });

  test('commits the tree with --adopt: synth writes the parents, so the step appends nothing to them and git add names every file synth writes', () => {
    const commit = steps[6].commands;
    expect(commit[0]).toBe(`langfuse-cdk8s synth --config ${configPath} --out . --adopt`);
    expect(commit[1]).toBe('langfuse-cdk8s validate .');
    expect(commit.join('\n')).not.toMatch(/printf|>>|\.\.\//);
    expect(commit[2]).toBe('git add kubernetes/apps/ai-system/langfuse kubernetes/apps/cache/dragonfly-acl kubernetes/apps/identity/langfuse-keycloak-client '
      + 'kubernetes/apps/ai-system/litellm-langfuse kubernetes/apps/storage/langfuse-rustfs kubernetes/apps/cache/langfuse-dragonfly kubernetes/apps/network/langfuse-route '
      + 'kubernetes/apps/ai-system/kustomization.yaml kubernetes/apps/cache/kustomization.yaml kubernetes/apps/identity/kustomization.yaml '
      + 'kubernetes/apps/network/kustomization.yaml kubernetes/apps/storage/kustomization.yaml .langfuse-cdk8s-files.json');
    expect(steps[6].why).toContain('templates/config/<folder>/kustomization.yaml.j2');
    expect(steps[6].check!.join('\n')).toContain('= "$(cat langfuse-postgresql.uid)" && echo same cluster');
  });

  test('removes only the reference\'s files this tree does not write, and its templates', () => {
    const remove = steps[7].commands.join('\n');
    expect(remove).toContain('git rm -r --ignore-unmatch templates/config/kubernetes/apps/ai-system/langfuse');
    expect(remove).toContain('kubernetes/apps/ai-system/langfuse/app/sync-cronjob.yaml');
    for (const owned of ['helmrelease.yaml', 'postgresql.yaml', 'secret.sops.yaml', 'networkpolicy.yaml']) {
      expect(remove).not.toContain(`kubernetes/apps/ai-system/langfuse/app/${owned}`);
    }
  });

  test('the Keycloak step adds nothing to the reference\'s import run and says why its own client must stay in the realm file', () => {
    const step = steps[5];
    const text = [step.why, ...step.commands, ...(step.check ?? []), ...step.rollback].join('\n');
    expect(text).not.toMatch(/patch|projected|keycloak-realm-config/);
    expect(step.why).toContain('IMPORT_CACHE_KEY=langfuse-keycloak-config');
    expect(step.why).toContain('IMPORT_MANAGED_CLIENT=no-delete');
    expect(step.why).toContain('Keep the reference\'s own langfuse and langfuse-sync clients in its realm file');
    expect(step.check).toContain('kubectl wait -n identity --for=condition=complete job/langfuse-keycloak-config --timeout=10m   # after step 7 applied it');
    expect(step.rollback[0]).toMatch(/^kubectl delete job -n identity langfuse-keycloak-config && flux reconcile kustomization langfuse-keycloak-client -n [a-z-]+   # re-runs it$/);
  });

  test('the Keycloak step names the cluster.yaml flag of each client: with SSO off only the role sync\'s langfuse_scim_sync_enabled', async () => {
    expect(steps[5].why).toContain('in its realm file (langfuse_sso_enabled and langfuse_scim_sync_enabled on in cluster.yaml)');
    const file = writeConfig(referenceConfigRaw({ langfuse_sso_enabled: false }));
    const syncOnly = switchRunbook((await loadSwitchTargets(file))[0], file).find((s) => s.title.startsWith('Keycloak'))!;
    expect(syncOnly.title).toContain('identity/langfuse-keycloak-config');
    expect(syncOnly.why).toContain('Keep the reference\'s own langfuse-sync client in its realm file (langfuse_scim_sync_enabled on in cluster.yaml)');
  });

  test('with keycloak_client_form: config-cli (no Job of its own) the step only says to keep the reference\'s client, and how to get the Job', async () => {
    const file = writeConfig({ ...referenceConfigRaw(), keycloak_client_form: 'config-cli' });
    const plain = switchRunbook((await loadSwitchTargets(file))[0], file);
    const step = plain.find((s) => s.title.startsWith('Keycloak'))!;
    expect(step.title).toBe('Keycloak: keep the reference\'s Langfuse client');
    expect(step.why).toContain('set keycloak_client_form: config-cli-job');
  });

  test('the command prints the runbook and exits 0; with Langfuse off it says there is nothing to switch', async () => {
    const result = await capture(() => runSwitchRunbook({ configPath }));
    expect(result.code).toBe(0);
    expect(result.out).toContain('## 1. Back up first');
    expect(result.out).toContain('#   flux resume kustomization langfuse -n ai-system');
    const off = await capture(() => runSwitchRunbook({ configPath: writeConfig({ langfuse_enabled: false }) }));
    expect(off.out).toContain('nothing to switch to');
  });

  test('run outside the reference repository (no namespace folder of Langfuse there), it warns that the namespaces assume no parent sets one', async () => {
    const elsewhere = tempDir();
    const result = await capture(() => runSwitchRunbook({ configPath, treeRoot: elsewhere }));
    expect(result.code).toBe(0);
    expect(result.err).toContain(`warning: ${path.join(elsewhere, 'kubernetes/apps/ai-system')} does not exist: run doctor --switch-from-reference in the reference repository's root`);
    fs.mkdirSync(path.join(elsewhere, 'kubernetes/apps/ai-system'), { recursive: true });
    expect((await capture(() => runSwitchRunbook({ configPath, treeRoot: elsewhere }))).err).not.toContain('does not exist');
  });

  test('reads an encrypted config (langfuse.sops.yaml) with the operator\'s age identity, as every command does', async () => {
    // GIVEN the imported config, encrypted
    const key = await ageEnv();
    const file = path.join(tempDir(), 'langfuse.sops.yaml');
    fs.writeFileSync(file, await encryptConfigText(stringify(referenceConfigRaw()), { recipients: [key.recipient] }));
    // WHEN
    const result = await capture(() => runSwitchRunbook({ configPath: file, env: key.env }));
    // THEN the same runbook as from the clear config
    expect(result.code).toBe(0);
    expect(result.out).toContain('## 3. Suspend the reference\'s Kustomization ai-system/langfuse');
    const refused = await capture(() => runSwitchRunbook({ configPath: file, env: {} }));
    expect(refused.code).toBe(2);
  });

  test.each([
    ['the example config (v4 on the operator\'s ClickHouse)', () => exampleRaw(), 'v4-events-only'],
    ['the imported config moved to the prepare stage', () => ({ ...referenceConfigRaw(), langfuse_clickhouse_backend: 'operator', langfuse_clickhouse_migration: 'prepare' }), 'prepare'],
  ])('refuses %s: the reference\'s traces are in its bundled ClickHouse, which only the staged upgrade moves', async (_name, raw, stage) => {
    const result = await capture(() => runSwitchRunbook({ configPath: writeConfig(raw()) }));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`this config is at upgrade stage ${stage}`);
    expect(result.err).toContain('langfuse_version: 3, langfuse_clickhouse_backend: bundled');
    expect(result.err).toContain('langfuse-cdk8s upgrade plan');
    expect(result.out).not.toContain('## 1.');
  });

  test.each([
    ['flux_kustomization_namespace', undefined, 'flux_kustomization_namespace: "flux-system" (the reference: "ai-system")'],
    ['cnpg_database_object_name', undefined, 'cnpg_database_object_name: "langfuse-postgresql-langfuse" (the reference: "langfuse-db-langfuse")'],
    ['barman_cloud_flux_dependency', undefined, 'barman_cloud_flux_dependency: "" (the reference: "cnpg-system/barman-cloud-plugin")'],
    ['flux_sops_secret_name', undefined, 'flux_sops_secret_name: "sops-age" (the reference: "")'],
    ['dragonfly_flux_dependency', 'cache/dragonfly-operator', 'dragonfly_flux_dependency: "cache/dragonfly-operator" (the reference: "cache/dragonfly")'],
  ])('refuses (exit 2) a config without the reference\'s identity: %s', async (key, value, problem) => {
    const raw: Record<string, unknown> = { ...referenceConfigRaw(), [key]: value, ...(key === 'flux_kustomization_namespace' ? { flux_namespace: undefined } : {}), ...(key === 'flux_sops_secret_name' ? { flux_sops_secret_namespace: undefined } : {}) };
    for (const k of Object.keys(raw)) if (raw[k] === undefined) delete raw[k];
    const result = await capture(() => runSwitchRunbook({ configPath: writeConfig(raw) }));
    expect(result.code).toBe(2);
    expect(result.err).toContain(problem);
    expect(result.err).toContain('import-reference writes these keys');
    expect(result.out).toBe('');
  });

  test('the Dragonfly check prints digests that match for the same value however it is quoted, and never the password', () => {
    // GIVEN the reference's cluster.yaml with the value quoted, and this config with it plain
    const dir = path.dirname(configPath);
    const password = referenceConfigRaw().dragonfly_langfuse_password as string;
    fs.writeFileSync(path.join(dir, 'cluster.yaml'), `other: 1\ndragonfly_langfuse_password: "${password}"\n`);
    const step = steps.find((s) => s.title === 'The Dragonfly password on both sides')!;
    // WHEN the two compare commands run
    const out = execFileSync('bash', ['-euo', 'pipefail', '-c', step.commands.slice(0, 2).join('\n')], { cwd: dir, encoding: 'utf8' });
    // THEN two equal digests, no password
    const digests = out.trim().split('\n').map((l) => l.split(/\s+/)[1]);
    expect(digests).toHaveLength(2);
    expect(digests[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(digests[1]).toBe(digests[0]);
    expect(out).not.toContain(password);
    expect(step.commands.join('\n')).not.toMatch(/grep -n dragonfly_langfuse_password/);
    // a different value gives a different digest
    fs.writeFileSync(path.join(dir, 'cluster.yaml'), 'dragonfly_langfuse_password: another-value-0123456789\n');
    const other = execFileSync('bash', ['-euo', 'pipefail', '-c', step.commands.slice(0, 2).join('\n')], { cwd: dir, encoding: 'utf8' }).trim().split('\n').map((l) => l.split(/\s+/)[1]);
    expect(other[0]).not.toBe(other[1]);
  });

  test('the rotation is commands, commented so that pasting the runbook never runs them; an encrypted config is read with decrypt and set with sops', async () => {
    const step = steps.find((s) => s.title === 'The Dragonfly password on both sides')!;
    const rotation = step.commands.filter((c) => c.startsWith('#   '));
    expect(rotation).toEqual(expect.arrayContaining(['#   new="$(openssl rand -hex 24)"', expect.stringContaining('task configure'), expect.stringContaining('kubectl delete pod -n cache -l app=dragonfly')]));
    const key = await ageEnv();
    const file = path.join(tempDir(), 'langfuse.sops.yaml');
    fs.writeFileSync(file, await encryptConfigText(stringify(referenceConfigRaw()), { recipients: [key.recipient] }));
    const encrypted = switchRunbook((await loadSwitchTargets(file, key.env))[0], file).find((s) => s.title === 'The Dragonfly password on both sides')!;
    expect(encrypted.commands[1]).toContain(`langfuse-cdk8s decrypt ${file} | sed -n`);
    expect(encrypted.commands.join('\n')).toContain(`sops set ${file} '["dragonfly_langfuse_password"]'`);
  });

  test('the printed rotation lines run: sops set gets the new value as a JSON string, and sed writes it quoted', async () => {
    const key = await ageEnv();
    const dir = tempDir();
    const file = path.join(dir, 'langfuse.sops.yaml');
    fs.writeFileSync(file, await encryptConfigText(stringify(referenceConfigRaw()), { recipients: [key.recipient] }));
    const commands = switchRunbook((await loadSwitchTargets(file, key.env))[0], file).find((s) => s.title === 'The Dragonfly password on both sides')!.commands;
    const printed = (pattern: RegExp) => commands.find((c) => pattern.test(c))!.replace(/^# {3}/, '');
    // a stub sops that records its arguments, one per line
    const bin = path.join(dir, 'bin');
    fs.mkdirSync(bin);
    fs.writeFileSync(path.join(bin, 'sops'), '#!/bin/sh\nfor a in "$@"; do printf \'%s\\n\' "$a"; done > "$ARGV_FILE"\n', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'cluster.yaml'), 'other: 1\ndragonfly_langfuse_password: old\n');
    const script = ['new=0123abcd', printed(/^# {3}sops set /), printed(/^# {3}sed -i .* cluster\.yaml$/)].join('\n');
    execFileSync('bash', ['-eu', '-c', script], { cwd: dir, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, ARGV_FILE: path.join(dir, 'argv') } });
    const argv = fs.readFileSync(path.join(dir, 'argv'), 'utf8').split('\n').slice(0, -1);
    expect(argv.slice(0, 3)).toEqual(['set', file, '["dragonfly_langfuse_password"]']);
    expect(JSON.parse(argv[3])).toBe('0123abcd');
    expect(fs.readFileSync(path.join(dir, 'cluster.yaml'), 'utf8')).toBe('other: 1\ndragonfly_langfuse_password: "0123abcd"\n');
  });

  test('protects the reference\'s own stateful objects by their names', () => {
    expect(steps[1].commands).toContain('kubectl annotate -n ai-system databases.postgresql.cnpg.io/langfuse-db-langfuse kustomize.toolkit.fluxcd.io/prune=disabled --overwrite');
  });

  test('the printed runbook is valid shell, and a hostile config path stays one word', async () => {
    // GIVEN a config in a folder named to break out of a shell word
    const shellDir = tempDir();
    const hostile = writeConfig(referenceConfigRaw(),
      'a b\'c$(touch pwned)`touch pwned2`;touch pwned3');
    // WHEN
    const result = await capture(() => runSwitchRunbook({ configPath: hostile }));
    // THEN bash parses it
    expect(spawnSync('bash', ['-n'], { input: result.out }).status).toBe(0);
    // and every line that names the config gives it as one word (the commands are echoed, never run)
    const lines = result.out.split('\n').filter((l) => l.startsWith('langfuse-cdk8s ') && l.includes('--config'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      const words = execFileSync('bash', ['-c', `printf '%s\\n' ${line.replace(/^langfuse-cdk8s /, '').replace(/\s+#.*$/, '')}`], { encoding: 'utf8', cwd: shellDir }).split('\n');
      expect(words).toContain(hostile);
    }
    expect(fs.readdirSync(shellDir)).toEqual([]);
  });
});
