import * as fs from 'fs';
import * as path from 'path';
import { parse, stringify } from 'yaml';
import { runDiff } from '../../bin/commands/diff';
import { runExplain } from '../../bin/commands/explain';
import { initCommand, parseRecipients, runInit, sopsConfigYaml } from '../../bin/commands/init';
import { runSynth } from '../../bin/commands/synth';
import { runValidate } from '../../bin/commands/validate';
import { CONFIG_ENCRYPTED_REGEX } from '../../lib/config/encrypted-config';
import { loadConfig, parseConfig } from '../../lib/config/load';
import { configKeys } from '../../lib/config/schema';
import { decryptSopsYamlDocuments, readSopsMetadata } from '../../lib/sops';
import { FLUX_TEST_RECIPIENT } from '../../lib/sops/published-test-keys';
import { REPO_ROOT, tempDir } from '../support/fixtures';
import { ageEnv, capture } from './support';

// A real (unpublished) key pair for the whole file; the published test key is refused as a recipient.
let RECIPIENT: string;
let IDENTITY: string;
beforeAll(async () => {
  ({ recipient: RECIPIENT, identity: IDENTITY } = await ageEnv());
});

/** The identity of the Flux test recipient, as published. */
const FLUX_TEST_IDENTITY = 'AGE-SECRET-KEY-1RH87A5Z54ZGUR9S0AS3R6WHFSEFNPLYMAKF5Z2CEU7R06VRJ0A3Q7242AM';

/** A folder holding a copy of the shipped .sops.yaml (the published test recipient only). */
function withShippedSopsConfig(): string {
  const dir = tempDir();
  fs.copyFileSync(path.join(REPO_ROOT, '.sops.yaml'), path.join(dir, '.sops.yaml'));
  return dir;
}

