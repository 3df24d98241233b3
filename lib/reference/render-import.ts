import { Document, isMap, isScalar } from 'yaml';
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
export function decisionComment(decision: ImportDecision): string {
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
function wrap(text: string, width = 110): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

const commentBlock = (text: string) => wrap(text).map((l) => ` ${l}`).join('\n');

/**
 * The converted config as YAML written with the yaml Document API: the keys in schema order, each
 * with the comment of its decision above it, a header naming the source, and the dropped keys in a
 * trailing comment (their values are never written: many are secrets).
 */
export function renderImportedConfig(result: ImportResult, options: RenderImportOptions): string {
  const rank = new Map(options.keyOrder.map((k, i) => [k, i]));
  const keys = Object.keys(result.config).sort((a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || a.localeCompare(b));
  const doc = new Document(Object.fromEntries(keys.map((k) => [k, result.config[k]])));
  const byKey = new Map(result.decisions.filter((d) => d.to !== undefined).map((d) => [d.to!, d]));
  if (!isMap(doc.contents)) throw new Error('import-reference produced no mapping');
  for (const pair of doc.contents.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const decision = byKey.get(key);
    if (decision && isScalar(pair.key)) pair.key.commentBefore = commentBlock(decisionComment(decision));
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
  if (dropped.length > 0) doc.comment = dropped.join('\n');
  return doc.toString({ lineWidth: 0 });
}
