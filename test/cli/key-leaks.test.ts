import * as fs from 'fs';
import * as path from 'path';
import { stringify } from 'yaml';
import { reportUserErrors } from '../../bin/commands/command';
import { runDecrypt } from '../../bin/commands/decrypt';
import { runSynth } from '../../bin/commands/synth';
import { minimalRaw, tempDir } from '../support/fixtures';
import { ageEnv, capture } from './support';

/** The identity with one character changed: a typo the checksum catches. */
const mistyped = (identity: string) => `${identity.slice(0, 30)}${identity[30] === 'Q' ? 'P' : 'Q'}${identity.slice(31)}`;

/** Whether any piece of a key (12 characters from its body) appears in a text. */
function leaks(text: string, key: string): boolean {
  const body = key.replace(/^AGE-SECRET-KEY-1|^age1/, '');
  for (let i = 0; i + 12 <= body.length; i += 6) if (text.includes(body.slice(i, i + 12))) return true;
  return false;
}

describe('age keys never appear in any output', () => {
  let dir: string;
  let configPath: string;
  let identity: string;
  let recipient: string;
  beforeEach(async () => {
    dir = tempDir();
    configPath = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(configPath, stringify(minimalRaw()));
    ({ identity, recipient } = await ageEnv());
  });
  const synth = (env: NodeJS.ProcessEnv) => capture(() => runSynth({ configPath, outDir: path.join(dir, 'dist'), repoRoot: dir, env }));

  test('a mistyped identity in SOPS_AGE_KEY_FILE is named by file and line, exit 2', async () => {
    const keyFile = path.join(dir, 'keys.txt');
    fs.writeFileSync(keyFile, `# created: today\n# public key: ${recipient}\n${mistyped(identity)}\n`);
    for (const result of [await synth({ SOPS_AGE_KEY_FILE: keyFile, SOPS_AGE_RECIPIENTS: recipient }), await capture(() => reportUserErrors(() => runDecrypt(configPath, { SOPS_AGE_KEY_FILE: keyFile })))]) {
      expect(result.code).toBe(2);
      expect(result.err).toContain(`SOPS_AGE_KEY_FILE=${keyFile}, line 3: the line is not a valid age identity: it has a wrong checksum`);
      expect(leaks(`${result.out}\n${result.err}`, identity)).toBe(false);
    }
  });

  test('a mistyped identity in SOPS_AGE_KEY is named by its line, exit 2', async () => {
    const result = await synth({ SOPS_AGE_KEY: `${identity}\n${mistyped(identity)}`, SOPS_AGE_RECIPIENTS: recipient });
    expect(result.code).toBe(2);
    expect(result.err).toContain('SOPS_AGE_KEY, line 2: the line is not a valid age identity');
    expect(leaks(`${result.out}\n${result.err}`, identity)).toBe(false);
  });

  test('a private key given as recipient in SOPS_AGE_RECIPIENTS is named by its position, exit 2', async () => {
    const result = await synth({ SOPS_AGE_RECIPIENTS: `${recipient},${identity}` });
    expect(result.code).toBe(2);
    expect(result.err).toContain('SOPS_AGE_RECIPIENTS, entry 2: the value is an age identity (a PRIVATE key), not a recipient');
    expect(leaks(`${result.out}\n${result.err}`, identity)).toBe(false);
  });

  test('a private key in .sops.yaml is named by its rule, exit 2', async () => {
    fs.writeFileSync(path.join(dir, '.sops.yaml'), stringify({ creation_rules: [{ path_regex: '\\.sops\\.ya?ml$', age: identity }] }));
    const result = await synth({});
    expect(result.code).toBe(2);
    expect(result.err).toContain(`${path.join(dir, '.sops.yaml')} creation_rules[0] age, entry 1: the value is an age identity (a PRIVATE key)`);
    expect(leaks(`${result.out}\n${result.err}`, identity)).toBe(false);
  });

  test('a mistyped recipient is refused without being printed', async () => {
    const bad = `${recipient.slice(0, -1)}${recipient.endsWith('q') ? 'p' : 'q'}`;
    const result = await synth({ SOPS_AGE_RECIPIENTS: bad });
    expect(result.code).toBe(2);
    expect(result.err).toContain('SOPS_AGE_RECIPIENTS, entry 1: the value is not a valid age recipient: it has a wrong checksum');
    expect(result.err).not.toContain(bad);
  });
});