describe('init', () => {
  test('writes a valid starter config with fresh secrets of the right shapes, and a .sops.yaml', async () => {
    // GIVEN an empty folder
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.yaml');

    // WHEN
    const result = await capture(() => runInit({ plaintext: true, configPath, repoRoot: dir, ageRecipients: [RECIPIENT], domain: 'example.org' }));

    // THEN
    expect(result.code).toBe(0);
    const text = fs.readFileSync(configPath, 'utf8');
    const config = parseConfig(parse(text));
    expect(config.langfuse_enabled).toBe(true);
    expect(config.cloudflare_domain).toBe('example.org');
    expect(config.langfuse_encryption_key).toMatch(/^[0-9a-f]{64}$/);
    expect(config.langfuse_nextauth_secret).toMatch(/^[A-Za-z0-9]{44}$/);
    expect(config.langfuse_salt).toMatch(/^[A-Za-z0-9]{44}$/);
    expect(config.langfuse_postgres_password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(config.langfuse_clickhouse_password).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(new Set([config.langfuse_nextauth_secret, config.langfuse_salt, config.langfuse_postgres_password]).size).toBe(3);
    expect(fs.statSync(configPath).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).toBe(sopsConfigYaml([RECIPIENT]));
    expect(result.out).not.toContain(config.langfuse_salt!);
  });

  test('lists every key of the schema, each with a comment, and starts with the schema modeline', async () => {
    const dir = tempDir();
    const configPath = path.join(dir, 'sub', 'langfuse.yaml');
    await capture(() => runInit({ plaintext: true, configPath, repoRoot: dir, ageRecipients: [RECIPIENT] }));
    const lines = fs.readFileSync(configPath, 'utf8').split('\n');
    const modeline = /^# yaml-language-server: \$schema=(.+)$/.exec(lines[0]);
    expect(modeline).not.toBeNull();
    expect(fs.existsSync(path.resolve(path.dirname(configPath), modeline![1]))).toBe(true);
    for (const key of configKeys) {
      const at = lines.findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`# ${key}:`));
      expect({ key, found: at > 0 }).toEqual({ key, found: true });
      expect(lines[at - 1]).toMatch(/^# \S/);
    }
    expect(lines.find((l) => l.startsWith('cloudflare_domain:'))).toContain('CHANGE ME');
  });

  test('generates different secrets on every run', async () => {
    const read = async () => {
      const dir = tempDir();
      await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'c.yaml'), repoRoot: dir, ageRecipients: [RECIPIENT] }));
      return parse(fs.readFileSync(path.join(dir, 'c.yaml'), 'utf8')).langfuse_salt;
    };
    expect(await read()).not.toBe(await read());
  });

  test('refuses to overwrite an existing config without --force, and replaces it with --force', async () => {
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(configPath, 'langfuse_enabled: false\n');
    const refused = await capture(() => runInit({ plaintext: true, configPath, repoRoot: dir, ageRecipients: [RECIPIENT] }));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('already exists; pass --force to overwrite it');
    expect(fs.readFileSync(configPath, 'utf8')).toBe('langfuse_enabled: false\n');
    expect(fs.existsSync(path.join(dir, '.sops.yaml'))).toBe(false);

    const forced = await capture(() => runInit({ plaintext: true, configPath, repoRoot: dir, ageRecipients: [RECIPIENT], force: true }));
    expect(forced.code).toBe(0);
    expect(parse(fs.readFileSync(configPath, 'utf8')).langfuse_enabled).toBe(true);
  });

  test('fails without a .sops.yaml and without a recipient when it cannot ask, writing nothing', async () => {
    const dir = tempDir();
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir }));
    expect(result.code).toBe(2);
    expect(result.err).toContain('no age recipient');
    expect(result.err).toContain('--age-recipient age1...');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('asks for the recipient on a terminal', async () => {
    const dir = tempDir();
    const questions: string[] = [];
    const result = await capture(() => runInit({
      plaintext: true,
      configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, prompt: async (q) => { questions.push(q); return ` ${RECIPIENT} `; },
    }));
    expect(result.code).toBe(0);
    expect(questions).toEqual([expect.stringContaining('age recipient')]);
    expect(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).toContain(`age: ${RECIPIENT}`);
  });

  test('keeps an existing .sops.yaml and needs no recipient then', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.sops.yaml'), 'creation_rules: []\n');
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir }));
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).toBe('creation_rules: []\n');
  });

  test('fails on an invalid recipient without quoting it, and on an invalid domain quoting it', async () => {
    const dir = tempDir();
    const recipient = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'a.yaml'), repoRoot: dir, ageRecipients: ['ssh-ed25519 AAAA'] }));
    expect(recipient.code).toBe(2);
    expect(recipient.err).toContain('--age-recipient, entry 1: the value is not an age recipient');
    expect(recipient.err).not.toContain('AAAA');
    const configPath = path.join(dir, 'b.yaml');
    const domain = await capture(() => runInit({ plaintext: true, configPath, repoRoot: dir, ageRecipients: [RECIPIENT], domain: 'https://Example.com' }));
    expect(domain.code).toBe(2);
    expect(domain.err).toContain('cloudflare_domain = "https://Example.com": must be a lowercase domain name');
    expect(fs.existsSync(path.join(dir, 'b.yaml'))).toBe(false);
  });

  test('parseRecipients splits comma-separated lists and drops repeats', () => {
    expect(parseRecipients([`${RECIPIENT}, ${RECIPIENT}`, ''])).toEqual([RECIPIENT]);
  });

  test('fails on a private key or a mistyped key given as recipient, never printing it', async () => {
    for (const bad of [IDENTITY, `${RECIPIENT.slice(0, -1)}${RECIPIENT.endsWith('q') ? 'p' : 'q'}`]) {
      const dir = tempDir();
      const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, ageRecipients: [RECIPIENT, bad] }));
      expect(result.code).toBe(2);
      expect(result.err).toContain('--age-recipient, entry 2: the value is');
      expect(`${result.out}\n${result.err}`).not.toContain(bad);
      expect(`${result.out}\n${result.err}`).not.toContain(bad.slice(20, 40));
      expect(fs.readdirSync(dir)).toEqual([]);
    }
  });

  test('refuses the published test key as recipient', async () => {
    const dir = tempDir();
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, ageRecipients: [FLUX_TEST_RECIPIENT] }));
    expect(result.code).toBe(2);
    expect(result.err).toContain('is a published TEST key (fluxcd/kustomize-controller');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('init with the shipped .sops.yaml (only the published test recipient)', () => {
  test('replaces the test recipient by the given one and says so', async () => {
    // GIVEN
    const dir = withShippedSopsConfig();

    // WHEN
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, ageRecipients: [RECIPIENT] }));

    // THEN
    expect(result.code).toBe(0);
    expect(result.out).toContain('held only the published test recipient (fluxcd/kustomize-controller');
    expect(result.out).toContain('replaced by 1 age recipient');
    const text = fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8');
    expect(text).not.toContain(FLUX_TEST_RECIPIENT);
    expect(text).not.toContain('PUBLIC TEST KEY');
    expect(parse(text).creation_rules).toEqual([
      { path_regex: '\\.sops\\.ya?ml$', encrypted_regex: '^(data|stringData)$', mac_only_encrypted: true, age: RECIPIENT },
    ]);
  });

  test('without a recipient, fails (exit 2) instead of leaving the test key in charge', async () => {
    const dir = withShippedSopsConfig();
    const before = fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8');
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir }));
    expect(result.code).toBe(2);
    expect(result.err).toContain('encrypts for the published TEST key');
    expect(result.err).toContain('Fix it: edit');
    expect(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(dir, 'langfuse.yaml'))).toBe(false);
  });

  test('on a terminal, asks for the recipient that replaces the test key', async () => {
    const dir = withShippedSopsConfig();
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, prompt: async () => RECIPIENT }));
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).toContain(`age: ${RECIPIENT}`);
  });
});

