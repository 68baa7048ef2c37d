import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { remindersDue, type Deadline } from '@equality-hub/domain';
import { reminderMessage, whenDue } from './message';

const action: Deadline = {
  id: 'action-due:st-georges:obj-1#0a1b2c3d:2026-01-01',
  kind: 'action-due',
  dueOn: '2026-01-01',
  academy: 'st-georges',
  subject: { documentId: 'obj-1', title: 'Set up a <student> group', context: 'Increase the diversity of student voice' },
  recipient: 'academy-equality-lead',
};

describe('reminderMessage', () => {
  it('says what is due, whose it is, when, and what to do, once overdue', () => {
    const [reminder] = remindersDue([action], '2026-01-15', { leadDays: [60, 30, 7] });
    const message = reminderMessage({ reminder: reminder!, academyName: "St George's School", trustName: 'Cidari', recipientName: 'E. Walker', deadlinesPageUrl: null });
    assert.equal(message.subject, "Overdue by 14 days: Action due - Set up a <student> group (St George's School)");
    assert.match(message.text, /^Dear E\. Walker,/);
    assert.match(message.text, /Objective: Increase the diversity of student voice/);
    assert.match(message.text, /Due on: 1 January 2026 \(overdue by 14 days\)/);
    assert.match(message.text, /a reminder follows each week/);
    assert.doesNotMatch(message.text, /deadlines page/);
    assert.match(message.html, /Set up a &#60;student&#62; group/);
  });

  it("addresses the Trust's owner by role when no name is set, and links the deadlines page", () => {
    const payGap: Deadline = { ...action, id: 'pay', kind: 'pay-gap-publication', dueOn: '2026-03-30', academy: null, recipient: 'trust-equality-owner', subject: { documentId: 's', title: 'Gender pay gap, snapshot of 2025-03-31' } };
    const [reminder] = remindersDue([payGap], '2026-02-28', { leadDays: [60, 30, 7] });
    const message = reminderMessage({ reminder: reminder!, academyName: null, trustName: 'Cidari', recipientName: null, deadlinesPageUrl: 'https://cms.example/admin/plugins/equality/deadlines' });
    assert.equal(message.subject, 'Due in 30 days: Gender pay gap publication - Gender pay gap, snapshot of 2025-03-31 (Cidari)');
    assert.match(message.text, /^Dear trust equality owner,/);
    assert.match(message.text, /https:\/\/cms\.example\/admin\/plugins\/equality\/deadlines/);
  });
});

describe('whenDue', () => {
  it('counts days in words', () => {
    assert.deepEqual([whenDue(1), whenDue(0), whenDue(-1)], ['Due in 1 day', 'Due today', 'Overdue by 1 day']);
  });
});
