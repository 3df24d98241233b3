import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  decryptDataKey,
  decryptSopsYaml,
  decryptSopsYamlWithDataKey,
  loadAgeIdentities,
  readSopsMetadata,
  SopsMacMismatchError,
} from '../../lib/sops';
import { decryptBytes, encryptBytes } from '../../lib/sops/aes-value';
import { describeWithVectors, KC_DIR } from './support';

interface Vector {
  readonly file: string;
  readonly keyFile: string;
  readonly version: string;
  readonly name: string;
  readonly stringData: Record<string, string>;
}

// the plaintexts documented in shared/reference/sops-vectors/SOURCE.txt
const VECTORS: readonly Vector[] = [
  { file: 'age.yaml', keyFile: 'key-age.txt', version: '3.9.0', name: 'age', stringData: { key: 'value' } },
  { file: 'merge1.yaml', keyFile: 'key-age.txt', version: '3.9.0', name: 'secret', stringData: { key: 'merge1' } },
  { file: 'merge2.yaml', keyFile: 'key-age.txt', version: '3.9.0', name: 'secret', stringData: { merge2: 'merge2' } },
  {
    file: 'global-secret.yaml',
    keyFile: 'key-age-global.txt',
    version: '3.10.2',
    name: 'global-age-secret',
    stringData: { key: 'global-value' },
  },
  { file: 'age-pq.yaml', keyFile: 'key-age-pq.txt', version: '3.12.1', name: 'age-pq', stringData: { key: 'value' } },
];

const read = (file: string): string => readFileSync(join(KC_DIR, file), 'utf8');
const identitiesFrom = (keyFile: string): string[] => loadAgeIdentities({ SOPS_AGE_KEY_FILE: join(KC_DIR, keyFile) });

describeWithVectors('decrypting the kustomize-controller age vectors', () => {
  test.each(VECTORS)('$file decrypts with $keyFile to its documented plaintext, MAC verified', async (v) => {
    const text = read(v.file);
    const plain = (await decryptSopsYaml(text, identitiesFrom(v.keyFile))) as Record<string, unknown>;
    expect(plain.stringData).toEqual(v.stringData);
    expect(plain.apiVersion).toBe('v1');
    expect(plain.kind).toBe('Secret');
    expect((plain.metadata as Record<string, unknown>).name).toBe(v.name);
    expect(plain).not.toHaveProperty('sops');
    const meta = readSopsMetadata(text);
    expect(meta.version).toBe(v.version);
    expect(meta.rule).toEqual({ key: 'encrypted_regex', value: '^(data|stringData)$' });
    expect(meta.macOnlyEncrypted).toBe(false);
  });

  test('global-secret.yaml keeps its clear namespace and type', async () => {
    const plain = (await decryptSopsYaml(read('global-secret.yaml'), identitiesFrom('key-age-global.txt'))) as Record<
      string,
      unknown
    >;
    expect(plain).toEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'global-age-secret', namespace: 'default' },
      type: 'Opaque',
      stringData: { key: 'global-value' },
    });
  });

  test('age.yaml yields the documented data key and the MAC of "v1Secretagevalue"', async () => {
    const text = read('age.yaml');
    const meta = readSopsMetadata(text);
    const dataKey = await decryptDataKey(meta.age, identitiesFrom('key-age.txt'));
    expect(dataKey.toString('hex')).toBe('558e95c88337865c839703a4e892c03eed324ae6bbcb65c2989558e1a55825bb');
    const mac = decryptBytes(meta.mac, dataKey, meta.lastModified, 'sops.mac').plaintext.toString();
    expect(mac).toBe(createHash('sha512').update('v1Secretagevalue').digest('hex').toUpperCase());
  });

  test('a vector does not decrypt with the identity of another vector', async () => {
    await expect(decryptSopsYaml(read('age.yaml'), identitiesFrom('key-age-global.txt'))).rejects.toThrow(
      /none of 1 age identities decrypts the sops data key/,
    );
  });
});

