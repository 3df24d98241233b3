import type { ConfigKeyEdit } from './upgrade-path';
/** The keys the upgrade path edits; a new one goes next to the others. */
export declare const UPGRADE_STAGE_KEYS: readonly string[];
/** The edits of one instance: its index in `instances`, or undefined for a file without that list. */
export interface InstanceConfigEdit {
    readonly index?: number;
    readonly edits: readonly ConfigKeyEdit[];
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
export declare function applyConfigEdits(text: string, changes: readonly InstanceConfigEdit[], source?: string): string;
