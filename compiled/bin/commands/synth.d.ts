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
}
/** Exit codes of the CLI and of `cdk8s synth`. */
export declare const EXIT: {
    readonly ok: 0;
    readonly failure: 1;
    readonly badConfig: 2;
};
/**
 * Validates the config and writes the Flux tree. User mistakes print a message (no stack trace)
 * and return exit code 2; the previous tree is left untouched.
 */
export declare function runSynth(options: RunSynthOptions): Promise<number>;
/** A mistake of the user's that is reported without a stack trace. */
export declare class UserError extends Error {
}
/**
 * SOPS encryption for every Secret file; only when no recipient is configured and the config asks
 * for it explicitly are Secrets written in clear, loudly.
 */
export declare function chooseEncoder(plaintextAllowed: boolean, options: RunSynthOptions): SecretFileEncoder;
