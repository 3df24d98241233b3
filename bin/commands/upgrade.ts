import * as fs from 'fs';
import * as path from 'path';
import { parse } from 'yaml';
import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { INSTANCES_KEY, loadConfigText, readConfigText } from '../../lib/config/load';
import { toChartProps } from '../../lib/config/to-props';
import { readTreeFile } from '../../lib/output/tree-writer';
import { applyConfigEdits, InstanceConfigEdit } from '../../lib/upgrade/config-edit';
import { recordedUpgradeStep } from '../../lib/upgrade/recorded-step';
import { forwardEdit, nextSteps, upgradeStep, UpgradeStep } from '../../lib/upgrade/upgrade-path';
import { renderStepText, renderUpgradePlan } from '../../lib/upgrade/upgrade-plan';
import { editLines, upgradeRunbook, upgradeRunbookContext } from '../../lib/upgrade/upgrade-runbook';
import { writeFileAtomic } from './atomic-file';
import { chooseConfig, CliCommand, CONFIG_OPTION_HELP, defaultOutDir, defineCommand, EXIT_CODES_HELP } from './command';
import { EXIT, UserError } from './synth';

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

  ${CONFIG_OPTION_HELP}
  --out DIR              the tree whose recorded stage is checked (default: $LANGFUSE_OUT, else ./dist)
  --instance NAME        only this instance (default: every enabled instance, each from its own stage)
  --skip-backfill        next: from dual write, go to events_only without the historic backfill
  --confirm-events-only  next: write langfuse_v4_events_only_confirmed: true with the move to
                         events_only, the point of no return (next refuses that move without it)

${EXIT_CODES_HELP}`;

/** An enabled instance of the config, with where it stands. */
interface PlannedInstance {
  readonly config: LangfuseConfig;
  /** Index in `instances`, when the file has that list. */
  readonly index?: number;
  readonly step: UpgradeStep;
}

async function plannedInstances(configPath: string, only: string | undefined): Promise<{ text: string; instances: PlannedInstance[] }> {
  const text = readConfigText(configPath);
  const configs = await loadConfigText(text, configPath);
  const raw = parse(text) as Record<string, unknown>;
  const listed = raw !== null && typeof raw === 'object' && INSTANCES_KEY in raw;
  const instances = configs.flatMap((config, i) => {
    const props = toChartProps(config);
    return props ? [{ config, index: listed ? i : undefined, step: upgradeStep(props) }] : [];
  }).filter((p) => only === undefined || p.config.langfuse_instance_name === only);
  if (only !== undefined && instances.length === 0) {
    throw new UserError(`no enabled instance named "${only}" in ${configPath} (instances: ${configs.map((c) => c.langfuse_instance_name).join(', ')})`);
  }
  return { text, instances };
}

const appDirectory = (c: LangfuseConfig) => `${c.flux_apps_path}/${c.langfuse_namespace}/${c.langfuse_instance_name}`;

/** Where the tree under `outDir` disagrees with the config's stage, as a sentence; undefined when it agrees or there is none. */
function treeDisagreement(instance: PlannedInstance, outDir: string): string | undefined {
  const recorded = recordedUpgradeStep(appDirectory(instance.config), (p) => readTreeFile(outDir, p));
  if (recorded.kind === 'unreadable') return `${recorded.file}: ${recorded.reason}`;
  if (recorded.kind === 'step' && recorded.step !== instance.step) {
    return `the config is at "${instance.step}" but ${path.join(outDir, recorded.file)} records "${recorded.step}": synthesize and commit the config, and pass its checks`;
  }
  return undefined;
}

/** `upgrade plan`. */
export async function runUpgradePlan(configPath: string, outDir: string, only?: string): Promise<number> {
  const { instances } = await plannedInstances(configPath, only);
  if (instances.length === 0) {
    console.log(`langfuse_enabled is false in ${configPath}: nothing to upgrade`);
    return EXIT.ok;
  }
  const plans = instances.map((instance) => {
    const props = toChartProps(instance.config)!;
    const note = treeDisagreement(instance, outDir);
    return [...(note ? [`# NOTE: ${note}`] : []), renderUpgradePlan(instance.config.langfuse_instance_name, instance.step, upgradeRunbookContext(props))].join('\n');
  });
  console.log(plans.join('\n\n'));
  return EXIT.ok;
}

