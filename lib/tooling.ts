/**
 * `langfuse-cdk8s/tooling`: what the CLI and the docs generators are built from (the config's JSON
 * Schema and reference, key descriptions, affected resources, starter config and generated secrets,
 * feature summary, unified diff, derived settings, metric catalog). Reachable for tools built around
 * the package, but not part of the construct API: it may change with any release.
 */
export * from './config/affected-resources';
export * from './config/encrypted-config';
export * from './config/errors';
export * from './config/generate-secrets';
export * from './config/json-schema';
export * from './config/key-info';
export * from './config/profiles';
export * from './config/reference-doc';
export * from './config/schema';
export * from './config/starter-config';
export * from './config/to-props';
export * from './flux/langfuse-values-v1';
export * from './network/langfuse-traffic';
export * from './network/traffic-model';
export * from './observability/metric-catalog';
export * from './observability/statsd-mapping';
export * from './output/unified-diff';
export * from './settings/derive';
export * from './settings/features';
export * from './settings/secret-values';
export * from './synth';
export * from './clickhouse/langfuse-clickhouse';
export * from './clickhouse/operator-conventions';
export * from './config/config-warnings';
export {
  checkOutDir, DEFAULT_LOCK_TIMEOUT_MS, JOURNAL_FILE, OWNED_FILES_MANIFEST, STAGING_FOLDER, SYSTEM_FOLDERS, TREE_LOCK_FILE, treeLeftovers,
} from './output/tree-writer';
export type { TreeLeftover } from './output/tree-writer';
export * from './backup/clickhouse-backup-scripts';
export * from './backup/langfuse-disaster-recovery';
export * from './backup/recovery-plan';
export * from './backup/schedule-interval';
export * from './clickhouse/clickhouse-copy-script';
export * from './clickhouse/clickhouse-migration-stage';
export * from './config/disaster-recovery-rules';
export * from './shell-quote';
export * from './upgrade/config-edit';
export * from './upgrade/recorded-step';
export * from './upgrade/step-check';
export * from './upgrade/upgrade-path';
export * from './upgrade/upgrade-plan';
export * from './upgrade/upgrade-runbook';
export * from './reference/import-reference';
export * from './reference/render-import';
export * from './reference/reference-keys';
export * from './reference/reference-layout';
