/**
 * age recipients whose private keys are published (test fixtures of Flux and sops): anything
 * encrypted for them can be decrypted by anyone. This is the one list the tool checks against:
 * synth refuses to encrypt for them (unless the config is a shipped example or sets
 * `sops_allow_test_key: true`), and init replaces them. A test derives each recipient from the
 * published identity in ../shared/reference/sops-vectors.
 */
export interface PublishedTestKey {
    readonly recipient: string;
    /** Where its private key is published. */
    readonly source: string;
}
/** Every known published test recipient. */
export declare const PUBLISHED_TEST_KEYS: readonly PublishedTestKey[];
/** The Flux kustomize-controller test recipient that the shipped .sops.yaml uses. */
export declare const FLUX_TEST_RECIPIENT: string;
/** The published test key a recipient belongs to, if any. */
export declare function publishedTestKey(recipient: string): PublishedTestKey | undefined;
