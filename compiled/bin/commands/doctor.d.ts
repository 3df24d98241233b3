import { CliCommand } from './command';
import { LoadedLangfuse } from './explain';
/** One step of a check: what to look for, and the command. */
export interface DoctorStep {
    readonly note: string;
    readonly command: string;
}
/** A group of steps for one symptom or component of the seed's testing and troubleshooting lists. */
export interface DoctorCheck {
    readonly title: string;
    readonly steps: readonly DoctorStep[];
}
/** A pod that `kubectl run` starts, runs `script` in and removes. */
export interface ThrowawayPod {
    readonly name: string;
    readonly namespace: string;
    readonly image: string;
    /** A `sh -c` script; its values come from the environment or are quoted for its shell. */
    readonly script: string;
    /** @default - none */
    readonly env?: readonly object[];
    /** @default - none */
    readonly envFrom?: readonly object[];
}
/** The kubectl command of a throwaway pod: its container given as `--overrides` JSON, one shell-quoted word. */
export declare function throwawayPod(pod: ThrowawayPod): string;
/**
 * The seed's "Testing" and "Troubleshooting" checks as kubectl commands with this config's names,
 * namespaces and hosts; checks of features that are off are left out. No command prints a secret
 * value: environment checks print variable names only, and the Redis ACL check authenticates with
 * the password the worker already has. Every value is shell-quoted (scripts run inside a pod are
 * built first, with their own quoting, and then quoted as one argument), so no config value can
 * run code on the operator's machine.
 */
export declare function doctorChecks({ props, chart }: LoadedLangfuse): DoctorCheck[];
/** Text as shell comment lines: every line starts with `#`, so no value in it can become a command. */
export declare function shellComment(text: string, marker?: string): string;
/**
 * The age key Flux decrypts the Secret files with: a Secret next to the Kustomization (its
 * `decryption.secretRef`), whose key ending in `.agekey` holds the private key of the recipient in
 * .sops.yaml, created once by hand (never committed); or, with `flux_sops_secret_name: ""`, the
 * kustomize-controller's own `--sops-age-secret`.
 */
export declare function sopsKeyCheck(secretName: string, namespace: string): DoctorCheck;
/** The checks as a shell-friendly text: `#` comments and commands. */
export declare function renderDoctorChecks(checks: readonly DoctorCheck[]): string;
/** Options of {@link runDoctor}. */
export interface RunDoctorOptions {
    readonly configPath: string;
    /** Print the recovery procedure (`doctor restore`) instead of the checks. @default false */
    readonly restore?: boolean;
    /** Where the identities that open an encrypted config come from. @default process.env */
    readonly env?: NodeJS.ProcessEnv;
    /**
     * The tree whose parents' `namespace:` place the Kustomizations: for the switch runbook the
     * reference repository, for the checks the synth output.
     * @default - the switch runbook: process.cwd(); the checks: $LANGFUSE_OUT, else ./dist
     */
    readonly treeRoot?: string;
}
/** Prints the troubleshooting commands for a config, or with `restore` its recovery procedure. */
export declare function runDoctor(options: RunDoctorOptions): Promise<number>;
/** Prints the switch runbook for every instance of a config. */
export declare function runSwitchRunbook(options: RunDoctorOptions): Promise<number>;
/** `langfuse-cdk8s doctor [restore]`. */
export declare const doctorCommand: CliCommand;
