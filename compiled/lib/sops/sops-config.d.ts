/**
 * `.sops.yaml` as sops 3.10 reads it (`config/config.go`, with the list form of `age` that sops
 * 3.11 added): the creation rules, each with its key sources, flat or in `key_groups` (with
 * `merge`). Only age keys can be written by this tool; other key types are named so that the
 * commands can refuse them cleanly when a rule that uses them applies.
 */
/** The name sops looks for, in the folder and then in every parent (up to 100 levels). */
export declare const SOPS_CONFIG_NAME = ".sops.yaml";
/** One creation rule of a `.sops.yaml`, checked for shape. */
export interface SopsCreationRule {
    /** `<path> creation_rules[<i>]`, for messages. */
    readonly where: string;
    readonly index: number;
    /** Absent: the rule matches every file. */
    readonly pathRegex?: RegExp;
    /** The key groups sops would encrypt for (a flat rule is one group); each group's age recipients, checked. */
    readonly ageRecipients: readonly (readonly string[])[];
    /** The other key sources, like `pgp` or `key_groups[1].kms` (this tool writes age stanzas only). */
    readonly otherKeys: readonly string[];
    /** Whether the rule lists its keys in `key_groups` (then sops ignores its flat key fields). */
    readonly usesKeyGroups: boolean;
    /** The encryption rules the rule sets (`encrypted_regex`, ...); sops refuses more than one. */
    readonly encryptionRules: readonly string[];
}
/** The nearest `.sops.yaml`, in `startDir` or a parent folder, as sops looks it up; undefined when none. */
export declare function findSopsConfig(startDir: string): string | undefined;
/**
 * Reads and parses a `.sops.yaml` (a regular file of at most 1 MiB, few YAML aliases); problems
 * are `SopsInputError`s naming the file.
 */
export declare function readSopsConfig(configPath: string): unknown;
/** Splits a comma-separated recipient list (sops' format), trimming whitespace and newlines. */
export declare function splitRecipients(value: string): string[];
/**
 * Checks each recipient's syntax and Bech32 checksum; a bad one is named by its source and
 * position, never quoted (it may be a private key pasted as a recipient).
 *
 * @param where the source, like `SOPS_AGE_RECIPIENTS` or `.sops.yaml creation_rules[0] age`
 */
export declare function checkedRecipients(recipients: readonly string[], where: string): string[];
/** The checked recipients of an `age` field: a comma-separated string or a list of them (`listOnly` in key groups, as sops). */
export declare function ruleRecipients(age: unknown, where: string, listOnly?: boolean): string[];
/**
 * The creation rules of a parsed `.sops.yaml`, each checked for shape as sops' strict types do (a
 * rule is a mapping, `path_regex` a valid regex, `age` a string or list, `key_groups` a list of
 * mappings of lists, every age recipient well formed); none when it has none.
 */
export declare function parseCreationRules(config: unknown, configPath: string): SopsCreationRule[];
/** The first rule that applies to `filePath` (relative to the folder of `.sops.yaml`), as sops picks it. */
export declare function matchingRule(rules: readonly SopsCreationRule[], filePath: string): SopsCreationRule | undefined;
/**
 * The age recipients a rule makes sops encrypt for, or a `SopsInputError` saying why this tool
 * cannot write what sops would: another key type (its files could not be opened with it), several
 * key groups (Shamir secret sharing, which splits the data key between groups), or more than one
 * encryption rule (which sops itself refuses).
 */
export declare function usableRecipients(rule: SopsCreationRule): string[];
