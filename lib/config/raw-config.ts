import type { CrossFieldIssue } from './cross-field-rules';

/** A config as parsed, before (or without) validation: any value may be missing or wrong. */
export type RawConfig = Readonly<Record<string, unknown>>;

/** Whether a raw value is given (not missing, null or empty). */
export const isSet = (v: unknown) => v !== undefined && v !== null && v !== '';

/** Whether a raw flag is on. */
export const isOn = (v: unknown) => v === true;

/** An issue list and the rule "`key` is required because ...", for the cross-field rules. */
export function issueCollector(cfg: RawConfig): { issues: CrossFieldIssue[]; requireKey: (key: string, because: string) => void } {
  const issues: CrossFieldIssue[] = [];
  return { issues, requireKey: (key, because) => { if (!isSet(cfg[key])) issues.push({ key, message: `is required ${because}` }); } };
}
