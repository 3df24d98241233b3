import { ConfigProblem } from './errors';
import type { LangfuseConfig } from './langfuse-config';
/** Where the README explains the way from v3 on the bundled ClickHouse to v4. */
export declare const UPGRADE_PATH_REFERENCE = "docs/upgrade-v4.md";
/**
 * What synth warns about in valid configs: instances that set no `langfuse_version` (they keep
 * Langfuse v3 on the bundled ClickHouse, as before the key existed), as one warning, and the
 * LiteLLM `langfuse` callback with v4's `events_only` ingestion, and the ClickHouse operator
 * installed without cert-manager.
 */
export declare function configWarnings(configs: readonly LangfuseConfig[]): string[];
/**
 * The keys the config file sets that do nothing (see `GATED_KEYS`), as config problems: warnings
 * for synth, validate --config and explain, errors with --strict (see {@link assertNoInertKeys}).
 * With several instances, each key is named with its instance, like `instances[1].dragonfly_acl_enabled`.
 */
export declare function inertKeyProblems(configs: readonly LangfuseConfig[]): ConfigProblem[];
/** `--strict`: a key that does nothing is an error (exit 2), all of them listed at once. */
export declare function assertNoInertKeys(configs: readonly LangfuseConfig[], source: string): void;
