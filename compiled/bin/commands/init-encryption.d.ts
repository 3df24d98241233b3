/** The clear-text name of a config: itself, or `x.yaml` for an encrypted `x.sops.yaml` (where `sops -d` output usually goes). */
export declare function clearConfigPath(configPath: string): string;
/**
 * The recipients the encrypted config is encrypted for, as sops would pick them for its path:
 * SOPS_AGE_RECIPIENTS, else the `.sops.yaml` init leaves (`sopsText` when it writes one; its rule
 * matching the config). Never a published test key: whoever has its private key (anyone) could
 * read every secret.
 */
export declare function configRecipients(sopsText: string | undefined, repoRoot: string, configPath: string, env: NodeJS.ProcessEnv): string[];
/** Says when none of the operator's own age identities opens the config just written (synth, explain, diff and doctor will need one). */
export declare function identityNotes(configPath: string, recipients: readonly string[], env: NodeJS.ProcessEnv): Promise<string[]>;
/** Runs `body` with a temporary folder holding a `.sops.yaml` of this text (to resolve recipients before anything is written). */
export declare function withSopsConfigText<T>(text: string, body: (dir: string) => T): T;
