import { isMap, isScalar, isSeq, Node, Pair, parseDocument, YAMLMap } from 'yaml';
import { ConfigError } from '../config/errors';
import { INSTANCES_KEY } from '../config/load';
import type { ConfigKeyEdit } from './upgrade-path';

/** The keys the upgrade path edits; a new one goes next to the others. */
export const UPGRADE_STAGE_KEYS: readonly string[] = [
  'langfuse_version', 'langfuse_clickhouse_backend', 'langfuse_clickhouse_migration',
  'langfuse_v4_write_mode', 'langfuse_v4_historic_backfill', 'langfuse_v4_events_only_confirmed',
];

/** The edits of one instance: its index in `instances`, or undefined for a file without that list. */
export interface InstanceConfigEdit {
  readonly index?: number;
  readonly edits: readonly ConfigKeyEdit[];
}

/** A replacement of the text between two offsets. */
interface TextChange {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * Applies config edits to the text of a config file, so that everything else stays byte for byte:
 * the `yaml` document API finds each key's place (its parsed nodes carry their source ranges), and
 * only those ranges are rewritten. A changed value is replaced in place (its line and comment stay),
 * a removed key loses its line, a new key gets a line after the last stage key of its mapping (else
 * after the mapping's last key, and before `instances` at the top level).
 *
 * In a file with `instances`, a key that every instance changes alike and no entry overrides is
 * edited at the top level; otherwise in the entries. A key that must go from one instance while
 * the shared top level still sets it cannot be expressed in the file, and is an error.
 */
export function applyConfigEdits(text: string, changes: readonly InstanceConfigEdit[], source = 'config'): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) throw new ConfigError(source, [{ key: '(top level)', message: 'must be a mapping of config keys to edit it' }]);
  const top = doc.contents;
  const list = top.get(INSTANCES_KEY, true);
  const entries = isSeq(list) ? list.items : undefined;
  const entryMap = (i: number): YAMLMap => {
    const entry = entries?.[i];
    if (!isMap(entry) || entry.flow) throw new ConfigError(source, [{ key: `${INSTANCES_KEY}[${i}]`, message: 'must be a block mapping to edit it' }]);
    return entry;
  };

  const edits: TextChange[] = [];
  const keys = [...new Set(changes.flatMap((c) => c.edits.map((e) => e.key)))];
  for (const key of keys) {
    const wanted = changes.flatMap((c) => c.edits.filter((e) => e.key === key).map((e) => ({ index: c.index, value: e.value })));
    if (entries === undefined || wanted.some((w) => w.index === undefined)) {
      for (const w of wanted) edits.push(...keyChange(text, top, key, w.value, true));
      continue;
    }
    const alike = wanted.length === entries.length && wanted.every((w) => w.value === wanted[0].value);
    if (alike && entries.every((_, i) => !entryMap(i).has(key))) {
      edits.push(...keyChange(text, top, key, wanted[0].value, true));
      continue;
    }
    for (const w of wanted) {
      const entry = entryMap(w.index!);
      if (w.value === undefined && top.has(key)) {
        throw new ConfigError(source, [{
          key: `${INSTANCES_KEY}[${w.index}].${key}`,
          message: `must be removed for this instance only, but the top level sets it for every instance: move ${key} into each entry of ${INSTANCES_KEY}, then run again`,
        }]);
      }
      if (w.value !== undefined || entry.has(key)) edits.push(...keyChange(text, entry, key, w.value, false));
    }
  }
  // From the end backwards, so that earlier offsets stay valid; insertions at one place keep their order.
  return edits
    .map((e, i) => ({ ...e, i }))
    .sort((a, b) => b.start - a.start || b.i - a.i)
    .reduce((out, e) => out.slice(0, e.start) + e.text + out.slice(e.end), text);
}

const lineStart = (text: string, pos: number) => text.lastIndexOf('\n', pos - 1) + 1;
const lineEnd = (text: string, pos: number) => {
  const i = text.indexOf('\n', pos);
  return i < 0 ? text.length : i + 1;
};

/** A config value as YAML: numbers and booleans as they are, strings plain when nothing in them needs quotes. */
function literal(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return /^[a-z][a-z0-9_-]*$/.test(value) && !['true', 'false', 'null', 'yes', 'no', 'on', 'off'].includes(value) ? value : JSON.stringify(value);
}

function rangeOf(node: unknown): [number, number, number] {
  const range = (node as Node | undefined)?.range;
  if (!range) throw new Error('a parsed config node has no source range');
  return range;
}

/** The end of a pair's last line (its value, and a comment after it). */
function pairEnd(text: string, pair: Pair): number {
  const [keyStart] = rangeOf(pair.key);
  const valueEnd = pair.value ? rangeOf(pair.value)[1] : rangeOf(pair.key)[1];
  return lineEnd(text, Math.max(valueEnd - 1, keyStart));
}

function keyChange(text: string, map: YAMLMap, key: string, value: ConfigKeyEdit['value'], topLevel: boolean): TextChange[] {
  const index = map.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  const pair = index >= 0 ? map.items[index] : undefined;
  if (pair && value === undefined) {
    const start = lineStart(text, rangeOf(pair.key)[0]);
    return [{ start, end: pairEnd(text, pair), text: '' }];
  }
  if (value === undefined) return [];
  if (pair && isScalar(pair.value)) {
    const [start, end] = rangeOf(pair.value);
    return [{ start, end, text: literal(value) }];
  }
  if (pair) throw new Error(`config key ${key} holds a collection, not a value`);
  const [firstKey] = rangeOf(map.items[0]?.key);
  const indent = ' '.repeat(firstKey - lineStart(text, firstKey));
  const isStage = (p: Pair) => isScalar(p.key) && UPGRADE_STAGE_KEYS.includes(String(p.key.value));
  const instances = topLevel ? map.items.findIndex((p) => isScalar(p.key) && p.key.value === INSTANCES_KEY) : -1;
  const candidates = instances >= 0 ? map.items.slice(0, instances) : map.items;
  const anchor = [...candidates].reverse().find(isStage) ?? candidates[candidates.length - 1];
  const at = anchor ? pairEnd(text, anchor) : lineStart(text, firstKey);
  const newline = at > 0 && text[at - 1] !== '\n' ? '\n' : '';
  return [{ start: at, end: at, text: `${newline}${indent}${key}: ${literal(value)}\n` }];
}
