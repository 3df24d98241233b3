"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.initCommand = void 0;
exports.sopsConfigYaml = sopsConfigYaml;
exports.parseRecipients = parseRecipients;
exports.runInit = runInit;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const readline_1 = require("readline");
const yaml_1 = require("yaml");
const generate_secrets_1 = require("../../lib/config/generate-secrets");
const json_schema_1 = require("../../lib/config/json-schema");
const load_1 = require("../../lib/config/load");
const starter_config_1 = require("../../lib/config/starter-config");
const shared_paths_1 = require("../../lib/validate/shared-paths");
const command_1 = require("./command");
const synth_1 = require("./synth");
const text_table_1 = require("./text-table");
/** An age X25519 or post-quantum recipient. */
const AGE_RECIPIENT = /^age1[02-9ac-hj-np-z]{50,}$/;
/** The `.sops.yaml` init writes: the rule synth and the sops CLI use for the Flux tree's Secret files. */
function sopsConfigYaml(recipients) {
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
function parseRecipients(values) {
    const recipients = values.flatMap((v) => v.split(',')).map((r) => r.trim()).filter((r) => r !== '');
    for (const recipient of recipients) {
        if (!AGE_RECIPIENT.test(recipient)) {
            throw new synth_1.UserError(`invalid age recipient "${recipient}": expected a public key starting with "age1" `
                + '(age-keygen prints it as "Public key: age1...")');
        }
    }
    return recipients;
}
function writeFileAtomic(file, text, mode) {
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
async function runInit(options) {
    return (0, command_1.reportUserErrors)(async () => {
        const configPath = path.resolve(options.configPath);
        const repoRoot = path.resolve(options.repoRoot ?? process.cwd());
        if (fs.existsSync(configPath) && !options.force) {
            throw new synth_1.UserError(`${options.configPath} already exists; pass --force to overwrite it (its secrets would be replaced by new ones)`);
        }
        const sopsPath = path.join(repoRoot, '.sops.yaml');
        let recipients;
        if (!fs.existsSync(sopsPath)) {
            recipients = parseRecipients(options.ageRecipients ?? []);
            if (recipients.length === 0 && options.prompt) {
                recipients = parseRecipients([await options.prompt('age recipient for .sops.yaml (age1..., from "age-keygen -y key.txt"): ')]);
            }
            if (recipients.length === 0) {
                throw new synth_1.UserError([
                    `no ${sopsPath} and no age recipient: Secrets are only ever written encrypted, so init needs one.`,
                    'Pass --age-recipient age1... (the public key of your cluster\'s age key, "age-keygen -y key.txt"),',
                    'or run init in a terminal to be asked.',
                ].join('\n'));
            }
        }
        else if (options.ageRecipients && options.ageRecipients.length > 0) {
            console.warn(`${sopsPath} exists and is kept; --age-recipient is not used (edit its creation_rules to change recipients)`);
        }
        const schemaFile = path.join((0, shared_paths_1.projectRoot)(), json_schema_1.CONFIG_JSON_SCHEMA_PATH);
        const text = (0, starter_config_1.renderStarterConfig)({
            secrets: (0, generate_secrets_1.generateRequiredSecrets)(),
            optionalSecrets: (0, generate_secrets_1.generateOptionalSecrets)(),
            domain: options.domain,
            schemaPath: path.relative(path.dirname(configPath), schemaFile).split(path.sep).join('/'),
        });
        // The starter config must itself be valid; a bad --domain is reported like any config error.
        (0, load_1.parseConfig)((0, yaml_1.parse)(text), options.configPath);
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
            (0, text_table_1.textTable)([
                [`langfuse-cdk8s explain${configArg}`, '# what the config means: hostnames, gates, service names'],
                [`langfuse-cdk8s synth${configArg}`, '# write the Flux tree to dist/'],
                ['langfuse-cdk8s validate', '# check the tree before you commit it'],
            ], '  '),
        ].join('\n'));
        return synth_1.EXIT.ok;
    });
}
/** A prompt on the terminal, or undefined when stdin is not one. */
function terminalPrompt() {
    if (!process.stdin.isTTY)
        return undefined;
    return (question) => new Promise((resolve) => {
        const rl = (0, readline_1.createInterface)({ input: process.stdin, output: process.stderr });
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

${command_1.EXIT_CODES_HELP}`;
/** `langfuse-cdk8s init`. */
exports.initCommand = {
    name: 'init',
    summary: 'write a starter config with fresh secrets and comments for every key, and a .sops.yaml',
    usage: USAGE,
    run: (args) => (0, command_1.reportUserErrors)(async () => {
        const { values } = (0, command_1.parseCommandArgs)(args, {
            'config': { type: 'string' },
            'age-recipient': { type: 'string', multiple: true },
            'domain': { type: 'string' },
            'force': { type: 'boolean' },
        }, USAGE);
        if (values.help) {
            console.log(USAGE);
            return synth_1.EXIT.ok;
        }
        return runInit({
            configPath: values.config ?? 'langfuse.yaml',
            force: values.force === true,
            ageRecipients: values['age-recipient'],
            domain: values.domain,
            prompt: terminalPrompt(),
        });
    }),
};