describeWithVectors('tampering with a kustomize-controller vector', () => {
  const text = (): string => read('age.yaml');
  const ids = (): string[] => identitiesFrom('key-age.txt');
  const DATA_KEY = Buffer.from('558e95c88337865c839703a4e892c03eed324ae6bbcb65c2989558e1a55825bb', 'hex');
  const ENC_VALUE = /key: (ENC\[[^\]]+\])/;

  test('a flipped byte in an ENC value fails authentication', async () => {
    // GIVEN the ciphertext of stringData.key with its first base64 character changed
    const tampered = text().replace('data:mHeXsmQ=', 'data:nHeXsmQ=');
    // THEN decryption fails on that value
    await expect(decryptSopsYaml(tampered, ids())).rejects.toThrow(/could not decrypt value at "stringData.key"/);
  });

  test('a validly encrypted but different value fails the MAC check', async () => {
    // GIVEN stringData.key re-encrypted with the real data key and AAD, holding another value
    const forged = encryptBytes(Buffer.from('forged'), DATA_KEY, 'stringData:key:', 'str');
    const tampered = text().replace(ENC_VALUE, `key: ${forged}`);
    // THEN every value decrypts, but the MAC does not match
    await expect(decryptSopsYaml(tampered, ids())).rejects.toThrow(SopsMacMismatchError);
    await expect(decryptSopsYaml(tampered, ids())).rejects.toThrow(/^sops mac mismatch: file has "5E6C78D0/);
  });

  test('an ENC value moved to another key fails (the key path is the AAD)', async () => {
    const tampered = text().replace('  key: ENC[', '  other: ENC[');
    await expect(decryptSopsYaml(tampered, ids())).rejects.toThrow(/could not decrypt value at "stringData.other"/);
  });

  test('a forged MAC (validly encrypted) fails the MAC check', async () => {
    const forgedMac = encryptBytes(Buffer.from('AB'.repeat(64)), DATA_KEY, '2024-11-12T13:33:42Z', 'str');
    const tampered = text().replace(/mac: ENC\[[^\]]+\]/, `mac: ${forgedMac}`);
    await expect(decryptSopsYaml(tampered, ids())).rejects.toThrow(/^sops mac mismatch: file has "ABABAB/);
  });

  test('a corrupted MAC or a changed lastmodified fails decrypting the MAC', async () => {
    const corrupted = text().replace('mac: ENC[AES256_GCM,data:vmrF', 'mac: ENC[AES256_GCM,data:wmrF');
    await expect(decryptSopsYaml(corrupted, ids())).rejects.toThrow(/could not decrypt the sops mac/);
    const moved = text().replace('lastmodified: "2024-11-12T13:33:42Z"', 'lastmodified: "2024-11-12T13:33:43Z"');
    await expect(decryptSopsYaml(moved, ids())).rejects.toThrow(/could not decrypt the sops mac/);
  });

  test('without mac_only_encrypted, a changed clear field fails the MAC check', async () => {
    // GIVEN the vector (no mac_only_encrypted, so clear values are in the MAC) with metadata.name changed
    const tampered = text().replace('  name: age\n', '  name: agf\n');
    // THEN the MAC no longer matches
    await expect(decryptSopsYaml(tampered, ids())).rejects.toThrow(/^sops mac mismatch: /);
    // AND the untouched file still decrypts with the data key alone
    expect(decryptSopsYamlWithDataKey(text(), DATA_KEY)).toMatchObject({ stringData: { key: 'value' } });
  });

  test('a value the rule selects but left in clear is refused', async () => {
    const tampered = text().replace(ENC_VALUE, 'key: value');
    await expect(decryptSopsYaml(tampered, ids())).rejects.toThrow(
      /could not decrypt value at "stringData.key": the rule encrypts it but it is not an ENC string/,
    );
  });
});
