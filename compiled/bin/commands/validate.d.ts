import { TreeFinding } from '../../lib/validate/tree-finding';
import { ValidateTreeOptions } from '../../lib/validate/tree-validator';
import { CliCommand } from './command';
import { CommandOutput } from './json-output';
/** Options of {@link runValidate}. */
export interface RunValidateOptions extends ValidateTreeOptions {
    /** The tree root, like `dist`. */
    readonly dir: string;
    /** The config the tree was synthesized from: its keys that do nothing are reported too. @default - the tree only */
    readonly configPath?: string;
    /** Keys the config sets that do nothing are errors, not warnings. @default false */
    readonly strict?: boolean;
    /** Where the identities that open an encrypted config come from. @default process.env */
    readonly env?: NodeJS.ProcessEnv;
    /** Text or `--json`. @default - text on stdout */
    readonly output?: CommandOutput;
}
/** A key the config (`--config`) sets that does nothing: a warning, an error with `--strict`. */
export interface ValidateInertKey {
    readonly severity: 'error' | 'warning';
    /** The key, like `langfuse_sso_enabled` (`instances[1].…` with several instances). */
    readonly key: string;
    readonly message: string;
}
/** The `--json` document of validate (docs/cli-json.md). */
export interface ValidateSummary {
    /** The tree root, absolute. */
    readonly dir: string;
    /** The config given with `--config`, absolute. @default - none given */
    readonly config?: {
        readonly path: string;
        readonly source: 'option';
    };
    readonly files: number;
    readonly documents: number;
    /** Findings and, with `--strict`, inert keys that are errors. */
    readonly errors: number;
    readonly warnings: number;
    /** Sorted as the text lines are. */
    readonly findings: readonly TreeFinding[];
    /** The keys the config sets that do nothing (empty without `--config`). */
    readonly inertKeys: readonly ValidateInertKey[];
}
/** Checks an emitted tree and prints the findings; 1 when any is an error. */
export declare function runValidate(options: RunValidateOptions): Promise<number>;
/** `langfuse-cdk8s validate`. */
export declare const validateCommand: CliCommand;
