import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { decryptSopsYaml, encryptSopsYaml, readSopsMetadata, SOPS_VERSION } from '../../lib/sops';

const ENC = /^ENC\[AES256_GCM,data:([A-Za-z0-9+/=]+),iv:([A-Za-z0-9+/=]+),tag:([A-Za-z0-9+/=]+),type:str\]$/;

interface KeyPair {
  readonly identity: string;
  readonly recipient: string;
}

async function keyPair(): Promise<KeyPair> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

const secret = {
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: {
    name: 'langfuse',
    namespace: 'langfuse',
    labels: { 'app.kubernetes.io/name': 'langfuse', 'app.kubernetes.io/version': '3.0' },
  },
  type: 'Opaque',
  stringData: {
    SALT: 'c2FsdA-not-base64: "quoted" #hash',
    EMPTY: '',
    OCTAL_LOOKING: '017',
    PEM: '-----BEGIN KEY-----\nabc\n-----END KEY-----\n',
  },
};

/** Replaces random parts (ENC strings, armored age files) with placeholders. */
function skeleton(text: string): string {
  return text
    .replace(/ENC\[AES256_GCM,[^\]]+,type:(\w+)\]/g, 'ENC[$1]')
    .replace(/-----BEGIN AGE ENCRYPTED FILE-----\n[\s\S]*?-----END AGE ENCRYPTED FILE-----/g, '<armor>')
    .replace(/(age1)[0-9a-z]+/g, '$1...');
}

describe('encrypting then decrypting with the library', () => {
  let alice: KeyPair;
  let bob: KeyPair;
  let text: string;

  beforeAll(async () => {
    alice = await keyPair();
    bob = await keyPair();
    text = await encryptSopsYaml(secret, {
      recipients: [alice.recipient, bob.recipient],
      now: new Date('2025-01-02T03:04:05.678Z'),
    });
  });

  test('the output has the exact layout of sops 3.10.2 with indent 4', () => {
    expect(skeleton(text)).toBe(
      [
        'apiVersion: v1',
        'kind: Secret',
        'metadata:',
        '    name: langfuse',
        '    namespace: langfuse',
        '    labels:',
        '        app.kubernetes.io/name: langfuse',
        '        app.kubernetes.io/version: "3.0"',
        'type: Opaque',
        'stringData:',
        '    SALT: ENC[str]',
        '    EMPTY: ""',
        '    OCTAL_LOOKING: ENC[str]',
        '    PEM: ENC[str]',
        'sops:',
        '    age:',
        '        - recipient: age1...',
        '          enc: |',
        '            <armor>',
        '        - recipient: age1...',
        '          enc: |',
        '            <armor>',
        '    lastmodified: "2025-01-02T03:04:05Z"',
        '    mac: ENC[str]',
        '    encrypted_regex: ^(data|stringData)$',
        '    mac_only_encrypted: true',
        `    version: ${SOPS_VERSION}`,
        '',
      ].join('\n'),
    );
  });

  test('every encrypted value has a 32-byte IV, a 16-byte tag and type str', () => {
    const values = [...text.matchAll(/^ {4}(\w+): (ENC\[.*\])$/gm)].map((m) => [m[1], m[2]]);
    expect(values.map(([key]) => key)).toEqual(['SALT', 'OCTAL_LOOKING', 'PEM', 'mac']);
    for (const [, enc] of values) {
      const m = ENC.exec(enc);
      expect(m).not.toBeNull();
      const [, data, iv, tag] = m as RegExpExecArray;
      expect(Buffer.from(iv, 'base64')).toHaveLength(32);
      expect(Buffer.from(tag, 'base64')).toHaveLength(16);
      expect(data.length).toBeGreaterThan(0);
    }
  });

  test('the sops block lists each recipient with its own armored age file', () => {
    const meta = readSopsMetadata(text);
    expect(meta.age.map((e) => e.recipient)).toEqual([alice.recipient, bob.recipient]);
    for (const { enc } of meta.age) {
      const lines = enc.split('\n');
      expect(lines[0]).toBe('-----BEGIN AGE ENCRYPTED FILE-----');
      expect(lines.at(-2)).toBe('-----END AGE ENCRYPTED FILE-----');
      expect(lines.at(-1)).toBe('');
      expect(lines.slice(1, -3).every((l) => l.length === 64)).toBe(true);
      expect(Buffer.from(lines.slice(1, -2).join(''), 'base64').toString('latin1')).toMatch(
        /^age-encryption\.org\/v1\n-> X25519 /,
      );
    }
    expect(meta.age[0].enc).not.toBe(meta.age[1].enc);
    expect(meta.lastModified).toBe('2025-01-02T03:04:05Z');
    expect(meta.macOnlyEncrypted).toBe(true);
  });

  test('each recipient decrypts the document back, keys in order', async () => {
    for (const who of [alice, bob]) {
      const plain = await decryptSopsYaml(text, [who.identity]);
      expect(plain).toEqual(secret);
      expect(JSON.stringify(plain)).toBe(JSON.stringify(secret));
    }
  });

  test('with mac_only_encrypted, a changed clear field still decrypts but a changed ENC value does not', async () => {
    const relabelled = text.replace('    namespace: langfuse\n', '    namespace: other\n');
    await expect(decryptSopsYaml(relabelled, [alice.identity])).resolves.toMatchObject({
      metadata: { namespace: 'other' },
    });
    const swapped = text.replace(/SALT: ENC\[[^\]]+\]/, `SALT: ${/OCTAL_LOOKING: (ENC\[[^\]]+\])/.exec(text)?.[1]}`);
    await expect(decryptSopsYaml(swapped, [alice.identity])).rejects.toThrow(/could not decrypt value at "stringData.SALT"/);
  });

  test('a stranger identity cannot decrypt', async () => {
    const stranger = await keyPair();
    await expect(decryptSopsYaml(text, [stranger.identity])).rejects.toThrow(/none of 1 age identities/);
  });
});

