/** The checks `validateTree` runs; each can be skipped by name. */
export const TREE_CHECKS = [
  'yaml', 'schema', 'chart-values', 'kustomize', 'flux-path', 'flux-depends-on', 'flux-sops-secret', 'secret-in-clear', 'resources', 'pinned', 'clickhouse-cluster',
  'unlisted-file', 'orphan-app', 'leftovers',
] as const;

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
export function formatFinding(f: TreeFinding): string {
  return `${f.severity === 'warning' ? 'warning: ' : ''}${f.file}: ${f.document}: ${f.field}: ${f.message} [${f.check}]`;
}

/** Findings in a stable order: by file, document, field, message. */
export function sortFindings(findings: readonly TreeFinding[]): TreeFinding[] {
  const key = (f: TreeFinding) => [f.file, f.document, f.field, f.message, f.check];
  return [...findings].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    for (let i = 0; i < ka.length; i++) {
      if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
    }
    return 0;
  });
}
