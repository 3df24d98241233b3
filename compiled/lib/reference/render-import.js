"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decisionComment = decisionComment;
exports.renderImportedConfig = renderImportedConfig;
const yaml_1 = require("yaml");
/** The comment a decision puts above its key: what was done, from which reference key, and why. */
function decisionComment(decision) {
    const from = decision.from.filter((k) => k !== decision.to);
    switch (decision.kind) {
        case 'kept':
            return `kept: ${decision.reason}`;
        case 'renamed':
            return `renamed from ${from.join(', ')}: ${decision.reason}`;
        case 'converted':
            return from.length > 0 ? `converted from ${from.join(', ')}: ${decision.reason}` : `converted: ${decision.reason}`;
        case 'added':
            return `added for the switch: ${decision.reason}`;
        default:
            return `dropped ${decision.from.join(', ')}: ${decision.reason}`;
    }
}
/** A long comment as lines of at most `width` characters (YAML comments cannot wrap themselves). */
function wrap(text, width = 110) {
    const lines = [];
    let line = '';
    for (const word of text.split(' ')) {
        if (line !== '' && line.length + 1 + word.length > width) {
            lines.push(line);
            line = word;
        }
        else
            line = line === '' ? word : `${line} ${word}`;
    }
    if (line !== '')
        lines.push(line);
    return lines;
}
const commentBlock = (text) => wrap(text).map((l) => ` ${l}`).join('\n');
/**
 * The converted config as YAML written with the yaml Document API: the keys in schema order, each
 * with the comment of its decision above it, a header naming the source, and the dropped keys in a
 * trailing comment (their values are never written: many are secrets).
 */
function renderImportedConfig(result, options) {
    const rank = new Map(options.keyOrder.map((k, i) => [k, i]));
    const keys = Object.keys(result.config).sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b));
    const doc = new yaml_1.Document(Object.fromEntries(keys.map((k) => [k, result.config[k]])));
    const byKey = new Map(result.decisions.filter((d) => d.to !== undefined).map((d) => [d.to, d]));
    if (!(0, yaml_1.isMap)(doc.contents))
        throw new Error('import-reference produced no mapping');
    for (const pair of doc.contents.items) {
        const key = (0, yaml_1.isScalar)(pair.key) ? String(pair.key.value) : '';
        const decision = byKey.get(key);
        if (decision && (0, yaml_1.isScalar)(pair.key))
            pair.key.commentBefore = commentBlock(decisionComment(decision));
    }
    doc.commentBefore = [
        ...(options.schemaPath ? [` yaml-language-server: $schema=${options.schemaPath}`, ''] : []),
        ...wrap(`langfuse-cdk8s config converted by import-reference from the reference deployment's ${options.source}. Every key says what was done with it `
            + '(kept, renamed, converted, added for the switch); the dropped reference keys are listed at the end. It holds secrets: keep it encrypted or out of git.')
            .map((l) => ` ${l}`),
    ].join('\n');
    const dropped = result.decisions.filter((d) => d.kind === 'dropped').map((d) => commentBlock(decisionComment(d)));
    if (result.unrelated.length > 0) {
        dropped.push(commentBlock(`dropped, not Langfuse settings (${result.unrelated.length} keys of the reference's other apps and the cluster): ${result.unrelated.join(', ')}`));
    }
    if (dropped.length > 0)
        doc.comment = dropped.join('\n');
    return doc.toString({ lineWidth: 0 });
}
