import * as path from 'path';
import { ApiObject } from 'cdk8s';
import { assertNoInertKeys } from '../../lib/config/config-warnings';
import { loadConfigFile } from '../../lib/config/load';
import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { usesOnlyShippedExampleSecrets } from '../../lib/config/shipped-examples';
import { InputError } from '../../lib/errors';
import { toChartProps } from '../../lib/config/to-props';
import { plaintextEncoder } from '../../lib/output/plaintext-encoder';
import { NoRecipientError, sopsEncoder } from '../../lib/output/sops-encoder';
import { SecretFileEncoder } from '../../lib/output/secret-file-encoder';
import { loadAgeIdentities } from '../../lib/sops';
import { featureSummary } from '../../lib/settings/features';
import { synthesizeFluxTree } from '../../lib/synth';
import { EXIT, reportInputError } from './cli-errors';
import { textTable } from './text-table';

/** Options of `runSynth`. */
export interface RunSynthOptions {
  readonly configPath: string;
  readonly outDir: string;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Directory whose `.sops.yaml` applies. @default process.cwd() */
  readonly repoRoot?: string;
  /** Take over files at emitted paths that langfuse-cdk8s did not write (`--adopt`). @default false */
  readonly adopt?: boolean;
  /** Remove whole Flux apps and stateful objects the config no longer has (`--allow-delete`). @default false */
  readonly allowDelete?: boolean;
  /** Keys the config sets that do nothing are errors (`--strict`), not warnings. @default false */
  readonly strict?: boolean;
}

export { EXIT } from './cli-errors';

/**
 * Validates the config and writes the Flux tree. User mistakes print a message (no stack trace)
 * and return exit code 2; the previous tree is left untouched.
 */
export async function runSynth(options: RunSynthOptions): Promise<number> {
  try {
    const configs = loadConfigFile(options.configPath);
    if (options.strict) assertNoInertKeys(configs, options.configPath);
    // Plaintext output must be asked for by every instance: one instance cannot weaken another.
    const encoder = withProgress(chooseEncoder(configs.every((c) => c.sops_plaintext_output), options, testRecipientsAllowed(configs)));
    progress(`synth: rendering ${options.configPath} (Secret files are encrypted as they are rendered)`);
    const { report, charts, warnings } = await synthesizeFluxTree({
      configs, outDir: options.outDir, encoder, adopt: options.adopt, allowDelete: options.allowDelete,
    });
    for (const warning of warnings) console.warn(`WARNING: ${warning}`);
    const outDir = path.relative(process.cwd(), options.outDir) || '.';
    if (charts.length === 0) {
      console.log(`langfuse_enabled is false in ${options.configPath}: no app folder written`);
    }
    console.log(`synth: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed under ${outDir}`);
    if (report.adopted.length > 0) console.log(`synth: adopted ${report.adopted.length} files it had not written: ${report.adopted.join(', ')}`);
    for (const chart of charts) {
      const props = toChartProps(configs.find((c) => c.langfuse_instance_name === chart.appName)!);
      console.log(textTable([
        ['folder', path.join(outDir, chart.appDirectory)],
        ['files', String(report.written.concat(report.unchanged).filter((f) => f.startsWith(`${chart.appDirectory}/`)).length)],
        ['resources', String(chart.node.findAll().filter(ApiObject.isApiObject).length)],
        ['features', props ? featureSummary(props).join(', ') : 'none'],
      ], '  '));
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) return reportInputError(e);
    throw e;
  }
}

/** A mistake of the user's (usage, arguments) that is reported without a stack trace, exit 2. */
export class UserError extends InputError {}

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
export function chooseEncoder(plaintextAllowed: boolean, options: RunSynthOptions, allowTestRecipients?: boolean): SecretFileEncoder {
  const env = options.env ?? process.env;
  // a caller that does not decide (diff) gets the decision synth would make for the same config
  allowTestRecipients ??= testRecipientsAllowed(loadConfigFile(options.configPath));
  const identities = loadAgeIdentities(env);
  const sops = sopsEncoder({
    outDir: options.outDir, repoRoot: options.repoRoot ?? process.cwd(), env, identities, notice: (m) => console.warn(m), allowTestRecipients,
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
