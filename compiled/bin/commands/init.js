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
const encrypted_config_1 = require("../../lib/config/encrypted-config");
const load_1 = require("../../lib/config/load");
const starter_config_1 = require("../../lib/config/starter-config");
const sops_1 = require("../../lib/sops");
const published_test_keys_1 = require("../../lib/sops/published-test-keys");
const sops_config_1 = require("../../lib/sops/sops-config");
const sops_config_keys_1 = require("../../lib/sops/sops-config-keys");
const shared_paths_1 = require("../../lib/validate/shared-paths");
const caller_paths_1 = require("./caller-paths");
const command_1 = require("./command");
const gitignore_1 = require("./gitignore");
const init_encryption_1 = require("./init-encryption");
const shell_quote_1 = require("../../lib/shell-quote");
const atomic_file_1 = require("./atomic-file");
const synth_1 = require("./synth");
const text_table_1 = require("./text-table");
/** The header comment of a `.sops.yaml` init writes or edits. */
const SOPS_HEADER = [
    ' SOPS rules for langfuse-cdk8s (read by synth, init and the sops CLI): every *.sops.yaml file of the Flux',
    ' tree gets its data/stringData values encrypted for these age recipients (an encrypted config, its secrets).',
].join('\n');
/**
 * The `.sops.yaml` init writes: the rule synth and the sops CLI use for the Flux tree's Secret files,
 * after the rule for the encrypted config when there is one.
 */
