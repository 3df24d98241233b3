import type { KeyProbe } from './affected-resources';
export declare const SWITCH_KEY_PROBES: Readonly<Record<string, KeyProbe>>;
