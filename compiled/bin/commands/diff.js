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
exports.diffCommand = void 0;
exports.computeTreeChanges = computeTreeChanges;
exports.runDiff = runDiff;
const path = __importStar(require("path"));
const errors_1 = require("../../lib/config/errors");
const load_1 = require("../../lib/config/load");
const flux_tree_1 = require("../../lib/output/flux-tree");
const tree_writer_1 = require("../../lib/output/tree-writer");
const unified_diff_1 = require("../../lib/output/unified-diff");
const sops_1 = require("../../lib/sops");
const synth_1 = require("../../lib/synth");
const step_check_1 = require("../../lib/upgrade/step-check");
const command_1 = require("./command");
const synth_2 = require("./synth");
const SECRET_DOCUMENT = /^kind:\s*["']?Secret["']?\s*$/m;
const isSecretFile = (file, ...texts) => file.endsWith('.sops.yaml') || texts.some((t) => t !== undefined && SECRET_DOCUMENT.test(t));
/**
 * What a synth of the config would change under `outDir`, without writing: files it would add or
 * rewrite, and files of a previous run (listed in the ownership manifest) it would remove. Secret
 * files are encrypted exactly as synth would (keeping unchanged ones byte for byte when an age
 * identity is available), and their content is never printed.
 */
async function computeTreeChanges(options) {
    const configs = (0, load_1.loadConfigFile)(options.configPath);
    const { app, charts } = (0, synth_1.buildApp)(configs);
    // A stage synth would refuse is refused here too.
    const steps = (0, step_check_1.checkUpgradeSteps)(charts, configs, (p) => (0, tree_writer_1.readTreeFile)(options.outDir, p));
    if (steps.problems.length > 0)
        throw new errors_1.ConfigError(options.configPath, steps.problems);
    const encoder = (0, synth_2.chooseEncoder)(configs.every((c) => c.sops_plaintext_output), options);
    const files = await (0, flux_tree_1.renderFluxTree)(app.charts, encoder, (p) => (0, tree_writer_1.readTreeFile)(options.outDir, p));
    const changes = [];
    for (const file of files) {
        const existing = (0, tree_writer_1.readTreeFile)(options.outDir, file.path);
        if (existing === file.content)
            continue;
        const secret = isSecretFile(file.path, existing, file.content);
        changes.push({
            path: file.path,
            kind: existing === undefined ? 'added' : 'changed',
            secret,
            diff: secret ? '' : (0, unified_diff_1.unifiedDiff)(existing ?? '', file.content, file.path),
        });
    }
    const emitted = new Set(files.map((f) => f.path));
    for (const owned of ownedFiles(options.outDir)) {
        if (emitted.has(owned))
            continue;
        const existing = (0, tree_writer_1.readTreeFile)(options.outDir, owned);
        if (existing === undefined)
            continue;
        const secret = isSecretFile(owned, existing);
        changes.push({ path: owned, kind: 'removed', secret, diff: secret ? '' : (0, unified_diff_1.unifiedDiff)(existing, '', owned) });
    }
    return changes.sort((a, b) => a.path.localeCompare(b.path));
}
function ownedFiles(outDir) {
    const text = (0, tree_writer_1.readTreeFile)(outDir, tree_writer_1.OWNED_FILES_MANIFEST);
    if (text === undefined)
        return [];
    try {
        const parsed = JSON.parse(text);
        return Array.isArray(parsed) ? parsed.filter((p) => typeof p === 'string') : [];
    }
    catch {
        throw new synth_2.UserError(`${path.join(outDir, tree_writer_1.OWNED_FILES_MANIFEST)} is not valid JSON; remove it or run synth to rewrite it`);
    }
}
/** Prints what a synth would change; 0 when nothing, 1 when something would change, 2 on a bad config. */
async function runDiff(options) {
    return (0, command_1.reportUserErrors)(async () => {
        const changes = await computeTreeChanges(options);
        for (const change of changes) {
            if (change.secret) {
                console.log(`${change.kind.padEnd(8)} ${change.path} (Secret file: content not shown)`);
            }
            else {
                console.log(`${change.kind.padEnd(8)} ${change.path}`);
                console.log(change.diff);
            }
        }
        const count = (kind) => changes.filter((c) => c.kind === kind).length;
        const where = path.relative(process.cwd(), options.outDir) || '.';
        console.log(`diff: ${count('added')} added, ${count('changed')} changed, ${count('removed')} removed under ${where}`);
        if (changes.some((c) => c.secret && c.kind === 'changed') && safeIdentities(options.env ?? process.env) === 0) {
            console.log('note: no age identity (SOPS_AGE_KEY_FILE or SOPS_AGE_KEY), so encrypted files cannot be compared and are re-encrypted: '
                + 'they always show as changed');
        }
        return changes.length > 0 ? synth_2.EXIT.failure : synth_2.EXIT.ok;
    });
}
function safeIdentities(env) {
    try {
        return (0, sops_1.loadAgeIdentities)(env).length;
    }
    catch {
        return 0;
    }
}
const USAGE = `usage: langfuse-cdk8s diff [--config FILE] [--out DIR]

Shows what "synth" would change in an existing tree, without writing: files added, changed (with a
line diff) and removed (files of the previous synth that are no longer emitted). Secret files only
say "changed"; their content is never printed. Without an age identity (SOPS_AGE_KEY_FILE or
SOPS_AGE_KEY) encrypted files cannot be compared and always show as changed.

  ${command_1.CONFIG_OPTION_HELP}
  --out DIR      the tree to compare with (default: $LANGFUSE_OUT, else ./dist)

exit codes (like git diff --exit-code): 0 no change, 1 changes, 2 invalid config or usage`;
/** `langfuse-cdk8s diff`. */
exports.diffCommand = {
    name: 'diff',
    summary: 'show what synth would change in an existing tree, without writing (exit 1 when it would)',
    usage: USAGE,
    run: (args) => (0, command_1.reportUserErrors)(async () => {
        const { values } = (0, command_1.parseCommandArgs)(args, { config: { type: 'string' }, out: { type: 'string' } }, USAGE);
        if (values.help) {
            console.log(USAGE);
            return synth_2.EXIT.ok;
        }
        return runDiff({
            configPath: values.config ?? (0, command_1.defaultConfigPath)(),
            outDir: path.resolve(values.out ?? (0, command_1.defaultOutDir)()),
        });
    }),
};
