import { randomBytes } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createInterface } from 'readline';
import { parse } from 'yaml';
import { generateOptionalSecrets, generateRequiredSecrets } from '../../lib/config/generate-secrets';
import { CONFIG_JSON_SCHEMA_PATH } from '../../lib/config/json-schema';
import { parseConfig } from '../../lib/config/load';
import { renderStarterConfig } from '../../lib/config/starter-config';
import { resolveAgeRecipients } from '../../lib/sops';
import { publishedTestKey } from '../../lib/sops/published-test-keys';
import { checkedRecipients, splitRecipients } from '../../lib/sops/resolve-age-recipients';
import { SECRET_FILES_RULE, sopsConfigKeys, withAgeRecipients } from '../../lib/sops/sops-config-keys';
import { projectRoot } from '../../lib/validate/shared-paths';
import { CliCommand, EXIT_CODES_HELP, parseCommandArgs, reportUserErrors } from './command';
import { shellQuote } from '../../lib/shell-quote';
import { EXIT, UserError } from './synth';
import { textTable } from './text-table';

/** Asks one question on the terminal; undefined when not interactive. */
export type Prompt = (question: string) => Promise<string>;

/** Options of {@link runInit}. */
export interface RunInitOptions {
  /** Where the config is written. */
  readonly configPath: string;
  /** Overwrite an existing config. @default false */
  readonly force?: boolean;
  /**
   * age recipients (`age1...`) that `.sops.yaml` must encrypt for: written into a new one, or in
   * place of the published test recipient of an existing one.
   * @default - asked through `prompt` when needed, else an error
   */
  readonly ageRecipients?: readonly string[];
  /** Public domain. @default - "example.com", marked to be changed */
  readonly domain?: string;
  /** Folder of `.sops.yaml` (where synth looks for it). @default process.cwd() */
  readonly repoRoot?: string;
  /** Asks for the recipient on a terminal. @default - non-interactive */
  readonly prompt?: Prompt;
}

/** The header comment of a `.sops.yaml` init writes or edits. */
const SOPS_HEADER = [
  ' SOPS rules for the Flux tree written by langfuse-cdk8s (read by synth and by the sops CLI).',
  ' Every *.sops.yaml file gets its data/stringData values encrypted for these age recipients.',
].join('\n');

/** The `.sops.yaml` init writes: the rule synth and the sops CLI use for the Flux tree's Secret files. */
export function sopsConfigYaml(recipients: readonly string[]): string {
  return [
    ...SOPS_HEADER.split('\n').map((l) => `#${l}`),
    'creation_rules:',
    `  - path_regex: ${SECRET_FILES_RULE.path_regex}`,
    `    encrypted_regex: ${SECRET_FILES_RULE.encrypted_regex}`,
    `    mac_only_encrypted: ${SECRET_FILES_RULE.mac_only_encrypted}`,
    `    age: ${recipients.join(',')}`,
    '',
  ].join('\n');
}

/**
 * Splits and checks recipients given as a list or comma-separated: each must be a valid age
 * public key (Bech32 checksum included) and not a published test key. A bad one is named by its
 * position, never quoted: it may be a private key pasted in the wrong place.
 *
 * @param source how the values were given, like `--age-recipient`
 */
export function parseRecipients(values: readonly string[], source = '--age-recipient'): string[] {
  const recipients = checkedRecipients(splitRecipients(values.join(',')), source);
  recipients.forEach((recipient, i) => {
    const testKey = publishedTestKey(recipient);
    if (testKey) {
      throw new UserError(`${source}, entry ${i + 1}: ${recipient.slice(0, 16)}... is a published TEST key (${testKey.source}): anyone can decrypt `
        + 'what is encrypted for it; give the public key of your cluster\'s own age key ("age-keygen -y key.txt")');
    }
  });
  return [...new Set(recipients)];
}