describe('init with a .sops.yaml whose only recipient is the test key, in key_groups form', () => {
  const keyGroups = (group: Record<string, unknown>) =>
    stringify({ creation_rules: [{ path_regex: '\\.sops\\.ya?ml$', encrypted_regex: '^(data|stringData)$', key_groups: [group] }] });

  test.each([
    ['one group', { age: [FLUX_TEST_RECIPIENT] }],
    ['one group with a merged group', { age: [FLUX_TEST_RECIPIENT], merge: [{ age: [FLUX_TEST_RECIPIENT] }] }],
  ])('replaces it (%s) by the given recipient, as in the plain form, and synth then encrypts for it only', async (_what, group) => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.sops.yaml'), keyGroups(group));
    const configPath = path.join(dir, 'langfuse.yaml');
    const result = await capture(() => runInit({ plaintext: true, configPath, repoRoot: dir, ageRecipients: [RECIPIENT] }));
    expect(result.code).toBe(0);
    expect(result.out).toContain('held only the published test recipient');
    const text = fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8');
    expect(text).not.toContain(FLUX_TEST_RECIPIENT);
    expect(parse(text).creation_rules[0].key_groups).toEqual([{ age: [RECIPIENT] }]);
    const out = path.join(dir, 'dist');
    expect((await capture(() => runSynth({ configPath, outDir: out, repoRoot: dir, env: {} }))).code).toBe(0);
    const secret = fs.readFileSync(path.join(out, 'kubernetes/apps/ai-system/langfuse/app/secret.sops.yaml'), 'utf8');
    expect(readSopsMetadata(secret).age.map((a) => a.recipient)).toEqual([RECIPIENT]);
  });

  test('still refuses a key group holding the test key next to a real one', async () => {
    const dir = tempDir();
    const other = (await ageEnv()).recipient;
    fs.writeFileSync(path.join(dir, '.sops.yaml'), keyGroups({ age: [FLUX_TEST_RECIPIENT, other] }));
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, ageRecipients: [RECIPIENT] }));
    expect(result.code).toBe(2);
    expect(result.err).toContain('encrypts for the published TEST key');
  });
});

