import type { CrossFieldIssue } from './cross-field-rules';
/** A config as parsed, before (or without) validation: any value may be missing or wrong. */
export type RawConfig = Readonly<Record<string, unknown>>;
/** Whether a raw value is given (not missing, null or empty). */
export declare const isSet: (v: unknown) => boolean;
/** Whether a raw flag is on. */
export declare const isOn: (v: unknown) => v is true;
/** An issue list and the rule "`key` is required because ...", for the cross-field rules. */
export declare function issueCollector(cfg: RawConfig): {
    issues: CrossFieldIssue[];
    requireKey: (key: string, because: string) => void;
};
