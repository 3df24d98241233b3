import * as fs from 'fs';
import * as path from 'path';
import { createInterface } from 'readline';
import { parse } from 'yaml';
import { generateOptionalSecrets, generateRequiredSecrets } from '../../lib/config/generate-secrets';
import { CONFIG_JSON_SCHEMA_PATH } from '../../lib/config/json-schema';
import { CONFIG_ENCRYPTED_REGEX, encryptConfigText } from '../../lib/config/encrypted-config';
import { parseConfig } from '../../lib/config/load';
import { renderStarterConfig } from '../../lib/config/starter-config';
import { resolveAgeRecipients } from '../../lib/sops';
import { publishedTestKey } from '../../lib/sops/published-test-keys';
import { checkedRecipients, splitRecipients } from '../../lib/sops/sops-config';
import { ConfigFileRule, configFileRule, SECRET_FILES_RULE, sopsConfigKeys, withAgeRecipients, withFirstRule } from '../../lib/sops/sops-config-keys';
import { projectRoot } from '../../lib/validate/shared-paths';
import { callerDir, shownPath } from './caller-paths';
import { CliCommand, defineCommand, EXIT_CODES_HELP, LOCAL_CONFIG_NAMES, reportUserErrors } from './command';
import { planGitignore } from './gitignore';
import { clearConfigPath, configRecipients, identityNotes, withSopsConfigText } from './init-encryption';
import { shellQuote } from '../../lib/shell-quote';
import { writeFileAtomic } from './atomic-file';
import { EXIT, UserError } from './synth';
import { textTable } from './text-table';

/** Asks one question on the terminal; undefined when not interactive. */
export type Prompt = (question: string) => Promise<string>;

/** Options of {@link runInit}. */
export interface RunInitOptions {
  /** Where the config is written (`*.sops.yaml` unless `plaintext`). */
  readonly configPath: string;
  /**
   * Write the config in clear (`langfuse.yaml`) instead of SOPS-encrypted (`langfuse.sops.yaml`,
   * only the secret values encrypted, for the recipients `.sops.yaml` gives it).
   * @default false
   */
  readonly plaintext?: boolean;
  /** Where SOPS_AGE_RECIPIENTS and the age identities come from. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
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
  /** Folder of `.sops.yaml` and `.gitignore` (where synth looks for them). @default - the caller's folder */
  readonly repoRoot?: string;
  /** Asks for the recipient on a terminal. @default - non-interactive */
  readonly prompt?: Prompt;
}

/** The header comment of a `.sops.yaml` init writes or edits. */
const SOPS_HEADER = [
  ' SOPS rules for langfuse-cdk8s (read by synth, init and the sops CLI): every *.sops.yaml file of the Flux',
  ' tree gets its data/stringData values encrypted for these age recipients (an encrypted config, its secrets).',
].join('\n');

/**
 * The `.sops.yaml` init writes: the rule synth and the sops CLI use for the Flux tree's Secret files,
 * after the rule for the encrypted config when there is one.
 */