describe('init with a .sops.yaml that names real keys', () => {
  test('refuses to change it (exit 2), naming the keys and the exact fix, and writes nothing', async () => {
    // GIVEN a .sops.yaml for someone else's key
    const dir = tempDir();
    const other = (await ageEnv()).recipient;
    fs.writeFileSync(path.join(dir, '.sops.yaml'), sopsConfigYaml([other]));

    // WHEN
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, ageRecipients: [RECIPIENT] }));

    // THEN
    expect(result.code).toBe(2);
    expect(result.err).toContain(`already names other keys (age ${other.slice(0, 16)}...)`);
    expect(result.err).toContain(`  age: ${RECIPIENT}`);
    expect(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).toBe(sopsConfigYaml([other]));
    expect(fs.existsSync(path.join(dir, 'langfuse.yaml'))).toBe(false);
  });

  test('keeps it when it already encrypts for exactly the given recipient', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.sops.yaml'), sopsConfigYaml([RECIPIENT]));
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, ageRecipients: [RECIPIENT] }));
    expect(result.code).toBe(0);
    expect(result.out).toContain('already encrypts for 1 age recipient; kept');
  });

  test('fails on a .sops.yaml that is not YAML, naming the file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.sops.yaml'), 'creation_rules: [\n');
    const result = await capture(() => runInit({ plaintext: true, configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, ageRecipients: [RECIPIENT] }));
    expect(result.code).toBe(2);
    expect(result.err).toContain(`cannot parse ${path.join(dir, '.sops.yaml')}`);
    expect(result.err).not.toMatch(/\n\s+at /);
  });
});

describe('init followed by synth, in a repository with the shipped .sops.yaml', () => {
  test('encrypts every Secret for the given recipient only: its identity decrypts, the test identity cannot', async () => {
    // GIVEN the shipped .sops.yaml and the operator's key
    const dir = withShippedSopsConfig();
    const configPath = path.join(dir, 'langfuse.yaml');
    const out = path.join(dir, 'dist');

    // WHEN init, then synth with no other step
    expect((await capture(() => runInit({ plaintext: true, configPath, repoRoot: dir, ageRecipients: [RECIPIENT] }))).code).toBe(0);
    const synth = await capture(() => runSynth({ configPath, outDir: out, repoRoot: dir, env: {} }));

    // THEN
    expect(synth.code).toBe(0);
    const secretFiles = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.sops.yaml'));
    expect(secretFiles.length).toBeGreaterThan(0);
    for (const file of secretFiles) {
      const text = fs.readFileSync(path.join(out, file), 'utf8');
      expect(readSopsMetadata(text).age.map((a) => a.recipient)).toEqual([RECIPIENT]);
      await expect(decryptSopsYamlDocuments(text, [IDENTITY])).resolves.not.toHaveLength(0);
      await expect(decryptSopsYamlDocuments(text, [FLUX_TEST_IDENTITY])).rejects.toThrow(/none of 1 age identities decrypts/);
    }
  });
});

describe('init (encrypted) followed by synth, in a repository with the shipped .sops.yaml', () => {
  test('the config and every Secret are encrypted for the given recipient only: the test identity opens none', async () => {
    const dir = withShippedSopsConfig();
    const configPath = path.join(dir, 'langfuse.sops.yaml');
    const out = path.join(dir, 'dist');
    const env = { SOPS_AGE_KEY: IDENTITY };
    expect((await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], env }))).code).toBe(0);
    const synth = await capture(() => runSynth({ configPath, outDir: out, repoRoot: dir, env }));
    expect(synth.code).toBe(0);
    expect(synth.err).not.toContain('TEST key');
    const secretFiles = fs.readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.sops.yaml'));
    expect(secretFiles.length).toBeGreaterThan(0);
    for (const text of [fs.readFileSync(configPath, 'utf8'), ...secretFiles.map((f) => fs.readFileSync(path.join(out, f), 'utf8'))]) {
      expect(readSopsMetadata(text).age.map((a) => a.recipient)).toEqual([RECIPIENT]);
    }
    for (const file of secretFiles) {
      const text = fs.readFileSync(path.join(out, file), 'utf8');
      await expect(decryptSopsYamlDocuments(text, [IDENTITY])).resolves.not.toHaveLength(0);
      await expect(decryptSopsYamlDocuments(text, [FLUX_TEST_IDENTITY])).rejects.toThrow(/none of 1 age identities decrypts/);
    }
  });
});

