import type { CrossFieldIssue } from './cross-field-rules';
import { RawConfig } from './raw-config';
/**
 * Rules between the keys of the reference-switch block (lib/config/switch-schema.ts) and the rest
 * of the config; like the other cross-field rules they read the config loosely. Called by
 * `crossFieldIssues` once Langfuse is enabled.
 */
export declare function referenceSwitchIssues(cfg: RawConfig): CrossFieldIssue[];