export function sopsConfigYaml(recipients: readonly string[], configRule?: ConfigFileRule): string {
  const age = recipients.join(',');
  return [
    ...SOPS_HEADER.split('\n').map((l) => `#${l}`),
    'creation_rules:',
    ...(configRule ? [
      '  # the encrypted langfuse-cdk8s config: only its secret values',
      `  - path_regex: ${configRule.path_regex}`,
      `    encrypted_regex: '${configRule.encrypted_regex}'`,
      `    mac_only_encrypted: ${configRule.mac_only_encrypted}`,
      `    age: ${age}`,
    ] : []),
    `  - path_regex: ${SECRET_FILES_RULE.path_regex}`,
    `    encrypted_regex: ${SECRET_FILES_RULE.encrypted_regex}`,
    `    mac_only_encrypted: ${SECRET_FILES_RULE.mac_only_encrypted}`,
    `    age: ${age}`,
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
async function planSopsConfig(sopsPath: string, options: RunInitOptions, configRule: ConfigFileRule | undefined): Promise<SopsPlan> {
  const shown = shownPath(sopsPath);
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
    return { action: 'write', recipients, text: sopsConfigYaml(recipients, configRule), note: `wrote ${shown} for ${count(recipients)}` };
  }

  const held = sopsConfigKeys(sopsPath);
  const testKeys = held.ageRecipients.filter((r) => publishedTestKey(r));
  const onlyTestKeys = held.otherKeys.length === 0 && testKeys.length === held.ageRecipients.length;
  if (onlyTestKeys && (recipients.length > 0 || testKeys.length > 0)) await ask();
  if (onlyTestKeys && recipients.length > 0) {
    const withRecipients = withAgeRecipients(fs.readFileSync(sopsPath, 'utf8'), recipients, SOPS_HEADER);
    const replaced = configRule ? withFirstRule(withRecipients, configRule, recipients) : withRecipients;
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

/** The file a `.sops.yaml` or `.gitignore` entry should name for a config: relative to the repository, `/`-separated. */
const repoRelative = (repoRoot: string, file: string) => path.relative(repoRoot, file).split(path.sep).join('/');
const insideRepo = (repoRoot: string, file: string) => !repoRelative(repoRoot, file).startsWith('../') && !path.isAbsolute(path.relative(repoRoot, file));

/**
 * Writes a starter config with freshly generated secrets and a comment for every key, SOPS-encrypted
 * (only the secret values) unless `plaintext`; makes `.sops.yaml` encrypt for the given recipient
 * (see {@link planSopsConfig}) and adds the config's clear-text name to `.gitignore`. Refuses to
 * overwrite a config unless `force`. Nothing is written when anything is refused.
 */
export async function runInit(options: RunInitOptions): Promise<number> {
  return reportUserErrors(async () => {
    const env = options.env ?? process.env;
    const configPath = path.resolve(options.configPath);
    const repoRoot = path.resolve(options.repoRoot ?? callerDir(env));
    const encrypted = options.plaintext !== true;
    const sopsNamed = /\.sops\.ya?ml$/.test(configPath);
    if (encrypted && !sopsNamed) {
      throw new UserError(`${configPath}: an encrypted config is named *.sops.yaml (so that sops and .sops.yaml rules know it), like `
        + `${path.basename(configPath).replace(/(\.ya?ml)?$/, '.sops.yaml')}; or pass --plaintext for a config in clear`);
    }
    if (!encrypted && sopsNamed) throw new UserError(`${configPath}: a name ending in .sops.yaml says the file is encrypted, but --plaintext writes it in clear; choose another name`);
    if (fs.existsSync(configPath) && !options.force) {
      throw new UserError(`${configPath} already exists; pass --force to overwrite it (its secrets would be replaced by new ones)`);
    }
    const sopsPath = path.join(repoRoot, '.sops.yaml');
    const configRule = encrypted && insideRepo(repoRoot, configPath) ? configFileRule(repoRelative(repoRoot, configPath), CONFIG_ENCRYPTED_REGEX) : undefined;
    const plan = await planSopsConfig(sopsPath, options, configRule);

    const schemaFile = path.join(projectRoot(), CONFIG_JSON_SCHEMA_PATH);
    const text = renderStarterConfig({
      secrets: generateRequiredSecrets(),
      optionalSecrets: encrypted ? undefined : generateOptionalSecrets(),
      domain: options.domain,
      // an editor would check the encrypted values and the sops block against the schema
      schemaPath: encrypted ? undefined : path.relative(path.dirname(configPath), schemaFile).split(path.sep).join('/'),
      encrypted,
    });
    // The starter config must itself be valid; a bad --domain is reported like any config error.
    parseConfig(parse(text), configPath);
    const recipients = encrypted ? configRecipients(plan.action === 'keep' ? undefined : plan.text, repoRoot, configPath, env) : [];
    const content = encrypted ? await encryptConfigText(text, { recipients }) : text;
    const clearName = clearConfigPath(configPath);
    const gitignore = planGitignore(repoRoot, clearName, 'the langfuse-cdk8s config in clear holds every secret: never commit it');

    writeFileAtomic(configPath, content, 0o600);
    console.log(encrypted
      ? `init: wrote ${shownPath(configPath)} with freshly generated secrets, SOPS-encrypted for ${count(recipients)} (only the secret values; `
        + 'the rest reads in review)'
      : `init: wrote ${shownPath(configPath)} with freshly generated secrets (file mode 600; never commit it unencrypted)`);
    if (plan.action !== 'keep') writeFileAtomic(sopsPath, plan.text, 0o644);
    if (plan.note) console.log(`init: ${plan.note}`);
    if (plan.action === 'keep' && configRule) {
      console.log(`init: so that the sops CLI encrypts such a file as init does, give ${shownPath(sopsPath)} a first rule `
        + `path_regex: ${configRule.path_regex}, encrypted_regex: '${configRule.encrypted_regex}', mac_only_encrypted: true (init does not edit real keys)`);
    }
    if (gitignore.action === 'append') writeFileAtomic(gitignore.file, gitignore.text, 0o644);
    console.log(`init: ${gitignore.action === 'append' ? `added ${gitignore.entry} to ${shownPath(gitignore.file)}` : gitignore.note}`);
    if (encrypted) for (const note of await identityNotes(configPath, recipients, env)) console.log(`init: ${note}`);
    if (encrypted && fs.existsSync(clearName)) {
      console.log(`init: ${shownPath(clearName)} exists too: commands that find both in a folder ask which one to read (--config) until you remove it`);
    }

    const defaultName = path.join(callerDir(env), path.basename(configPath)) === configPath && (LOCAL_CONFIG_NAMES as readonly string[]).includes(path.basename(configPath));
    const configArg = defaultName ? '' : ` --config ${shellQuote(shownPath(configPath))}`;
    console.log([
      'next:',
      options.domain === undefined
        ? '  set cloudflare_domain (it is "example.com") and turn on the features your cluster has, then run:'
        : '  turn on the features your cluster has (see the comments, or docs/configuration.md), then run:',
      textTable([
        ...(encrypted ? [[`sops ${shellQuote(shownPath(configPath))}`, '# edit it (decrypted in your editor, encrypted again on save)']] : []),
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
  const resolved = withSopsConfigText(text, (dir) => resolveAgeRecipients({ env: {}, repoRoot: dir, outputPath: 'dist/kubernetes/apps/ns/app/app/secret.sops.yaml' }).recipients);
  if (resolved.length !== recipients.length || !recipients.every((r) => resolved.includes(r))) {
    throw new UserError(`${sopsPath}: an earlier creation rule matches the tree's *.sops.yaml files before the one init would set; `
      + 'edit it so that the first rule matching *.sops.yaml files names only your recipient, or move it away and run init again');
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

const USAGE = `usage: langfuse-cdk8s init [--config FILE] [--plaintext] [--age-recipient AGE1...]... [--domain DOMAIN] [--force]

Writes a starter config with freshly generated secrets (NEXTAUTH_SECRET, SALT, the 64-hex
ENCRYPTION_KEY, URL-safe Postgres and ClickHouse passwords) and a comment for every key, SOPS-encrypted
by default: only the values of secret keys are encrypted (every other key and value, and the comments,
stay readable in review), for the age recipients .sops.yaml gives it, and synth, explain, diff and doctor
decrypt it in memory with your age identity (SOPS_AGE_KEY_FILE, SOPS_AGE_KEY or
~/.config/sops/age/keys.txt). Its clear-text name (langfuse.yaml) goes into .gitignore.

It makes .sops.yaml in the current folder encrypt for your age recipient: it writes one when there is
none, and replaces the published test recipient when that is all an existing one holds (the shipped
.sops.yaml), with a first rule for the encrypted config. It refuses (exit 2, nothing written) when an
existing .sops.yaml names other keys or keeps a test key, and says how to fix it; then synth works with
no other step.

  --config FILE          where to write the config (default: ./langfuse.sops.yaml; with --plaintext,
                         ./langfuse.yaml)
  --plaintext            write the config in clear (still added to .gitignore)
  --age-recipient AGE1   age public key .sops.yaml must encrypt for (repeatable or comma-separated);
                         asked on a terminal when needed, an error otherwise. Give every key that must
                         open the config: yours and the cluster's
  --domain DOMAIN        cloudflare_domain (default: example.com, to be changed)
  --force                overwrite an existing config (its secrets are replaced)

${EXIT_CODES_HELP}`;

/** `langfuse-cdk8s init`. */
export const initCommand: CliCommand = defineCommand({
  name: 'init',
  summary: 'write a starter config (SOPS-encrypted) with fresh secrets and comments for every key, and a .sops.yaml',
  usage: USAGE,
  options: {
    'config': { type: 'string', path: true },
    'plaintext': { type: 'boolean' },
    'age-recipient': { type: 'string', multiple: true },
    'domain': { type: 'string' },
    'force': { type: 'boolean' },
  },
}, async ({ values }) => {
  const plaintext = values.plaintext === true;
  return runInit({
    configPath: (values.config as string | undefined) ?? path.join(callerDir(), plaintext ? 'langfuse.yaml' : 'langfuse.sops.yaml'),
    plaintext,
    force: values.force === true,
    ageRecipients: values['age-recipient'] as string[] | undefined,
    domain: values.domain as string | undefined,
    prompt: terminalPrompt(),
  });
});
