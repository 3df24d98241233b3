"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unifiedDiff = unifiedDiff;
/**
 * A line diff in unified format (`---`/`+++` headers, `@@` hunks with `context` lines around each
 * change), from a longest-common-subsequence table. Meant for the small files of a Flux tree.
 *
 * @param before the old text ('' for a new file)
 * @param after the new text ('' for a removed file)
 * @param name the file name for the headers
 * @param context unchanged lines shown around each change
 * @returns the diff, '' when the texts are equal
 */
function unifiedDiff(before, after, name, context = 3) {
    if (before === after)
        return '';
    const a = splitLines(before);
    const b = splitLines(after);
    const ops = diffLines(a, b);
    const lines = [`--- a/${name}`, `+++ b/${name}`];
    // group the operations into hunks separated by more than 2*context unchanged lines
    const changed = ops.map((op, i) => (op.type !== ' ' ? i : -1)).filter((i) => i >= 0);
    let start = 0;
    while (start < changed.length) {
        let end = start;
        while (end + 1 < changed.length && changed[end + 1] - changed[end] <= 2 * context + 1)
            end++;
        const from = Math.max(0, changed[start] - context);
        const to = Math.min(ops.length - 1, changed[end] + context);
        const hunk = ops.slice(from, to + 1);
        const oldStart = ops.slice(0, from).filter((o) => o.type !== '+').length + 1;
        const newStart = ops.slice(0, from).filter((o) => o.type !== '-').length + 1;
        const oldCount = hunk.filter((o) => o.type !== '+').length;
        const newCount = hunk.filter((o) => o.type !== '-').length;
        lines.push(`@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`);
        for (const op of hunk)
            lines.push(`${op.type}${op.line}`);
        start = end + 1;
    }
    return lines.join('\n');
}
function splitLines(text) {
    if (text === '')
        return [];
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    return lines;
}
function diffLines(a, b) {
    const n = a.length;
    const m = b.length;
    // lcs[i][j] = length of the LCS of a[i..] and b[j..]
    const lcs = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
    for (let i = n - 1; i >= 0; i--) {
        for (let j = m - 1; j >= 0; j--) {
            lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
        }
    }
    const ops = [];
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
        if (a[i] === b[j]) {
            ops.push({ type: ' ', line: a[i] });
            i++;
            j++;
        }
        else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push({ type: '-', line: a[i++] });
        }
        else {
            ops.push({ type: '+', line: b[j++] });
        }
    }
    while (i < n)
        ops.push({ type: '-', line: a[i++] });
    while (j < m)
        ops.push({ type: '+', line: b[j++] });
    return ops;
}
