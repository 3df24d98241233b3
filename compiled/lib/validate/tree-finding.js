"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TREE_CHECKS = void 0;
exports.formatFinding = formatFinding;
exports.sortFindings = sortFindings;
/** The checks `validateTree` runs; each can be skipped by name. */
exports.TREE_CHECKS = [
    'yaml', 'schema', 'chart-values', 'kustomize', 'flux-path', 'flux-depends-on', 'flux-sops-secret', 'secret-in-clear', 'resources', 'pinned', 'clickhouse-cluster',
    'unlisted-file', 'orphan-app', 'leftovers',
];
/** One finding as one line: `file: Kind/name: field: message [check]`, warnings marked. */
function formatFinding(f) {
    return `${f.severity === 'warning' ? 'warning: ' : ''}${f.file}: ${f.document}: ${f.field}: ${f.message} [${f.check}]`;
}
/** Findings in a stable order: by file, document, field, message. */
function sortFindings(findings) {
    const key = (f) => [f.file, f.document, f.field, f.message, f.check];
    return [...findings].sort((a, b) => {
        const [ka, kb] = [key(a), key(b)];
        for (let i = 0; i < ka.length; i++) {
            if (ka[i] !== kb[i])
                return ka[i] < kb[i] ? -1 : 1;
        }
        return 0;
    });
}
