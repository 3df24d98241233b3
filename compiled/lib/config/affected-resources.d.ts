import { ConfigKeyInfo } from './key-info';
/**
 * Which emitted objects each config key affects, derived rather than written down: the smallest
 * enabled config is synthesized with and without the key changed, and the two object lists are
 * compared. The probes below only say how to change a key validly; the effect is measured.
 */
/** How to change one key. */
export interface KeyProbe {
    /** The changed value. */
    readonly value: unknown;
    /** Keys set in both configs, when the key only matters with them (a gate, a group). */
    readonly base?: Readonly<Record<string, unknown>>;
    /** Keys set together with the changed key (a group that must be complete to be valid). */
    readonly with?: Readonly<Record<string, unknown>>;
}
/** The smallest config that enables Langfuse, with every optional feature off. */
export declare const PROBE_BASE_CONFIG: Readonly<Record<string, unknown>>;
/**
 * Probes for the keys that cannot be changed mechanically (strings, gated flags, groups). Booleans,
 * enums and integers without an entry are flipped or moved by one within their range.
 */
export declare const KEY_PROBES: Readonly<Record<string, KeyProbe>>;
/** The measured effect of changing one key. */
export interface AffectedResources {
    /** Objects (`Kind name`) that appear. */
    readonly added: readonly string[];
    /** Objects that disappear. */
    readonly removed: readonly string[];
    /** Objects whose content changes. */
    readonly changed: readonly string[];
    /** How many objects the unchanged config emits. */
    readonly total: number;
    /** Why the effect could not be measured, when it could not. */
    readonly notDerived?: string;
}
/**
 * The probe for a key: an explicit entry, or a mechanical change: flags flipped, enums and
 * integers moved, strings changed to the first valid variant of the default (or of a sample).
 */
export declare function probeFor(info: ConfigKeyInfo): KeyProbe | undefined;
/**
 * Measures, for every config key, which objects change when the key changes.
 *
 * @returns one entry per key, in schema order
 */
export declare function deriveAffectedResources(): Map<string, AffectedResources>;