describe('from nothing to a validated tree', () => {
  test('init, synth and validate succeed in a fresh folder', async () => {
    // GIVEN an operator's empty repository and their age key
    const dir = tempDir();
    const { recipient, identity } = await ageEnv();
    const configPath = path.join(dir, 'langfuse.yaml');
    const out = path.join(dir, 'dist');

    // WHEN
    expect((await capture(() => runInit({ plaintext: true, configPath, repoRoot: dir, ageRecipients: [recipient], domain: 'example.org' }))).code).toBe(0);
    const synth = await capture(() => runSynth({ configPath, outDir: out, repoRoot: dir, env: { SOPS_AGE_KEY: identity } }));
    const validate = await capture(() => runValidate({ dir: out, kubectl: false }));

    // THEN
    expect(synth.code).toBe(0);
    expect(synth.out).toMatch(/folder +.*kubernetes\/apps\/ai-system\/langfuse/);
    expect(synth.out).toMatch(/resources +\d+/);
    expect(synth.out).toMatch(/features +bundled valkey, bundled minio/);
    expect(validate.code).toBe(0);
  });
});

describe('init writes the config SOPS-encrypted by default', () => {
  test('only the secret values are encrypted, for the recipient, with .sops.yaml\'s first rule for the config and /langfuse.yaml ignored', async () => {
    // GIVEN an empty repository
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.sops.yaml');

    // WHEN
    const result = await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], env: {} }));

    // THEN
    expect(result.code).toBe(0);
    const text = fs.readFileSync(configPath, 'utf8');
    const metadata = readSopsMetadata(text);
    expect(metadata.age.map((a) => a.recipient)).toEqual([RECIPIENT]);
    expect(metadata.rule).toEqual({ key: 'encrypted_regex', value: CONFIG_ENCRYPTED_REGEX });
    const raw = parse(text);
    expect(raw.langfuse_salt).toMatch(/^ENC\[AES256_GCM,/);
    expect(raw.cloudflare_domain).toBe('example.com');
    expect(text).not.toContain('yaml-language-server');
    expect(text).toContain('# SOPS-encrypted: only the values of secret keys are');
    expect(parse(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).creation_rules).toEqual([
      { path_regex: '^langfuse\\.sops\\.yaml$', encrypted_regex: CONFIG_ENCRYPTED_REGEX, mac_only_encrypted: true, age: RECIPIENT },
      { path_regex: '\\.sops\\.ya?ml$', encrypted_regex: '^(data|stringData)$', mac_only_encrypted: true, age: RECIPIENT },
    ]);
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe('# the langfuse-cdk8s config in clear holds every secret: never commit it\n/langfuse.yaml\n');
    expect(result.out).toContain('init: added /langfuse.yaml to');
    // no identity in the environment: init says synth will need one
    expect(result.out).toContain('none of your age identities (SOPS_AGE_KEY (not set)');
    expect(result.out).toMatch(new RegExp(`^  sops ${configPath} +# edit it`, "m"));
  });

  test('synth, explain and diff read the init output with the identity, and the tree opens with it', async () => {
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.sops.yaml');
    const out = path.join(dir, 'dist');
    const init = await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], env: { SOPS_AGE_KEY: IDENTITY } }));
    expect(init.out).not.toContain('none of your age identities');

    const synth = await capture(() => runSynth({ configPath, outDir: out, repoRoot: dir, env: { SOPS_AGE_KEY: IDENTITY } }));
    expect(synth.code).toBe(0);
    const secret = fs.readFileSync(path.join(out, 'kubernetes/apps/ai-system/langfuse/app/secret.sops.yaml'), 'utf8');
    const salt = (await decryptSopsYamlDocuments(secret, [IDENTITY])).map((d) => JSON.stringify(d)).join('\n');
    expect(await capture(() => runExplain({ configPath, env: { SOPS_AGE_KEY: IDENTITY } }))).toMatchObject({ code: 0 });
    expect(await capture(() => runDiff({ configPath, outDir: out, repoRoot: dir, env: { SOPS_AGE_KEY: IDENTITY } }))).toMatchObject({ code: 0 });
    // the tree's Secrets hold the config's secrets
    const [config] = await loadConfig(configPath, { env: { SOPS_AGE_KEY: IDENTITY } });
    expect(salt).toContain(config.langfuse_salt!);

    // WHEN there is no identity THEN synth stops cleanly, exit 2
    const noKey = await capture(() => runSynth({ configPath, outDir: out, repoRoot: dir, env: {} }));
    expect(noKey.code).toBe(2);
    expect(noKey.err).toContain('is SOPS-encrypted');
    expect(noKey.err).not.toMatch(/\n\s+at /);
  });

  test('.gitignore: created, appended to on a new line, never duplicated, and --plaintext ignores its own file', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.gitignore'), 'node_modules/');
    const configPath = path.join(dir, 'langfuse.sops.yaml');
    expect((await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], env: {} }))).code).toBe(0);
    const again = await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], env: {}, force: true }));
    expect(again.out).toContain('.gitignore already ignores langfuse.yaml');
    const plain = await capture(() => runInit({ configPath: path.join(dir, 'langfuse.yaml'), plaintext: true, repoRoot: dir, ageRecipients: [RECIPIENT] }));
    expect(plain.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.gitignore'), 'utf8')).toBe(
      'node_modules/\n# the langfuse-cdk8s config in clear holds every secret: never commit it\n/langfuse.yaml\n',
    );
  });

  test('a config outside the repository is not ignored there, and init says so', async () => {
    const repo = tempDir();
    const elsewhere = tempDir();
    const result = await capture(() => runInit({ configPath: path.join(elsewhere, 'langfuse.sops.yaml'), repoRoot: repo, ageRecipients: [RECIPIENT], env: {} }));
    expect(result.code).toBe(0);
    expect(result.out).toContain(`${path.join(elsewhere, 'langfuse.yaml')} is outside ${repo}: add it to the .gitignore of its own repository`);
    expect(fs.existsSync(path.join(repo, '.gitignore'))).toBe(false);
  });

  test('with the shipped .sops.yaml: the test key is replaced, the config rule comes first, and the config is never encrypted for the test key', async () => {
    const dir = withShippedSopsConfig();
    const configPath = path.join(dir, 'langfuse.sops.yaml');
    expect((await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], env: {} }))).code).toBe(0);
    const rules = parse(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).creation_rules;
    expect(rules.map((r: { path_regex: string; age: string }) => [r.path_regex, r.age])).toEqual([['^langfuse\\.sops\\.yaml$', RECIPIENT], ['\\.sops\\.ya?ml$', RECIPIENT]]);
    expect(readSopsMetadata(fs.readFileSync(configPath, 'utf8')).age.map((a) => a.recipient)).toEqual([RECIPIENT]);

    // GIVEN SOPS_AGE_RECIPIENTS naming the test key (it wins over .sops.yaml, as in sops) THEN init refuses
    const other = tempDir();
    const refused = await capture(() => runInit({
      configPath: path.join(other, 'langfuse.sops.yaml'), repoRoot: other, ageRecipients: [RECIPIENT], env: { SOPS_AGE_RECIPIENTS: FLUX_TEST_RECIPIENT },
    }));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('a published TEST key (from SOPS_AGE_RECIPIENTS)');
    expect(fs.readdirSync(other)).toEqual([]);
  });

  test('the command writes ./langfuse.sops.yaml by default and ./langfuse.yaml with --plaintext', async () => {
    const dir = tempDir();
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect((await capture(() => initCommand.run(['--age-recipient', RECIPIENT]))).code).toBe(0);
      expect((await capture(() => initCommand.run(['--plaintext', '--age-recipient', RECIPIENT]))).code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
    expect(readSopsMetadata(fs.readFileSync(path.join(dir, 'langfuse.sops.yaml'), 'utf8')).age).toHaveLength(1);
    expect(parse(fs.readFileSync(path.join(dir, 'langfuse.yaml'), 'utf8')).langfuse_salt).toMatch(/^[A-Za-z0-9]{44}$/);
  });
});
