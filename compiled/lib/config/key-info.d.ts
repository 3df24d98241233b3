/**
 * What the generated documentation, the starter config of `init` and the error messages know about
 * one config key. Everything is read from the zod schema the loader validates with, so the three
 * cannot drift from the code.
 */
export interface ConfigKeyInfo {
    readonly key: string;
    /** Title of the section the key belongs to (see {@link CONFIG_SECTIONS}). */
    readonly section: string;
    /** The `.describe()` text. */
    readonly description: string;
    /** A short human-readable type, like `integer 1–10` or `"audit" | "enforce"`. */
    readonly type: string;
    /** The default after parsing; undefined when the key has none. */
    readonly default: unknown;
    /** What values are allowed, in the words of the validation messages. */
    readonly allowed: readonly string[];
    /** Whether the value is a secret that is masked in messages and kept out of docs. */
    readonly secret: boolean;
}
/**
 * Section titles, each with the first key of the section in schema order; a key belongs to the
 * last section that starts at or before it.
 */
export declare const CONFIG_SECTIONS: ReadonlyArray<{
    readonly title: string;
    readonly firstKey: string;
}>;
/** Every config key in schema order, with its section, type, default and allowed values. */
export declare function configKeyInfos(): readonly ConfigKeyInfo[];
/** The info of one key, or undefined for an unknown key. */
export declare function configKeyInfo(key: string): ConfigKeyInfo | undefined;
