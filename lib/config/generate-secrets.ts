import { randomHex, randomUrlSafe } from '../settings/secret-values';

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
export function generateRequiredSecrets(): GeneratedSecrets {
  return {
    langfuse_nextauth_secret: randomUrlSafe(44),
    langfuse_salt: randomUrlSafe(44),
    langfuse_encryption_key: randomHex(32),
    langfuse_postgres_password: randomUrlSafe(32),
    langfuse_clickhouse_password: randomUrlSafe(32),
  };
}

/**
 * Fresh values for optional secrets, which a starter config offers commented out so that turning a
 * feature on needs no separate generator run.
 */
export function generateOptionalSecrets(): Readonly<Record<string, string>> {
  return {
    dragonfly_langfuse_password: randomUrlSafe(32),
    dragonfly_password: randomUrlSafe(32),
    langfuse_keycloak_client_secret: randomUrlSafe(32),
    langfuse_init_user_password: randomUrlSafe(24),
  };
}

/**
 * Fresh values for every secret variable of the config, in the shapes the schema requires: the
 * required ones, the optional ones, the project API keys shared with LiteLLM, and S3 keys to
 * create in RustFS.
 */
export function generateAllSecrets(): Readonly<Record<string, string>> {
  return {
    ...generateRequiredSecrets(),
    ...generateOptionalSecrets(),
    langfuse_redis_password: randomUrlSafe(32),
    langfuse_s3_access_key: randomUrlSafe(20),
    langfuse_s3_secret_key: randomUrlSafe(40),
    langfuse_init_project_public_key: `pk-lf-${randomUrlSafe(32)}`,
    langfuse_init_project_secret_key: `sk-lf-${randomUrlSafe(32)}`,
    langfuse_scim_secret_key: `sk-lf-${randomUrlSafe(32)}`,
    langfuse_sync_keycloak_client_secret: randomUrlSafe(32),
    litellm_langfuse_public_key: `pk-lf-${randomUrlSafe(32)}`,
    litellm_langfuse_secret_key: `sk-lf-${randomUrlSafe(32)}`,
  };
}
