import * as path from 'path';
import { ConfigError } from '../../lib/config/errors';
import { loadConfigFile } from '../../lib/config/load';
import { renderFluxTree } from '../../lib/output/flux-tree';
import { OWNED_FILES_MANIFEST, readTreeFile } from '../../lib/output/tree-writer';
import { unifiedDiff } from '../../lib/output/unified-diff';
import { loadAgeIdentities } from '../../lib/sops';
import { buildApp } from '../../lib/synth';
import { checkUpgradeSteps } from '../../lib/upgrade/step-check';
import { CliCommand, CONFIG_OPTION_HELP, defaultConfigPath, defaultOutDir, parseCommandArgs, reportUserErrors } from './command';
import { chooseEncoder, EXIT, UserError } from './synth';

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
}

const SECRET_DOCUMENT = /^kind:\s*["']?Secret["']?\s*$/m;
const isSecretFile = (file: string, ...texts: Array<string | undefined>) =>
  file.endsWith('.sops.yaml') || texts.some((t) => t !== undefined && SECRET_DOCUMENT.test(t));

/**
 * What a synth of the config would change under `outDir`, without writing: files it would add or
 * rewrite, and files of a previous run (listed in the ownership manifest) it would remove. Secret
 * files are encrypted exactly as synth would (keeping unchanged ones byte for byte when an age
 * identity is available), and their content is never printed.
 */
export async function computeTreeChanges(options: RunDiffOptions): Promise<TreeChange[]> {
  const configs = loadConfigFile(options.configPath);
  const { app, charts } = buildApp(configs);
  // A stage synth would refuse is refused here too.
  const steps = checkUpgradeSteps(charts, configs, (p) => readTreeFile(options.outDir, p));
  if (steps.problems.length > 0) throw new ConfigError(options.configPath, steps.problems);
  const encoder = chooseEncoder(configs.every((c) => c.sops_plaintext_output), options);
  const files = await renderFluxTree(app.charts, encoder, (p) => readTreeFile(options.outDir, p));
  const changes: TreeChange[] = [];
  for (const file of files) {
    const existing = readTreeFile(options.outDir, file.path);
    if (existing === file.content) continue;
    const secret = isSecretFile(file.path, existing, file.content);
    changes.push({
      path: file.path,
      kind: existing === undefined ? 'added' : 'changed',
      secret,
      diff: secret ? '' : unifiedDiff(existing ?? '', file.content, file.path),
    });
  }
  const emitted = new Set(files.map((f) => f.path));
  for (const owned of ownedFiles(options.outDir)) {
    if (emitted.has(owned)) continue;
    const existing = readTreeFile(options.outDir, owned);
    if (existing === undefined) continue;
    const secret = isSecretFile(owned, existing);
    changes.push({ path: owned, kind: 'removed', secret, diff: secret ? '' : unifiedDiff(existing, '', owned) });
  }
  return changes.sort((a, b) => a.path.localeCompare(b.path));
}

function ownedFiles(outDir: string): string[] {
  const text = readTreeFile(outDir, OWNED_FILES_MANIFEST);
  if (text === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    throw new UserError(`${path.join(outDir, OWNED_FILES_MANIFEST)} is not valid JSON; remove it or run synth to rewrite it`);
  }
}

/** Prints what a synth would change; 0 when nothing, 1 when something would change, 2 on a bad config. */
export async function runDiff(options: RunDiffOptions): Promise<number> {
  return reportUserErrors(async () => {
    const changes = await computeTreeChanges(options);
    for (const change of changes) {
      if (change.secret) {
        console.log(`${change.kind.padEnd(8)} ${change.path} (Secret file: content not shown)`);
      } else {
        console.log(`${change.kind.padEnd(8)} ${change.path}`);
        console.log(change.diff);
      }
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
line diff) and removed (files of the previous synth that are no longer emitted). Secret files only
say "changed"; their content is never printed. Without an age identity (SOPS_AGE_KEY_FILE or
SOPS_AGE_KEY) encrypted files cannot be compared and always show as changed.

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
