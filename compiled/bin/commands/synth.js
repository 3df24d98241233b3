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
exports.synthCommand = exports.UserError = exports.EXIT = void 0;
exports.runSynth = runSynth;
exports.testRecipientsAllowed = testRecipientsAllowed;
exports.chooseEncoder = chooseEncoder;
const path = __importStar(require("path"));
const cdk8s_1 = require("cdk8s");
const config_warnings_1 = require("../../lib/config/config-warnings");
const load_1 = require("../../lib/config/load");
const shipped_examples_1 = require("../../lib/config/shipped-examples");
const to_props_1 = require("../../lib/config/to-props");
const cdk8s_out_dir_1 = require("../../lib/output/cdk8s-out-dir");
const plaintext_encoder_1 = require("../../lib/output/plaintext-encoder");
const sops_encoder_1 = require("../../lib/output/sops-encoder");
const sops_1 = require("../../lib/sops");
const features_1 = require("../../lib/settings/features");
const synth_1 = require("../../lib/synth");
const caller_paths_1 = require("./caller-paths");
const cli_errors_1 = require("./cli-errors");
const cdk8s_app_1 = require("./cdk8s-app");
const command_1 = require("./command");
const json_output_1 = require("./json-output");
const text_table_1 = require("./text-table");
var cli_errors_2 = require("./cli-errors");
Object.defineProperty(exports, "EXIT", { enumerable: true, get: function () { return cli_errors_2.EXIT; } });
/**
 * Validates the config and writes the Flux tree, then prints what it did (the config it read,
 * the counts, every Flux app folder, and per instance its folder, profile, files, resources and
 * features), or, under `--json`, the {@link SynthSummary}. User mistakes print a message (no stack
 * trace) and return exit code 2; the previous tree is left untouched.
 */
async function runSynth(options) {
    const output = options.output ?? json_output_1.TEXT_OUTPUT;
    return output.run('synth', async () => {
        const env = options.env ?? process.env;
        const configPath = path.resolve(options.configPath);
        const configSource = options.configSource ?? 'option';
        const configs = await (0, load_1.loadConfig)(configPath, { env });
        if (options.strict)
            (0, config_warnings_1.assertNoInertKeys)(configs, configPath);
        // Plaintext output must be asked for by every instance: one instance cannot weaken another.
        const encoder = withProgress(chooseEncoder(configs.every((c) => c.sops_plaintext_output), options, testRecipientsAllowed(configs)));
        progress(`synth: rendering ${configPath} (Secret files are encrypted as they are rendered)`);
        const { report, charts, warnings } = await (0, synth_1.synthesizeFluxTree)({
            configs, outDir: options.outDir, encoder, adopt: options.adopt, allowDelete: options.allowDelete, configSource: configPath,
        });
        for (const warning of warnings)
            console.warn(`WARNING: ${warning}`);
        const present = [...report.written, ...report.unchanged];
        const summary = {
            config: { path: configPath, source: configSource },
            outDir: path.resolve(options.outDir),
            folders: present.filter((f) => f === 'ks.yaml' || f.endsWith('/ks.yaml')).map((f) => path.posix.dirname(f)).sort(),
            files: { written: report.written, unchanged: report.unchanged, removed: report.removed, adopted: report.adopted },
            instances: charts.map((chart) => {
                const config = configs.find((c) => c.langfuse_instance_name === chart.appName);
                const props = (0, to_props_1.toChartProps)(config);
                return {
                    name: chart.appName,
                    namespace: chart.names.namespace,
                    profile: config.langfuse_profile,
                    folder: chart.appDirectory,
                    files: present.filter((f) => f.startsWith(`${chart.appDirectory}/`)).length,
                    resources: chart.node.findAll().filter(cdk8s_1.ApiObject.isApiObject).length,
                    features: props ? (0, features_1.featureSummary)(props) : [],
                };
            }),
            warnings,
        };
        if (output.json)
            output.result('synth', summary);
        else
            printSynthSummary(summary, output);
        return cli_errors_1.EXIT.ok;
    });
}
/** The text summary of a synth. */
function printSynthSummary(summary, output) {
    const outDir = (0, caller_paths_1.shownPath)(summary.outDir);
    const { written, unchanged, removed, adopted } = summary.files;
    output.text(`synth: ${(0, command_1.describeConfigChoice)(summary.config)}`);
    if (summary.instances.length === 0)
        output.text(`langfuse_enabled is false in ${(0, caller_paths_1.shownPath)(summary.config.path)}: no app folder written`);
    const folders = summary.folders.length;
    output.text(`synth: ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed under ${outDir}`
        + `${folders > 0 ? `, in ${folders} Flux app folder${folders === 1 ? '' : 's'}:` : ''}`);
    for (const folder of summary.folders)
        output.text(`  ${path.join(outDir, folder)}`);
    if (adopted.length > 0)
        output.text(`synth: adopted ${adopted.length} files it had not written: ${adopted.join(', ')}`);
    for (const instance of summary.instances) {
        output.text((0, text_table_1.textTable)([
            ['instance', instance.name],
            ['folder', path.join(outDir, instance.folder)],
            ['profile', instance.profile],
            ['files', String(instance.files)],
            ['resources', String(instance.resources)],
            ['features', instance.features.join(', ') || 'none'],
        ], '  '));
    }
}
var cli_errors_3 = require("./cli-errors");
Object.defineProperty(exports, "UserError", { enumerable: true, get: function () { return cli_errors_3.UserError; } });
/**
 * Whether Secrets may be encrypted for a published test recipient: every instance opts in with
 * `sops_allow_test_key: true` (one instance cannot weaken another), or the configs hold only the
 * shipped examples' published secrets.
 */
