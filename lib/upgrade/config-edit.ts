import { isMap, isScalar, parseDocument, YAMLMap } from 'yaml';
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

/**
 * Applies config edits to the text of a config file through the `yaml` document API, so that its
 * comments, key order and layout stay as they are: a changed key keeps its place and its comment,
 * a new one goes after the last stage key of its mapping (or at its end), a removed one takes its
 * line with it. In a file with `instances`, a key that every instance changes alike and no entry
 * overrides is edited at the top level; otherwise in the entries. A key that must go from one
 * instance while the shared top level still sets it cannot be expressed, and is an error.
 */
export function applyConfigEdits(text: string, changes: readonly InstanceConfigEdit[], source = 'config'): string {
  const doc = parseDocument(text);
  if (!isMap(doc.contents)) throw new ConfigError(source, [{ key: '(top level)', message: 'must be a mapping of config keys to edit it' }]);
  const top = doc.contents as YAMLMap;
  const list = top.get(INSTANCES_KEY, true);
  const entries = list && 'items' in list ? (list.items as unknown[]) : undefined;
  const entryMap = (i: number) => {
    const entry = entries?.[i];
    if (!isMap(entry)) throw new ConfigError(source, [{ key: `${INSTANCES_KEY}[${i}]`, message: 'must be a mapping to edit it' }]);
    return entry as YAMLMap;
  };

  const keys = [...new Set(changes.flatMap((c) => c.edits.map((e) => e.key)))];
  for (const key of keys) {
    const wanted = changes.flatMap((c) => c.edits.filter((e) => e.key === key).map((e) => ({ index: c.index, value: e.value })));
    if (entries === undefined || wanted.some((w) => w.index === undefined)) {
      for (const w of wanted) setOrDelete(doc, top, key, w.value);
      continue;
    }
    const alike = wanted.length === entries.length && wanted.every((w) => w.value === wanted[0].value);
    if (alike && entries.every((_, i) => !entryMap(i).has(key))) {
      setOrDelete(doc, top, key, wanted[0].value);
      continue;
    }
    for (const w of wanted) {
      const entry = entryMap(w.index!);
      if (w.value !== undefined || entry.has(key)) setOrDelete(doc, entry, key, w.value);
      if (w.value === undefined && top.has(key)) {
        throw new ConfigError(source, [{
          key: `${INSTANCES_KEY}[${w.index}].${key}`,
          message: `must be removed for this instance only, but the top level sets it for every instance: move ${key} into each entry of ${INSTANCES_KEY}, then run again`,
        }]);
      }
    }
  }
  return doc.toString();
}

function setOrDelete(doc: ReturnType<typeof parseDocument>, map: YAMLMap, key: string, value: ConfigKeyEdit['value']): void {
  if (value === undefined) {
    map.delete(key);
    return;
  }
  const existing = map.get(key, true);
  if (isScalar(existing)) {
    // A quoted "3" stays quoted when it stays a string; a value of another type is written plainly.
    if (typeof existing.value !== typeof value) existing.type = undefined;
    existing.value = value;
    return;
  }
  const pair = doc.createPair(key, value);
  let after = -1;
  map.items.forEach((item, i) => {
    if (isScalar(item.key) && UPGRADE_STAGE_KEYS.includes(String(item.key.value))) after = i;
  });
  if (after < 0) map.items.push(pair);
  else map.items.splice(after + 1, 0, pair);
}
