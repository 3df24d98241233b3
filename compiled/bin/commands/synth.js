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
exports.UserError = exports.EXIT = void 0;
exports.runSynth = runSynth;
exports.testRecipientsAllowed = testRecipientsAllowed;
exports.chooseEncoder = chooseEncoder;
const path = __importStar(require("path"));
const cdk8s_1 = require("cdk8s");
const config_warnings_1 = require("../../lib/config/config-warnings");
const load_1 = require("../../lib/config/load");
const shipped_examples_1 = require("../../lib/config/shipped-examples");
const errors_1 = require("../../lib/errors");
const to_props_1 = require("../../lib/config/to-props");
const plaintext_encoder_1 = require("../../lib/output/plaintext-encoder");
const sops_encoder_1 = require("../../lib/output/sops-encoder");
const sops_1 = require("../../lib/sops");
const features_1 = require("../../lib/settings/features");
const synth_1 = require("../../lib/synth");
const cli_errors_1 = require("./cli-errors");
const text_table_1 = require("./text-table");
var cli_errors_2 = require("./cli-errors");
Object.defineProperty(exports, "EXIT", { enumerable: true, get: function () { return cli_errors_2.EXIT; } });
/**
 * Validates the config and writes the Flux tree. User mistakes print a message (no stack trace)
 * and return exit code 2; the previous tree is left untouched.
 */
async function runSynth(options) {
    try {
        const configs = (0, load_1.loadConfigFile)(options.configPath);
        if (options.strict)
            (0, config_warnings_1.assertNoInertKeys)(configs, options.configPath);
        // Plaintext output must be asked for by every instance: one instance cannot weaken another.
        const encoder = withProgress(chooseEncoder(configs.every((c) => c.sops_plaintext_output), options, testRecipientsAllowed(configs)));
        progress(`synth: rendering ${options.configPath} (Secret files are encrypted as they are rendered)`);
        const { report, charts, warnings } = await (0, synth_1.synthesizeFluxTree)({
            configs, outDir: options.outDir, encoder, adopt: options.adopt, allowDelete: options.allowDelete,
        });
        for (const warning of warnings)
            console.warn(`WARNING: ${warning}`);
        const outDir = path.relative(process.cwd(), options.outDir) || '.';
        if (charts.length === 0) {
            console.log(`langfuse_enabled is false in ${options.configPath}: no app folder written`);
        }
        console.log(`synth: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed under ${outDir}`);
        if (report.adopted.length > 0)
            console.log(`synth: adopted ${report.adopted.length} files it had not written: ${report.adopted.join(', ')}`);
        for (const chart of charts) {
            const props = (0, to_props_1.toChartProps)(configs.find((c) => c.langfuse_instance_name === chart.appName));
            console.log((0, text_table_1.textTable)([
                ['folder', path.join(outDir, chart.appDirectory)],
                ['files', String(report.written.concat(report.unchanged).filter((f) => f.startsWith(`${chart.appDirectory}/`)).length)],
                ['resources', String(chart.node.findAll().filter(cdk8s_1.ApiObject.isApiObject).length)],
                ['features', props ? (0, features_1.featureSummary)(props).join(', ') : 'none'],
            ], '  '));
        }
        return cli_errors_1.EXIT.ok;
    }
    catch (e) {
        if (e instanceof errors_1.InputError)
            return (0, cli_errors_1.reportInputError)(e);
        throw e;
    }
}
/** A mistake of the user's (usage, arguments) that is reported without a stack trace, exit 2. */
class UserError extends errors_1.InputError {
}
exports.UserError = UserError;
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
    // a caller that does not decide (diff) gets the decision synth would make for the same config
    allowTestRecipients ??= testRecipientsAllowed((0, load_1.loadConfigFile)(options.configPath));
    const identities = (0, sops_1.loadAgeIdentities)(env);
    const sops = (0, sops_encoder_1.sopsEncoder)({
        outDir: options.outDir, repoRoot: options.repoRoot ?? process.cwd(), env, identities, notice: (m) => console.warn(m), allowTestRecipients,
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
