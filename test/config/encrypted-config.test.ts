import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { CONFIG_ENCRYPTED_REGEX, encryptConfigText } from '../../lib/config/encrypted-config';
import { ConfigError } from '../../lib/config/errors';
import { inertKeyProblems } from '../../lib/config/config-warnings';
import { keysSetIn, loadConfig, loadConfigFile, parseConfigText } from '../../lib/config/load';
import { generateRequiredSecrets } from '../../lib/config/generate-secrets';
import { renderStarterConfig } from '../../lib/config/starter-config';
import { decryptSopsYamlWithDataKey, encryptSopsYaml, readSopsMetadata } from '../../lib/sops';
import { ageCliAvailable } from '../sops/support';
import { describeOrSkip } from '../support/require-shared';
import { minimalRaw, tempDir } from '../support/fixtures';
import { ageEnv } from '../cli/support';

let key: Awaited<ReturnType<typeof ageEnv>>;
beforeAll(async () => {
  key = await ageEnv();
});

/** A starter config (comments for every key) with the given secrets. */
const starter = (secrets = generateRequiredSecrets()) => renderStarterConfig({ secrets, domain: 'example.org', encrypted: true });

async function encryptedFile(text: string, recipients = [key.recipient]): Promise<string> {
  const file = path.join(tempDir(), 'langfuse.sops.yaml');
  fs.writeFileSync(file, await encryptConfigText(text, { recipients }));
  return file;
}

