/** A rule violation that involves more than one key; `key` is the key to fix. */
export interface CrossFieldIssue {
    readonly key: string;
    readonly message: string;
}
type RawConfig = Readonly<Record<string, unknown>>;
/**
 * Rules that tie keys together. They read the config loosely (any value may still be missing or
 * invalid), so that they can run even when field validation failed and every problem is reported
 * at once.
 */
export declare function crossFieldIssues(cfg: RawConfig): CrossFieldIssue[];
export {};
