import { GuardedDeletion } from '../../lib/output/tree-writer';
import { CliCommand, ConfigSource } from './command';
import { CommandOutput } from './json-output';
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
/**
 * What a synth of the config would change under `outDir`, without writing: files it would add or
 * rewrite (and those it would stop at because it did not write them), and files of a previous run
 * it would remove (listed in the ownership manifest with a matching hash). The tree is read with
 * the writer's rules: never through a symbolic link, never outside `outDir`. Secret files are
 * encrypted exactly as synth would (keeping unchanged ones byte for byte when an age identity is
 * available), and their content is never printed.
 */
export declare function computeTreeDiff(options: RunDiffOptions): Promise<TreeDiff>;
/** The `--json` document of diff (docs/cli-json.md). */
export interface DiffSummary extends TreeDiff {
    readonly config: {
        readonly path: string;
        readonly source: ConfigSource;
    };
    /** The tree compared with, absolute. */
    readonly outDir: string;
    readonly counts: Readonly<Record<TreeChange['kind'], number>>;
}
/** Prints what a synth would change; 0 when nothing, 1 when something would change, 2 on a bad config. */
export declare function runDiff(options: RunDiffOptions): Promise<number>;
/** `langfuse-cdk8s diff`. */
export declare const diffCommand: CliCommand;