/** The error loadConfig rejects with, as the message a command prints. */
async function loadError(file: string, env: NodeJS.ProcessEnv): Promise<string> {
  try {
    await loadConfig(file, { env });
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('loadConfig resolved');
}

describe('an encrypted config', () => {
  test('round trip: it loads with the identity to exactly the config of its clear text', async () => {
    const text = starter();
    const file = await encryptedFile(text);
    expect(await loadConfig(file, { env: { SOPS_AGE_KEY: key.identity } })).toEqual(parseConfigText(text, file));
  });

  test('records the keys the file sets, as for a clear file, so keys that do nothing are found in it too', async () => {
    const text = stringify({ ...minimalRaw(), langfuse_sso_enabled: true, langfuse_keycloak_client_secret: 'ClientSecret0123456789' });
    const [loaded] = await loadConfig(await encryptedFile(text), { env: { SOPS_AGE_KEY: key.identity } });
    expect([...keysSetIn(loaded)!].sort()).toEqual(Object.keys(parse(text)).sort());
    expect(inertKeyProblems([loaded]).map((p) => p.key)).toEqual(['langfuse_sso_enabled', 'langfuse_keycloak_client_secret']);
  });

  test('encrypts only the secret values: other keys, their values and the comments read in clear, no secret does', async () => {
    const secrets = generateRequiredSecrets();
    const file = await encryptedFile(starter(secrets));
    const text = fs.readFileSync(file, 'utf8');
    const raw = parse(text);
    for (const [name, value] of Object.entries(secrets)) {
      expect(raw[name]).toMatch(/^ENC\[AES256_GCM,data:.+,type:str\]$/);
      expect(text).not.toContain(value);
    }
    expect(raw.cloudflare_domain).toBe('example.org');
    expect(raw.langfuse_version).toBe(4);
    expect(text).toMatch(/^# Public domain of the cluster\. Required when langfuse_enabled\./m);
    expect(text).toMatch(/^# langfuse_namespace: ai-system$/m);
    const metadata = readSopsMetadata(text);
    expect(metadata.rule).toEqual({ key: 'encrypted_regex', value: CONFIG_ENCRYPTED_REGEX });
    expect(metadata.macOnlyEncrypted).toBe(true);
    expect(metadata.age.map((a) => a.recipient)).toEqual([key.recipient]);
  });

  test('encrypts the secrets inside instances entries too', async () => {
    const { langfuse_salt: salt, ...shared } = minimalRaw();
    const file = await encryptedFile(stringify({ ...shared, instances: [{ langfuse_instance_name: 'a', langfuse_namespace: 'a', langfuse_salt: salt }] }));
    expect(fs.readFileSync(file, 'utf8')).not.toContain(String(salt));
    const [loaded] = await loadConfig(file, { env: { SOPS_AGE_KEY: key.identity } });
    expect(loaded.langfuse_salt).toBe(salt);
  });

  test('without an identity: a clean error saying where it looked and for whom the file is, no key material', async () => {
    const file = await encryptedFile(starter());
    const message = await loadError(file, { HOME: '/nonexistent-home' });
    expect(message).toContain(`config ${file} has 1 problem:`);
    expect(message).toContain(`is SOPS-encrypted (for ${key.recipient.slice(0, 12)}...${key.recipient.slice(-8)}), and no age identity was found`);
    expect(message).toContain('SOPS_AGE_KEY (not set), SOPS_AGE_KEY_FILE (not set), /nonexistent-home/.config/sops/age/keys.txt (not found)');
  });

  test('with the wrong identity: a clean error naming the recipients, never the identity', async () => {
    const file = await encryptedFile(starter());
    const other = await ageEnv();
    const message = await loadError(file, { SOPS_AGE_KEY: other.identity });
    expect(message).toContain('none of your 1 age identity (from SOPS_AGE_KEY');
    expect(message).toContain(`opens it: it is encrypted for ${key.recipient.slice(0, 12)}`);
    expect(message).not.toContain(other.identity.slice(15, 40));
  });

  test('a tampered secret value or MAC is a clean error, and nothing of the file is read', async () => {
    const file = await encryptedFile(starter());
    const text = fs.readFileSync(file, 'utf8');
    const raw = parse(text);
    // GIVEN the encrypted salt replaced by the encrypted nextauth secret (each valid on its own)
    fs.writeFileSync(file, text.replace(raw.langfuse_salt, raw.langfuse_nextauth_secret));
    expect(await loadError(file, { SOPS_AGE_KEY: key.identity })).toMatch(/cannot be decrypted: .*langfuse_salt/);
    // GIVEN a MAC over other content: the metadata of another file of the same key
    const other = await encryptedFile(starter());
    const otherMac = readSopsMetadata(fs.readFileSync(other, 'utf8')).mac;
    fs.writeFileSync(file, text.replace(readSopsMetadata(text).mac, otherMac));
    expect(await loadError(file, { SOPS_AGE_KEY: key.identity })).toMatch(/cannot be decrypted: could not decrypt the sops mac|does not match its MAC/);
  });

  test('a MAC mismatch (a value removed by hand) says the file changed after encryption', async () => {
    const file = await encryptedFile(starter());
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, text.replace(/^langfuse_salt: .*\n/m, ''));
    const message = await loadError(file, { SOPS_AGE_KEY: key.identity });
    expect(message).toContain('does not match its MAC: it was changed after it was encrypted');
  });

  test('a file whose sops rule leaves a secret in clear is refused, naming the key but not the value', async () => {
    // GIVEN the config encrypted with the tree's rule (^(data|stringData)$): nothing of it is encrypted
    const raw = minimalRaw();
    const file = path.join(tempDir(), 'langfuse.sops.yaml');
    fs.writeFileSync(file, await encryptSopsYaml(raw, { recipients: [key.recipient] }));
    const message = await loadError(file, { SOPS_AGE_KEY: key.identity });
    expect(message).toContain('langfuse_salt: is a secret but is not encrypted: the file\'s rule (encrypted_regex "^(data|stringData)$") leaves it in clear');
    expect(message).not.toContain(String(raw.langfuse_salt));
  });

  test('loadConfigFile, which cannot decrypt, refuses it and names loadConfig', async () => {
    const file = await encryptedFile(starter());
    expect(() => loadConfigFile(file)).toThrow(/is SOPS-encrypted; read it with loadConfig\(\)/);
  });

  test('an encrypted file without any key is refused as empty, like an empty plain file', async () => {
    const file = path.join(tempDir(), 'c.sops.yaml');
    fs.writeFileSync(file, await encryptSopsYaml({}, { recipients: [key.recipient], encryptedRegex: CONFIG_ENCRYPTED_REGEX }));
    expect(await loadError(file, { SOPS_AGE_KEY: key.identity })).toContain('(file): is empty');
  });
});

describeOrSkip(ageCliAvailable(), 'the age and age-keygen CLIs not found on PATH (apt-get install age)', 'an encrypted config opened the way sops -d does', () => {
  test('the age CLI unwraps its data key from the sops block, and that key opens every value with the MAC verified', async () => {
    // GIVEN a key made by age-keygen and a config encrypted for it
    const dir = tempDir();
    const keyFile = path.join(dir, 'key.txt');
    execFileSync('age-keygen', ['-o', keyFile], { stdio: 'pipe' });
    const recipient = execFileSync('age-keygen', ['-y', keyFile]).toString().trim();
    const text = starter();
    const file = await encryptedFile(text, [recipient]);
    const encrypted = fs.readFileSync(file, 'utf8');
    // WHEN the age CLI decrypts the armored data key, as sops does with the age library
    fs.writeFileSync(path.join(dir, 'enc.age'), readSopsMetadata(encrypted).age[0].enc);
    const dataKey = execFileSync('age', ['-d', '-i', keyFile, path.join(dir, 'enc.age')]);
    // THEN it is the file's 32-byte data key, which decrypts the config (MAC checked), and the key file opens it too
    expect(dataKey).toHaveLength(32);
    expect(decryptSopsYamlWithDataKey(encrypted, dataKey)).toEqual(parse(text));
    expect(await loadConfig(file, { env: { SOPS_AGE_KEY_FILE: keyFile } })).toEqual(parseConfigText(text, file));
  });
});