describe('encryption options', () => {
  test('macOnlyEncrypted false omits the flag and puts clear fields in the MAC', async () => {
    const { identity, recipient } = await keyPair();
    const text = await encryptSopsYaml(secret, { recipients: [recipient], macOnlyEncrypted: false, indent: 2 });
    expect(text).not.toContain('mac_only_encrypted');
    expect(text).toContain('\n  age:\n    - recipient: age1');
    expect(text).toMatch(/\n      enc: \|\n        -----BEGIN AGE ENCRYPTED FILE-----\n/);
    await expect(decryptSopsYaml(text, [identity])).resolves.toEqual(secret);
    const tampered = text.replace('  name: langfuse\n', '  name: other\n');
    await expect(decryptSopsYaml(tampered, [identity])).rejects.toThrow(/^sops mac mismatch: /);
  });

  test('a custom encrypted_regex encrypts only the matching paths, at any depth', async () => {
    const { identity, recipient } = await keyPair();
    const doc = { spec: { password: 'p', list: [{ password: 'q', user: 'u' }] }, password: 'top' };
    const text = await encryptSopsYaml(doc, { recipients: [recipient], encryptedRegex: '^password$' });
    expect(text).toMatch(/^ {4}password: ENC\[.*type:str\]$/m);
    expect(text).toMatch(/^ {8}- password: ENC\[.*type:str\]$/m);
    expect(text).toMatch(/^password: ENC\[.*type:str\]$/m);
    expect(text).toContain('          user: u\n');
    expect(text).toContain('encrypted_regex: ^password$\n');
    await expect(decryptSopsYaml(text, [identity])).resolves.toEqual(doc);
  });

  test('non-string values are encrypted with their sops type and decrypted back', async () => {
    const { identity, recipient } = await keyPair();
    const doc = { data: { count: 42, ratio: 1.5, flag: true, none: null } };
    const text = await encryptSopsYaml(doc, { recipients: [recipient] });
    expect(text).toMatch(/ count: ENC\[.*type:int\]/);
    expect(text).toMatch(/ ratio: ENC\[.*type:float\]/);
    expect(text).toMatch(/ flag: ENC\[.*type:bool\]/);
    expect(text).toContain('    none: null\n');
    await expect(decryptSopsYaml(text, [identity])).resolves.toEqual(doc);
  });

  test('invalid inputs are refused, without quoting a key that may be a private one', async () => {
    const { recipient } = await keyPair();
    await expect(encryptSopsYaml(secret, { recipients: [] })).rejects.toThrow(/^no age recipients/);
    await expect(encryptSopsYaml(secret, { recipients: ['ssh-ed25519 AAAA'] })).rejects.toThrow(
      'an age recipient is not an age recipient: expected a public key starting with "age1"',
    );
    await expect(encryptSopsYaml(secret, { recipients: ['age1qqqq'] })).rejects.toThrow('an age recipient is not a valid age recipient: it is too short');
    await expect(encryptSopsYaml({ sops: {} }, { recipients: [recipient] })).rejects.toThrow(/already has a top-level "sops"/);
    await expect(encryptSopsYaml(secret, { recipients: [recipient], dataKey: Buffer.alloc(16) })).rejects.toThrow(
      /expected 32 bytes, got 16/,
    );
    await expect(encryptSopsYaml(secret, { recipients: [recipient], encryptedRegex: '(' })).rejects.toThrow(
      /invalid encrypted_regex "\("/,
    );
  });
});
