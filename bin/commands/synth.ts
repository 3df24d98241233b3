import * as path from 'path';
import { ApiObject } from 'cdk8s';
import { assertNoInertKeys } from '../../lib/config/config-warnings';
import { loadConfig } from '../../lib/config/load';
import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { usesOnlyShippedExampleSecrets } from '../../lib/config/shipped-examples';
import { toChartProps } from '../../lib/config/to-props';
import { cdk8sAppOutDir } from '../../lib/output/cdk8s-out-dir';
import { plaintextEncoder } from '../../lib/output/plaintext-encoder';
import { NoRecipientError, sopsEncoder } from '../../lib/output/sops-encoder';
import { SecretFileEncoder } from '../../lib/output/secret-file-encoder';
import { loadAgeIdentities } from '../../lib/sops';
import { featureSummary } from '../../lib/settings/features';
import { synthesizeFluxTree } from '../../lib/synth';
import { callerDir, shownPath } from './caller-paths';
import { EXIT } from './cli-errors';
import { endCdk8sApp } from './cdk8s-app';
import { chooseConfig, CliCommand, CONFIG_OPTION_HELP, ConfigSource, defaultOutDir, defineCommand, describeConfigChoice } from './command';
import { CommandOutput, JSON_OPTION_HELP, TEXT_OUTPUT } from './json-output';
import { textTable } from './text-table';

