import { ConfigFileRule } from '../../lib/sops/sops-config-keys';
import { CliCommand } from './command';
/** Asks one question on the terminal; undefined when not interactive. */
export type Prompt = (question: string) => Promise<string>;
/** Options of {@link runInit}. */
export interface RunInitOptions {
    /** Where the config is written (`*.sops.yaml` unless `plaintext`). */
    readonly configPath: string;
    /**
     * Write the config in clear (`langfuse.yaml`) instead of SOPS-encrypted (`langfuse.sops.yaml`,
     * only the secret values encrypted, for the recipients `.sops.yaml` gives it).
     * @default false
     */
    readonly plaintext?: boolean;
    /** Where SOPS_AGE_RECIPIENTS and the age identities come from. @default process.env */
    readonly env?: NodeJS.ProcessEnv;
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
    /** Folder of `.sops.yaml` and `.gitignore` (where synth looks for them). @default - the caller's folder */
    readonly repoRoot?: string;
    /** Asks for the recipient on a terminal. @default - non-interactive */
    readonly prompt?: Prompt;
}
/**
 * The `.sops.yaml` init writes: the rule synth and the sops CLI use for the Flux tree's Secret files,
 * after the rule for the encrypted config when there is one.
 */
export declare function sopsConfigYaml(recipients: readonly string[], configRule?: ConfigFileRule): string;
/**
 * Splits and checks recipients given as a list or comma-separated: each must be a valid age
 * public key (Bech32 checksum included) and not a published test key. A bad one is named by its
 * position, never quoted: it may be a private key pasted in the wrong place.
 *
 * @param source how the values were given, like `--age-recipient`
 */
export declare function parseRecipients(values: readonly string[], source?: string): string[];
/**
 * Writes a starter config with freshly generated secrets and a comment for every key, SOPS-encrypted
 * (only the secret values) unless `plaintext`; makes `.sops.yaml` encrypt for the given recipient
 * (see {@link planSopsConfig}) and adds the config's clear-text name to `.gitignore`. Refuses to
 * overwrite a config unless `force`. Nothing is written when anything is refused.
 */
export declare function runInit(options: RunInitOptions): Promise<number>;
/** `langfuse-cdk8s init`. */
export declare const initCommand: CliCommand;
