/** Input of {@link resolveAgeRecipients}. */
export interface ResolveAgeRecipientsInput {
    readonly env: NodeJS.ProcessEnv;
    /** The repository root, where `.sops.yaml` lives. */
    readonly repoRoot: string;
    /** The file to encrypt, relative to `repoRoot` (matched against `path_regex`). */
    readonly outputPath: string;
}
/** The recipients to encrypt to and where they came from. */
export interface ResolvedAgeRecipients {
    readonly recipients: string[];
    /** `SOPS_AGE_RECIPIENTS`, `<path>/.sops.yaml creation_rules[<i>]`, or `none`. */
    readonly source: string;
}
/** Splits a comma-separated recipient list (sops' format), trimming whitespace and newlines. */
export declare function splitRecipients(value: string): string[];
/**
 * The age recipients for a file, as `sops --encrypt` would pick them: `SOPS_AGE_RECIPIENTS`
 * (comma-separated) wins; otherwise the first `creation_rules` entry of `<repoRoot>/.sops.yaml`
 * whose `path_regex` matches `outputPath` (a rule without `path_regex` matches every path) gives
 * its `age` field; otherwise the list is empty.
 */
export declare function resolveAgeRecipients(input: ResolveAgeRecipientsInput): ResolvedAgeRecipients;
