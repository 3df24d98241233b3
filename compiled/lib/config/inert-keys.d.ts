import type { LangfuseConfig } from './langfuse-config';
/**
 * A key that only takes effect behind a gate. `on`: a flag that asks for something (only `true`
 * is reported: `false` asks for nothing); `set`: a value (reported whenever the file sets it).
 */
export interface GatedKey {
    readonly key: keyof LangfuseConfig & string;
    readonly when: 'on' | 'set';
    /** Whether the gate is open, read from the validated (effective) config. */
    readonly open: (cfg: LangfuseConfig) => boolean;
    /** The gate in the config's words, for the message: "it only takes effect with <needs>". */
    readonly needs: string;
}
/**
 * Every key that does nothing unless another key opens its gate, with that gate: the one place
 * the list lives (the gates are those of `toChartProps` and lib/settings/derive.ts). Keys whose
 * gate is a config error when closed (like `langfuse_backup_enabled` without RustFS) are not here:
 * the config is rejected instead.
 */
export declare const GATED_KEYS: readonly GatedKey[];
/** A key set in the config file that does nothing. */
export interface InertKey {
    readonly key: string;
    readonly message: string;
}
/**
 * The keys a config file sets that do nothing in this config, each with the gate that would make
 * it count. `setKeys` are the keys the file itself sets (defaults and profile values never count).
 * Nothing is reported for a disabled instance: with `langfuse_enabled: false` every key is idle.
 */
export declare function inertKeys(cfg: LangfuseConfig, setKeys: ReadonlySet<string>): InertKey[];
