import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { InputError } from '../../lib/errors';
import { SecretFileEncoder } from '../../lib/output/secret-file-encoder';
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
export declare function runSynth(options: RunSynthOptions): Promise<number>;
/** A mistake of the user's (usage, arguments) that is reported without a stack trace, exit 2. */
export declare class UserError extends InputError {
}
/**
 * Whether Secrets may be encrypted for a published test recipient: every instance opts in with
 * `sops_allow_test_key: true` (one instance cannot weaken another), or the configs hold only the
 * shipped examples' published secrets.
 */
export declare function testRecipientsAllowed(configs: readonly LangfuseConfig[]): boolean;
/**
 * SOPS encryption for every Secret file; only when no recipient is configured and the config asks
 * for it explicitly are Secrets written in clear, loudly. Published test recipients are refused
 * unless `allowTestRecipients` (see {@link testRecipientsAllowed}).
 */
export declare function chooseEncoder(plaintextAllowed: boolean, options: RunSynthOptions, allowTestRecipients?: boolean): SecretFileEncoder;
