/**
 * Cron expressions as robfig/cron parses them (CloudNativePG's ScheduledBackup uses its
 * seconds-first form): space-separated fields, each a comma-separated list of `*`, `?` (day of
 * month and day of week only), a value or a range `a-b`, optionally followed by `/step`; months
 * and weekdays also by name (JAN-DEC, SUN-SAT, any case). Also the descriptors `@yearly`,
 * `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly` and `@every <duration>`.
 *
 * @see https://pkg.go.dev/github.com/robfig/cron#hdr-CRON_Expression_Format
 */
/** Options of {@link cronProblem}. */
export interface CronOptions {
    /** Whether a seconds field comes first (six fields, as CloudNativePG's ScheduledBackup). */
    readonly seconds: boolean;
}
/** What is wrong with a cron expression, or undefined when robfig/cron accepts it. */
export declare function cronProblem(expression: string, options: CronOptions): string | undefined;
