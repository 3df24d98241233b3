import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import {
  decryptDataKey,
  decryptSopsYamlWithDataKey,
  encryptSopsYaml,
  loadAgeIdentities,
  readSopsMetadata,
} from '../../lib/sops';
import { describeOrSkip } from '../support/require-shared';
import { ageCliAvailable, describeWithVectors, KC_DIR } from './support';

const AGE_AVAILABLE = ageCliAvailable();

const run = (cmd: string, args: string[], input?: Buffer): Buffer =>
  execFileSync(cmd, args, { input, stdio: ['pipe', 'pipe', 'pipe'] });

describeOrSkip(AGE_AVAILABLE, 'the age and age-keygen CLIs not found on PATH (apt-get install age)', 'interoperating with the real age CLI', () => {
  let dir: string;
  let keyFile: string;
  let recipient: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'sops-age-cli-'));
    keyFile = join(dir, 'key.txt');
    run('age-keygen', ['-o', keyFile]);
    recipient = run('age-keygen', ['-y', keyFile]).toString().trim();
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('age -d unwraps the data key of our sops block, which then decrypts the values', async () => {
    // GIVEN a Secret encrypted by the library to a key made by age-keygen
    const doc = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, stringData: { TOKEN: 't0k3n' } };
    const dataKey = Buffer.from('00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff', 'hex');
    const text = await encryptSopsYaml(doc, { recipients: [recipient], dataKey });
    // WHEN the age CLI decrypts the armored enc of the sops block
    const encFile = join(dir, 'enc.age');
    writeFileSync(encFile, readSopsMetadata(text).age[0].enc);
    const unwrapped = run('age', ['-d', '-i', keyFile, encFile]);
    // THEN it yields the raw 32-byte data key, and that key decrypts the document (MAC verified)
    expect(unwrapped.toString('hex')).toBe(dataKey.toString('hex'));
    expect(decryptSopsYamlWithDataKey(text, unwrapped)).toEqual(doc);
  });

  test('a data key wrapped by age -e -a is unwrapped by the library', async () => {
    const dataKey = Buffer.from('ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100', 'hex');
    const armored = run('age', ['-e', '-a', '-r', recipient], dataKey).toString();
    const identities = loadAgeIdentities({ SOPS_AGE_KEY_FILE: keyFile });
    const unwrapped = await decryptDataKey([{ recipient, enc: armored }], identities);
    expect(unwrapped.equals(dataKey)).toBe(true);
  });

  describeWithVectors('on a kustomize-controller vector', () => {
    test('age -d with key-age.txt yields the documented data key of age.yaml', () => {
      const encFile = join(dir, 'vector-enc.age');
      writeFileSync(encFile, readSopsMetadata(readFileSync(join(KC_DIR, 'age.yaml'), 'utf8')).age[0].enc);
      const key = run('age', ['-d', '-i', join(KC_DIR, 'key-age.txt'), encFile]);
      expect(key.toString('hex')).toBe('558e95c88337865c839703a4e892c03eed324ae6bbcb65c2989558e1a55825bb');
    });
  });
});