describe('secret config values never appear in any message', () => {
  const problemsText = async (extra: Record<string, unknown>) => {
    const dir = tempDir();
    const configPath = path.join(dir, 'langfuse.yaml');
    fs.writeFileSync(configPath, stringify({ ...minimalRaw(), ...extra }));
    const result = await capture(() => runSynth({ configPath, outDir: path.join(dir, 'dist'), repoRoot: dir, env: {} }));
    expect(result.code).toBe(2);
    return `${result.out}\n${result.err}`;
  };

  test('the SMTP URL is masked, whether it is invalid or another key fails with it', async () => {
    const invalid = await problemsText({ langfuse_smtp_url: 'smtp://user:SmtpPassw0rd@MAIL.example.com:587', langfuse_email_from: 'a@example.com' });
    expect(invalid).toContain('langfuse_smtp_url = <hidden, 45 characters>: must name a host');
    const missingSender = await problemsText({ langfuse_smtp_url: 'smtp://user:SmtpPassw0rd@mail.example.com:587' });
    expect(missingSender).toContain('langfuse_email_from: is required when langfuse_smtp_url is set');
    for (const text of [invalid, missingSender]) expect(text).not.toContain('SmtpPassw0rd');
  });

  test('any URL with user info is shown with the user info hidden', async () => {
    const text = await problemsText({ rustfs_enabled: true, langfuse_s3_access_key: 'access', langfuse_s3_secret_key: 'secret-key-0123', langfuse_s3_endpoint: 'http://admin:S3Passw0rd@rustfs.storage.svc:9000' });
    expect(text).toContain('langfuse_s3_endpoint = "http://<hidden>@rustfs.storage.svc:9000": must not contain a user name or password');
    expect(text).not.toContain('S3Passw0rd');
  });

  test.each([
    ['http://u:Sup3rSecretPW@tempo.monitoring.svc:4318'],
    ['http://u:Sup3rSecretPW@tempo.monitoring.svc:4318/v1/traces'],
    ['http://Sup3rSecretPW@tempo'],
  ])('tracing_otlp_endpoint %s is refused for its user info, and the password is never shown', async (url) => {
    const text = await problemsText({ tracing_otlp_endpoint: url });
    expect(text).toContain('tracing_otlp_endpoint = "http://<hidden>@');
    expect(text).toContain('must not contain a user name or password');
    expect(text).not.toContain('Sup3r');
    const { langfuseTelemetryValues } = await import('../../lib/observability/langfuse-telemetry-values');
    expect(() => langfuseTelemetryValues({ release: 'langfuse', tracing: { otlpEndpoint: url } })).toThrow(/^otlp endpoint "http:\/\/<hidden>@[^"]*" must not contain a user name/);
  });

  test('tracing_otlp_endpoint with a "/" in its password (not a URL at all) is refused without showing it', async () => {
    const text = await problemsText({ tracing_otlp_endpoint: 'http://u:Sup3r/SecretPW@tempo.monitoring.svc:4318' });
    expect(text).toContain('tracing_otlp_endpoint = "http://<hidden>@tempo.monitoring.svc:4318": must be an http:// or https:// base URL');
    expect(text).not.toContain('Sup3r');
  });

  test('messages that quote a URL hide its user info, a password with "/" or "@" included', async () => {
    const { withoutUserinfo } = await import('../../lib/formats/endpoint-url');
    expect(withoutUserinfo('got "https://user:p/a@ss@host/x" and smtp://a:b@c')).toBe('got "https://<hidden>@host/x" and smtp://<hidden>@c');
  });
});
