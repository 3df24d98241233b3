import { generateX25519Identity } from 'age-encryption';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadAgeIdentities, resolveAgeRecipients } from '../../lib/sops';
import { describeWithVectors, KC_DIR } from './support';

const A = 'age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29';
const B = 'age1henwn645drkd3fa34t27t2w2x0nsgw3w4h62gmg5x5xflyjpy38s5cncph';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sops-recipients-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const writeSopsYaml = (content: string): void => writeFileSync(join(dir, '.sops.yaml'), content);

describe('resolving age recipients', () => {
  test('SOPS_AGE_RECIPIENTS wins over .sops.yaml, split on commas and trimmed', () => {
    writeSopsYaml(`creation_rules:\n  - age: ${B}\n`);
    const env = { SOPS_AGE_RECIPIENTS: ` ${A} ,\n${B}\n` };
    expect(resolveAgeRecipients({ env, repoRoot: dir, outputPath: 'x.sops.yaml' })).toEqual({
      recipients: [A, B],
      source: 'SOPS_AGE_RECIPIENTS',
    });
  });

  test('the first rule whose path_regex matches the output path gives its age field', () => {
    writeSopsYaml(
      [
        'creation_rules:',
        '  - path_regex: ^clusters/prod/.*\\.sops\\.yaml$',
        `    age: ${A}, ${B}`,
        '  - path_regex: \\.sops\\.yaml$',
        '    encrypted_regex: ^(data|stringData)$',
        '    age: >-',
        `      ${B}`,
        '',
      ].join('\n'),
    );
    const resolve = (outputPath: string) => resolveAgeRecipients({ env: {}, repoRoot: dir, outputPath });
    expect(resolve('clusters/prod/langfuse.sops.yaml')).toEqual({
      recipients: [A, B],
      source: `${join(dir, '.sops.yaml')} creation_rules[0]`,
    });
    expect(resolve('./clusters/dev/langfuse.sops.yaml').recipients).toEqual([B]);
    expect(resolve('clusters/dev/langfuse.yaml')).toEqual({ recipients: [], source: 'none' });
  });

  test('a rule without path_regex matches every path; a list of recipients is accepted', () => {
    writeSopsYaml(`creation_rules:\n  - age:\n      - ${A}\n      - ${B}\n`);
    expect(resolveAgeRecipients({ env: {}, repoRoot: dir, outputPath: 'any/where.txt' }).recipients).toEqual([A, B]);
  });

  test('without .sops.yaml or creation_rules the list is empty', () => {
    expect(resolveAgeRecipients({ env: { SOPS_AGE_RECIPIENTS: '' }, repoRoot: dir, outputPath: 'a.yaml' })).toEqual({
      recipients: [],
      source: 'none',
    });
    writeSopsYaml('stores:\n  yaml:\n    indent: 2\n');
    expect(resolveAgeRecipients({ env: {}, repoRoot: dir, outputPath: 'a.yaml' }).recipients).toEqual([]);
  });

  test('an invalid path_regex is reported with its value', () => {
    writeSopsYaml('creation_rules:\n  - path_regex: "(unclosed"\n    age: age1x\n');
    expect(() => resolveAgeRecipients({ env: {}, repoRoot: dir, outputPath: 'a.yaml' })).toThrow(
      /invalid path_regex in .*creation_rules\[0\] "\(unclosed"/,
    );
  });
});

describeWithVectors('resolving recipients with the kustomize-controller .sops.yaml', () => {
  test('the rules (with YAML anchors) resolve as sops would pick them', () => {
    writeSopsYaml(readFileSync(join(KC_DIR, 'dot-sops.yaml'), 'utf8'));
    const resolve = (outputPath: string) => resolveAgeRecipients({ env: {}, repoRoot: dir, outputPath });
    expect(resolve('secret.yaml')).toEqual({ recipients: [A], source: `${join(dir, '.sops.yaml')} creation_rules[2]` });
    expect(resolve('file.json.yaml').source).toMatch(/creation_rules\[1\]$/);
    expect(resolve('envs/env.env').recipients).toEqual([A]);
    // GIVEN the PGP-only rule THEN it is refused: this tool writes age stanzas only
    expect(() => resolve('inside.yaml')).toThrow(/unsupported keys in .*creation_rules\[0\]: pgp\. Only age recipients are supported here/);
    // GIVEN the key_groups fallback (an age group and a pgp group) THEN it is refused rather than misread
    expect(() => resolve('other.bin')).toThrow(/unsupported keys in .*creation_rules\[4\]: key_groups\[1\]\.pgp\./);
  });
});

describe('loading age identities', () => {
  test('none are configured: empty list', () => {
    expect(loadAgeIdentities({})).toEqual([]);
  });

  test('SOPS_AGE_KEY may hold several identities with comments and blank lines', async () => {
    const one = await generateX25519Identity();
    const two = await generateX25519Identity();
    const env = { SOPS_AGE_KEY: `# created: today\n# public key: age1...\n${one}\n\n  ${two}  \r\n` };
    expect(loadAgeIdentities(env)).toEqual([one, two]);
  });

  test('SOPS_AGE_KEY_FILE is read after SOPS_AGE_KEY, without duplicates', async () => {
    const one = await generateX25519Identity();
    const two = await generateX25519Identity();
    const file = join(dir, 'keys.txt');
    writeFileSync(file, `# key file\n${two}\n${one}\n`);
    expect(loadAgeIdentities({ SOPS_AGE_KEY: one, SOPS_AGE_KEY_FILE: file })).toEqual([one, two]);
  });

  test('a missing key file or a malformed line is reported without quoting the key material', async () => {
    const missing = join(dir, 'missing.txt');
    expect(() => loadAgeIdentities({ SOPS_AGE_KEY_FILE: missing })).toThrow(
      `SOPS_AGE_KEY_FILE=${missing}: the file cannot be read: ENOENT`,
    );
    const secret = await generateX25519Identity();
    let message = '';
    try {
      loadAgeIdentities({ SOPS_AGE_KEY: `${secret}\nnot-a-key ${secret}` });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe('SOPS_AGE_KEY, line 2: the line is not an age identity: expected a line starting with "AGE-SECRET-KEY-" (age-keygen writes one) '
      + '(the line is not shown: it may be a secret key)');
    expect(message).not.toContain(secret);
  });
});

describeWithVectors('loading the kustomize-controller key file', () => {
  test('key-age.txt gives its one identity, comments skipped', () => {
    const ids = loadAgeIdentities({ SOPS_AGE_KEY_FILE: join(KC_DIR, 'key-age.txt') });
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^AGE-SECRET-KEY-1RH87/);
  });
});
