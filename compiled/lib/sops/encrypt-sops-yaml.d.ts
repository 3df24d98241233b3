/** Options of {@link encryptSopsYaml}. */
export interface EncryptSopsYamlOptions {
    /** age X25519 (`age1...`) or post-quantum (`age1pq1...`) recipients; one `sops.age` entry each. */
    readonly recipients: readonly string[];
    /** Which path components select encrypted values; default `^(data|stringData)$`. */
    readonly encryptedRegex?: string;
    /** The `lastmodified` time; default now. Whole seconds are kept. */
    readonly now?: Date;
    /** A fixed 32-byte data key, for tests only; default 32 random bytes. */
    readonly dataKey?: Buffer;
    /** Whether the MAC covers only encrypted values (`mac_only_encrypted: true`); default true. */
    readonly macOnlyEncrypted?: boolean;
    /** YAML indentation (sops' `stores.yaml.indent`); default 4, as sops. */
    readonly indent?: number;
}
/** `YYYY-MM-DDTHH:MM:SSZ`: the only `lastmodified` form whose text equals the MAC's AAD. */
export declare function formatLastModified(now: Date): string;
/**
 * Encrypts a document (a Kubernetes manifest) the way `sops --encrypt` does with a `.sops.yaml`
 * rule `encrypted_regex: ^(data|stringData)$` and `mac_only_encrypted: true`, and returns the full
 * YAML text: selected values become `ENC[AES256_GCM,...,type:str]`, other values stay in clear, the
 * document keeps its key order, and the `sops:` block follows in the sops 3.10.2 layout.
 */
export declare function encryptSopsYaml(doc: object, opts: EncryptSopsYamlOptions): Promise<string>;
/**
 * Encrypts several documents into one multi-document file as sops does: one data key, one MAC
 * over every document in order, and the same `sops:` block appended to each document (Flux
 * decrypts each document on its own; `sops -d` reads the metadata of the first).
 */
export declare function encryptSopsYamlDocuments(docs: readonly object[], opts: EncryptSopsYamlOptions): Promise<string>;
