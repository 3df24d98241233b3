import * as path from 'path';
import { ConfigError } from '../../lib/config/errors';
import { loadConfigFile } from '../../lib/config/load';
import { plaintextEncoder } from '../../lib/output/plaintext-encoder';
import { SecretFileEncoder } from '../../lib/output/secret-file-encoder';
import { synthesizeFluxTree } from '../../lib/synth';

/** Options of `runSynth`. */
export interface RunSynthOptions {
  readonly configPath: string;
  readonly outDir: string;
  /** @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Directory whose `.sops.yaml` applies. @default process.cwd() */
  readonly repoRoot?: string;
}

/** Exit codes of the CLI and of `cdk8s synth`. */
export const EXIT = { ok: 0, failure: 1, badConfig: 2 } as const;

/**
 * Validates the config and writes the Flux tree. User mistakes print a message (no stack trace)
 * and return exit code 2; the previous tree is left untouched.
 */
export async function runSynth(options: RunSynthOptions): Promise<number> {
  try {
    const config = loadConfigFile(options.configPath);
    const encoder = chooseEncoder(config.sops_plaintext_output, options);
    const { report, charts } = await synthesizeFluxTree({ config, outDir: options.outDir, encoder });
    if (charts.length === 0) {
      console.log(`langfuse_enabled is false in ${options.configPath}: no app folder written`);
    }
    console.log(`synth: ${report.written.length} written, ${report.unchanged.length} unchanged, ${report.removed.length} removed under ${path.relative(process.cwd(), options.outDir) || '.'}`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UserError) {
      console.error(e.message);
      return EXIT.badConfig;
    }
    throw e;
  }
}

/** A mistake of the user's that is reported without a stack trace. */
export class UserError extends Error {}

function chooseEncoder(plaintextAllowed: boolean, _options: RunSynthOptions): SecretFileEncoder {
  if (plaintextAllowed) {
    console.warn('WARNING: sops_plaintext_output is on: Secrets are written UNENCRYPTED. Never commit that output.');
    return plaintextEncoder;
  }
  return {
    encode: async () => {
      throw new UserError('no age recipient: add one to .sops.yaml or SOPS_AGE_RECIPIENTS (SOPS encryption lands with issue 3)');
    },
  };
}
