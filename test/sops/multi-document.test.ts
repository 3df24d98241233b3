import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { parseAllDocuments } from 'yaml';
import { decryptSopsYamlDocuments, encryptSopsYamlDocuments, readSopsMetadata } from '../../lib/sops';

const secret = (name: string, value: string) => ({
  apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace: 'ai-system' }, type: 'Opaque', stringData: { password: value },
});

describe('multi-document sops files', () => {
  let identity: string;
  let recipient: string;
  let text: string;
  const docs = [secret('first', 'one-value'), secret('second', 'two-value')];

  beforeAll(async () => {
    identity = await generateX25519Identity();
    recipient = await identityToRecipient(identity);
    text = await encryptSopsYamlDocuments(docs, { recipients: [recipient] });
  });

  test('carry the same sops block on every document, as sops writes them', () => {
    const parsed = parseAllDocuments(text).map((d) => d.toJS());
    expect(parsed).toHaveLength(2);
    expect(parsed[1].sops).toEqual(parsed[0].sops);
    expect(parsed[0].stringData.password).toMatch(/^ENC\[AES256_GCM,/);
    expect(text).toContain('\n---\n');
    expect(text.startsWith('---')).toBe(false);
  });

  test('decrypt document by document with one MAC over all of them', async () => {
    await expect(decryptSopsYamlDocuments(text, [identity])).resolves.toEqual(docs);
    expect(readSopsMetadata(text).age.map((a) => a.recipient)).toEqual([recipient]);
  });

  test('fail when a value of a later document is swapped for one of another document', async () => {
    const parsed = parseAllDocuments(text).map((d) => d.toJS());
    const tampered = text.replace(parsed[1].stringData.password, parsed[0].stringData.password);
    await expect(decryptSopsYamlDocuments(tampered, [identity])).rejects.toThrow(/mac mismatch/);
  });

  test('fail when a document is dropped', async () => {
    const firstOnly = text.split('\n---\n')[0];
    await expect(decryptSopsYamlDocuments(firstOnly, [identity])).rejects.toThrow(/mac mismatch/);
  });
});
