import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import { parseRecipients, runInit, sopsConfigYaml } from '../../bin/commands/init';
import { runSynth } from '../../bin/commands/synth';
import { runValidate } from '../../bin/commands/validate';
import { parseConfig } from '../../lib/config/load';
import { configKeys } from '../../lib/config/schema';
import { tempDir } from '../support/fixtures';
import { ageEnv, capture } from './support';

const RECIPIENT = 'age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29';

describe('init', () => {
  test('writes a valid starter config with fresh secrets of the right shapes, and a .sops.yaml', async () => {
    // GIVEN an empty folder
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.yaml');

    // WHEN
    const result = await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], domain: 'example.org' }));

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
    await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT] }));
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
      await capture(() => runInit({ configPath: path.join(dir, 'c.yaml'), repoRoot: dir, ageRecipients: [RECIPIENT] }));
      return parse(fs.readFileSync(path.join(dir, 'c.yaml'), 'utf8')).langfuse_salt;
    };
    expect(await read()).not.toBe(await read());
  });

  test('refuses to overwrite an existing config without --force, and replaces it with --force', async () => {
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(configPath, 'langfuse_enabled: false\n');
    const refused = await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT] }));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('already exists; pass --force to overwrite it');
    expect(fs.readFileSync(configPath, 'utf8')).toBe('langfuse_enabled: false\n');
    expect(fs.existsSync(path.join(dir, '.sops.yaml'))).toBe(false);

    const forced = await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], force: true }));
    expect(forced.code).toBe(0);
    expect(parse(fs.readFileSync(configPath, 'utf8')).langfuse_enabled).toBe(true);
  });

  test('fails without a .sops.yaml and without a recipient when it cannot ask, writing nothing', async () => {
    const dir = tempDir();
    const result = await capture(() => runInit({ configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir }));
    expect(result.code).toBe(2);
    expect(result.err).toContain('no age recipient');
    expect(result.err).toContain('--age-recipient age1...');
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('asks for the recipient on a terminal', async () => {
    const dir = tempDir();
    const questions: string[] = [];
    const result = await capture(() => runInit({
      configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir, prompt: async (q) => { questions.push(q); return ` ${RECIPIENT} `; },
    }));
    expect(result.code).toBe(0);
    expect(questions).toEqual([expect.stringContaining('age recipient')]);
    expect(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).toContain(`age: ${RECIPIENT}`);
  });

  test('keeps an existing .sops.yaml and needs no recipient then', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, '.sops.yaml'), 'creation_rules: []\n');
    const result = await capture(() => runInit({ configPath: path.join(dir, 'langfuse.yaml'), repoRoot: dir }));
    expect(result.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, '.sops.yaml'), 'utf8')).toBe('creation_rules: []\n');
  });

  test('fails on an invalid recipient or domain, quoting the value', async () => {
    const dir = tempDir();
    const recipient = await capture(() => runInit({ configPath: path.join(dir, 'a.yaml'), repoRoot: dir, ageRecipients: ['ssh-ed25519 AAAA'] }));
    expect(recipient.code).toBe(2);
    expect(recipient.err).toContain('invalid age recipient "ssh-ed25519 AAAA"');
    const configPath = path.join(dir, 'b.yaml');
    const domain = await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [RECIPIENT], domain: 'https://Example.com' }));
    expect(domain.code).toBe(2);
    expect(domain.err).toContain('cloudflare_domain = "https://Example.com": must be a lowercase domain name');
    expect(fs.existsSync(path.join(dir, 'b.yaml'))).toBe(false);
  });

  test('parseRecipients splits comma-separated lists', () => {
    expect(parseRecipients([`${RECIPIENT}, ${RECIPIENT}`, ''])).toEqual([RECIPIENT, RECIPIENT]);
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
    expect((await capture(() => runInit({ configPath, repoRoot: dir, ageRecipients: [recipient], domain: 'example.org' }))).code).toBe(0);
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
