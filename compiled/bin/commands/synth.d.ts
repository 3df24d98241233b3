import type { LangfuseConfig } from '../../lib/config/langfuse-config';
import { SecretFileEncoder } from '../../lib/output/secret-file-encoder';
import { CliCommand, ConfigSource } from './command';
import { CommandOutput } from './json-output';
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
    readonly config: {
        readonly path: string;
        readonly source: ConfigSource;
    };
    /** The tree root, absolute. */
    readonly outDir: string;
    /** Every Flux app folder of the tree (each holds a ks.yaml), relative to the tree root, sorted. */
    readonly folders: readonly string[];
    /** Files relative to the tree root. */
    readonly files: {
        readonly written: readonly string[];
        readonly unchanged: readonly string[];
        readonly removed: readonly string[];
        readonly adopted: readonly string[];
    };
    readonly instances: readonly SynthInstanceSummary[];
    readonly warnings: readonly string[];
}
/**
 * Validates the config and writes the Flux tree, then prints what it did (the config it read,
 * the counts, every Flux app folder, and per instance its folder, profile, files, resources and
 * features), or, under `--json`, the {@link SynthSummary}. User mistakes print a message (no stack
 * trace) and return exit code 2; the previous tree is left untouched.
 */
export declare function runSynth(options: RunSynthOptions): Promise<number>;
export { UserError } from './cli-errors';
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
export declare function chooseEncoder(plaintextAllowed: boolean, options: Pick<RunSynthOptions, 'outDir' | 'env' | 'repoRoot'>, allowTestRecipients: boolean): SecretFileEncoder;
/** `langfuse-cdk8s synth` (and, through main.ts, `npx cdk8s synth`, where it ends as bin/commands/cdk8s-app.ts says). */
export declare const synthCommand: CliCommand;
