import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { decryptSopsYaml, encryptStable } from '../../lib/sops';

const doc = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'langfuse-secrets', namespace: 'langfuse' },
  type: 'Opaque',
  stringData: { SALT: 's4lt', NEXTAUTH_SECRET: 'n3xt' },
};

describe('stable encryption', () => {
  let identity: string;
  let recipient: string;
  let otherRecipient: string;
  let first: string;

  beforeAll(async () => {
    identity = await generateX25519Identity();
    recipient = await identityToRecipient(identity);
    otherRecipient = await identityToRecipient(await generateX25519Identity());
    ({ text: first } = await encryptStable({ docs: [doc], recipients: [recipient, otherRecipient], identities: [identity] }));
  });

  test('without an existing file it encrypts anew', async () => {
    const result = await encryptStable({ docs: [doc], recipients: [recipient], identities: [identity] });
    expect(result.reused).toBe(false);
    expect(result.reason).toBe('no existing file');
    await expect(decryptSopsYaml(result.text, [identity])).resolves.toEqual(doc);
  });

  test('the same document and recipients give the existing text byte for byte', async () => {
    // GIVEN the existing file, recipients listed in another order
    const result = await encryptStable({
      docs: [JSON.parse(JSON.stringify(doc))],
      recipients: [otherRecipient, recipient],
      existingText: first,
      identities: [identity],
      now: new Date('2030-01-01T00:00:00Z'),
    });
    // THEN the text is reused unchanged (not even lastmodified moves)
    expect(result).toEqual({ text: first, reused: true });
  });

  test('a changed value gives a new text that decrypts to the new document', async () => {
    const changed = { ...doc, stringData: { ...doc.stringData, SALT: 'other' } };
    const result = await encryptStable({
      docs: [changed],
      recipients: [recipient, otherRecipient],
      existingText: first,
      identities: [identity],
    });
    expect(result.reused).toBe(false);
    expect(result.reason).toBe('plaintext changed');
    expect(result.text).not.toBe(first);
    await expect(decryptSopsYaml(result.text, [identity])).resolves.toEqual(changed);
  });

  test('a changed clear field or key order also counts as a change', async () => {
    const renamed = { ...doc, metadata: { name: 'langfuse-secrets', namespace: 'other' } };
    const reordered = { ...doc, stringData: { NEXTAUTH_SECRET: 'n3xt', SALT: 's4lt' } };
    for (const changed of [renamed, reordered]) {
      const result = await encryptStable({
        docs: [changed],
        recipients: [recipient, otherRecipient],
        existingText: first,
        identities: [identity],
      });
      expect(result.reason).toBe('plaintext changed');
    }
  });

  test('different recipients give a new text', async () => {
    const result = await encryptStable({ docs: [doc], recipients: [recipient], existingText: first, identities: [identity] });
    expect(result.reused).toBe(false);
    expect(result.reason).toBe('recipients changed');
    expect(result.text).not.toBe(first);
  });

  test('another encrypted_regex or mac_only_encrypted setting gives a new text', async () => {
    const base = { docs: [doc], recipients: [recipient, otherRecipient], existingText: first, identities: [identity] };
    await expect(encryptStable({ ...base, encryptedRegex: '^stringData$' })).resolves.toMatchObject({
      reused: false,
      reason: 'encryption rule changed (file has encrypted_regex "^(data|stringData)$")',
    });
    await expect(encryptStable({ ...base, macOnlyEncrypted: false })).resolves.toMatchObject({
      reused: false,
      reason: 'mac_only_encrypted changed',
    });
  });

  test('an existing file that cannot be decrypted or verified is replaced', async () => {
    const noKey = await encryptStable({ docs: [doc], recipients: [recipient, otherRecipient], existingText: first, identities: [] });
    expect(noKey.reused).toBe(false);
    expect(noKey.reason).toMatch(/^existing file cannot be decrypted: no age identities/);
    const tampered = first.replace('namespace: langfuse', 'namespace: other');
    const forged = await encryptStable({
      docs: [{ ...doc, metadata: { name: 'langfuse-secrets', namespace: 'other' } }],
      recipients: [recipient, otherRecipient],
      existingText: tampered.replace(/SALT: ENC\[[^\]]+\]/, 'SALT: ENC[AES256_GCM,data:AA==,iv:AA==,tag:AA==,type:str]'),
      identities: [identity],
    });
    expect(forged.reason).toMatch(/^existing file cannot be decrypted: could not decrypt value at "stringData.SALT"/);
    const garbage = await encryptStable({ docs: [doc], recipients: [recipient], existingText: 'a: [', identities: [identity] });
    expect(garbage.reason).toMatch(/^existing file is not readable as sops yaml/);
  });
});