function sopsConfigYaml(recipients, configRule) {
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
        `  - path_regex: ${sops_config_keys_1.SECRET_FILES_RULE.path_regex}`,
        `    encrypted_regex: ${sops_config_keys_1.SECRET_FILES_RULE.encrypted_regex}`,
        `    mac_only_encrypted: ${sops_config_keys_1.SECRET_FILES_RULE.mac_only_encrypted}`,
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
function parseRecipients(values, source = '--age-recipient') {
    const recipients = (0, sops_config_1.checkedRecipients)((0, sops_config_1.splitRecipients)(values.join(',')), source);
    recipients.forEach((recipient, i) => {
        const testKey = (0, published_test_keys_1.publishedTestKey)(recipient);
        if (testKey) {
            throw new synth_1.UserError(`${source}, entry ${i + 1}: ${recipient.slice(0, 16)}... is a published TEST key (${testKey.source}): anyone can decrypt `
                + 'what is encrypted for it; give the public key of your cluster\'s own age key ("age-keygen -y key.txt")');
        }
    });
    return [...new Set(recipients)];
}
/**
 * Decides what becomes of `.sops.yaml`, before anything is written: without one, it is written for
 * the given (or asked) recipients; one that holds only published test recipients (or none) gets
 * them replaced by the given ones; one that holds other keys is kept when it already encrypts for
 * exactly the given recipients and refused otherwise. Never leaves a test key in charge.
 */
async function planSopsConfig(sopsPath, options, configRule) {
    const shown = (0, caller_paths_1.shownPath)(sopsPath);
    let recipients = parseRecipients(options.ageRecipients ?? []);
    const ask = async () => {
        if (recipients.length === 0 && options.prompt) {
            recipients = parseRecipients([await options.prompt('age recipient for .sops.yaml (age1..., from "age-keygen -y key.txt"): ')], 'the recipient you typed');
        }
    };
    if (!fs.existsSync(sopsPath)) {
        await ask();
        if (recipients.length === 0) {
            throw new synth_1.UserError([
                `no ${sopsPath} and no age recipient: Secrets are only ever written encrypted, so init needs one.`,
                'Pass --age-recipient age1... (the public key of your cluster\'s age key, "age-keygen -y key.txt"),',
                'or run init in a terminal to be asked.',
            ].join('\n'));
        }
        return { action: 'write', recipients, text: sopsConfigYaml(recipients, configRule), note: `wrote ${shown} for ${count(recipients)}` };
    }
    const held = (0, sops_config_keys_1.sopsConfigKeys)(sopsPath);
    const testKeys = held.ageRecipients.filter((r) => (0, published_test_keys_1.publishedTestKey)(r));
    const onlyTestKeys = held.otherKeys.length === 0 && testKeys.length === held.ageRecipients.length;
    if (onlyTestKeys && (recipients.length > 0 || testKeys.length > 0))
        await ask();
    if (onlyTestKeys && recipients.length > 0) {
        const withRecipients = (0, sops_config_keys_1.withAgeRecipients)(fs.readFileSync(sopsPath, 'utf8'), recipients, SOPS_HEADER);
        const replaced = configRule ? (0, sops_config_keys_1.withFirstRule)(withRecipients, configRule, recipients) : withRecipients;
        assertEncryptsFor(replaced, sopsPath, recipients);
        const what = testKeys.length > 0 ? `the published test recipient${testKeys.length > 1 ? 's' : ''} (${(0, published_test_keys_1.publishedTestKey)(testKeys[0]).source})` : 'no recipient';
        return { action: 'replace', recipients, text: replaced, note: `${shown} held only ${what}: replaced by ${count(recipients)}` };
    }
    const fix = (reason) => new synth_1.UserError([
        `${sopsPath} ${reason}.`,
        `Fix it: edit ${shown} so that the rule for *.sops.yaml files (path_regex: \\.sops\\.ya?ml$) has`,
        `  age: ${recipients.length > 0 ? recipients.join(',') : 'age1... (your cluster\'s public key)'}`,
        `and no other keys, or move ${shown} away and run init again with --age-recipient.`,
    ].join('\n'));
    if (testKeys.length > 0) {
        throw fix(`encrypts for the published TEST key ${testKeys[0].slice(0, 16)}... (${(0, published_test_keys_1.publishedTestKey)(testKeys[0]).source}), whose private key anyone has`
            + (onlyTestKeys ? ', and no recipient was given to replace it' : ', next to other keys'));
    }
    if (recipients.length === 0) {
        return { action: 'keep', note: held.ageRecipients.length === 0 && held.otherKeys.length === 0 ? `${shown} names no recipient: synth needs one; run init again with --age-recipient` : undefined };
    }
    const same = held.otherKeys.length === 0 && new Set(held.ageRecipients).size === recipients.length && recipients.every((r) => held.ageRecipients.includes(r));
    if (!same)
        throw fix(`already names other keys (${[...held.ageRecipients.map((r) => `age ${r.slice(0, 16)}...`), ...held.otherKeys].join(', ')}); init does not change real keys`);
    return { action: 'keep', note: `${shown} already encrypts for ${count(recipients)}; kept` };
}
const count = (recipients) => `${recipients.length} age recipient${recipients.length === 1 ? '' : 's'}`;
/** The file a `.sops.yaml` or `.gitignore` entry should name for a config: relative to the repository, `/`-separated. */
const repoRelative = (repoRoot, file) => path.relative(repoRoot, file).split(path.sep).join('/');
const insideRepo = (repoRoot, file) => !repoRelative(repoRoot, file).startsWith('../') && !path.isAbsolute(path.relative(repoRoot, file));
/**
 * Writes a starter config with freshly generated secrets and a comment for every key, SOPS-encrypted
 * (only the secret values) unless `plaintext`; makes `.sops.yaml` encrypt for the given recipient
 * (see {@link planSopsConfig}) and adds the config's clear-text name to `.gitignore`. Refuses to
 * overwrite a config unless `force`. Nothing is written when anything is refused.
 */
async function runInit(options) {
    return (0, command_1.reportUserErrors)(async () => {
        const env = options.env ?? process.env;
        const configPath = path.resolve(options.configPath);
        const repoRoot = path.resolve(options.repoRoot ?? (0, caller_paths_1.callerDir)(env));
        const encrypted = options.plaintext !== true;
        const sopsNamed = /\.sops\.ya?ml$/.test(configPath);
        if (encrypted && !sopsNamed) {
            throw new synth_1.UserError(`${configPath}: an encrypted config is named *.sops.yaml (so that sops and .sops.yaml rules know it), like `
                + `${path.basename(configPath).replace(/(\.ya?ml)?$/, '.sops.yaml')}; or pass --plaintext for a config in clear`);
        }
        if (!encrypted && sopsNamed)
            throw new synth_1.UserError(`${configPath}: a name ending in .sops.yaml says the file is encrypted, but --plaintext writes it in clear; choose another name`);
        if (fs.existsSync(configPath) && !options.force) {
            throw new synth_1.UserError(`${configPath} already exists; pass --force to overwrite it (its secrets would be replaced by new ones)`);
        }
        const sopsPath = path.join(repoRoot, '.sops.yaml');
        const configRule = encrypted && insideRepo(repoRoot, configPath) ? (0, sops_config_keys_1.configFileRule)(repoRelative(repoRoot, configPath), encrypted_config_1.CONFIG_ENCRYPTED_REGEX) : undefined;
        const plan = await planSopsConfig(sopsPath, options, configRule);
        const schemaFile = path.join((0, shared_paths_1.projectRoot)(), json_schema_1.CONFIG_JSON_SCHEMA_PATH);
        const text = (0, starter_config_1.renderStarterConfig)({
            secrets: (0, generate_secrets_1.generateRequiredSecrets)(),
            optionalSecrets: encrypted ? undefined : (0, generate_secrets_1.generateOptionalSecrets)(),
            domain: options.domain,
            // an editor would check the encrypted values and the sops block against the schema
            schemaPath: encrypted ? undefined : path.relative(path.dirname(configPath), schemaFile).split(path.sep).join('/'),
            encrypted,
        });
        // The starter config must itself be valid; a bad --domain is reported like any config error.
        (0, load_1.parseConfig)((0, yaml_1.parse)(text), configPath);
        const recipients = encrypted ? (0, init_encryption_1.configRecipients)(plan.action === 'keep' ? undefined : plan.text, repoRoot, configPath, env) : [];
        const content = encrypted ? await (0, encrypted_config_1.encryptConfigText)(text, { recipients }) : text;
        const clearName = (0, init_encryption_1.clearConfigPath)(configPath);
        const gitignore = (0, gitignore_1.planGitignore)(repoRoot, clearName, 'the langfuse-cdk8s config in clear holds every secret: never commit it');
        (0, atomic_file_1.writeFileAtomic)(configPath, content, 0o600);
        console.log(encrypted
            ? `init: wrote ${(0, caller_paths_1.shownPath)(configPath)} with freshly generated secrets, SOPS-encrypted for ${count(recipients)} (only the secret values; `
                + 'the rest reads in review)'
            : `init: wrote ${(0, caller_paths_1.shownPath)(configPath)} with freshly generated secrets (file mode 600; never commit it unencrypted)`);
        if (plan.action !== 'keep')
            (0, atomic_file_1.writeFileAtomic)(sopsPath, plan.text, 0o644);
        if (plan.note)
            console.log(`init: ${plan.note}`);
        if (plan.action === 'keep' && configRule) {
            console.log(`init: so that the sops CLI encrypts such a file as init does, give ${(0, caller_paths_1.shownPath)(sopsPath)} a first rule `
                + `path_regex: ${configRule.path_regex}, encrypted_regex: '${configRule.encrypted_regex}', mac_only_encrypted: true (init does not edit real keys)`);
        }
        if (gitignore.action === 'append')
            (0, atomic_file_1.writeFileAtomic)(gitignore.file, gitignore.text, 0o644);
        console.log(`init: ${gitignore.action === 'append' ? `added ${gitignore.entry} to ${(0, caller_paths_1.shownPath)(gitignore.file)}` : gitignore.note}`);
        if (encrypted)
            for (const note of await (0, init_encryption_1.identityNotes)(configPath, recipients, env))
                console.log(`init: ${note}`);
        if (encrypted && fs.existsSync(clearName)) {
            console.log(`init: ${(0, caller_paths_1.shownPath)(clearName)} exists too: commands that find both in a folder ask which one to read (--config) until you remove it`);
        }
        const defaultName = path.join((0, caller_paths_1.callerDir)(env), path.basename(configPath)) === configPath && command_1.LOCAL_CONFIG_NAMES.includes(path.basename(configPath));
        const configArg = defaultName ? '' : ` --config ${(0, shell_quote_1.shellQuote)((0, caller_paths_1.shownPath)(configPath))}`;
        console.log([
            'next:',
            options.domain === undefined
                ? '  set cloudflare_domain (it is "example.com") and turn on the features your cluster has, then run:'
                : '  turn on the features your cluster has (see the comments, or docs/configuration.md), then run:',
            (0, text_table_1.textTable)([
                ...(encrypted ? [[`sops ${(0, shell_quote_1.shellQuote)((0, caller_paths_1.shownPath)(configPath))}`, '# edit it (decrypted in your editor, encrypted again on save)']] : []),
                [`langfuse-cdk8s explain${configArg}`, '# what the config means: hostnames, gates, service names'],
                [`langfuse-cdk8s synth${configArg}`, '# write the Flux tree to dist/'],
                ['langfuse-cdk8s validate', '# check the tree before you commit it'],
            ], '  '),
        ].join('\n'));
        return synth_1.EXIT.ok;
    });
}
/**
 * Checks, before anything is written, that synth will encrypt the tree's Secret files for exactly
 * `recipients` with a `.sops.yaml` of this text: its first rule matching them names them.
 */
function assertEncryptsFor(text, sopsPath, recipients) {
    const resolved = (0, init_encryption_1.withSopsConfigText)(text, (dir) => (0, sops_1.resolveAgeRecipients)({ env: {}, repoRoot: dir, outputPath: 'dist/kubernetes/apps/ns/app/app/secret.sops.yaml' }).recipients);
    if (resolved.length !== recipients.length || !recipients.every((r) => resolved.includes(r))) {
        throw new synth_1.UserError(`${sopsPath}: an earlier creation rule matches the tree's *.sops.yaml files before the one init would set; `
            + 'edit it so that the first rule matching *.sops.yaml files names only your recipient, or move it away and run init again');
    }
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

${command_1.EXIT_CODES_HELP}`;
/** `langfuse-cdk8s init`. */
exports.initCommand = (0, command_1.defineCommand)({
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
        configPath: values.config ?? path.join((0, caller_paths_1.callerDir)(), plaintext ? 'langfuse.yaml' : 'langfuse.sops.yaml'),
        plaintext,
        force: values.force === true,
        ageRecipients: values['age-recipient'],
        domain: values.domain,
        prompt: terminalPrompt(),
    });
});
