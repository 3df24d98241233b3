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
const crypto_1 = require("crypto");
const fs = __importStar(require("fs"));
const os = __importStar(require("os"));
const path = __importStar(require("path"));
const readline_1 = require("readline");
const yaml_1 = require("yaml");
const generate_secrets_1 = require("../../lib/config/generate-secrets");
const json_schema_1 = require("../../lib/config/json-schema");
const load_1 = require("../../lib/config/load");
const starter_config_1 = require("../../lib/config/starter-config");
const sops_1 = require("../../lib/sops");
const published_test_keys_1 = require("../../lib/sops/published-test-keys");
const resolve_age_recipients_1 = require("../../lib/sops/resolve-age-recipients");
const sops_config_keys_1 = require("../../lib/sops/sops-config-keys");
const shared_paths_1 = require("../../lib/validate/shared-paths");
const command_1 = require("./command");
const shell_quote_1 = require("../../lib/shell-quote");
const synth_1 = require("./synth");
const text_table_1 = require("./text-table");
/** The header comment of a `.sops.yaml` init writes or edits. */
const SOPS_HEADER = [
    ' SOPS rules for the Flux tree written by langfuse-cdk8s (read by synth and by the sops CLI).',
    ' Every *.sops.yaml file gets its data/stringData values encrypted for these age recipients.',
].join('\n');
/** The `.sops.yaml` init writes: the rule synth and the sops CLI use for the Flux tree's Secret files. */
function sopsConfigYaml(recipients) {
    return [
        ...SOPS_HEADER.split('\n').map((l) => `#${l}`),
        'creation_rules:',
        `  - path_regex: ${sops_config_keys_1.SECRET_FILES_RULE.path_regex}`,
        `    encrypted_regex: ${sops_config_keys_1.SECRET_FILES_RULE.encrypted_regex}`,
        `    mac_only_encrypted: ${sops_config_keys_1.SECRET_FILES_RULE.mac_only_encrypted}`,
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
function parseRecipients(values, source = '--age-recipient') {
    const recipients = (0, resolve_age_recipients_1.checkedRecipients)((0, resolve_age_recipients_1.splitRecipients)(values.join(',')), source);
    recipients.forEach((recipient, i) => {
        const testKey = (0, published_test_keys_1.publishedTestKey)(recipient);
        if (testKey) {
            throw new synth_1.UserError(`${source}, entry ${i + 1}: ${recipient.slice(0, 16)}... is a published TEST key (${testKey.source}): anyone can decrypt `
                + 'what is encrypted for it; give the public key of your cluster\'s own age key ("age-keygen -y key.txt")');
        }
    });
    return [...new Set(recipients)];
}
/** Writes a file through a temporary file that is created exclusively (a planted file or symlink makes it fail, never redirects it). */
function writeFileAtomic(file, text, mode) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${(0, crypto_1.randomBytes)(8).toString('hex')}`);
    fs.writeFileSync(temp, text, { mode, flag: 'wx' });
    try {
        fs.renameSync(temp, file);
    }
    catch (e) {
        fs.rmSync(temp, { force: true });
        throw e;
    }
}
/**
 * Decides what becomes of `.sops.yaml`, before anything is written: without one, it is written for
 * the given (or asked) recipients; one that holds only published test recipients (or none) gets
 * them replaced by the given ones; one that holds other keys is kept when it already encrypts for
 * exactly the given recipients and refused otherwise. Never leaves a test key in charge.
 */
async function planSopsConfig(sopsPath, options) {
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
            throw new synth_1.UserError([
                `no ${sopsPath} and no age recipient: Secrets are only ever written encrypted, so init needs one.`,
                'Pass --age-recipient age1... (the public key of your cluster\'s age key, "age-keygen -y key.txt"),',
                'or run init in a terminal to be asked.',
            ].join('\n'));
        }
        return { action: 'write', recipients, text: sopsConfigYaml(recipients), note: `wrote ${shown} for ${count(recipients)}` };
    }
    const held = (0, sops_config_keys_1.sopsConfigKeys)(sopsPath);
    const testKeys = held.ageRecipients.filter((r) => (0, published_test_keys_1.publishedTestKey)(r));
    const onlyTestKeys = held.otherKeys.length === 0 && testKeys.length === held.ageRecipients.length;
    if (onlyTestKeys && (recipients.length > 0 || testKeys.length > 0))
        await ask();
    if (onlyTestKeys && recipients.length > 0) {
        const replaced = (0, sops_config_keys_1.withAgeRecipients)(fs.readFileSync(sopsPath, 'utf8'), recipients, SOPS_HEADER);
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
/**
 * Writes a starter config with freshly generated secrets and a comment for every key, and makes
 * `.sops.yaml` encrypt for the given recipient (see {@link planSopsConfig}). Refuses to overwrite
 * a config unless `force`. Nothing is written when anything is refused.
 */
async function runInit(options) {
    return (0, command_1.reportUserErrors)(async () => {
        const configPath = path.resolve(options.configPath);
        const repoRoot = path.resolve(options.repoRoot ?? process.cwd());
        if (fs.existsSync(configPath) && !options.force) {
            throw new synth_1.UserError(`${options.configPath} already exists; pass --force to overwrite it (its secrets would be replaced by new ones)`);
        }
        const sopsPath = path.join(repoRoot, '.sops.yaml');
        const plan = await planSopsConfig(sopsPath, options);
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
        if (plan.action !== 'keep')
            writeFileAtomic(sopsPath, plan.text, 0o644);
        if (plan.note)
            console.log(`init: ${plan.note}`);
        const configArg = path.relative(process.cwd(), configPath) === 'langfuse.yaml' ? '' : ` --config ${(0, shell_quote_1.shellQuote)(options.configPath)}`;
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
/**
 * Checks, before anything is written, that synth will encrypt the tree's Secret files for exactly
 * `recipients` with a `.sops.yaml` of this text: its first rule matching them names them.
 */
function assertEncryptsFor(text, sopsPath, recipients) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'langfuse-cdk8s-init-'));
    try {
        fs.writeFileSync(path.join(dir, '.sops.yaml'), text);
        const resolved = (0, sops_1.resolveAgeRecipients)({ env: {}, repoRoot: dir, outputPath: 'dist/kubernetes/apps/ns/app/app/secret.sops.yaml' }).recipients;
        if (resolved.length !== recipients.length || !recipients.every((r) => resolved.includes(r))) {
            throw new synth_1.UserError(`${sopsPath}: an earlier creation rule matches the tree's *.sops.yaml files before the one init would set; `
                + 'edit it so that the first rule matching *.sops.yaml files names only your recipient, or move it away and run init again');
        }
    }
    finally {
        fs.rmSync(dir, { recursive: true, force: true });
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
