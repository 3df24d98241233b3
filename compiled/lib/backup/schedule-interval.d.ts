/** Options of {@link maxScheduleIntervalSeconds}. */
export interface ScheduleOptions {
    /** Six fields, seconds first (CloudNativePG), instead of five. */
    readonly seconds: boolean;
}
/**
 * The longest gap between consecutive runs, in seconds, over four calendar years (leap day
 * included); throws on an invalid expression or one that fires fewer than twice in that time.
 */
export declare function maxScheduleIntervalSeconds(expression: string, options: ScheduleOptions): number;
/** A duration in seconds as a short text: `26h`, `90m`, `7d`. */
export declare function formatDuration(seconds: number): string;
