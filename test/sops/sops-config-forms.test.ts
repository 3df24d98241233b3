import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { loadAgeIdentities, resolveAgeRecipients } from '../../lib/sops';
import { ageIdentitySources, defaultAgeKeyFile } from '../../lib/sops/load-age-identities';
import { SopsInputError } from '../../lib/sops/errors';

const A = 'age1l44xcng8dqj32nlv6d930qvvrny05hglzcv9qpc7kxjc6902ma4qufys29';
const B = 'age1henwn645drkd3fa34t27t2w2x0nsgw3w4h62gmg5x5xflyjpy38s5cncph';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sops-forms-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const withSopsYaml = (content: string): string => {
  writeFileSync(join(dir, '.sops.yaml'), content);
  return join(dir, '.sops.yaml');
};
const resolve = (outputPath = 'kubernetes/apps/ns/app/app/secret.sops.yaml', repoRoot = dir) => resolveAgeRecipients({ env: {}, repoRoot, outputPath });

describe('.sops.yaml creation rules in the forms sops accepts', () => {
  test('age recipients inside one key group, as a list whose items may be comma-separated', () => {
    const file = withSopsYaml(`creation_rules:\n  - path_regex: \\.sops\\.yaml$\n    key_groups:\n      - age:\n          - ${A}\n          - " ${B} , ${A}"\n`);
    expect(resolve()).toEqual({ recipients: [A, B], source: `${file} creation_rules[0]` });
  });

  test('merge groups add their age recipients to the group', () => {
    withSopsYaml(`creation_rules:\n  - key_groups:\n      - age: [${A}]\n        merge:\n          - age: [${B}]\n`);
    expect(resolve().recipients).toEqual([A, B]);
  });

  test('key_groups win over the flat age field, as in sops', () => {
    withSopsYaml(`creation_rules:\n  - age: ${A}\n    key_groups:\n      - age: [${B}]\n`);
    expect(resolve().recipients).toEqual([B]);
  });

  test('age as a comma-separated string (sops 3.10) and as a list (sops 3.11)', () => {
    withSopsYaml(`creation_rules:\n  - path_regex: ^a/\n    age: "${A},${B},"\n  - age: [${B}]\n`);
    expect(resolve('a/x.sops.yaml').recipients).toEqual([A, B]);
    expect(resolve('b/x.sops.yaml').recipients).toEqual([B]);
  });

  test.each([
    ['a pgp fingerprint next to age', `creation_rules:\n  - age: ${A}\n    pgp: 35C1A64CD7FC0AB6EB66756B2445463C3234ECE1\n`, /unsupported keys in .*creation_rules\[0\]: pgp\. Only age recipients are supported here/],
    ['a KMS key as a list', `creation_rules:\n  - age: ${A}\n    kms: [arn:aws:kms:eu-west-1:1:key/x]\n`, /creation_rules\[0\]: kms\. Only age/],
    ['a vault key inside a key group', `creation_rules:\n  - key_groups:\n      - age: [${A}]\n        hc_vault: [https://vault/v1/transit/keys/k]\n`, /creation_rules\[0\]: key_groups\[0\]\.hc_vault\. Only age/],
    ['two key groups (Shamir secret sharing)', `creation_rules:\n  - key_groups:\n      - age: [${A}]\n      - age: [${B}]\n`, /unsupported key_groups in .*creation_rules\[0\]: 2 key groups mean Shamir secret sharing/],
    ['two encryption rules (sops refuses them too)', `creation_rules:\n  - age: ${A}\n    encrypted_regex: ^data$\n    unencrypted_suffix: _clear\n`, /it sets unencrypted_suffix and encrypted_regex; sops allows only one of/],
  ])('the rule that applies is refused with a clean error when it has %s', (_what, content, message) => {
    withSopsYaml(content);
    expect(() => resolve()).toThrow(SopsInputError);
    expect(() => resolve()).toThrow(message);
  });

  test('a rule that does not apply may use any key type: sops would not read it for these files either', () => {
    withSopsYaml(`creation_rules:\n  - path_regex: ^secrets/\n    pgp: 35C1A64CD7FC0AB6EB66756B2445463C3234ECE1\n  - age: ${A}\n`);
    expect(resolve().recipients).toEqual([A]);
  });

  test.each([
    ['a rule that is not a mapping', 'creation_rules:\n  - just-a-string\n', /creation_rules\[0\]: expected a mapping/],
    ['key_groups that is not a list', `creation_rules:\n  - key_groups: {age: [${A}]}\n`, /invalid key_groups in .*: expected a list of key groups/],
    ['a key group whose age is a string (sops wants a list there)', `creation_rules:\n  - key_groups:\n      - age: ${A}\n`, /invalid "age" in .*key_groups\[0\]: expected a list of strings/],
    ['a malformed recipient inside a key group, never quoted', 'creation_rules:\n  - key_groups:\n      - age: [age1notakey]\n', /key_groups\[0\] age, entry 1: the value .* \(the value is not shown\)/],
    ['an encrypted_regex that is not a string', `creation_rules:\n  - age: ${A}\n    encrypted_regex: [data]\n`, /invalid encrypted_regex in .*: expected a string/],
    ['YAML that does not parse', 'creation_rules: [\n', /cannot parse .*\.sops\.yaml/],
  ])('%s is a clean error naming the file and rule, even for a rule that would not apply', (_what, content, message) => {
    withSopsYaml(content);
    expect(() => resolve()).toThrow(SopsInputError);
    expect(() => resolve()).toThrow(message);
  });

  test('.sops.yaml is found in a parent folder, and path_regex is matched relative to its folder, as sops does', () => {
    const file = withSopsYaml(`creation_rules:\n  - path_regex: ^repo/sub/dist/.*\\.sops\\.yaml$\n    age: ${A}\n  - age: ${B}\n`);
    const sub = join(dir, 'repo', 'sub');
    mkdirSync(sub, { recursive: true });
    expect(resolve('dist/x/secret.sops.yaml', sub)).toEqual({ recipients: [A], source: `${file} creation_rules[0]` });
    // the nearest one wins
    writeFileSync(join(sub, '.sops.yaml'), `creation_rules:\n  - age: ${B}\n`);
    expect(resolve('dist/x/secret.sops.yaml', sub).source).toBe(`${join(sub, '.sops.yaml')} creation_rules[0]`);
  });
});

