import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays } from './dates';
import type { Deadline } from './deadlines';
import { DEFAULT_LEAD_DAYS, remindersDue, stageOn } from './reminders';

const payGap: Deadline = {
  id: 'pay-gap-publication:trust:snap-25:2026-03-30',
  kind: 'pay-gap-publication',
  dueOn: '2026-03-30',
  academy: null,
  subject: { documentId: 'snap-25', title: 'Gender pay gap, snapshot of 2025-03-31' },
  recipient: 'trust-equality-owner',
};

const options = { leadDays: DEFAULT_LEAD_DAYS };

/** The keys due on each day from `from` to `to`, as a daily job would see them. */
function keysOverDays(deadline: Deadline, from: string, to: string): Map<string, string> {
  const firstDay = new Map<string, string>();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const reminder of remindersDue([deadline], day, options)) if (!firstDay.has(reminder.key)) firstDay.set(reminder.key, day);
  }
  return firstDay;
}

describe('stageOn', () => {
  it('picks the shortest lead time that covers the day, and nothing before the longest', () => {
    assert.equal(stageOn(61, DEFAULT_LEAD_DAYS), null);
    assert.deepEqual(stageOn(60, DEFAULT_LEAD_DAYS), { kind: 'ahead', leadDays: 60 });
    assert.deepEqual(stageOn(31, DEFAULT_LEAD_DAYS), { kind: 'ahead', leadDays: 60 });
    assert.deepEqual(stageOn(30, DEFAULT_LEAD_DAYS), { kind: 'ahead', leadDays: 30 });
    assert.deepEqual(stageOn(8, DEFAULT_LEAD_DAYS), { kind: 'ahead', leadDays: 30 });
    assert.deepEqual(stageOn(7, DEFAULT_LEAD_DAYS), { kind: 'ahead', leadDays: 7 });
    assert.deepEqual(stageOn(0, DEFAULT_LEAD_DAYS), { kind: 'ahead', leadDays: 7 });
  });

  it('counts overdue weeks from the day after the deadline: days 1–7 are week 1, day 8 week 2', () => {
    assert.deepEqual(stageOn(-1, DEFAULT_LEAD_DAYS), { kind: 'overdue', week: 1 });
    assert.deepEqual(stageOn(-7, DEFAULT_LEAD_DAYS), { kind: 'overdue', week: 1 });
    assert.deepEqual(stageOn(-8, DEFAULT_LEAD_DAYS), { kind: 'overdue', week: 2 });
  });

  it('follows configured lead times in any order', () => {
    assert.deepEqual(stageOn(10, [14, 90]), { kind: 'ahead', leadDays: 14 });
    assert.equal(stageOn(10, []), null);
  });
});

describe('remindersDue', () => {
  it('keys one reminder per lead time and per overdue week (pay gap due 30 March 2026, run daily)', () => {
    const firstDay = keysOverDays(payGap, '2026-01-15', '2026-04-14');
    assert.deepEqual([...firstDay], [
      [`${payGap.id}:ahead-60d`, '2026-01-29'],
      [`${payGap.id}:ahead-30d`, '2026-02-28'],
      [`${payGap.id}:ahead-7d`, '2026-03-23'],
      [`${payGap.id}:overdue-week-1`, '2026-03-31'],
      [`${payGap.id}:overdue-week-2`, '2026-04-07'],
      [`${payGap.id}:overdue-week-3`, '2026-04-14'],
    ]);
  });

  it('catches up with the latest stage only, when the job first sees a deadline late', () => {
    const [reminder] = remindersDue([payGap], '2026-03-25', options);
    assert.equal(reminder?.key, `${payGap.id}:ahead-7d`);
    assert.equal(reminder?.daysUntilDue, 5);
  });

  it('changes the key when the deadline moves, so the new date is reminded afresh', () => {
    const moved = { ...payGap, dueOn: '2026-03-31', id: 'pay-gap-publication:trust:snap-25:2026-03-31' };
    const [before] = remindersDue([payGap], '2026-03-25', options);
    const [after] = remindersDue([moved], '2026-03-25', options);
    assert.notEqual(before?.key, after?.key);
  });
});