function testRecipientsAllowed(configs) {
    return configs.every((c) => c.sops_allow_test_key) || (0, shipped_examples_1.usesOnlyShippedExampleSecrets)(configs);
}
/** Progress of the slow steps, on stderr and only on a terminal (logs and tests get the summary only). */
function progress(message) {
    if (process.stderr.isTTY)
        console.error(message);
}
/** Reports each Secret file as it is encrypted, the one slow step of a synth. */
function withProgress(encoder) {
    return {
        encode: (docs, outputPath, existing) => {
            progress(`synth: encrypting ${outputPath} (${docs.length} Secret${docs.length === 1 ? '' : 's'})`);
            return encoder.encode(docs, outputPath, existing);
        },
    };
}
/**
 * SOPS encryption for every Secret file; only when no recipient is configured and the config asks
 * for it explicitly are Secrets written in clear, loudly. Published test recipients are refused
 * unless `allowTestRecipients` (see {@link testRecipientsAllowed}).
 */
function chooseEncoder(plaintextAllowed, options, allowTestRecipients) {
    const env = options.env ?? process.env;
    const identities = (0, sops_1.loadAgeIdentities)(env);
    const sops = (0, sops_encoder_1.sopsEncoder)({
        outDir: options.outDir, repoRoot: options.repoRoot ?? (0, caller_paths_1.callerDir)(env), env, identities, notice: (m) => console.warn(m), allowTestRecipients,
    });
    if (!plaintextAllowed)
        return sops;
    return {
        encode: async (docs, outputPath, existing) => {
            try {
                return await sops.encode(docs, outputPath, existing);
            }
            catch (e) {
                if (!(e instanceof sops_encoder_1.NoRecipientError))
                    throw e;
                console.warn(`WARNING: no age recipient and sops_plaintext_output is on: ${outputPath} is written UNENCRYPTED. Never commit it.`);
                return plaintext_encoder_1.plaintextEncoder.encode(docs, outputPath, existing);
            }
        },
    };
}
const USAGE = `usage: langfuse-cdk8s synth [--config FILE] [--out DIR] [--adopt] [--allow-delete] [--strict] [--json]

  ${command_1.CONFIG_OPTION_HELP}
  --out DIR      output root of the Flux tree (default: $LANGFUSE_OUT, else ./dist); never a system folder,
                 a symbolic link or a file
  --adopt        take over files at paths synth writes that it did not write itself (hand-written or
                 templated manifests): they are overwritten and owned from then on. Without it, such files
                 stop synth before anything is written, and are named
  --allow-delete remove what the config no longer has even when it is a whole Flux app (a ks.yaml: Flux
                 prunes everything it applied) or a stateful object (a CloudNativePG Cluster, Database or
                 ObjectStore, a ClickHouse KeeperCluster or ClickHouseCluster, a Secret they read).
                 Without it such a synth stops before writing and lists them (exit 2)
  --strict       keys the config sets that do nothing (langfuse_sso_enabled without keycloak_enabled, ...)
                 are errors (exit 2) instead of warnings
  ${json_output_1.JSON_OPTION_HELP}

Says which config it read, then prints a summary: the files written, unchanged and removed, every Flux
app folder of the tree, and per instance its folder, profile, files, resources and features. Relative
paths are taken from the folder you ran the command in (with "npm run cli --" too). A bad config
changes nothing. Only files synth wrote (listed with their hash in DIR/.langfuse-cdk8s-files.json) are
ever replaced or removed, never through a symbolic link; each namespace folder's kustomization.yaml,
which lists the apps' ks.yaml for Flux, is created when missing and otherwise only merged into (its
other entries and comments are kept; a hand-written one that lacks an entry stops synth with the lines
to add, or is merged with --adopt). The tree switches from the complete old tree to the complete new
one: an interrupted synth is completed (or its staging folder removed) by the next one. Concurrent
synths into one DIR take turns (lock file DIR/.langfuse-cdk8s.lock; a waiting synth gives up after
60 s). Run by "cdk8s synth" (as this checkout's cdk8s.yaml does), it prints the summary on stderr and
leaves a marker in cdk8s' output folder (the README's quick start says why); LANGFUSE_ADOPT=1,
LANGFUSE_ALLOW_DELETE=1 and LANGFUSE_STRICT=1 are --adopt, --allow-delete and --strict there.

exit codes: 0 success, 1 unexpected failure, 2 invalid config or usage, an unowned file, a link in the
tree, an unsafe --out, a lock held too long or a deletion without --allow-delete`;
const synthBody = (0, command_1.defineCommand)({
    name: 'synth',
    summary: 'config -> Flux tree (default config: ./langfuse.yaml, ./langfuse.sops.yaml or the example; output: ./dist)',
    usage: USAGE,
    options: {
        config: { type: 'string', path: true }, out: { type: 'string', path: true }, adopt: { type: 'boolean' },
        'allow-delete': { type: 'boolean' }, strict: { type: 'boolean' },
    },
    json: true,
    textToStderr: () => (0, cdk8s_out_dir_1.cdk8sAppOutDir)() !== undefined,
}, async ({ values }, output) => {
    const config = (0, command_1.chooseConfig)(values.config);
    const outDir = values.out ?? (0, command_1.defaultOutDir)();
    return runSynth({
        configPath: config.path, configSource: config.source, outDir, output,
        adopt: values.adopt === true, allowDelete: values['allow-delete'] === true, strict: values.strict === true,
    });
});
/** `langfuse-cdk8s synth` (and, through main.ts, `npx cdk8s synth`, where it ends as bin/commands/cdk8s-app.ts says). */
exports.synthCommand = {
    ...synthBody,
    run: async (args) => {
        const cdk8sOut = (0, cdk8s_out_dir_1.cdk8sAppOutDir)();
        const code = await synthBody.run(args);
        return cdk8sOut === undefined ? code : (0, cdk8s_app_1.endCdk8sApp)(code, cdk8sOut);
    },
};
