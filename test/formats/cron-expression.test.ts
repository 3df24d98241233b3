import { cronProblem } from '../../lib/formats/cron-expression';

describe('cron expressions with seconds (CloudNativePG ScheduledBackup, robfig/cron)', () => {
  test.each([
    '0 0 3 * * *', '0 30 2 * * 0', '*/30 * * * * *', '0 0 0 1 1 *', '0 0 12 ? * MON-FRI', '0 0 0 L'.replace(' L', ' 15 JAN ?'),
    '0 0 3 1,15 * *', '0 5-55/10 * * * *', '59 59 23 31 12 6', '0 0 3 * * sun', '@daily', '@midnight', '@every 6h', '@every 1h30m', '  0 0 3 * * *  ',
    '0 3/15 * * * *',
  ])('accepts %j', (expression) => {
    expect(cronProblem(expression, { seconds: true })).toBeUndefined();
  });

  test.each([
    ['0 3 * * *', /six fields, seconds first/],
    ['0 0 0 3 * * *', /six fields/],
    ['', /six fields/],
    ['60 0 3 * * *', /^seconds field "60" must hold values from 0 to 59/],
    ['0 60 3 * * *', /^minutes field/],
    ['0 0 24 * * *', /^hours field/],
    ['0 0 3 0 * *', /^day of month field "0" must hold values from 1 to 31/],
    ['0 0 3 * 13 *', /^month field "13" must hold values from 1 to 12 or JAN-DEC/],
    ['0 0 3 * * 7', /^day of week field "7" must hold values from 0 to 6 or SUN-SAT/],
    ['? 0 3 * * *', /^seconds field "\?" cannot be "\?"/],
    ['0 0 3 * * */0', /step "0"/],
    ['0 0 10-2 * * *', /start is after its end/],
    ['0 0 3 * * 1-2-3', /more than one "-"/],
    ['0 0 3 * * 1/2/3', /more than one "\/"/],
    ['0 0 3 * * MONDAY', /day of week field/],
    ['0 0 3 * * $(id)', /day of week field/],
    ['@often', /@yearly/],
    ['@every 0s', /@every <duration>/],
    ['@every 1 h', /@every <duration>/],
  ])('rejects %j', (expression, message) => {
    expect(cronProblem(expression, { seconds: true })).toMatch(message);
  });

  test('five-field expressions (Kubernetes CronJob) have no seconds field', () => {
    expect(cronProblem('0 3 * * *', { seconds: false })).toBeUndefined();
    expect(cronProblem('0 0 3 * * *', { seconds: false })).toMatch(/five fields/);
  });
});