/** Options of `runSynth`. */
export interface RunSynthOptions {
  /** The config file (absolute, or relative to the working folder). */
  readonly configPath: string;
  /** Why that config (for the line that says which one was read). @default 'option' */
  readonly configSource?: ConfigSource;
  readonly outDir: string;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Folder whose `.sops.yaml` (or its parents') applies. @default - the caller's folder */
  readonly repoRoot?: string;
  /** Take over files at emitted paths that langfuse-cdk8s did not write (`--adopt`). @default false */
  readonly adopt?: boolean;
  /** Remove whole Flux apps and stateful objects the config no longer has (`--allow-delete`). @default false */
  readonly allowDelete?: boolean;
  /** Keys the config sets that do nothing are errors (`--strict`), not warnings. @default false */
  readonly strict?: boolean;
  /** Where the summary goes (`--json`, or stderr inside `cdk8s synth`). @default - text on stdout */
  readonly output?: CommandOutput;
}

export { EXIT } from './cli-errors';

/** One Langfuse instance in the synth summary. */
export interface SynthInstanceSummary {
  readonly name: string;
  readonly namespace: string;
  /** `langfuse_profile`. */
  readonly profile: string;
  /** Its app folder, relative to the tree root. */
  readonly folder: string;
  /** Files in its app folder. */
  readonly files: number;
  /** Kubernetes objects of its chart. */
  readonly resources: number;
  readonly features: readonly string[];
}

/** What a synth did: the `--json` document of synth (docs/cli-json.md), and what the text summary shows. */
export interface SynthSummary {
  readonly config: { readonly path: string; readonly source: ConfigSource };
  /** The tree root, absolute. */
  readonly outDir: string;
  /** Every Flux app folder of the tree (each holds a ks.yaml), relative to the tree root, sorted. */
  readonly folders: readonly string[];
  /** Files relative to the tree root. */
  readonly files: { readonly written: readonly string[]; readonly unchanged: readonly string[]; readonly removed: readonly string[]; readonly adopted: readonly string[] };
  readonly instances: readonly SynthInstanceSummary[];
  readonly warnings: readonly string[];
}

/**
 * Validates the config and writes the Flux tree, then prints what it did (the config it read,
 * the counts, every Flux app folder, and per instance its folder, profile, files, resources and
 * features), or, under `--json`, the {@link SynthSummary}. User mistakes print a message (no stack
 * trace) and return exit code 2; the previous tree is left untouched.
 */
export async function runSynth(options: RunSynthOptions): Promise<number> {
  const output = options.output ?? TEXT_OUTPUT;
  return output.run('synth', async () => {
    const env = options.env ?? process.env;
    const configPath = path.resolve(options.configPath);
    const configSource = options.configSource ?? 'option';
    const configs = await loadConfig(configPath, { env });
    if (options.strict) assertNoInertKeys(configs, configPath);
    // Plaintext output must be asked for by every instance: one instance cannot weaken another.
    const encoder = withProgress(chooseEncoder(configs.every((c) => c.sops_plaintext_output), options, testRecipientsAllowed(configs)));
    progress(`synth: rendering ${configPath} (Secret files are encrypted as they are rendered)`);
    const { report, charts, warnings } = await synthesizeFluxTree({
      configs, outDir: options.outDir, encoder, adopt: options.adopt, allowDelete: options.allowDelete, configSource: configPath,
    });
    for (const warning of warnings) console.warn(`WARNING: ${warning}`);
    const present = [...report.written, ...report.unchanged];
    const summary: SynthSummary = {
      config: { path: configPath, source: configSource },
      outDir: path.resolve(options.outDir),
      folders: present.filter((f) => f === 'ks.yaml' || f.endsWith('/ks.yaml')).map((f) => path.posix.dirname(f)).sort(),
      files: { written: report.written, unchanged: report.unchanged, removed: report.removed, adopted: report.adopted },
      instances: charts.map((chart) => {
        const config = configs.find((c) => c.langfuse_instance_name === chart.appName)!;
        const props = toChartProps(config);
        return {
          name: chart.appName,
          namespace: chart.names.namespace,
          profile: config.langfuse_profile,
          folder: chart.appDirectory,
          files: present.filter((f) => f.startsWith(`${chart.appDirectory}/`)).length,
          resources: chart.node.findAll().filter(ApiObject.isApiObject).length,
          features: props ? featureSummary(props) : [],
        };
      }),
      warnings,
    };
    if (output.json) output.result('synth', summary);
    else printSynthSummary(summary, output);
    return EXIT.ok;
  });
}

/** The text summary of a synth. */
function printSynthSummary(summary: SynthSummary, output: CommandOutput): void {
  const outDir = shownPath(summary.outDir);
  const { written, unchanged, removed, adopted } = summary.files;
  output.text(`synth: ${describeConfigChoice(summary.config)}`);
  if (summary.instances.length === 0) output.text(`langfuse_enabled is false in ${shownPath(summary.config.path)}: no app folder written`);
  const folders = summary.folders.length;
  output.text(`synth: ${written.length} written, ${unchanged.length} unchanged, ${removed.length} removed under ${outDir}`
    + `${folders > 0 ? `, in ${folders} Flux app folder${folders === 1 ? '' : 's'}:` : ''}`);
  for (const folder of summary.folders) output.text(`  ${path.join(outDir, folder)}`);
  if (adopted.length > 0) output.text(`synth: adopted ${adopted.length} files it had not written: ${adopted.join(', ')}`);
  for (const instance of summary.instances) {
    output.text(textTable([
      ['instance', instance.name],
      ['folder', path.join(outDir, instance.folder)],
      ['profile', instance.profile],
      ['files', String(instance.files)],
      ['resources', String(instance.resources)],
      ['features', instance.features.join(', ') || 'none'],
    ], '  '));
  }
}

export { UserError } from './cli-errors';

/**
 * Whether Secrets may be encrypted for a published test recipient: every instance opts in with
 * `sops_allow_test_key: true` (one instance cannot weaken another), or the configs hold only the
 * shipped examples' published secrets.
 */
export function testRecipientsAllowed(configs: readonly LangfuseConfig[]): boolean {
  return configs.every((c) => c.sops_allow_test_key) || usesOnlyShippedExampleSecrets(configs);
}

/** Progress of the slow steps, on stderr and only on a terminal (logs and tests get the summary only). */
function progress(message: string): void {
  if (process.stderr.isTTY) console.error(message);
}

/** Reports each Secret file as it is encrypted, the one slow step of a synth. */
function withProgress(encoder: SecretFileEncoder): SecretFileEncoder {
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
export function chooseEncoder(
  plaintextAllowed: boolean, options: Pick<RunSynthOptions, 'outDir' | 'env' | 'repoRoot'>, allowTestRecipients: boolean,
): SecretFileEncoder {
  const env = options.env ?? process.env;
  const identities = loadAgeIdentities(env);
  const sops = sopsEncoder({
    outDir: options.outDir, repoRoot: options.repoRoot ?? callerDir(env), env, identities, notice: (m) => console.warn(m), allowTestRecipients,
  });
  if (!plaintextAllowed) return sops;
  return {
    encode: async (docs, outputPath, existing) => {
      try {
        return await sops.encode(docs, outputPath, existing);
      } catch (e) {
        if (!(e instanceof NoRecipientError)) throw e;
        console.warn(`WARNING: no age recipient and sops_plaintext_output is on: ${outputPath} is written UNENCRYPTED. Never commit it.`);
        return plaintextEncoder.encode(docs, outputPath, existing);
      }
    },
  };
}

const USAGE = `usage: langfuse-cdk8s synth [--config FILE] [--out DIR] [--adopt] [--allow-delete] [--strict] [--json]

  ${CONFIG_OPTION_HELP}
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
  ${JSON_OPTION_HELP}

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

const synthBody = defineCommand({
  name: 'synth',
  summary: 'config -> Flux tree (default config: ./langfuse.yaml, ./langfuse.sops.yaml or the example; output: ./dist)',
  usage: USAGE,
  options: {
    config: { type: 'string', path: true }, out: { type: 'string', path: true }, adopt: { type: 'boolean' },
    'allow-delete': { type: 'boolean' }, strict: { type: 'boolean' },
  },
  json: true,
  textToStderr: () => cdk8sAppOutDir() !== undefined,
}, async ({ values }, output) => {
  const config = chooseConfig(values.config as string | undefined);
  const outDir = (values.out as string | undefined) ?? defaultOutDir();
  return runSynth({
    configPath: config.path, configSource: config.source, outDir, output,
    adopt: values.adopt === true, allowDelete: values['allow-delete'] === true, strict: values.strict === true,
  });
});

/** `langfuse-cdk8s synth` (and, through main.ts, `npx cdk8s synth`, where it ends as bin/commands/cdk8s-app.ts says). */
export const synthCommand: CliCommand = {
  ...synthBody,
  run: async (args) => {
    const cdk8sOut = cdk8sAppOutDir();
    const code = await synthBody.run(args);
    return cdk8sOut === undefined ? code : endCdk8sApp(code, cdk8sOut);
  },
};
