import type { ImportDecision, ImportResult } from './import-reference';
/** Options of {@link renderImportedConfig}. */
export interface RenderImportOptions {
    /** The cluster.yaml it came from, as shown in the header. */
    readonly source: string;
    /** Every config key in schema order (the output follows it). */
    readonly keyOrder: readonly string[];
    /** `$schema` path for editors, relative to the written file. @default - no schema line */
    readonly schemaPath?: string;
}
/** The comment a decision puts above its key: what was done, from which reference key, and why. */
export declare function decisionComment(decision: ImportDecision): string;
/**
 * The converted config as YAML written with the yaml Document API: the keys in schema order, each
 * with the comment of its decision above it, a header naming the source, and the dropped keys in a
 * trailing comment (their values are never written: many are secrets).
 */
export declare function renderImportedConfig(result: ImportResult, options: RenderImportOptions): string;
