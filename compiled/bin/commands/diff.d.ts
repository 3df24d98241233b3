import { CliCommand } from './command';
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
/**
 * What a synth of the config would change under `outDir`, without writing: files it would add or
 * rewrite, and files of a previous run (listed in the ownership manifest) it would remove. Secret
 * files are encrypted exactly as synth would (keeping unchanged ones byte for byte when an age
 * identity is available), and their content is never printed.
 */
export declare function computeTreeChanges(options: RunDiffOptions): Promise<TreeChange[]>;
/** Prints what a synth would change; 0 when nothing, 1 when something would change, 2 on a bad config. */
export declare function runDiff(options: RunDiffOptions): Promise<number>;
/** `langfuse-cdk8s diff`. */
export declare const diffCommand: CliCommand;
