/** Turns the Secret documents of one `*.sops.yaml` file into the file's text. */
export interface SecretFileEncoder {
    /**
     * @param docs the Secret manifests, in clear
     * @param outputPath the file's path relative to the output root, for `.sops.yaml` rules
     * @param existing the file's current text, if any, so unchanged content can be kept byte for byte
     */
    encode(docs: readonly object[], outputPath: string, existing: string | undefined): Promise<string>;
}
/** Header of Secret files written without encryption. */
export declare const PLAINTEXT_WARNING = "# WARNING: UNENCRYPTED SECRETS (sops_plaintext_output is on). For local experiments only: never commit this file.\n";
