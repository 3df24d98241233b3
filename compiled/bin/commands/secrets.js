"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.secretsCommand = void 0;
const yaml_1 = require("yaml");
const generate_secrets_1 = require("../../lib/config/generate-secrets");
const command_1 = require("./command");
const synth_1 = require("./synth");
const USAGE = `usage: langfuse-cdk8s secrets generate

Prints fresh values for every secret variable of the config, ready to paste into it: 44 random
letters and digits for langfuse_nextauth_secret and langfuse_salt, 64 hex characters for
langfuse_encryption_key, URL-safe alphanumeric passwords for Postgres, ClickHouse and Redis (the
chart pastes them unencoded into connection URLs), project API keys for headless initialization
and LiteLLM, and S3 keys to create in RustFS. Nothing is written to disk.

${command_1.EXIT_CODES_HELP}`;
/** `secrets generate`: fresh secret values as config YAML on stdout. */
exports.secretsCommand = (0, command_1.positionalCommand)('secrets', 'print fresh values for every secret variable (secrets generate)', USAGE, async (positionals) => {
    if (positionals.length !== 1 || positionals[0] !== 'generate') {
        throw new synth_1.UserError(`expected "secrets generate" (got "secrets ${positionals.join(' ')}")\n\n${USAGE}`);
    }
    console.log('# Generated secrets: paste into your config, then synthesize (Secrets are SOPS-encrypted in the tree).');
    console.log((0, yaml_1.stringify)((0, generate_secrets_1.generateAllSecrets)()).trimEnd());
    return synth_1.EXIT.ok;
});
