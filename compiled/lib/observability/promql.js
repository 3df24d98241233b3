"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.metricNames = metricNames;
/** PromQL words that look like identifiers but are not metric names. */
const KEYWORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan']);
/**
 * The metric names a PromQL expression selects, for checking a dashboard against the metrics that
 * exist. It understands what dashboards here use: selectors with label matchers, range vectors,
 * functions and aggregations with `by`/`without`, binary operators, numbers and strings. It does not
 * resolve recording rules or `{__name__=...}` selectors.
 *
 * @example metricNames('sum by (queue) (rate(langfuse_queue_jobs_total{type="request"}[5m]))') // ['langfuse_queue_jobs_total']
 */
function metricNames(expr) {
    const stripped = expr
        .replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g, ' ')
        .replace(/\{[^}]*\}/g, ' ')
        .replace(/\[[^\]]*\]/g, ' ')
        .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' ');
    const names = new Set();
    for (const match of stripped.matchAll(/[A-Za-z_:][A-Za-z0-9_:]*/g)) {
        const word = match[0];
        const next = stripped.slice(match.index + word.length).trimStart();
        // a word glued to a digit is part of a number (1e6) or a duration (5m), not a name
        const gluedToNumber = /[0-9.]$/.test(stripped.slice(0, match.index));
        if (next.startsWith('(') || KEYWORDS.has(word.toLowerCase()) || gluedToNumber)
            continue;
        names.add(word);
    }
    return [...names].sort();
}
