import { EncryptionRule } from './encryption-rule';
import { MapNode, TreeNode } from './tree';
/** One `sops.age` entry: an age recipient and the data key encrypted to it (armored age file). */
export interface SopsAgeEntry {
    /** The `age1...` public key. */
    readonly recipient: string;
    /** The armored age file holding the 32-byte data key (ends with a newline). */
    readonly enc: string;
}
/** The parts of the `sops:` block this library reads and writes. */
export interface SopsMetadata {
    /** One entry per age recipient (from `sops.age`, or from a single `key_groups` entry). */
    readonly age: readonly SopsAgeEntry[];
    /** As written in the file, e.g. `2024-11-12T13:33:42Z`. */
    readonly lastModified: string;
    /** The encrypted MAC (ENC string). */
    readonly mac: string;
    /** The one encryption rule (`unencrypted_suffix: _unencrypted` when the file stores none). */
    readonly rule: EncryptionRule;
    /** Whether the MAC covers only encrypted values. */
    readonly macOnlyEncrypted: boolean;
    /** The sops version that wrote the file (semver). */
    readonly version: string;
    /** Names of non-age key sources holding entries (`pgp`, `kms`, ...); this library cannot use them. */
    readonly otherKeySources: readonly string[];
}
/** Reads the `sops:` block of a document. */
export declare function readMetadata(sops: TreeNode): SopsMetadata;
/** Whether a semver version string is older than `major.minor`. */
export declare function versionBefore(version: string, major: number, minor: number): boolean;
/**
 * The `sops:` block in the field order of sops 3.10.2: `age, lastmodified, mac, <rule>,
 * mac_only_encrypted (only when true), version`.
 */
export declare function metadataToTree(meta: Omit<SopsMetadata, 'otherKeySources'>): MapNode;
