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
exports.computeTreeDiff = computeTreeDiff;
exports.runDiff = runDiff;
const cdk8s_1 = require("cdk8s");
const path = __importStar(require("path"));
const errors_1 = require("../../lib/config/errors");
const load_1 = require("../../lib/config/load");
const flux_tree_1 = require("../../lib/output/flux-tree");
const tree_plan_1 = require("../../lib/output/tree-plan");
const parent_kustomization_1 = require("../../lib/output/parent-kustomization");
const tree_writer_1 = require("../../lib/output/tree-writer");
const unified_diff_1 = require("../../lib/output/unified-diff");
const sops_1 = require("../../lib/sops");
const synth_1 = require("../../lib/synth");
const step_check_1 = require("../../lib/upgrade/step-check");
const caller_paths_1 = require("./caller-paths");
const command_1 = require("./command");
const json_output_1 = require("./json-output");
const synth_2 = require("./synth");
const SECRET_DOCUMENT = /^kind:\s*["']?Secret["']?\s*$/m;
const isSecretFile = (file, ...texts) => file.endsWith('.sops.yaml') || texts.some((t) => t !== undefined && SECRET_DOCUMENT.test(t));
/**
 * What a synth of the config would change under `outDir`, without writing: files it would add or
 * rewrite (and those it would stop at because it did not write them), and files of a previous run
 * it would remove (listed in the ownership manifest with a matching hash). The tree is read with
 * the writer's rules: never through a symbolic link, never outside `outDir`. Secret files are
 * encrypted exactly as synth would (keeping unchanged ones byte for byte when an age identity is
 * available), and their content is never printed.
 */
async function computeTreeDiff(options) {
    const root = (0, tree_writer_1.checkOutDir)(options.outDir);
    const configs = await (0, load_1.loadConfig)(options.configPath, { env: options.env });
    const parentNamespace = (0, parent_kustomization_1.parentNamespaceReader)((p) => (0, tree_writer_1.readTreeFile)(root, p));
    const { app, charts } = (0, synth_1.buildApp)(configs, new cdk8s_1.App(), { parentNamespace });
    // A stage synth would refuse is refused here too.
    const steps = (0, step_check_1.checkUpgradeSteps)(charts, configs, (p) => (0, tree_writer_1.readTreeFile)(options.outDir, p));
    if (steps.problems.length > 0)
        throw new errors_1.ConfigError(options.configPath, steps.problems);
    const encoder = (0, synth_2.chooseEncoder)(configs.every((c) => c.sops_plaintext_output), options, (0, synth_2.testRecipientsAllowed)(configs));
    const files = await (0, flux_tree_1.renderFluxTree)(app.charts, encoder, (p) => (0, tree_writer_1.readTreeFile)(root, p));
    const plan = (0, tree_plan_1.planTreeWrite)(root, files);
    const changes = plan.writes.map((w) => {
        const secret = isSecretFile(w.path, w.existing, w.content);
        return {
            path: w.path,
            kind: w.existing === undefined ? 'added' : 'changed',
            secret,
            diff: secret ? '' : (0, unified_diff_1.unifiedDiff)(w.existing ?? '', w.content, w.path),
            ...(w.unowned ? { unowned: w.unowned } : {}),
        };
    });
    for (const removal of plan.removals) {
        const secret = isSecretFile(removal.path, removal.content);
        changes.push({ path: removal.path, kind: 'removed', secret, diff: secret ? '' : (0, unified_diff_1.unifiedDiff)(removal.content, '', removal.path) });
    }
    const leftovers = (0, tree_writer_1.treeLeftovers)(root).map((l) => `${l.path}: ${l.message}`);
    return {
        changes: changes.sort((a, b) => a.path.localeCompare(b.path)), deletions: (0, tree_writer_1.guardedDeletions)(plan, files, (0, synth_1.retiredApps)(charts), parentNamespace), notes: [...leftovers, ...plan.warnings],
    };
}
/** Prints what a synth would change; 0 when nothing, 1 when something would change, 2 on a bad config. */
async function runDiff(options) {
    const output = options.output ?? json_output_1.TEXT_OUTPUT;
    return output.run('diff', async () => {
        const { changes, deletions, notes } = await computeTreeDiff(options);
        const count = (kind) => changes.filter((c) => c.kind === kind).length;
        const summary = {
            config: { path: path.resolve(options.configPath), source: options.configSource ?? 'option' },
            outDir: path.resolve(options.outDir),
            counts: { added: count('added'), changed: count('changed'), removed: count('removed') },
            changes,
            deletions,
            notes,
        };
        const noIdentity = changes.some((c) => c.secret && c.kind === 'changed') && safeIdentities(options.env ?? process.env) === 0;
        if (output.json) {
            output.result('diff', summary);
            if (noIdentity)
                console.error(NO_IDENTITY_NOTE);
        }
        else {
            printDiff(summary, output, noIdentity);
        }
        return changes.length > 0 ? synth_2.EXIT.failure : synth_2.EXIT.ok;
    });
}
const NO_IDENTITY_NOTE = 'note: no age identity (SOPS_AGE_KEY_FILE, SOPS_AGE_KEY or the default key file), so encrypted files cannot be '
    + 'compared and are re-encrypted: they always show as changed';
function printDiff(summary, output, noIdentity) {
    for (const note of summary.notes)
        output.text(`warning: ${note}`);
    for (const change of summary.changes) {
        const unowned = change.unowned ? ` (${change.unowned}: synth stops here unless --adopt)` : '';
        if (change.secret) {
            output.text(`${change.kind.padEnd(8)} ${change.path} (Secret file: content not shown)${unowned}`);
        }
        else {
            output.text(`${change.kind.padEnd(8)} ${change.path}${unowned}`);
            output.text(change.diff);
        }
    }
    if (summary.deletions.length > 0) {
        output.text('deletes (synth stops here unless --allow-delete; LANGFUSE_ALLOW_DELETE=1 for npx cdk8s synth):');
        for (const d of summary.deletions)
            output.text(`  ${d.path}: ${d.object}: ${d.effect}`);
    }
    const { added, changed, removed } = summary.counts;
    output.text(`diff: ${added} added, ${changed} changed, ${removed} removed under ${(0, caller_paths_1.shownPath)(summary.outDir)}`);
    if (noIdentity)
        output.text(NO_IDENTITY_NOTE);
}
function safeIdentities(env) {
    try {
        return (0, sops_1.loadAgeIdentities)(env).length;
    }
    catch {
        return 0;
    }
}
const USAGE = `usage: langfuse-cdk8s diff [--config FILE] [--out DIR] [--json]

Shows what "synth" would change in an existing tree, without writing: files added, changed (with a
line diff) and removed (files of the previous synth that are no longer emitted and still hold what it
wrote). A changed file synth did not write is marked: synth stops there unless --adopt. Whole Flux apps
and stateful objects (CloudNativePG Cluster, Database, ObjectStore, ClickHouse KeeperCluster and
ClickHouseCluster, the Secrets they read) that the changes delete are listed: synth stops at them
unless --allow-delete. Secret files only say "changed"; their content is never printed. Without an age
identity (SOPS_AGE_KEY_FILE, SOPS_AGE_KEY or ~/.config/sops/age/keys.txt) encrypted files cannot be
compared and always show as changed. Leftovers of an
interrupted synth and manifest entries that are ignored are printed as warnings. The tree is read
like synth reads it: never through a symbolic link, never outside DIR.

  ${command_1.CONFIG_OPTION_HELP}
  --out DIR      the tree to compare with (default: $LANGFUSE_OUT, else ./dist)
  ${json_output_1.JSON_OPTION_HELP}

exit codes (like git diff --exit-code): 0 no change, 1 changes, 2 invalid config or usage`;
/** `langfuse-cdk8s diff`. */
exports.diffCommand = (0, command_1.defineCommand)({
    name: 'diff',
    summary: 'show what synth would change in an existing tree, without writing (exit 1 when it would)',
    usage: USAGE,
    options: { config: { type: 'string', path: true }, out: { type: 'string', path: true } },
    json: true,
}, async ({ values }, output) => {
    const config = (0, command_1.chooseConfig)(values.config);
    return runDiff({ configPath: config.path, configSource: config.source, outDir: values.out ?? (0, command_1.defaultOutDir)(), output });
});
