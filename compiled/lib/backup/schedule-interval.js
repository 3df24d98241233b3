"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.maxScheduleIntervalSeconds = maxScheduleIntervalSeconds;
exports.formatDuration = formatDuration;
const cron_expression_1 = require("../formats/cron-expression");
const NAMES = {
    month: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
    weekday: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'],
};
const DESCRIPTORS = {
    '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0', '@daily': '0 0 * * *', '@midnight': '0 0 * * *',
    '@hourly': '0 * * * *',
};
const GO_UNITS = { ns: 1e-9, us: 1e-6, µs: 1e-6, ms: 1e-3, s: 1, m: 60, h: 3600 };
/**
 * The longest gap between consecutive runs, in seconds, over four calendar years (leap day
 * included); throws on an invalid expression or one that fires fewer than twice in that time.
 */
function maxScheduleIntervalSeconds(expression, options) {
    const problem = (0, cron_expression_1.cronProblem)(expression, options);
    if (problem)
        throw new Error(`schedule "${expression}" ${problem}`);
    const spec = expression.trim();
    const every = /^@every\s+(\S+)$/.exec(spec);
    if (every)
        return goDurationSeconds(every[1]);
    const standard = DESCRIPTORS[spec] ?? (options.seconds ? spec.split(/\s+/).slice(1).join(' ') : spec);
    const fields = parseFields(standard);
    const minutesOfDay = [...fields.hours].sort((a, b) => a - b).flatMap((h) => [...fields.minutes].sort((a, b) => a - b).map((m) => h * 60 + m));
    const start = Date.UTC(2026, 0, 1);
    const days = 4 * 365 + 1;
    let previous;
    let longest = 0;
    for (let d = 0; d < days; d++) {
        const day = new Date(start + d * 86_400_000);
        if (!dayMatches(fields, day))
            continue;
        for (const minute of minutesOfDay) {
            const at = d * 1440 + minute;
            if (previous !== undefined)
                longest = Math.max(longest, at - previous);
            previous = at;
        }
    }
    if (longest === 0)
        throw new Error(`schedule "${expression}" fires fewer than twice in four years`);
    return longest * 60;
}
function dayMatches(fields, day) {
    if (!fields.months.has(day.getUTCMonth() + 1))
        return false;
    const dom = fields.days.has(day.getUTCDate());
    const dow = fields.weekdays.has(day.getUTCDay());
    return fields.daysStar || fields.weekdaysStar ? dom && dow : dom || dow;
}
function parseFields(standard) {
    const [minute, hour, dom, month, dow] = standard.split(/\s+/);
    const days = parseField(dom, 1, 31);
    const weekdays = parseField(dow, 0, 6, NAMES.weekday);
    return {
        minutes: parseField(minute, 0, 59).values,
        hours: parseField(hour, 0, 23).values,
        days: days.values,
        months: parseField(month, 1, 12, NAMES.month, 1).values,
        // robfig accepts 7 for Sunday nowhere; cronProblem already limits weekdays to 0-6.
        weekdays: weekdays.values,
        daysStar: days.star,
        weekdaysStar: weekdays.star,
    };
}
function parseField(text, min, max, names, nameOffset = 0) {
    const values = new Set();
    let star = false;
    for (const item of text.split(',')) {
        const [range, stepText] = item.split('/');
        const step = stepText === undefined ? 1 : Number(stepText);
        let low;
        let high;
        if (range === '*' || range === '?') {
            [low, high] = [min, max];
            if (step === 1)
                star = true;
        }
        else {
            const bounds = range.split('-').map((b) => value(b, names, nameOffset));
            low = bounds[0];
            high = bounds.length === 2 ? bounds[1] : stepText === undefined ? low : max;
        }
        for (let v = low; v <= high; v += step)
            values.add(v);
    }
    return { values, star };
}
function value(text, names, offset) {
    const named = names?.indexOf(text.toUpperCase()) ?? -1;
    return named >= 0 ? named + offset : Number(text);
}
function goDurationSeconds(text) {
    let total = 0;
    for (const part of text.matchAll(/([0-9]*\.?[0-9]+)(ns|us|µs|ms|s|m|h)/g))
        total += Number(part[1]) * GO_UNITS[part[2]];
    return Math.max(1, Math.round(total));
}
/** A duration in seconds as a short text: `26h`, `90m`, `7d`. */
function formatDuration(seconds) {
    if (seconds % 86_400 === 0)
        return `${seconds / 86_400}d`;
    if (seconds % 3600 === 0)
        return `${seconds / 3600}h`;
    if (seconds % 60 === 0)
        return `${seconds / 60}m`;
    return `${seconds}s`;
}
