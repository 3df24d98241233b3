/** The secrets every enabled config needs, freshly generated. */
export interface GeneratedSecrets {
    readonly langfuse_nextauth_secret: string;
    readonly langfuse_salt: string;
    readonly langfuse_encryption_key: string;
    readonly langfuse_postgres_password: string;
    readonly langfuse_clickhouse_password: string;
}
/**
 * Fresh values for the config's required secrets: 44 letters and digits for NEXTAUTH_SECRET and
 * SALT (about 260 bits), 64 hex characters for ENCRYPTION_KEY, and 32 letters and digits for the
 * database passwords (the chart pastes them unencoded into connection URLs).
 */
export declare function generateRequiredSecrets(): GeneratedSecrets;
/**
 * Fresh values for optional secrets, which a starter config offers commented out so that turning a
 * feature on needs no separate generator run.
 */
export declare function generateOptionalSecrets(): Readonly<Record<string, string>>;
/**
 * Fresh values for every secret variable of the config, in the shapes the schema requires: the
 * required ones, the optional ones, the project API keys shared with LiteLLM, and S3 keys to
 * create in RustFS.
 */
export declare function generateAllSecrets(): Readonly<Record<string, string>>;
