"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.generateRequiredSecrets = generateRequiredSecrets;
exports.generateOptionalSecrets = generateOptionalSecrets;
exports.generateAllSecrets = generateAllSecrets;
const secret_values_1 = require("../settings/secret-values");
/**
 * Fresh values for the config's required secrets: 44 letters and digits for NEXTAUTH_SECRET and
 * SALT (about 260 bits), 64 hex characters for ENCRYPTION_KEY, and 32 letters and digits for the
 * database passwords (the chart pastes them unencoded into connection URLs).
 */
function generateRequiredSecrets() {
    return {
        langfuse_nextauth_secret: (0, secret_values_1.randomUrlSafe)(44),
        langfuse_salt: (0, secret_values_1.randomUrlSafe)(44),
        langfuse_encryption_key: (0, secret_values_1.randomHex)(32),
        langfuse_postgres_password: (0, secret_values_1.randomUrlSafe)(32),
        langfuse_clickhouse_password: (0, secret_values_1.randomUrlSafe)(32),
    };
}
/**
 * Fresh values for optional secrets, which a starter config offers commented out so that turning a
 * feature on needs no separate generator run.
 */
function generateOptionalSecrets() {
    return {
        dragonfly_langfuse_password: (0, secret_values_1.randomUrlSafe)(32),
        dragonfly_password: (0, secret_values_1.randomUrlSafe)(32),
        langfuse_keycloak_client_secret: (0, secret_values_1.randomUrlSafe)(32),
        langfuse_init_user_password: (0, secret_values_1.randomUrlSafe)(24),
    };
}
/**
 * Fresh values for every secret variable of the config, in the shapes the schema requires: the
 * required ones, the optional ones, the project API keys shared with LiteLLM, and S3 keys to
 * create in RustFS.
 */
function generateAllSecrets() {
    return {
        ...generateRequiredSecrets(),
        ...generateOptionalSecrets(),
        langfuse_redis_password: (0, secret_values_1.randomUrlSafe)(32),
        langfuse_s3_access_key: (0, secret_values_1.randomUrlSafe)(20),
        langfuse_s3_secret_key: (0, secret_values_1.randomUrlSafe)(40),
        langfuse_init_project_public_key: `pk-lf-${(0, secret_values_1.randomUrlSafe)(32)}`,
        langfuse_init_project_secret_key: `sk-lf-${(0, secret_values_1.randomUrlSafe)(32)}`,
        langfuse_scim_secret_key: `sk-lf-${(0, secret_values_1.randomUrlSafe)(32)}`,
        langfuse_sync_keycloak_client_secret: (0, secret_values_1.randomUrlSafe)(32),
        litellm_langfuse_public_key: `pk-lf-${(0, secret_values_1.randomUrlSafe)(32)}`,
        litellm_langfuse_secret_key: `sk-lf-${(0, secret_values_1.randomUrlSafe)(32)}`,
    };
}
