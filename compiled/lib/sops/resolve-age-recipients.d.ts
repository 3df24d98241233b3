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
/** The creation rules of a parsed `.sops.yaml` (none when it has none), each checked to be a mapping. */
export declare function creationRules(config: unknown, configPath: string): Array<Record<string, unknown>>;
/** The checked recipients of a creation rule's `age` field (a comma-separated string or a list). */
export declare function ruleRecipients(age: unknown, where: string): string[];
/**
 * Checks each recipient's syntax and Bech32 checksum; a bad one is named by its source and
 * position, never quoted (it may be a private key pasted as a recipient).
 *
 * @param where the source, like `SOPS_AGE_RECIPIENTS` or `.sops.yaml creation_rules[0] age`
 */
export declare function checkedRecipients(recipients: readonly string[], where: string): string[];
/**
 * Reads and parses a `.sops.yaml` (a regular file of at most 1 MiB, few YAML aliases); problems
 * are `SopsInputError`s naming the file.
 */
export declare function readSopsConfig(configPath: string): unknown;
/**
 * The age recipients for a file, as `sops --encrypt` would pick them: `SOPS_AGE_RECIPIENTS`
 * (comma-separated) wins; otherwise the first `creation_rules` entry of `<repoRoot>/.sops.yaml`
 * whose `path_regex` matches `outputPath` (a rule without `path_regex` matches every path) gives
 * its `age` field; otherwise the list is empty.
 */
export declare function resolveAgeRecipients(input: ResolveAgeRecipientsInput): ResolvedAgeRecipients;
