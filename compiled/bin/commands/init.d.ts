import { CliCommand } from './command';
/** Asks one question on the terminal; undefined when not interactive. */
export type Prompt = (question: string) => Promise<string>;
/** Options of {@link runInit}. */
export interface RunInitOptions {
    /** Where the config is written. */
    readonly configPath: string;
    /** Overwrite an existing config. @default false */
    readonly force?: boolean;
    /**
     * age recipients (`age1...`) that `.sops.yaml` must encrypt for: written into a new one, or in
     * place of the published test recipient of an existing one.
     * @default - asked through `prompt` when needed, else an error
     */
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
/**
 * Splits and checks recipients given as a list or comma-separated: each must be a valid age
 * public key (Bech32 checksum included) and not a published test key. A bad one is named by its
 * position, never quoted: it may be a private key pasted in the wrong place.
 *
 * @param source how the values were given, like `--age-recipient`
 */
export declare function parseRecipients(values: readonly string[], source?: string): string[];
/**
 * Writes a starter config with freshly generated secrets and a comment for every key, and makes
 * `.sops.yaml` encrypt for the given recipient (see {@link planSopsConfig}). Refuses to overwrite
 * a config unless `force`. Nothing is written when anything is refused.
 */
export declare function runInit(options: RunInitOptions): Promise<number>;
/** `langfuse-cdk8s init`. */
export declare const initCommand: CliCommand;