/** Writes a file through a temporary file that is created exclusively (a planted file or symlink makes it fail, never redirects it). */
function writeFileAtomic(file: string, text: string, mode: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${randomBytes(8).toString('hex')}`);
  fs.writeFileSync(temp, text, { mode, flag: 'wx' });
  try {
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}

/** What init does with `.sops.yaml`. */
type SopsPlan =
  | { readonly action: 'write' | 'replace'; readonly recipients: readonly string[]; readonly text: string; readonly note: string }
  | { readonly action: 'keep'; readonly note?: string };

/**
 * Decides what becomes of `.sops.yaml`, before anything is written: without one, it is written for
 * the given (or asked) recipients; one that holds only published test recipients (or none) gets
 * them replaced by the given ones; one that holds other keys is kept when it already encrypts for
 * exactly the given recipients and refused otherwise. Never leaves a test key in charge.
 */
async function planSopsConfig(sopsPath: string, options: RunInitOptions): Promise<SopsPlan> {
  const shown = path.relative(process.cwd(), sopsPath) || '.sops.yaml';
  let recipients = parseRecipients(options.ageRecipients ?? []);
  const ask = async () => {
    if (recipients.length === 0 && options.prompt) {
      recipients = parseRecipients([await options.prompt('age recipient for .sops.yaml (age1..., from "age-keygen -y key.txt"): ')], 'the recipient you typed');
    }
  };
  if (!fs.existsSync(sopsPath)) {
    await ask();
    if (recipients.length === 0) {
      throw new UserError([
        `no ${sopsPath} and no age recipient: Secrets are only ever written encrypted, so init needs one.`,
        'Pass --age-recipient age1... (the public key of your cluster\'s age key, "age-keygen -y key.txt"),',
        'or run init in a terminal to be asked.',
      ].join('\n'));
    }
    return { action: 'write', recipients, text: sopsConfigYaml(recipients), note: `wrote ${shown} for ${count(recipients)}` };
  }

  const held = sopsConfigKeys(sopsPath);
  const testKeys = held.ageRecipients.filter((r) => publishedTestKey(r));
  const onlyTestKeys = held.otherKeys.length === 0 && testKeys.length === held.ageRecipients.length;
  if (onlyTestKeys && (recipients.length > 0 || testKeys.length > 0)) await ask();
  if (onlyTestKeys && recipients.length > 0) {
    const replaced = withAgeRecipients(fs.readFileSync(sopsPath, 'utf8'), recipients, SOPS_HEADER);
    assertEncryptsFor(replaced, sopsPath, recipients);
    const what = testKeys.length > 0 ? `the published test recipient${testKeys.length > 1 ? 's' : ''} (${publishedTestKey(testKeys[0])!.source})` : 'no recipient';
    return { action: 'replace', recipients, text: replaced, note: `${shown} held only ${what}: replaced by ${count(recipients)}` };
  }
  const fix = (reason: string) => new UserError([
    `${sopsPath} ${reason}.`,
    `Fix it: edit ${shown} so that the rule for *.sops.yaml files (path_regex: \\.sops\\.ya?ml$) has`,
    `  age: ${recipients.length > 0 ? recipients.join(',') : 'age1... (your cluster\'s public key)'}`,
    `and no other keys, or move ${shown} away and run init again with --age-recipient.`,
  ].join('\n'));
  if (testKeys.length > 0) {
    throw fix(`encrypts for the published TEST key ${testKeys[0].slice(0, 16)}... (${publishedTestKey(testKeys[0])!.source}), whose private key anyone has`
      + (onlyTestKeys ? ', and no recipient was given to replace it' : ', next to other keys'));
  }
  if (recipients.length === 0) {
    return { action: 'keep', note: held.ageRecipients.length === 0 && held.otherKeys.length === 0 ? `${shown} names no recipient: synth needs one; run init again with --age-recipient` : undefined };
  }
  const same = held.otherKeys.length === 0 && new Set(held.ageRecipients).size === recipients.length && recipients.every((r) => held.ageRecipients.includes(r));
  if (!same) throw fix(`already names other keys (${[...held.ageRecipients.map((r) => `age ${r.slice(0, 16)}...`), ...held.otherKeys].join(', ')}); init does not change real keys`);
  return { action: 'keep', note: `${shown} already encrypts for ${count(recipients)}; kept` };
}

const count = (recipients: readonly string[]) => `${recipients.length} age recipient${recipients.length === 1 ? '' : 's'}`;

/**
 * Writes a starter config with freshly generated secrets and a comment for every key, and makes
 * `.sops.yaml` encrypt for the given recipient (see {@link planSopsConfig}). Refuses to overwrite
 * a config unless `force`. Nothing is written when anything is refused.
 */
export async function runInit(options: RunInitOptions): Promise<number> {
  return reportUserErrors(async () => {
    const configPath = path.resolve(options.configPath);
    const repoRoot = path.resolve(options.repoRoot ?? process.cwd());
    if (fs.existsSync(configPath) && !options.force) {
      throw new UserError(`${options.configPath} already exists; pass --force to overwrite it (its secrets would be replaced by new ones)`);
    }
    const sopsPath = path.join(repoRoot, '.sops.yaml');
    const plan = await planSopsConfig(sopsPath, options);

    const schemaFile = path.join(projectRoot(), CONFIG_JSON_SCHEMA_PATH);
    const text = renderStarterConfig({
      secrets: generateRequiredSecrets(),
      optionalSecrets: generateOptionalSecrets(),
      domain: options.domain,
      schemaPath: path.relative(path.dirname(configPath), schemaFile).split(path.sep).join('/'),
    });
    // The starter config must itself be valid; a bad --domain is reported like any config error.
    parseConfig(parse(text), options.configPath);

    writeFileAtomic(configPath, text, 0o600);
    console.log(`init: wrote ${options.configPath} with freshly generated secrets (file mode 600; never commit it unencrypted)`);
    if (plan.action !== 'keep') writeFileAtomic(sopsPath, plan.text, 0o644);
    if (plan.note) console.log(`init: ${plan.note}`);

    const configArg = path.relative(process.cwd(), configPath) === 'langfuse.yaml' ? '' : ` --config ${shellQuote(options.configPath)}`;
    console.log([
      'next:',
      options.domain === undefined
        ? '  set cloudflare_domain (it is "example.com") and turn on the features your cluster has, then run:'
        : '  turn on the features your cluster has (see the comments, or docs/configuration.md), then run:',
      textTable([
        [`langfuse-cdk8s explain${configArg}`, '# what the config means: hostnames, gates, service names'],
        [`langfuse-cdk8s synth${configArg}`, '# write the Flux tree to dist/'],
        ['langfuse-cdk8s validate', '# check the tree before you commit it'],
      ], '  '),
    ].join('\n'));
    return EXIT.ok;
  });
}

/**
 * Checks, before anything is written, that synth will encrypt the tree's Secret files for exactly
 * `recipients` with a `.sops.yaml` of this text: its first rule matching them names them.
 */
function assertEncryptsFor(text: string, sopsPath: string, recipients: readonly string[]): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'langfuse-cdk8s-init-'));
  try {
    fs.writeFileSync(path.join(dir, '.sops.yaml'), text);
    const resolved = resolveAgeRecipients({ env: {}, repoRoot: dir, outputPath: 'dist/kubernetes/apps/ns/app/app/secret.sops.yaml' }).recipients;
    if (resolved.length !== recipients.length || !recipients.every((r) => resolved.includes(r))) {
      throw new UserError(`${sopsPath}: an earlier creation rule matches the tree's *.sops.yaml files before the one init would set; `
        + 'edit it so that the first rule matching *.sops.yaml files names only your recipient, or move it away and run init again');
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A prompt on the terminal, or undefined when stdin is not one. */
function terminalPrompt(): Prompt | undefined {
  if (!process.stdin.isTTY) return undefined;
  return (question) => new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stderr });
    rl.question(question, (answer) => {
      rl.close();
      resolve(answer);
    });
  });
}

