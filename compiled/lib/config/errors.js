"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConfigError = void 0;
exports.isSecretKey = isSecretKey;
exports.showValue = showValue;
exports.editDistance = editDistance;
exports.closestKey = closestKey;
/**
 * Every problem of a config file at once. The CLI and the synth entry point print `message` and
 * exit with status 2 without a stack trace.
 */
class ConfigError extends Error {
    problems;
    source;
    constructor(source, problems) {
        super(formatProblems(source, problems));
        this.name = 'ConfigError';
        this.source = source;
        this.problems = problems;
    }
}
exports.ConfigError = ConfigError;
const SECRET_KEY = /(password|_secret|_salt|encryption_key|access_key|secret_key|api_key)$/;
/** Whether a key holds a secret whose value must never be printed. */
function isSecretKey(key) {
    return SECRET_KEY.test(key);
}
/** How a value is shown in an error: secrets are masked, long values cut. */
function showValue(key, value) {
    if (value === undefined)
        return '';
    // a flag such as langfuse_disable_password_auth is named like a secret but is not one
    if (isSecretKey(key) && typeof value !== 'boolean') {
        return typeof value === 'string' ? `<hidden, ${value.length} characters>` : `<hidden ${typeof value}>`;
    }
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
function formatProblems(source, problems) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    const lines = problems.map((p) => `  - ${p.key}${p.shownValue ? ` = ${p.shownValue}` : ''}: ${p.message}${p.hint ? `; it ${p.hint}` : ''}`);
    return [`config ${source} has ${count}:`, ...lines].join('\n');
}
/** Levenshtein distance, for "did you mean" suggestions. */
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diagonal = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const above = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
            diagonal = above;
        }
    }
    return row[b.length];
}
/** The valid key closest to `key`, when it is close enough to be a likely typo. */
function closestKey(key, validKeys) {
    const extension = validKeys.find((candidate) => candidate.startsWith(`${key}_`));
    if (extension)
        return extension;
    let best;
    let bestDistance = Infinity;
    for (const candidate of validKeys) {
        const d = editDistance(key, candidate);
        if (d < bestDistance) {
            best = candidate;
            bestDistance = d;
        }
    }
    const shareWords = best !== undefined && key.split('_').filter((w) => w.length > 2 && best.includes(w)).length >= 2;
    return bestDistance <= Math.max(3, Math.floor(key.length / 3)) || shareWords ? best : undefined;
}
