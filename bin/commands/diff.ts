import { App } from 'cdk8s';
import * as path from 'path';
import { ConfigError } from '../../lib/config/errors';
import { loadConfig } from '../../lib/config/load';
import { renderFluxTree } from '../../lib/output/flux-tree';
import { planTreeWrite } from '../../lib/output/tree-plan';
import { parentNamespaceReader } from '../../lib/output/parent-kustomization';
import { checkOutDir, GuardedDeletion, guardedDeletions, readTreeFile, treeLeftovers } from '../../lib/output/tree-writer';
import { unifiedDiff } from '../../lib/output/unified-diff';
import { loadAgeIdentities } from '../../lib/sops';
import { buildApp, retiredApps } from '../../lib/synth';
import { checkUpgradeSteps } from '../../lib/upgrade/step-check';
import { shownPath } from './caller-paths';
import { chooseConfig, CliCommand, CONFIG_OPTION_HELP, ConfigSource, defaultOutDir, defineCommand } from './command';
import { CommandOutput, JSON_OPTION_HELP, TEXT_OUTPUT } from './json-output';
import { chooseEncoder, EXIT, testRecipientsAllowed } from './synth';

/** Options of {@link runDiff}. */
export interface RunDiffOptions {
  readonly configPath: string;
  /** Why that config. @default 'option' */
  readonly configSource?: ConfigSource;
  /** The existing tree root. */
  readonly outDir: string;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Folder whose `.sops.yaml` (or its parents') applies. @default - the caller's folder */
  readonly repoRoot?: string;
  /** Text or `--json`. @default - text on stdout */
  readonly output?: CommandOutput;
}

/** One file a synth would change. */
export interface TreeChange {
  readonly path: string;
  readonly kind: 'added' | 'changed' | 'removed';
  /** Whether the file holds Secrets: its content is never shown. */
  readonly secret: boolean;
  /** The line diff ('' for Secret files). */
  readonly diff: string;
  /** Why synth would stop at this file (it exists but langfuse-cdk8s did not write it; needs --adopt). */
  readonly unowned?: string;
}

/** What {@link computeTreeDiff} found. */
export interface TreeDiff {
  readonly changes: readonly TreeChange[];
  /** Whole Flux apps and stateful objects the changes delete: synth stops at them unless --allow-delete. */
  readonly deletions: readonly GuardedDeletion[];
  /** Manifest entries ignored, files a synth would leave in place, leftovers of interrupted synths. */
  readonly notes: readonly string[];
}

const SECRET_DOCUMENT = /^kind:\s*["']?Secret["']?\s*$/m;
const isSecretFile = (file: string, ...texts: Array<string | undefined>) =>
  file.endsWith('.sops.yaml') || texts.some((t) => t !== undefined && SECRET_DOCUMENT.test(t));

/**
 * What a synth of the config would change under `outDir`, without writing: files it would add or
 * rewrite (and those it would stop at because it did not write them), and files of a previous run
 * it would remove (listed in the ownership manifest with a matching hash). The tree is read with
 * the writer's rules: never through a symbolic link, never outside `outDir`. Secret files are
 * encrypted exactly as synth would (keeping unchanged ones byte for byte when an age identity is
 * available), and their content is never printed.
 */
export async function computeTreeDiff(options: RunDiffOptions): Promise<TreeDiff> {
  const root = checkOutDir(options.outDir);
  const configs = await loadConfig(options.configPath, { env: options.env });
  const parentNamespace = parentNamespaceReader((p) => readTreeFile(root, p));
  const { app, charts } = buildApp(configs, new App(), { parentNamespace });
  // A stage synth would refuse is refused here too.
  const steps = checkUpgradeSteps(charts, configs, (p) => readTreeFile(options.outDir, p));
  if (steps.problems.length > 0) throw new ConfigError(options.configPath, steps.problems);
  const encoder = chooseEncoder(configs.every((c) => c.sops_plaintext_output), options, testRecipientsAllowed(configs));
  const files = await renderFluxTree(app.charts, encoder, (p) => readTreeFile(root, p));
  const plan = planTreeWrite(root, files);
  const changes: TreeChange[] = plan.writes.map((w) => {
    const secret = isSecretFile(w.path, w.existing, w.content);
    return {
      path: w.path,
      kind: w.existing === undefined ? 'added' : 'changed',
      secret,
      diff: secret ? '' : unifiedDiff(w.existing ?? '', w.content, w.path),
      ...(w.unowned ? { unowned: w.unowned } : {}),
    };
  });
  for (const removal of plan.removals) {
    const secret = isSecretFile(removal.path, removal.content);
    changes.push({ path: removal.path, kind: 'removed', secret, diff: secret ? '' : unifiedDiff(removal.content, '', removal.path) });
  }
  const leftovers = treeLeftovers(root).map((l) => `${l.path}: ${l.message}`);
  return {
    changes: changes.sort((a, b) => a.path.localeCompare(b.path)), deletions: guardedDeletions(plan, files, retiredApps(charts), parentNamespace), notes: [...leftovers, ...plan.warnings],
  };
}

/** The `--json` document of diff (docs/cli-json.md). */
export interface DiffSummary extends TreeDiff {
  readonly config: { readonly path: string; readonly source: ConfigSource };
  /** The tree compared with, absolute. */
  readonly outDir: string;
  readonly counts: Readonly<Record<TreeChange['kind'], number>>;
}

/** Prints what a synth would change; 0 when nothing, 1 when something would change, 2 on a bad config. */
export async function runDiff(options: RunDiffOptions): Promise<number> {
  const output = options.output ?? TEXT_OUTPUT;
  return output.run('diff', async () => {
    const { changes, deletions, notes } = await computeTreeDiff(options);
    const count = (kind: TreeChange['kind']) => changes.filter((c) => c.kind === kind).length;
    const summary: DiffSummary = {
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
      if (noIdentity) console.error(NO_IDENTITY_NOTE);
    } else {
      printDiff(summary, output, noIdentity);
    }
    return changes.length > 0 ? EXIT.failure : EXIT.ok;
  });
}

const NO_IDENTITY_NOTE = 'note: no age identity (SOPS_AGE_KEY_FILE, SOPS_AGE_KEY or the default key file), so encrypted files cannot be '
  + 'compared and are re-encrypted: they always show as changed';

function printDiff(summary: DiffSummary, output: CommandOutput, noIdentity: boolean): void {
  for (const note of summary.notes) output.text(`warning: ${note}`);
  for (const change of summary.changes) {
    const unowned = change.unowned ? ` (${change.unowned}: synth stops here unless --adopt)` : '';
    if (change.secret) {
      output.text(`${change.kind.padEnd(8)} ${change.path} (Secret file: content not shown)${unowned}`);
    } else {
      output.text(`${change.kind.padEnd(8)} ${change.path}${unowned}`);
      output.text(change.diff);
    }
  }
  if (summary.deletions.length > 0) {
    output.text('deletes (synth stops here unless --allow-delete; LANGFUSE_ALLOW_DELETE=1 for npx cdk8s synth):');
    for (const d of summary.deletions) output.text(`  ${d.path}: ${d.object}: ${d.effect}`);
  }
  const { added, changed, removed } = summary.counts;
  output.text(`diff: ${added} added, ${changed} changed, ${removed} removed under ${shownPath(summary.outDir)}`);
  if (noIdentity) output.text(NO_IDENTITY_NOTE);
}

function safeIdentities(env: NodeJS.ProcessEnv): number {
  try {
    return loadAgeIdentities(env).length;
  } catch {
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

  ${CONFIG_OPTION_HELP}
  --out DIR      the tree to compare with (default: $LANGFUSE_OUT, else ./dist)
  ${JSON_OPTION_HELP}

exit codes (like git diff --exit-code): 0 no change, 1 changes, 2 invalid config or usage`;

/** `langfuse-cdk8s diff`. */
export const diffCommand: CliCommand = defineCommand({
  name: 'diff',
  summary: 'show what synth would change in an existing tree, without writing (exit 1 when it would)',
  usage: USAGE,
  options: { config: { type: 'string', path: true }, out: { type: 'string', path: true } },
  json: true,
}, async ({ values }, output) => {
  const config = chooseConfig(values.config as string | undefined);
  return runDiff({ configPath: config.path, configSource: config.source, outDir: (values.out as string | undefined) ?? defaultOutDir(), output });
});
