import { stringify } from 'yaml';
import { generateAllSecrets } from '../../lib/config/generate-secrets';
import { CliCommand, EXIT_CODES_HELP, positionalCommand } from './command';
import { EXIT, UserError } from './synth';

const USAGE = `usage: langfuse-cdk8s secrets generate

Prints fresh values for every secret variable of the config, ready to paste into it: 44 random
letters and digits for langfuse_nextauth_secret and langfuse_salt, 64 hex characters for
langfuse_encryption_key, URL-safe alphanumeric passwords for Postgres, ClickHouse and Redis (the
chart pastes them unencoded into connection URLs), project API keys for headless initialization
and LiteLLM, and S3 keys to create in RustFS. Nothing is written to disk.

${EXIT_CODES_HELP}`;

/** `secrets generate`: fresh secret values as config YAML on stdout. */
export const secretsCommand: CliCommand = positionalCommand(
  'secrets', 'print fresh values for every secret variable (secrets generate)', USAGE, async (positionals) => {
    if (positionals.length !== 1 || positionals[0] !== 'generate') {
      throw new UserError(`expected "secrets generate" (got "secrets ${positionals.join(' ')}")\n\n${USAGE}`);
    }
    console.log('# Generated secrets: paste into your config, then synthesize (Secrets are SOPS-encrypted in the tree).');
    console.log(stringify(generateAllSecrets()).trimEnd());
    return EXIT.ok;
  },
);
