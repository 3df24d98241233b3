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
exports.upgradeCommand = void 0;
exports.runUpgradePlan = runUpgradePlan;
exports.runUpgradeNext = runUpgradeNext;
const fs = __importStar(require("fs"));
const path = __importStar(require("path"));
const yaml_1 = require("yaml");
const load_1 = require("../../lib/config/load");
const to_props_1 = require("../../lib/config/to-props");
const tree_writer_1 = require("../../lib/output/tree-writer");
const config_edit_1 = require("../../lib/upgrade/config-edit");
const recorded_step_1 = require("../../lib/upgrade/recorded-step");
const upgrade_path_1 = require("../../lib/upgrade/upgrade-path");
const upgrade_plan_1 = require("../../lib/upgrade/upgrade-plan");
const upgrade_runbook_1 = require("../../lib/upgrade/upgrade-runbook");
const atomic_file_1 = require("./atomic-file");
const command_1 = require("./command");
const synth_1 = require("./synth");
const USAGE = `usage: langfuse-cdk8s upgrade plan [--config FILE] [--out DIR] [--instance NAME]
       langfuse-cdk8s upgrade next [--config FILE] [--out DIR] [--instance NAME] [--skip-backfill] [--confirm-events-only]

The staged way from Langfuse v3 on the bundled ClickHouse to v4 events_only on the ClickHouse
operator (docs/upgrade-v4.md): prepare, copy, freeze, cutover, cleanup, then the v4 write modes.

  plan   prints, per instance, every stage from the config's current state to v4 events_only: the
         config edit, what synth changes, the kubectl checks to pass before the next stage, the
         expected downtime and the rollback
  next   writes the next stage's config edit into the config file (comments and layout kept) and
         prints that stage's checks; it refuses while the tree under --out records another stage
         than the config (synthesize, commit and check the current stage first)

  ${command_1.CONFIG_OPTION_HELP}
  --out DIR              the tree whose recorded stage is checked (default: $LANGFUSE_OUT, else ./dist)
  --instance NAME        only this instance (default: every enabled instance, each from its own stage)
  --skip-backfill        next: from dual write, go to events_only without the historic backfill
  --confirm-events-only  next: write langfuse_v4_events_only_confirmed: true with the move to
                         events_only, the point of no return (next refuses that move without it)

${command_1.EXIT_CODES_HELP}`;
async function plannedInstances(configPath, only) {
    const text = (0, load_1.readConfigText)(configPath);
    const configs = await (0, load_1.loadConfigText)(text, configPath);
    const raw = (0, yaml_1.parse)(text);
    const listed = raw !== null && typeof raw === 'object' && load_1.INSTANCES_KEY in raw;
    const instances = configs.flatMap((config, i) => {
        const props = (0, to_props_1.toChartProps)(config);
        return props ? [{ config, index: listed ? i : undefined, step: (0, upgrade_path_1.upgradeStep)(props) }] : [];
    }).filter((p) => only === undefined || p.config.langfuse_instance_name === only);
    if (only !== undefined && instances.length === 0) {
        throw new synth_1.UserError(`no enabled instance named "${only}" in ${configPath} (instances: ${configs.map((c) => c.langfuse_instance_name).join(', ')})`);
    }
    return { text, instances };
}
const appDirectory = (c) => `${c.flux_apps_path}/${c.langfuse_namespace}/${c.langfuse_instance_name}`;
/** Where the tree under `outDir` disagrees with the config's stage, as a sentence; undefined when it agrees or there is none. */
function treeDisagreement(instance, outDir) {
    const recorded = (0, recorded_step_1.recordedUpgradeStep)(appDirectory(instance.config), (p) => (0, tree_writer_1.readTreeFile)(outDir, p));
    if (recorded.kind === 'unreadable')
        return `${recorded.file}: ${recorded.reason}`;
    if (recorded.kind === 'step' && recorded.step !== instance.step) {
        return `the config is at "${instance.step}" but ${path.join(outDir, recorded.file)} records "${recorded.step}": synthesize and commit the config, and pass its checks`;
    }
    return undefined;
}
/** `upgrade plan`. */
async function runUpgradePlan(configPath, outDir, only) {
    const { instances } = await plannedInstances(configPath, only);
    if (instances.length === 0) {
        console.log(`langfuse_enabled is false in ${configPath}: nothing to upgrade`);
        return synth_1.EXIT.ok;
    }
    const plans = instances.map((instance) => {
        const props = (0, to_props_1.toChartProps)(instance.config);
        const note = treeDisagreement(instance, outDir);
        return [...(note ? [`# NOTE: ${note}`] : []), (0, upgrade_plan_1.renderUpgradePlan)(instance.config.langfuse_instance_name, instance.step, (0, upgrade_runbook_1.upgradeRunbookContext)(props))].join('\n');
    });
    console.log(plans.join('\n\n'));
    return synth_1.EXIT.ok;
}
/** `upgrade next`: the next stage's edit, written into the config file. */
async function runUpgradeNext(configPath, outDir, only, options = {}) {
    const { text, instances } = await plannedInstances(configPath, only);
    const moves = instances.filter((i) => i.step !== upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY).map((instance) => {
        const candidates = (0, upgrade_path_1.nextSteps)(instance.step);
        const to = options.skipBackfill && candidates.includes(upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY) ? upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY : candidates[0];
        return { instance, to };
    });
    const problems = moves.flatMap(({ instance, to }) => {
        const name = instance.config.langfuse_instance_name;
        const disagreement = treeDisagreement(instance, outDir);
        if (disagreement)
            return [`${name}: ${disagreement}`];
        if (to === upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY && !options.confirmEventsOnly) {
            return [`${name}: the next stage is events_only, the point of no return (the v3 tables stop receiving data, legacy SDK ingestion is rejected); `
                    + 'pass its checks (upgrade plan), then run again with --confirm-events-only'];
        }
        return [];
    });
    if (problems.length > 0)
        throw new synth_1.UserError(`upgrade next changed nothing:\n  ${problems.join('\n  ')}`);
    for (const done of instances.filter((i) => i.step === upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY)) {
        console.log(`${done.config.langfuse_instance_name}: already at "${upgrade_path_1.UpgradeStep.V4_EVENTS_ONLY}", the target: nothing to do`);
    }
    if (moves.length === 0)
        return synth_1.EXIT.ok;
    const changes = moves.map(({ instance, to }) => ({ index: instance.index, edits: (0, upgrade_path_1.forwardEdit)(instance.step, to) }));
    const edited = (0, config_edit_1.applyConfigEdits)(text, changes, configPath);
    // The edited file must be a valid config before it replaces the old one (an encrypted one still
    // opens: the stage keys are in clear, outside the values its MAC covers).
    await (0, load_1.loadConfigText)(edited, configPath);
    (0, atomic_file_1.writeFileAtomic)(configPath, edited, fs.statSync(configPath).mode & 0o777);
    for (const { instance, to } of moves) {
        const props = (0, to_props_1.toChartProps)(instance.config);
        const guide = (0, upgrade_runbook_1.upgradeRunbook)((0, upgrade_runbook_1.upgradeRunbookContext)(props)).find((g) => g.step === to);
        console.log([
            `${instance.config.langfuse_instance_name}: "${instance.step}" -> "${to}"; ${configPath} now says:`,
            ...(0, upgrade_runbook_1.editLines)((0, upgrade_path_1.forwardEdit)(instance.step, to)).map((l) => `  ${l}`),
            `then: langfuse-cdk8s synth --config ${configPath}, commit the tree, let Flux apply it`,
            '',
            (0, upgrade_plan_1.renderStepText)(guide, `## ${guide.title} [${to}]`, false),
            '',
        ].join('\n'));
    }
    return synth_1.EXIT.ok;
}
/** `langfuse-cdk8s upgrade`. */
exports.upgradeCommand = (0, command_1.defineCommand)({
    name: 'upgrade',
    summary: 'the staged upgrade from v3 on the bundled ClickHouse to v4: plan every stage, or write the next one into the config',
    usage: USAGE,
    options: {
        'config': { type: 'string', path: true },
        'out': { type: 'string', path: true },
        'instance': { type: 'string' },
        'skip-backfill': { type: 'boolean' },
        'confirm-events-only': { type: 'boolean' },
    },
    positionals: true,
}, async ({ values, positionals }) => {
    const [action, ...extra] = positionals;
    if ((action !== 'plan' && action !== 'next') || extra.length > 0)
        throw new synth_1.UserError(`expected "plan" or "next" (got ${positionals.length > 0 ? `"${positionals.join(' ')}"` : 'nothing'})\n\n${USAGE}`);
    const configPath = (0, command_1.chooseConfig)(values.config).path;
    const outDir = values.out ?? (0, command_1.defaultOutDir)();
    const only = values.instance;
    if (action === 'plan') {
        if (values['skip-backfill'] || values['confirm-events-only'])
            throw new synth_1.UserError(`--skip-backfill and --confirm-events-only belong to "upgrade next"\n\n${USAGE}`);
        return runUpgradePlan(configPath, outDir, only);
    }
    return runUpgradeNext(configPath, outDir, only, { skipBackfill: Boolean(values['skip-backfill']), confirmEventsOnly: Boolean(values['confirm-events-only']) });
});
