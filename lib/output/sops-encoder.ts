import * as path from 'path';
import { InputError } from '../errors';
import { encryptStable, resolveAgeRecipients } from '../sops';
import { PublishedTestKeyError } from '../sops/errors';
import { publishedTestKey } from '../sops/published-test-keys';
import { SecretFileEncoder } from './secret-file-encoder';

/** Options of `sopsEncoder`. */
export interface SopsEncoderOptions {
  /** Output root the encoder's paths are relative to. */
  readonly outDir: string;
  /** Folder whose `.sops.yaml` applies (paths are matched relative to it). */
  readonly repoRoot: string;
  /** Environment with SOPS_AGE_RECIPIENTS, SOPS_AGE_KEY, SOPS_AGE_KEY_FILE. */
  readonly env: NodeJS.ProcessEnv;
  /** age identities for stable output; none means every file is encrypted anew. */
  readonly identities: readonly string[];
  /** Told what the encoder did, once per kind of event. */
  readonly notice?: (message: string) => void;
  /**
   * Whether Secrets may be encrypted for a published test recipient (see `PUBLISHED_TEST_KEYS`):
   * only for a shipped example config or one with `sops_allow_test_key: true`.
   * @default false
   */
  readonly allowTestRecipients?: boolean;
}

/** The recipients for a file could not be determined; the message says how to add one. */
export class NoRecipientError extends InputError {}

/**
 * Encrypts each `*.sops.yaml` file for the age recipients that `sops` itself would use for it
 * (SOPS_AGE_RECIPIENTS, else the first matching `.sops.yaml` rule), keeping an existing file byte
 * for byte when it already holds the same content for the same recipients.
 */
export function sopsEncoder(options: SopsEncoderOptions): SecretFileEncoder {
  const told = new Set<string>();
  const tell = (message: string) => {
    if (!told.has(message)) options.notice?.(message);
    told.add(message);
  };
  return {
    encode: async (docs, outputPath, existing) => {
      const relative = path.relative(options.repoRoot, path.join(options.outDir, outputPath)).split(path.sep).join('/');
      const { recipients, source } = resolveAgeRecipients({ env: options.env, repoRoot: options.repoRoot, outputPath: relative });
      if (recipients.length === 0) {
        throw new NoRecipientError([
          `no age recipient for ${relative}: Secrets are never written in clear.`,
          'Add one of:',
          `  - a rule in ${path.join(options.repoRoot, '.sops.yaml')}: creation_rules: [{path_regex: '\\.sops\\.ya?ml$', encrypted_regex: '^(data|stringData)$', age: age1...}]`,
          '  - the environment variable SOPS_AGE_RECIPIENTS=age1...',
          '  - for local experiments only: sops_plaintext_output: true in the config',
        ].join('\n'));
      }
      const testKey = recipients.map(publishedTestKey).find((k) => k !== undefined);
      if (testKey && !options.allowTestRecipients) {
        throw new PublishedTestKeyError([
          `refusing to encrypt ${relative} for ${testKey.recipient.slice(0, 16)}..., a published TEST key (from ${source}): `
            + `its private key is public (${testKey.source}), so anyone could decrypt these Secrets.`,
          'Fix it with one of:',
          '  - langfuse-cdk8s init --age-recipient age1... (your cluster\'s public key, "age-keygen -y key.txt"): replaces the test key in .sops.yaml',
          '  - SOPS_AGE_RECIPIENTS=age1... in the environment',
          '  - for a throwaway cluster only: sops_allow_test_key: true in the config',
        ].join('\n'));
      }
      if (testKey) tell(`WARNING: Secret files are encrypted for a published TEST key (${testKey.source}): fine for the shipped example, never for real secrets`);
      if (existing !== undefined && options.identities.length === 0) {
        tell('no age identity (SOPS_AGE_KEY_FILE, SOPS_AGE_KEY or the default key file): encrypted files are written anew on every synth');
      }
      const result = await encryptStable({ docs, recipients, existingText: existing, identities: options.identities });
      return result.text;
    },
  };
}