/** Options of `upgrade next`. */
export interface UpgradeNextOptions {
  readonly skipBackfill?: boolean;
  readonly confirmEventsOnly?: boolean;
}

/** `upgrade next`: the next stage's edit, written into the config file. */
export async function runUpgradeNext(configPath: string, outDir: string, only: string | undefined, options: UpgradeNextOptions = {}): Promise<number> {
  const { text, instances } = await plannedInstances(configPath, only);
  const moves = instances.filter((i) => i.step !== UpgradeStep.V4_EVENTS_ONLY).map((instance) => {
    const candidates = nextSteps(instance.step);
    const to = options.skipBackfill && candidates.includes(UpgradeStep.V4_EVENTS_ONLY) ? UpgradeStep.V4_EVENTS_ONLY : candidates[0];
    return { instance, to };
  });
  const problems = moves.flatMap(({ instance, to }) => {
    const name = instance.config.langfuse_instance_name;
    const disagreement = treeDisagreement(instance, outDir);
    if (disagreement) return [`${name}: ${disagreement}`];
    if (to === UpgradeStep.V4_EVENTS_ONLY && !options.confirmEventsOnly) {
      return [`${name}: the next stage is events_only, the point of no return (the v3 tables stop receiving data, legacy SDK ingestion is rejected); `
        + 'pass its checks (upgrade plan), then run again with --confirm-events-only'];
    }
    return [];
  });
  if (problems.length > 0) throw new UserError(`upgrade next changed nothing:\n  ${problems.join('\n  ')}`);
  for (const done of instances.filter((i) => i.step === UpgradeStep.V4_EVENTS_ONLY)) {
    console.log(`${done.config.langfuse_instance_name}: already at "${UpgradeStep.V4_EVENTS_ONLY}", the target: nothing to do`);
  }
  if (moves.length === 0) return EXIT.ok;

  const changes: InstanceConfigEdit[] = moves.map(({ instance, to }) => ({ index: instance.index, edits: forwardEdit(instance.step, to) }));
  const edited = applyConfigEdits(text, changes, configPath);
  // The edited file must be a valid config before it replaces the old one (an encrypted one still
  // opens: the stage keys are in clear, outside the values its MAC covers).
  await loadConfigText(edited, configPath);
  writeFileAtomic(configPath, edited, fs.statSync(configPath).mode & 0o777);

  for (const { instance, to } of moves) {
    const props = toChartProps(instance.config)!;
    const guide = upgradeRunbook(upgradeRunbookContext(props)).find((g) => g.step === to)!;
    console.log([
      `${instance.config.langfuse_instance_name}: "${instance.step}" -> "${to}"; ${configPath} now says:`,
      ...editLines(forwardEdit(instance.step, to)).map((l) => `  ${l}`),
      `then: langfuse-cdk8s synth --config ${configPath}, commit the tree, let Flux apply it`,
      '',
      renderStepText(guide, `## ${guide.title} [${to}]`, false),
      '',
    ].join('\n'));
  }
  return EXIT.ok;
}

/** `langfuse-cdk8s upgrade`. */
export const upgradeCommand: CliCommand = defineCommand({
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
  if ((action !== 'plan' && action !== 'next') || extra.length > 0) throw new UserError(`expected "plan" or "next" (got ${positionals.length > 0 ? `"${positionals.join(' ')}"` : 'nothing'})\n\n${USAGE}`);
  const configPath = chooseConfig(values.config as string | undefined).path;
  const outDir = (values.out as string | undefined) ?? defaultOutDir();
  const only = values.instance as string | undefined;
  if (action === 'plan') {
    if (values['skip-backfill'] || values['confirm-events-only']) throw new UserError(`--skip-backfill and --confirm-events-only belong to "upgrade next"\n\n${USAGE}`);
    return runUpgradePlan(configPath, outDir, only);
  }
  return runUpgradeNext(configPath, outDir, only, { skipBackfill: Boolean(values['skip-backfill']), confirmEventsOnly: Boolean(values['confirm-events-only']) });
});
