import * as fs from 'fs';
import * as path from 'path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { parse, stringify } from 'yaml';
import { runDecrypt } from '../../bin/commands/decrypt';
import { secretsCommand } from '../../bin/commands/secrets';
import { runSynth } from '../../bin/commands/synth';
import { isSecretKey } from '../../lib/config/errors';
import { parseConfig } from '../../lib/config/load';
import { configKeys } from '../../lib/config/schema';
import { exampleRaw, tempDir } from '../support/fixtures';
import { capture } from './support';

describe('secrets generate', () => {
  test('prints a value for every secret key that the schema accepts', async () => {
    const { code, out } = await capture(() => secretsCommand.run(['generate']));
    expect(code).toBe(0);
    const generated = parse(out) as Record<string, string>;
    // Backup keys fall back to the S3 keys; the LiteLLM master key comes from LiteLLM, the SMTP URL from the mail provider.
    const secretKeys = configKeys.filter((k) => isSecretKey(k) && !k.startsWith('langfuse_backup_') && k !== 'litellm_api_key' && k !== 'langfuse_smtp_url');
    expect(Object.keys(generated).filter((k) => isSecretKey(k)).sort()).toEqual(secretKeys.sort());
    expect(generated.langfuse_init_project_public_key).toMatch(/^pk-lf-[A-Za-z0-9]{32}$/);
    expect(() => parseConfig({ ...exampleRaw(), ...generated })).not.toThrow();
    expect(generated.langfuse_encryption_key).toMatch(/^[0-9a-f]{64}$/);
    expect(generated.langfuse_postgres_password).toMatch(/^[A-Za-z0-9]{32}$/);
  });

  test('prints different values on every run', async () => {
    const first = parse((await capture(() => secretsCommand.run(['generate']))).out);
    const second = parse((await capture(() => secretsCommand.run(['generate']))).out);
    expect(second.langfuse_salt).not.toBe(first.langfuse_salt);
  });

  test('rejects another subcommand with exit code 2', async () => {
    const { code, err } = await capture(() => secretsCommand.run(['rotate']));
    expect(code).toBe(2);
    expect(err).toContain('expected "secrets generate"');
  });
});

describe('decrypt', () => {
  let dir: string;
  let file: string;
  let identity: string;

  beforeAll(async () => {
    identity = await generateX25519Identity();
    dir = tempDir();
    const config = path.join(dir, 'config.yaml');
    fs.writeFileSync(config, stringify(exampleRaw()));
    const env = { SOPS_AGE_RECIPIENTS: await identityToRecipient(identity) };
    await capture(() => runSynth({ configPath: config, outDir: path.join(dir, 'dist'), repoRoot: dir, env }));
    file = path.join(dir, 'dist/kubernetes/apps/ai-system/langfuse/app/secret.sops.yaml');
  });

  test('prints every Secret of the file in clear, MAC verified', async () => {
    const { code, out } = await capture(() => runDecrypt(file, { SOPS_AGE_KEY: identity }));
    expect(code).toBe(0);
    const docs = out.split('---\n').map((d) => parse(d));
    expect(docs.find((d) => d.metadata.name === 'langfuse-credentials').stringData.SALT).toBe(exampleRaw().langfuse_salt);
    expect(out).not.toContain('sops:');
  });

  test('fails with exit code 1 when encrypted values were swapped between Secrets', async () => {
    const text = fs.readFileSync(file, 'utf8');
    const [first, second] = [...text.matchAll(/^ {4}password: (ENC\[[^\]]+\])$/gm)].map((m) => m[1]);
    const tampered = path.join(dir, 'tampered.sops.yaml');
    fs.writeFileSync(tampered, text.replace(first, 'PLACEHOLDER').replace(second, first).replace('PLACEHOLDER', second));
    const { code, err } = await capture(() => runDecrypt(tampered, { SOPS_AGE_KEY: identity }));
    expect(code).toBe(1);
    expect(err).toContain('mac mismatch');
  });

  test('without an identity, says how to provide one', async () => {
    await expect(runDecrypt(file, {})).rejects.toThrow(/SOPS_AGE_KEY_FILE/);
  });
});
