import { minimalRaw } from '../support/fixtures';

/** Config fragments that turn one feature on, for the observability and backup tests. */
export const MONITORING = { monitoring_enabled: true, langfuse_monitoring_enabled: true };
export const TRACING = { tracing_enabled: true, langfuse_tracing_enabled: true };
export const RUSTFS = { rustfs_enabled: true, langfuse_s3_access_key: 'langfuse-s3', langfuse_s3_secret_key: 'S3SecretKey0123456789' };
export const BACKUP = { ...RUSTFS, langfuse_backup_enabled: true };
export const IN_TREE_BACKUP = { ...BACKUP, cnpg_barman_plugin_enabled: false, cnpg_postgres_image: 'ghcr.io/cloudnative-pg/postgresql:18.1-system-trixie' };
export const DRAGONFLY = { dragonfly_enabled: true, dragonfly_acl_enabled: true, dragonfly_langfuse_password: 'AclPassword0123456789' };

/** The minimal config with some fragments on top. */
export function withRaw(...fragments: Record<string, unknown>[]): Record<string, unknown> {
  return Object.assign(minimalRaw(), ...fragments);
}
