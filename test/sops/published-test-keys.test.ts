import * as fs from 'fs';
import * as path from 'path';
import { identityToRecipient } from 'age-encryption';
import { stringify } from 'yaml';
import { runSynth } from '../../bin/commands/synth';
import { FLUX_TEST_RECIPIENT, PUBLISHED_TEST_KEYS, publishedTestKey } from '../../lib/sops/published-test-keys';
import { resolveSharedDir } from '../../lib/validate/shared-paths';
import { capture, snapshotTree } from '../cli/support';
import { EXAMPLE_CONFIG_PATH, exampleRaw, minimalRaw, REPO_ROOT, tempDir } from '../support/fixtures';
import { describeWithShared } from '../support/require-shared';

describeWithShared('reference', 'the published test keys', () => {
  const vectors = path.join(resolveSharedDir('reference').path ?? '', 'sops-vectors');
  const identities = [
    'kustomize-controller/key-age.txt', 'kustomize-controller/key-age-global.txt', 'kustomize-controller/key-age-pq.txt', 'sops/age-mock-identity.txt',
  ].map((f) => fs.readFileSync(path.join(vectors, f), 'utf8').split('\n').find((l) => l.startsWith('AGE-SECRET-KEY-'))!);

  test('are exactly the recipients of the identities published in the sops vectors', async () => {
    const recipients = await Promise.all(identities.map((id) => identityToRecipient(id)));
    expect(PUBLISHED_TEST_KEYS.map((k) => k.recipient)).toEqual(recipients);
  });

  test('include the recipient of the shipped .sops.yaml', () => {
    expect(fs.readFileSync(path.join(REPO_ROOT, '.sops.yaml'), 'utf8')).toContain(`age: ${FLUX_TEST_RECIPIENT}`);
    expect(publishedTestKey(` ${FLUX_TEST_RECIPIENT}\n`)?.source).toMatch(/^fluxcd\/kustomize-controller/);
  });
});

describe('synth and the published test keys', () => {
  /** A repository folder with the shipped .sops.yaml and a config. */
  function repoWith(raw: Record<string, unknown>): { dir: string; configPath: string; out: string } {
    const dir = tempDir();
    fs.copyFileSync(path.join(REPO_ROOT, '.sops.yaml'), path.join(dir, '.sops.yaml'));
    const configPath = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(configPath, stringify(raw));
    return { dir, configPath, out: path.join(dir, 'dist') };
  }
  const synth = ({ dir, configPath, out }: ReturnType<typeof repoWith>, env: NodeJS.ProcessEnv = {}) =>
    capture(() => runSynth({ configPath, outDir: out, repoRoot: dir, env }));

  test('refuses (exit 2) to encrypt real secrets for the test recipient of .sops.yaml, and writes nothing', async () => {
    const repo = repoWith(minimalRaw());
    const result = await synth(repo);
    expect(result.code).toBe(2);
    expect(result.err).toContain(`for ${FLUX_TEST_RECIPIENT.slice(0, 16)}..., a published TEST key (from ${path.join(repo.dir, '.sops.yaml')} creation_rules[0])`);
    expect(result.err).toContain('langfuse-cdk8s init --age-recipient age1...');
    expect(result.err).toContain('sops_allow_test_key: true');
    expect(result.err).not.toMatch(/\n\s+at /);
    expect(snapshotTree(repo.out)).toEqual({});
  });

  test.each(PUBLISHED_TEST_KEYS.map((k) => [k.source, k.recipient]))('refuses the test recipient of %s given in SOPS_AGE_RECIPIENTS', async (_source, recipient) => {
    const repo = repoWith(minimalRaw());
    fs.rmSync(path.join(repo.dir, '.sops.yaml'));
    const result = await synth(repo, { SOPS_AGE_RECIPIENTS: recipient });
    expect(result.code).toBe(2);
    expect(result.err).toContain('a published TEST key (from SOPS_AGE_RECIPIENTS)');
  });

  test('encrypts for it when every instance opts in with sops_allow_test_key: true, saying so', async () => {
    const repo = repoWith({ ...minimalRaw(), sops_allow_test_key: true });
    const result = await synth(repo);
    expect(result.code).toBe(0);
    expect(result.err).toContain('WARNING: Secret files are encrypted for a published TEST key');
  });

  test('encrypts for it for the shipped examples, wherever the file is', async () => {
    for (const file of ['langfuse.yaml', 'teams.yaml']) {
      const repo = repoWith(exampleRaw());
      fs.copyFileSync(path.join(path.dirname(EXAMPLE_CONFIG_PATH), file), repo.configPath);
      expect((await synth(repo)).code).toBe(0);
    }
  });

  test('refuses it for the example with one secret changed', async () => {
    const repo = repoWith({ ...exampleRaw(), langfuse_salt: 'a-real-salt-that-is-not-published-0123456789' });
    const result = await synth(repo);
    expect(result.code).toBe(2);
    expect(result.err).toContain('a published TEST key');
  });

  test('refuses it for the example with a nested secret added: an extra Dragonfly ACL user with a real password', async () => {
    const repo = repoWith({
      ...exampleRaw(),
      dragonfly_acl_extra_users: [{ username: 'litellm', password: 'RealProdLitellmPassw0rd-XYZ', keys: ['litellm:*'] }],
    });
    const result = await synth(repo);
    expect(result.code).toBe(2);
    expect(result.err).toContain('a published TEST key');
    expect(snapshotTree(repo.out)).toEqual({});
  });

  test('refuses it for the example with a secret of a non-string type, or a URL with user info under any key', () => {
    const { secretValues } = require('../../lib/config/shipped-examples') as typeof import('../../lib/config/shipped-examples');
    expect(secretValues({ langfuse_redis_password: 12345, a: { b: [{ password: 'x' }] }, c: 'https://u:pw@h', d: 'plain', e: 'smtp://u:p/w@mail:587' }))
      .toEqual([['a.b[0].password', 'x'], ['c', 'https://u:pw@h'], ['e', 'smtp://u:p/w@mail:587'], ['langfuse_redis_password', 12345]]);
  });
});

describe('diff and the published test keys', () => {
  test('diff decides as synth does: the shipped example may use the test key, another config may not', async () => {
    const { runDiff } = await import('../../bin/commands/diff');
    const dir = tempDir();
    fs.copyFileSync(path.join(REPO_ROOT, '.sops.yaml'), path.join(dir, '.sops.yaml'));
    const real = path.join(dir, 'real.yaml');
    fs.writeFileSync(real, stringify(minimalRaw()));
    const out = path.join(dir, 'dist');
    expect((await capture(() => runDiff({ configPath: EXAMPLE_CONFIG_PATH, outDir: out, repoRoot: dir, env: {} }))).code).toBe(1);
    const refused = await capture(() => runDiff({ configPath: real, outDir: out, repoRoot: dir, env: {} }));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('a published TEST key');
  });
});
