import type { LangfuseConfig } from './schema';
/** Where the README explains the way from v3 on the bundled ClickHouse to v4. */
export declare const UPGRADE_PATH_REFERENCE = "docs/upgrade-v4.md";
/**
 * What synth warns about in valid configs: instances that set no `langfuse_version` (they keep
 * Langfuse v3 on the bundled ClickHouse, as before the key existed), as one warning, and the
 * LiteLLM `langfuse` callback with v4's `events_only` ingestion.
 */
export declare function configWarnings(configs: readonly LangfuseConfig[]): string[];
