import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import config from './index';
import { dailyRule, ReminderSettings } from './reminders';

const settings = (overrides: Record<string, unknown>) => ({ delivery: 'log', time: '07:00', timeZone: 'Europe/London', leadDays: '60,30,7', ...overrides });

describe('reminder settings', () => {
  it('reads lead times as the environment gives them', () => {
    assert.deepEqual(ReminderSettings.parse(settings({ leadDays: ' 90, 14 ' })).leadDays, [90, 14]);
    assert.deepEqual(ReminderSettings.parse(config.default.reminders).leadDays, [60, 30, 7]);
  });

  it('stops the boot naming the variable to fix', () => {
    assert.throws(() => config.validator({ reminders: settings({ leadDays: '60,soon' }) }), /REMINDER_LEAD_DAYS must be whole numbers/);
    assert.throws(() => config.validator({ reminders: settings({ time: '7am' }) }), /REMINDER_TIME must be/);
    assert.throws(() => config.validator({ reminders: settings({ timeZone: 'Mars/Olympus' }) }), /REMINDER_TIME_ZONE must be/);
  });

  it('runs daily at the configured minute', () => {
    assert.equal(dailyRule('07:05'), '0 5 7 * * *');
  });
});