describe('the default age identity file, as sops reads it', () => {
  test('is $XDG_CONFIG_HOME/sops/age/keys.txt, else ~/.config/sops/age/keys.txt on Linux, and the OS folders elsewhere', () => {
    expect(defaultAgeKeyFile({ XDG_CONFIG_HOME: '/xdg', HOME: '/home/me' }, 'linux')).toBe('/xdg/sops/age/keys.txt');
    expect(defaultAgeKeyFile({ HOME: '/home/me' }, 'linux')).toBe('/home/me/.config/sops/age/keys.txt');
    // Go's os.UserConfigDir refuses a relative XDG_CONFIG_HOME; sops then has no default file
    expect(defaultAgeKeyFile({ XDG_CONFIG_HOME: 'rel', HOME: '/home/me' }, 'linux')).toBeUndefined();
    expect(defaultAgeKeyFile({ HOME: '/Users/me' }, 'darwin')).toBe('/Users/me/Library/Application Support/sops/age/keys.txt');
    expect(defaultAgeKeyFile({ XDG_CONFIG_HOME: '/xdg', HOME: '/Users/me' }, 'darwin')).toBe('/xdg/sops/age/keys.txt');
    expect(defaultAgeKeyFile({ AppData: 'C:\\Users\\me\\AppData\\Roaming' }, 'win32')).toBe('C:\\Users\\me\\AppData\\Roaming\\sops\\age\\keys.txt');
    expect(defaultAgeKeyFile({}, 'linux')).toBeUndefined();
  });

  test('is read in addition to SOPS_AGE_KEY and SOPS_AGE_KEY_FILE, after them, and only when it exists', async () => {
    const [inline, fromFile, fromDefault] = await Promise.all([generateX25519Identity(), generateX25519Identity(), generateX25519Identity()]);
    const keyFile = join(dir, 'key.txt');
    writeFileSync(keyFile, `${fromFile}\n`);
    const env = { HOME: join(dir, 'home'), SOPS_AGE_KEY: inline, SOPS_AGE_KEY_FILE: keyFile };
    expect(loadAgeIdentities(env)).toEqual([inline, fromFile]);
    expect(ageIdentitySources(env)).toContain(`${join(dir, 'home', '.config', 'sops', 'age', 'keys.txt')} (not found)`);
    mkdirSync(join(dir, 'home', '.config', 'sops', 'age'), { recursive: true });
    writeFileSync(join(dir, 'home', '.config', 'sops', 'age', 'keys.txt'), `# created by age-keygen\n# public key: ${await identityToRecipient(fromDefault)}\n${fromDefault}\n`);
    expect(loadAgeIdentities(env)).toEqual([inline, fromFile, fromDefault]);
    expect(loadAgeIdentities({ HOME: env.HOME })).toEqual([fromDefault]);
  });

  test('a default file that cannot be read as a key file is a clean error naming it, never quoting a line', async () => {
    const secret = await generateX25519Identity();
    const file = join(dir, 'sops', 'age', 'keys.txt');
    mkdirSync(join(dir, 'sops', 'age'), { recursive: true });
    writeFileSync(file, `${secret}x\n`);
    expect(() => loadAgeIdentities({ XDG_CONFIG_HOME: dir })).toThrow(new RegExp(`^${file}, line 1: the line .*\\(the line is not shown: it may be a secret key\\)$`));
    let message = '';
    try {
      loadAgeIdentities({ XDG_CONFIG_HOME: dir });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).not.toContain(secret.slice(15, 40));
  });
});
