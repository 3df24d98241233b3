/**
 * Cron expressions as robfig/cron parses them (CloudNativePG's ScheduledBackup uses its
 * seconds-first form): space-separated fields, each a comma-separated list of `*`, `?` (day of
 * month and day of week only), a value or a range `a-b`, optionally followed by `/step`; months
 * and weekdays also by name (JAN-DEC, SUN-SAT, any case). Also the descriptors `@yearly`,
 * `@annually`, `@monthly`, `@weekly`, `@daily`, `@midnight`, `@hourly` and `@every <duration>`.
 *
 * @see https://pkg.go.dev/github.com/robfig/cron#hdr-CRON_Expression_Format
 */

interface CronField {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: readonly string[];
  readonly question?: boolean;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const SECONDS: CronField = { name: 'seconds', min: 0, max: 59 };
const STANDARD_FIELDS: readonly CronField[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31, question: true },
  { name: 'month', min: 1, max: 12, names: MONTHS },
  { name: 'day of week', min: 0, max: 6, names: WEEKDAYS, question: true },
];

const DESCRIPTORS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

/** A Go `time.ParseDuration` value, as `@every` takes it (positive, units ns to h). */
const GO_DURATION = /^(?:(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:ns|us|µs|ms|s|m|h))+$/;

/** Options of {@link cronProblem}. */
export interface CronOptions {
  /** Whether a seconds field comes first (six fields, as CloudNativePG's ScheduledBackup). */
  readonly seconds: boolean;
}

/** What is wrong with a cron expression, or undefined when robfig/cron accepts it. */
export function cronProblem(expression: string, options: CronOptions): string | undefined {
  const fields = options.seconds ? [SECONDS, ...STANDARD_FIELDS] : STANDARD_FIELDS;
  const shape = options.seconds ? 'six fields, seconds first, like "0 0 3 * * *"' : 'five fields, like "0 3 * * *"';
  const spec = expression.trim();
  if (spec.startsWith('@')) {
    if (DESCRIPTORS.includes(spec)) return undefined;
    const every = /^@every\s+(\S+)$/.exec(spec);
    if (every && GO_DURATION.test(every[1]) && /[1-9]/.test(every[1])) return undefined;
    return `must be ${shape}, or one of ${DESCRIPTORS.join(', ')} or "@every <duration>" like "@every 6h"`;
  }
  const parts = spec.split(/\s+/);
  if (parts.length !== fields.length) return `must have ${shape}`;
  for (let i = 0; i < fields.length; i++) {
    const problem = fieldProblem(parts[i], fields[i]);
    if (problem) return `${fields[i].name} field "${parts[i]}" ${problem}`;
  }
  return undefined;
}

function fieldProblem(text: string, field: CronField): string | undefined {
  for (const item of text.split(',')) {
    const [range, step, ...extra] = item.split('/');
    if (extra.length > 0) return 'has more than one "/"';
    if (step !== undefined && !/^[1-9][0-9]*$/.test(step)) return `has step "${step}"; a step is a whole number from 1`;
    if (range === '*') continue;
    if (range === '?') {
      if (!field.question) return 'cannot be "?" (only day of month and day of week can)';
      continue;
    }
    const bounds = range.split('-');
    if (bounds.length > 2) return `has range "${range}" with more than one "-"`;
    const values = bounds.map((b) => fieldValue(b, field));
    if (values.some((v) => v === undefined)) return `must hold values from ${field.min} to ${field.max}${field.names ? ` or ${field.names[0]}-${field.names[field.names.length - 1]}` : ''}`;
    if (values.length === 2 && values[0]! > values[1]!) return `has range "${range}" whose start is after its end`;
  }
  return undefined;
}

function fieldValue(text: string, field: CronField): number | undefined {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return field.names === MONTHS ? named + 1 : named;
  if (!/^[0-9]+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= field.min && value <= field.max ? value : undefined;
}