const USAGE = `usage: langfuse-cdk8s init [--config FILE] [--age-recipient AGE1...]... [--domain DOMAIN] [--force]

Writes a starter config with freshly generated secrets (NEXTAUTH_SECRET, SALT, the 64-hex
ENCRYPTION_KEY, URL-safe Postgres and ClickHouse passwords) and a comment for every key, and makes
.sops.yaml in the current folder encrypt for your age recipient: it writes one when there is none,
and replaces the published test recipient when that is all an existing one holds (the shipped
.sops.yaml). It refuses (exit 2, nothing written) when an existing .sops.yaml names other keys or
keeps a test key, and says how to fix it; then synth works with no other step.

  --config FILE          where to write the config (default: ./langfuse.yaml)
  --age-recipient AGE1   age public key .sops.yaml must encrypt for (repeatable or comma-separated);
                         asked on a terminal when needed, an error otherwise
  --domain DOMAIN        cloudflare_domain (default: example.com, to be changed)
  --force                overwrite an existing config (its secrets are replaced)

${EXIT_CODES_HELP}`;

/** `langfuse-cdk8s init`. */
export const initCommand: CliCommand = {
  name: 'init',
  summary: 'write a starter config with fresh secrets and comments for every key, and a .sops.yaml',
  usage: USAGE,
  run: (args) => reportUserErrors(async () => {
    const { values } = parseCommandArgs(args, {
      'config': { type: 'string' },
      'age-recipient': { type: 'string', multiple: true },
      'domain': { type: 'string' },
      'force': { type: 'boolean' },
    }, USAGE);
    if (values.help) {
      console.log(USAGE);
      return EXIT.ok;
    }
    return runInit({
      configPath: (values.config as string | undefined) ?? 'langfuse.yaml',
      force: values.force === true,
      ageRecipients: values['age-recipient'] as string[] | undefined,
      domain: values.domain as string | undefined,
      prompt: terminalPrompt(),
    });
  }),
};
