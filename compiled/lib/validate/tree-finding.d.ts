/** The checks `validateTree` runs; each can be skipped by name. */
export declare const TREE_CHECKS: readonly ["yaml", "schema", "chart-values", "kustomize", "flux-path", "flux-depends-on", "flux-sops-secret", "secret-in-clear", "resources", "pinned", "clickhouse-cluster", "unlisted-file", "orphan-app", "leftovers"];
/** One check of `validateTree`. */
export type TreeCheck = (typeof TREE_CHECKS)[number];
/** One problem in an emitted tree. */
export interface TreeFinding {
    /** Errors fail validation; warnings are printed only. */
    readonly severity: 'error' | 'warning';
    readonly check: TreeCheck;
    /** File relative to the tree root ("." for the tree as a whole). */
    readonly file: string;
    /** `Kind/name` of the document, or "-". */
    readonly document: string;
    /** Dotted field path inside the document, or "-". */
    readonly field: string;
    /** What is wrong and what to do; never a secret value. */
    readonly message: string;
}
/** One finding as one line: `file: Kind/name: field: message [check]`, warnings marked. */
export declare function formatFinding(f: TreeFinding): string;
/** Findings in a stable order: by file, document, field, message. */
export declare function sortFindings(findings: readonly TreeFinding[]): TreeFinding[];
