import * as path from 'path';
import { loadConfigFile } from '../../lib/config/load';
import { renderFluxTree } from '../../lib/output/flux-tree';
import { planTreeWrite } from '../../lib/output/tree-plan';
import { checkOutDir, GuardedDeletion, guardedDeletions, readTreeFile, treeLeftovers } from '../../lib/output/tree-writer';
import { unifiedDiff } from '../../lib/output/unified-diff';
import { loadAgeIdentities } from '../../lib/sops';
import { buildApp } from '../../lib/synth';
import { CliCommand, CONFIG_OPTION_HELP, defaultConfigPath, defaultOutDir, parseCommandArgs, reportUserErrors } from './command';
import { chooseEncoder, EXIT } from './synth';

/** Options of {@link runDiff}. */
export interface RunDiffOptions {
  readonly configPath: string;
  /** The existing tree root. */
  readonly outDir: string;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Directory whose `.sops.yaml` applies. @default process.cwd() */
  readonly repoRoot?: string;
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
  const configs = loadConfigFile(options.configPath);
  const { app } = buildApp(configs);
  const encoder = chooseEncoder(configs.every((c) => c.sops_plaintext_output), options);
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
    changes: changes.sort((a, b) => a.path.localeCompare(b.path)), deletions: guardedDeletions(plan, files), notes: [...leftovers, ...plan.warnings],
  };
}

/** Prints what a synth would change; 0 when nothing, 1 when something would change, 2 on a bad config. */
export async function runDiff(options: RunDiffOptions): Promise<number> {
  return reportUserErrors(async () => {
    const { changes, deletions, notes } = await computeTreeDiff(options);
    for (const note of notes) console.log(`warning: ${note}`);
    for (const change of changes) {
      const unowned = change.unowned ? ` (${change.unowned}: synth stops here unless --adopt)` : '';
      if (change.secret) {
        console.log(`${change.kind.padEnd(8)} ${change.path} (Secret file: content not shown)${unowned}`);
      } else {
        console.log(`${change.kind.padEnd(8)} ${change.path}${unowned}`);
        console.log(change.diff);
      }
    }
    if (deletions.length > 0) {
      console.log(`deletes (synth stops here unless --allow-delete; LANGFUSE_ALLOW_DELETE=1 for npx cdk8s synth):`);
      for (const d of deletions) console.log(`  ${d.path}: ${d.object}: ${d.effect}`);
    }
    const count = (kind: TreeChange['kind']) => changes.filter((c) => c.kind === kind).length;
    const where = path.relative(process.cwd(), options.outDir) || '.';
    console.log(`diff: ${count('added')} added, ${count('changed')} changed, ${count('removed')} removed under ${where}`);
    if (changes.some((c) => c.secret && c.kind === 'changed') && safeIdentities(options.env ?? process.env) === 0) {
      console.log('note: no age identity (SOPS_AGE_KEY_FILE or SOPS_AGE_KEY), so encrypted files cannot be compared and are re-encrypted: '
        + 'they always show as changed');
    }
    return changes.length > 0 ? EXIT.failure : EXIT.ok;
  });
}

function safeIdentities(env: NodeJS.ProcessEnv): number {
  try {
    return loadAgeIdentities(env).length;
  } catch {
    return 0;
  }
}

const USAGE = `usage: langfuse-cdk8s diff [--config FILE] [--out DIR]

Shows what "synth" would change in an existing tree, without writing: files added, changed (with a
line diff) and removed (files of the previous synth that are no longer emitted and still hold what it
wrote). A changed file synth did not write is marked: synth stops there unless --adopt. Whole Flux apps
and stateful objects (CloudNativePG Cluster, Database, ObjectStore, ClickHouse KeeperCluster and
ClickHouseCluster, the Secrets they read) that the changes delete are listed: synth stops at them
unless --allow-delete. Secret files
only say "changed"; their content is never printed. Without an age identity (SOPS_AGE_KEY_FILE or
SOPS_AGE_KEY) encrypted files cannot be compared and always show as changed. Leftovers of an
interrupted synth and manifest entries that are ignored are printed as warnings. The tree is read
like synth reads it: never through a symbolic link, never outside DIR.

  ${CONFIG_OPTION_HELP}
  --out DIR      the tree to compare with (default: $LANGFUSE_OUT, else ./dist)

exit codes (like git diff --exit-code): 0 no change, 1 changes, 2 invalid config or usage`;

/** `langfuse-cdk8s diff`. */
export const diffCommand: CliCommand = {
  name: 'diff',
  summary: 'show what synth would change in an existing tree, without writing (exit 1 when it would)',
  usage: USAGE,
  run: (args) => reportUserErrors(async () => {
    const { values } = parseCommandArgs(args, { config: { type: 'string' }, out: { type: 'string' } }, USAGE);
    if (values.help) {
      console.log(USAGE);
      return EXIT.ok;
    }
    return runDiff({
      configPath: (values.config as string | undefined) ?? defaultConfigPath(),
      outDir: path.resolve((values.out as string | undefined) ?? defaultOutDir()),
    });
  }),
};
