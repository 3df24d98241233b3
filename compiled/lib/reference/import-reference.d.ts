/** What `import-reference` did with one setting. */
export type ImportDecisionKind = 'kept' | 'renamed' | 'converted' | 'added' | 'dropped';
/** One decision: the reference keys it reads, the config key it sets (none when dropped) and why. */
export interface ImportDecision {
    readonly kind: ImportDecisionKind;
    /** Keys of the reference's cluster.yaml; empty for a value taken from the reference's layout. */
    readonly from: readonly string[];
    /** The config key set; undefined for a dropped key. */
    readonly to?: string;
    /** Why, in a phrase that completes "kept:", "converted from X:", ... */
    readonly reason: string;
}
/** A converted config and every decision that made it. */
export interface ImportResult {
    /** The config for this tool, keys in no particular order (the writer orders them). */
    readonly config: Readonly<Record<string, unknown>>;
    /** One per config key set, and one per dropped reference key (unrelated keys together). */
    readonly decisions: readonly ImportDecision[];
    /** Keys of the cluster.yaml that are not Langfuse settings, dropped together. */
    readonly unrelated: readonly string[];
}
/** Every cluster.yaml key this import reads; the others are dropped as unrelated to Langfuse. */
export declare const REFERENCE_IMPORT_KEYS: readonly string[];
/**
 * Converts a reference deployment's `cluster.yaml` (the whole file, with the other apps' keys) into a
 * config for this tool: the reference's values are kept wherever they work in its running cluster
 * (API keys in its `lf_pk_` form, passwords with any character), converted where the unit or the key
 * differs (session max age from seconds to minutes, `obot_enabled` to `langfuse_ingress_namespaces`,
 * the other Dragonfly users to `dragonfly_acl_extra_users`), derived as the reference's plugin.py
 * derives its gates (a flag without its secret was off there, and stays off), and completed with the
 * reference's layout (its Flux Kustomization in ai-system, its dependsOn names, its Database and route
 * names) so that synth with `--adopt` takes over the same objects under the same names.
 */
export declare function importReference(raw: Readonly<Record<string, unknown>>): ImportResult;
