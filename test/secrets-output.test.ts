import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { parseAllDocuments, stringify } from 'yaml';
import { runSynth } from '../bin/commands/synth';
import { isSecretKey } from '../lib/config/errors';
import { sha256 } from '../lib/output/safe-paths';
import { OWNED_FILES_MANIFEST } from '../lib/output/tree-writer';
import { decryptSopsYamlDocuments, readSopsMetadata } from '../lib/sops';
import { decryptTree, openSopsYaml } from '../lib/sops/decrypt-sops-yaml';
import { treeToJs } from '../lib/sops/tree';
import { exampleRaw, tempDir } from './support/fixtures';
import { describeOrSkip } from './support/require-shared';

const APP = 'kubernetes/apps/ai-system/langfuse';
const SECRET_FILE = `${APP}/app/secret.sops.yaml`;

function allFiles(root: string): string[] {
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath ?? (e as any).path, e.name));
}

describe('Secrets in the synthesized tree', () => {
  let identity: string;
  let recipient: string;
  let dir: string;
  let out: string;
  let config: string;
  let env: NodeJS.ProcessEnv;

  const synth = async (raw: Record<string, unknown> = exampleRaw()) => {
    fs.writeFileSync(config, stringify(raw));
    const code = await runSynth({ configPath: config, outDir: out, repoRoot: dir, env });
    expect(code).toBe(0);
  };
  const read = (p: string) => fs.readFileSync(path.join(out, p), 'utf8');

  beforeAll(async () => {
    jest.spyOn(console, 'log').mockImplementation(() => undefined);
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    identity = await generateX25519Identity();
    recipient = await identityToRecipient(identity);
    dir = tempDir();
    out = path.join(dir, 'dist');
    config = path.join(dir, 'config.yaml');
    env = { SOPS_AGE_RECIPIENTS: recipient, SOPS_AGE_KEY: identity };
    await synth();
  });
  afterAll(() => jest.restoreAllMocks());

  test('no configured secret value, nor its base64, appears anywhere in the tree', () => {
    const secrets = Object.entries(exampleRaw()).filter(([k, v]) => isSecretKey(k) && typeof v === 'string').map(([, v]) => String(v));
    expect(secrets.length).toBeGreaterThanOrEqual(10);
    const text = allFiles(out).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const value of secrets) {
      expect(text).not.toContain(value);
      expect(text).not.toContain(Buffer.from(value).toString('base64'));
    }
  });

  test('every Secret is in a SOPS file whose values are all encrypted for the configured recipient', () => {
    // The example config also emits the neighbour apps' Secrets (Dragonfly ACL, Keycloak client, LiteLLM, LLM connection).
    const secretFiles = allFiles(out).filter((f) => /^kind: Secret$/m.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(out, f));
    expect(secretFiles).toContain(SECRET_FILE);
    for (const file of secretFiles) {
      expect(file).toMatch(/\.sops\.yaml$/);
      const docs = parseAllDocuments(read(file)).map((d) => d.toJS());
      for (const doc of docs) {
        expect(doc.sops.mac).toMatch(/^ENC\[AES256_GCM,/);
        expect(doc.sops.encrypted_regex).toBe('^(data|stringData)$');
        for (const value of Object.values(doc.stringData)) expect(value).toMatch(/^ENC\[AES256_GCM,data:[^,]+,iv:[^,]+,tag:[^,]+,type:str\]$/);
      }
      expect(readSopsMetadata(read(file)).age.map((a) => a.recipient)).toEqual([recipient]);
    }
  });

  test('the library decrypts every Secret back to the configured values', async () => {
    const docs = await decryptSopsYamlDocuments(read(SECRET_FILE), [identity]) as any[];
    const byName = Object.fromEntries(docs.map((d) => [d.metadata.name, d]));
    expect(byName['langfuse-credentials'].stringData.SALT).toBe(exampleRaw().langfuse_salt);
    expect(byName['langfuse-postgresql-credentials']).toMatchObject({ type: 'kubernetes.io/basic-auth', stringData: { username: 'langfuse', password: exampleRaw().langfuse_postgres_password } });
    expect(byName['langfuse-postgresql-credentials'].metadata.labels['cnpg.io/reload']).toBe('true');
  });

  test('synthesizing again with the identity available leaves every file byte-identical', async () => {
    const before = allFiles(out).map((f) => [f, fs.readFileSync(f, 'utf8')]);
    await synth();
    expect(allFiles(out).map((f) => [f, fs.readFileSync(f, 'utf8')])).toEqual(before);
  });

  test('changing one secret value changes only the Secret file that holds it (and its hash in the ownership manifest)', async () => {
    const before = Object.fromEntries(allFiles(out).map((f) => [f, fs.readFileSync(f, 'utf8')]));
    const manifestFile = path.join(out, OWNED_FILES_MANIFEST);
    const manifestBefore = JSON.parse(before[manifestFile]);
    await synth({ ...exampleRaw(), langfuse_postgres_password: 'ChangedPostgresPassword0123' });
    const changed = allFiles(out).filter((f) => fs.readFileSync(f, 'utf8') !== before[f]).map((f) => path.relative(out, f));
    expect(changed).toEqual([OWNED_FILES_MANIFEST, SECRET_FILE]);
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    expect(manifest).toEqual({ ...manifestBefore, files: { ...manifestBefore.files, [SECRET_FILE]: sha256(fs.readFileSync(path.join(out, SECRET_FILE))) } });
    await synth();
    // The operator's ClickHouse reads its password from the Secret of its own Flux app.
    const restored = Object.fromEntries(allFiles(out).map((f) => [f, fs.readFileSync(f, 'utf8')]));
    await synth({ ...exampleRaw(), langfuse_clickhouse_password: 'ChangedClickhousePassword0123' });
    const clickhouse = allFiles(out).filter((f) => fs.readFileSync(f, 'utf8') !== restored[f]).map((f) => path.relative(out, f));
    expect(clickhouse).toEqual([OWNED_FILES_MANIFEST, 'kubernetes/apps/ai-system/langfuse-analytics/app/secret.sops.yaml']);
    await synth();
  });

  describeOrSkip(spawnSync('age', ['--version']).status === 0, 'the age CLI not found (apt-get install age)', 'with the age command-line tool', () => {
    test('age -d unwraps the data key, which decrypts every value with the library', async () => {
      const text = read(SECRET_FILE);
      const keyFile = path.join(dir, 'key.txt');
      fs.writeFileSync(keyFile, `${identity}\n`, { mode: 0o600 });
      const armored = readSopsMetadata(text).age[0].enc;
      const result = spawnSync('age', ['-d', '-i', keyFile], { input: armored });
      expect(result.stderr.toString()).toBe('');
      const dataKey = result.stdout;
      expect(dataKey).toHaveLength(32);
      const docs = decryptTree(openSopsYaml(text), dataKey).map((t) => treeToJs(t)) as any[];
      expect(docs.find((d) => d.metadata.name === 'langfuse-keycloak-credentials').stringData['client-secret']).toBe(exampleRaw().langfuse_keycloak_client_secret);
    });
  });
});
