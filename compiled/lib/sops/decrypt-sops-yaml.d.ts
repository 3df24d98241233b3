import { SopsMetadata } from './metadata';
import { MapNode, TreeNode } from './tree';
/** An encrypted file split into its documents' content (without `sops`) and the metadata. */
export interface OpenedSopsYaml {
    readonly bodies: readonly MapNode[];
    readonly metadata: SopsMetadata;
}
/**
 * Parses sops YAML text and reads its `sops:` block; decrypts nothing. In a multi-document file
 * the metadata comes from the first document and `sops` is stripped from all of them, as sops does.
 */
export declare function openSopsYaml(text: string): OpenedSopsYaml;
/** Reads the `sops:` block of sops YAML text (recipients, rule, version...) without decrypting. */
export declare function readSopsMetadata(text: string): SopsMetadata;
/**
 * Decrypts every value the rule selects and verifies the MAC: over every non-null leaf, or with
 * `mac_only_encrypted` over the selected leaves only. Throws `SopsMacMismatchError` on a mismatch.
 */
export declare function decryptTree(opened: OpenedSopsYaml, dataKey: Buffer): TreeNode[];
/**
 * Decrypts sops YAML text with a known data key (for tools that unwrap the key themselves, e.g.
 * with the `age` CLI), verifying the MAC. Returns the plaintext document without `sops`.
 */
export declare function decryptSopsYamlWithDataKey(text: string, dataKey: Buffer): object;
/**
 * Decrypts a sops-encrypted YAML document with age identities (`AGE-SECRET-KEY-...` strings) and
 * verifies its MAC. Returns the plaintext document without the `sops` block; ints are numbers,
 * clear timestamps stay strings.
 */
export declare function decryptSopsYaml(text: string, identities: readonly string[]): Promise<object>;
/** Decrypts every document of a (multi-document) sops YAML file, verifying the one MAC over all of them. */
export declare function decryptSopsYamlDocuments(text: string, identities: readonly string[]): Promise<object[]>;
