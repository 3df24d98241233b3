import * as fs from 'fs';
import * as path from 'path';
import { createInterface } from 'readline';
import { parse } from 'yaml';
import { generateOptionalSecrets, generateRequiredSecrets } from '../../lib/config/generate-secrets';
import { CONFIG_JSON_SCHEMA_PATH } from '../../lib/config/json-schema';
import { parseConfig } from '../../lib/config/load';
import { renderStarterConfig } from '../../lib/config/starter-config';
import { projectRoot } from '../../lib/validate/shared-paths';
import { CliCommand, EXIT_CODES_HELP, parseCommandArgs, reportUserErrors } from './command';
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
  /** age recipients (`age1...`) for a new `.sops.yaml`. @default - asked through `prompt`, else an error */
  readonly ageRecipients?: readonly string[];
  /** Public domain. @default - "example.com", marked to be changed */
  readonly domain?: string;
  /** Folder of `.sops.yaml` (where synth looks for it). @default process.cwd() */
  readonly repoRoot?: string;
  /** Asks for the recipient on a terminal. @default - non-interactive */
  readonly prompt?: Prompt;
}

/** An age X25519 or post-quantum recipient. */
const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{50,}$/;

/** The `.sops.yaml` init writes: the rule synth and the sops CLI use for the Flux tree's Secret files. */
export function sopsConfigYaml(recipients: readonly string[]): string {
  return [
    '# SOPS rules for the Flux tree written by langfuse-cdk8s (read by synth and by the sops CLI).',
    '# Every *.sops.yaml file gets its data/stringData values encrypted for these age recipients.',
    'creation_rules:',
    '  - path_regex: \\.sops\\.ya?ml$',
    '    encrypted_regex: ^(data|stringData)$',
    '    mac_only_encrypted: true',
    `    age: ${recipients.join(',')}`,
    '',
  ].join('\n');
}

/** Splits and checks recipients given as a list or comma-separated. */
export function parseRecipients(values: readonly string[]): string[] {
  const recipients = values.flatMap((v) => v.split(',')).map((r) => r.trim()).filter((r) => r !== '');
  for (const recipient of recipients) {
    if (!AGE_RECIPIENT.test(recipient)) {
      throw new UserError(`invalid age recipient "${recipient}": expected a public key starting with "age1" `
        + '(age-keygen prints it as "Public key: age1...")');
    }
  }
  return recipients;
}

function writeFileAtomic(file: string, text: string, mode: number): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(temp, text, { mode });
  fs.renameSync(temp, file);
}

/**
 * Writes a starter config with freshly generated secrets and a comment for every key, and a
 * `.sops.yaml` when none exists. Refuses to overwrite a config unless `force`; without a
 * `.sops.yaml`, an age recipient is required (given, or asked on a terminal).
 */
export async function runInit(options: RunInitOptions): Promise<number> {
  return reportUserErrors(async () => {
    const configPath = path.resolve(options.configPath);
    const repoRoot = path.resolve(options.repoRoot ?? process.cwd());
    if (fs.existsSync(configPath) && !options.force) {
      throw new UserError(`${options.configPath} already exists; pass --force to overwrite it (its secrets would be replaced by new ones)`);
    }
    const sopsPath = path.join(repoRoot, '.sops.yaml');
    let recipients: string[] | undefined;
    if (!fs.existsSync(sopsPath)) {
      recipients = parseRecipients(options.ageRecipients ?? []);
      if (recipients.length === 0 && options.prompt) {
        recipients = parseRecipients([await options.prompt('age recipient for .sops.yaml (age1..., from "age-keygen -y key.txt"): ')]);
      }
      if (recipients.length === 0) {
        throw new UserError([
          `no ${sopsPath} and no age recipient: Secrets are only ever written encrypted, so init needs one.`,
          'Pass --age-recipient age1... (the public key of your cluster\'s age key, "age-keygen -y key.txt"),',
          'or run init in a terminal to be asked.',
        ].join('\n'));
      }
    } else if (options.ageRecipients && options.ageRecipients.length > 0) {
      console.warn(`${sopsPath} exists and is kept; --age-recipient is not used (edit its creation_rules to change recipients)`);
    }

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
    if (recipients) {
      writeFileAtomic(sopsPath, sopsConfigYaml(recipients), 0o644);
      const count = `${recipients.length} age recipient${recipients.length === 1 ? '' : 's'}`;
      console.log(`init: wrote ${path.relative(process.cwd(), sopsPath) || '.sops.yaml'} for ${count}`);
    }
    const configArg = path.relative(process.cwd(), configPath) === 'langfuse.yaml' ? '' : ` --config ${options.configPath}`;
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
ENCRYPTION_KEY, URL-safe Postgres and ClickHouse passwords) and a comment for every key, and a
.sops.yaml in the current folder if there is none.

  --config FILE          where to write the config (default: ./langfuse.yaml)
  --age-recipient AGE1   age public key for the new .sops.yaml (repeatable or comma-separated);
                         asked on a terminal when missing, an error otherwise
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
