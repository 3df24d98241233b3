import { InputError } from '../errors';
import { SecretFileEncoder } from './secret-file-encoder';
/** Options of `sopsEncoder`. */
export interface SopsEncoderOptions {
    /** Output root the encoder's paths are relative to. */
    readonly outDir: string;
    /** Folder whose `.sops.yaml` applies (paths are matched relative to it). */
    readonly repoRoot: string;
    /** Environment with SOPS_AGE_RECIPIENTS, SOPS_AGE_KEY, SOPS_AGE_KEY_FILE. */
    readonly env: NodeJS.ProcessEnv;
    /** age identities for stable output; none means every file is encrypted anew. */
    readonly identities: readonly string[];
    /** Told what the encoder did, once per kind of event. */
    readonly notice?: (message: string) => void;
    /**
     * Whether Secrets may be encrypted for a published test recipient (see `PUBLISHED_TEST_KEYS`):
     * only for a shipped example config or one with `sops_allow_test_key: true`.
     * @default false
     */
    readonly allowTestRecipients?: boolean;
}
/** The recipients for a file could not be determined; the message says how to add one. */
export declare class NoRecipientError extends InputError {
}
/**
 * Encrypts each `*.sops.yaml` file for the age recipients that `sops` itself would use for it
 * (SOPS_AGE_RECIPIENTS, else the first matching `.sops.yaml` rule), keeping an existing file byte
 * for byte when it already holds the same content for the same recipients.
 */
export declare function sopsEncoder(options: SopsEncoderOptions): SecretFileEncoder;
