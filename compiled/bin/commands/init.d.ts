import { CliCommand } from './command';
/** Asks one question on the terminal; undefined when not interactive. */
export type Prompt = (question: string) => Promise<string>;
/** Options of {@link runInit}. */
export interface RunInitOptions {
    /** Where the config is written. */
    readonly configPath: string;
    /** Overwrite an existing config. @default false */
    readonly force?: boolean;
    /** age recipients (`age1...`) for a new `.sops.yaml`. @default - asked through `prompt`, else an error */
    readonly ageRecipients?: readonly string[];
    /** Public domain. @default - "example.com", marked to be changed */
    readonly domain?: string;
    /** Folder of `.sops.yaml` (where synth looks for it). @default process.cwd() */
    readonly repoRoot?: string;
    /** Asks for the recipient on a terminal. @default - non-interactive */
    readonly prompt?: Prompt;
}
/** The `.sops.yaml` init writes: the rule synth and the sops CLI use for the Flux tree's Secret files. */
export declare function sopsConfigYaml(recipients: readonly string[]): string;
/** Splits and checks recipients given as a list or comma-separated. */
export declare function parseRecipients(values: readonly string[]): string[];
/**
 * Writes a starter config with freshly generated secrets and a comment for every key, and a
 * `.sops.yaml` when none exists. Refuses to overwrite a config unless `force`; without a
 * `.sops.yaml`, an age recipient is required (given, or asked on a terminal).
 */
export declare function runInit(options: RunInitOptions): Promise<number>;
/** `langfuse-cdk8s init`. */
export declare const initCommand: CliCommand;
