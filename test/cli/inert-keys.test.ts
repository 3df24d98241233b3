import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { runCli } from '../../bin/cli-main';
import { minimalRaw, tempDir } from '../support/fixtures';
import { capture } from './support';

// GIVEN a config whose SSO and Dragonfly ACL flags have no gate to go through
const IDLE = { langfuse_sso_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' };

function configFile(raw: Record<string, unknown>): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'langfuse.yaml');
  fs.writeFileSync(file, stringify({ ...raw, sops_plaintext_output: true, sops_allow_test_key: true }));
  return { dir, file };
}
const env = { ...process.env, SOPS_AGE_RECIPIENTS: '', SOPS_AGE_KEY_FILE: '', SOPS_AGE_KEY: '' };
const cli = (args: string[]) => capture(async () => {
  const saved = process.env;
  process.env = env;
  try {
    return await runCli(args);
  } finally {
    process.env = saved;
  }
});

describe('keys that do nothing, on the command line', () => {
  test('synth warns about each and still writes the tree', async () => {
    const { dir, file } = configFile({ ...minimalRaw(), ...IDLE });
    const result = await cli(['synth', '--config', file, '--out', path.join(dir, 'dist')]);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/WARNING: langfuse_sso_enabled is ignored: it only takes effect with keycloak_enabled: true/);
    expect(result.err).toMatch(/WARNING: dragonfly_acl_enabled is ignored: it only takes effect with dragonfly_enabled: true/);
    expect(result.err).toMatch(/WARNING: dragonfly_langfuse_password is ignored/);
    expect(fs.existsSync(path.join(dir, 'dist', 'kubernetes/apps/ai-system/langfuse/ks.yaml'))).toBe(true);
  });

  test('synth --strict refuses them all at once, exit 2, and writes nothing', async () => {
    const { dir, file } = configFile({ ...minimalRaw(), ...IDLE });
    const result = await cli(['synth', '--strict', '--config', file, '--out', path.join(dir, 'dist')]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/has 3 problems/);
    expect(result.err).toMatch(/- langfuse_sso_enabled: is ignored: .* \(--strict\)/);
    expect(result.err).not.toMatch(/AclPassword0123456789/);
    expect(fs.existsSync(path.join(dir, 'dist'))).toBe(false);
  });

  test('synth --strict passes a config without them', async () => {
    const { dir, file } = configFile(minimalRaw());
    expect((await cli(['synth', '--strict', '--config', file, '--out', path.join(dir, 'dist')])).code).toBe(0);
  });

  test('validate --config reports them as warnings ([inert-key]); --strict as errors (exit 1); --strict alone is a usage error', async () => {
    const { dir, file } = configFile({ ...minimalRaw(), ...IDLE });
    const out = path.join(dir, 'dist');
    expect((await cli(['synth', '--config', file, '--out', out])).code).toBe(0);

    const warned = await cli(['validate', out, '--skip', 'secret-in-clear', '--skip', 'kustomize', '--config', file]);
    expect(warned.code).toBe(0);
    expect(warned.out).toContain(`warning: ${file}: -: langfuse_sso_enabled: is ignored: it only takes effect with keycloak_enabled: true`);
    expect(warned.out).toMatch(/langfuse_sso_enabled: .* \[inert-key\]/);

    const strict = await cli(['validate', out, '--skip', 'secret-in-clear', '--skip', 'kustomize', '--config', file, '--strict']);
    expect(strict.code).toBe(1);
    expect(strict.out).toContain(`${file}: -: dragonfly_acl_enabled: is ignored`);
    expect(strict.out).not.toContain(`warning: ${file}`);
    expect(strict.err).toMatch(/validate: 3 errors/);

    const usage = await cli(['validate', out, '--strict']);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--strict needs --config FILE/);
  });

  test('explain lists them under their own heading', async () => {
    const { file } = configFile({ ...minimalRaw(), ...IDLE });
    const result = await cli(['explain', '--config', file]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/keys that do nothing \(synth warns; --strict refuses them\)\n {2}langfuse_sso_enabled is ignored/);
  });
});
