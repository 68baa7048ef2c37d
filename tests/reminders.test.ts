/**
 * Deadline reminders through the real stack: Strapi's email plugin with the nodemailer provider, sending
 * to a real SMTP server on a local port, while the injected clock steps day by day through the demo
 * trust's deadlines (seeded as of 2026-01-15). Each reminder reaches the academy's equality lead, or the
 * Trust's equality owner, exactly once: across daily runs, a refused delivery, a restart on the same
 * database and two runs racing. Without SMTP settings nothing is sent and the reminders are logged. The
 * deadlines route shows an academy editor their own academy's deadlines and a Trust admin everyone's.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addDays, type DeadlinesResponse } from '@equality-hub/domain';
import { adminLogin } from './helpers/admin';
import { editorOf, TRUST_ADMIN } from './helpers/demo-accounts';
import { request } from './helpers/http';
import { startSmtpServer, type CapturedMessage, type TestSmtpServer } from './helpers/smtp';
import { startStrapi, type TestStrapi } from './helpers/strapi';

const LOGIN = { user: 'reminders', pass: 'smtp-secret' };
const FROM = 'equality@trust.example';
const FIRST_DAY = '2026-01-15';
const LAST_DAY = '2026-04-07';

/** Who each demo academy's reminders go to, and the Trust's. */
const RECIPIENT: Record<string, string> = {
  'st-georges': 'equality@st-georges.example',
  'chances-mentoring': 'head@chances.example',
  'brook-and-meadow': 'head@brookmeadow.example',
  'oakfield-primary': 'deputy@oakfield.example',
  trust: 'people@trust.example',
};

interface ReminderRun {
  today: string;
  delivered: Array<{ key: string; recipient: string; channel: 'email' | 'log'; subject: string }>;
  withoutRecipient: string[];
  failed: Array<{ key: string; error: string }>;
}

interface Received {
  day: string;
  key: string;
  message: CapturedMessage;
}

let smtp: TestSmtpServer;
let app: TestStrapi;
const received: Received[] = [];
const runs: ReminderRun[] = [];

const runReminders = (day: string): Promise<ReminderRun> =>
  (app.strapi.plugin('equality').service('reminders') as { runReminders(now: Date): Promise<ReminderRun> }).runReminders(new Date(`${day}T07:00:00Z`));

/** Runs the job `times` times at once on `day`, and files the messages that arrived under that day. */
async function runOn(day: string, times = 1): Promise<ReminderRun[]> {
  const dayRuns = await Promise.all(Array.from({ length: times }, () => runReminders(day)));
  runs.push(...dayRuns);
  for (const message of smtp.messages.slice(received.length)) received.push({ day, key: message.headers.get('x-equality-reminder') ?? '', message });
  return dayRuns;
}

const academyOfKey = (key: string) => key.split(':')[1]!;
const sentRecords = async () =>
  (await app.strapi.documents('plugin::equality.sent-reminder' as 'plugin::equality.objective').findMany({ fields: ['key', 'recipient', 'channel'] } as never)) as unknown as Array<{
    key: string;
    recipient: string;
    channel: string;
  }>;

before(async () => {
  smtp = await startSmtpServer(LOGIN);
  app = await startStrapi({
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      SMTP_USER: LOGIN.user,
      SMTP_PASS: LOGIN.pass,
      SMTP_FROM: `Equality Hub <${FROM}>`,
      REMINDER_LEAD_DAYS: '60,30,7',
    },
  });
});

after(async () => {
  await app?.stop();
  await smtp?.close();
});

describe('reminders by e-mail, day by day through the demo trust', () => {
  let firstDay: ReminderRun;

  before(async () => {
    // Oakfield's mail server refuses mail on the first day only.
    smtp.refused.add(RECIPIENT['oakfield-primary']!);
    [firstDay] = await runOn(FIRST_DAY);
    smtp.refused.clear();
    for (let day = addDays(FIRST_DAY, 1); day <= LAST_DAY; day = addDays(day, 1)) await runOn(day);
  });

  it('sends each reminder exactly once, and records every one it sent', async () => {
    const keys = received.map(({ key }) => key);
    assert.ok(keys.length > 20, `expected a season of reminders, got ${keys.length}`);
    assert.ok(keys.every(Boolean), 'every message carries its reminder key');
    assert.equal(new Set(keys).size, keys.length, 'no reminder arrived twice');
    const delivered = runs.flatMap((run) => run.delivered.map(({ key }) => key));
    assert.deepEqual([...delivered].sort(), [...keys].sort());
    const records = await sentRecords();
    assert.deepEqual(records.map(({ key }) => key).sort(), [...keys].sort());
    assert.ok(records.every(({ channel }) => channel === 'email'));
  });

  it("sends to the academy's equality lead, and the Trust's deadlines to its equality owner, from SMTP_FROM", () => {
    for (const { key, message } of received) {
      assert.deepEqual(message.to, [RECIPIENT[academyOfKey(key)]], key);
      assert.equal(message.from, FROM);
      assert.match(message.headers.get('subject') ?? '', /^(Due in \d+ days?|Due today|Overdue by \d+ days?): /);
    }
    assert.deepEqual(new Set(received.map(({ key }) => academyOfKey(key))), new Set(Object.keys(RECIPIENT)));
  });

  it('reminds the Trust of the pay gap publication (30 March) 60, 30 and 7 days ahead, then weekly', () => {
    const payGap = received.filter(({ key }) => key.startsWith('pay-gap-publication:'));
    assert.deepEqual(
      payGap.map(({ day, key, message }) => [day, key.split(':').at(-1), message.to[0]]),
      [
        ['2026-01-29', 'ahead-60d', 'people@trust.example'],
        ['2026-02-28', 'ahead-30d', 'people@trust.example'],
        ['2026-03-23', 'ahead-7d', 'people@trust.example'],
        ['2026-03-31', 'overdue-week-1', 'people@trust.example'],
        ['2026-04-07', 'overdue-week-2', 'people@trust.example'],
      ],
    );
    // Only the unapproved snapshot of 2025: the 2024 one was approved and published.
    assert.ok(payGap.every(({ key }) => key.endsWith(`:2026-03-30:${key.split(':').at(-1)}`)));
    assert.match(payGap[1]!.message.headers.get('subject') ?? '', /^Due in 30 days: Gender pay gap publication - Gender pay gap, snapshot of 2025-03-31/);
  });

  it("reminds weekly of what is overdue: St George's policy review (due 16 December) and Chances' information", () => {
    const review = received.filter(({ key }) => key.startsWith('statement-review:st-georges:'));
    assert.deepEqual(review.slice(0, 4).map(({ day, key }) => [day, key.split(':').at(-1)]), [
      ['2026-01-15', 'overdue-week-5'],
      ['2026-01-21', 'overdue-week-6'],
      ['2026-01-28', 'overdue-week-7'],
      ['2026-02-04', 'overdue-week-8'],
    ]);
    const information = received.filter(({ key }) => key.startsWith('annual-information:'));
    assert.ok(information.length >= 11 && information.every(({ key, message }) => academyOfKey(key) === 'chances-mentoring' && message.to[0] === 'head@chances.example'));
    assert.deepEqual(information.slice(0, 2).map(({ day }) => day), ['2026-01-15', '2026-01-18']);
  });

  it('releases a reminder the mail server refused and sends it on the next run', () => {
    assert.equal(firstDay.failed.length, 2, JSON.stringify(firstDay.failed));
    assert.ok(firstDay.failed.every(({ key }) => academyOfKey(key) === 'oakfield-primary'));
    assert.ok(!received.some(({ day, key }) => day === FIRST_DAY && academyOfKey(key) === 'oakfield-primary'));
    const nextDay = received.filter(({ day, key }) => day === addDays(FIRST_DAY, 1) && academyOfKey(key) === 'oakfield-primary').map(({ key }) => key);
    // The action due on 15 March is still in its 60-day window: the refused reminder goes out now. The
    // one due on 15 February has entered its 30-day window, so that reminder replaces the stale one.
    const retried = firstDay.failed.map(({ key }) => key).find((key) => key.includes(':2026-03-15:'));
    assert.ok(retried && nextDay.includes(retried), `${retried} retried in ${nextDay}`);
    assert.ok(nextDay.some((key) => key.endsWith(':2026-02-15:ahead-30d')));
  });
});

describe('the deadlines route', () => {
  const deadlinesAs = async (account: { email: string; password: string }, query = `?asOf=${FIRST_DAY}`) =>
    request<DeadlinesResponse>(`${app.url}/equality/deadlines${query}`, { token: await adminLogin(app.url, account) });

  it("shows an academy editor their own academy's deadlines only", async () => {
    const { status, body } = await deadlinesAs(editorOf('oakfield-primary'));
    assert.equal(status, 200);
    assert.ok(body.deadlines.length >= 5);
    assert.ok(body.deadlines.every((deadline) => deadline.academy === 'oakfield-primary' && deadline.recipientEmail === 'deputy@oakfield.example'));
    assert.deepEqual(new Set(body.deadlines.map((deadline) => deadline.kind)), new Set(['annual-information', 'objectives-plan-end', 'statement-review', 'action-due']));
  });

  it("shows a Trust admin every academy's deadlines and the Trust's, upcoming and overdue, earliest first", async () => {
    const { status, body } = await deadlinesAs(TRUST_ADMIN);
    assert.equal(status, 200);
    assert.equal(body.asOf, FIRST_DAY);
    assert.deepEqual(new Set(body.deadlines.map((deadline) => deadline.academy ?? 'trust')), new Set(Object.keys(RECIPIENT)));
    const payGap = body.deadlines.find((deadline) => deadline.kind === 'pay-gap-publication');
    assert.deepEqual(
      payGap && [payGap.dueOn, payGap.daysUntilDue, payGap.recipientEmail, payGap.kindLabel],
      ['2026-03-30', 74, 'people@trust.example', 'Gender pay gap publication'],
    );
    const chances = body.deadlines.find((deadline) => deadline.kind === 'annual-information' && deadline.academy === 'chances-mentoring');
    assert.deepEqual(chances && [chances.dueOn, chances.daysUntilDue, chances.academyName], ['2025-11-15', -61, 'Chances Mentoring Centre']);
    const dates = body.deadlines.map((deadline) => deadline.dueOn);
    assert.deepEqual(dates, [...dates].sort());
  });

  it('refuses anyone not signed in to the admin, and a malformed date', async () => {
    assert.equal((await request(`${app.url}/equality/deadlines`)).status, 401);
    const { status, body } = await deadlinesAs(TRUST_ADMIN, '?asOf=15-01-2026');
    assert.equal(status, 400);
    assert.match((body as unknown as { error: { message: string } }).error.message, /asOf must be a date/);
  });
});

describe('across a restart and a second instance', () => {
  it('sends nothing again after a restart on the same database, and only new reminders after', async () => {
    const before = received.length;
    app = await app.restart();
    for (let day = addDays(LAST_DAY, -6); day <= LAST_DAY; day = addDays(day, 1)) await runOn(day);
    assert.equal(received.length, before, 'nothing re-sent for days already run');

    // A week on, two instances run at once: each new reminder goes out once, by whichever claims it.
    const [first, second] = await runOn(addDays(LAST_DAY, 7), 2);
    const fresh = received.slice(before);
    assert.ok(fresh.length > 0, 'the new week brings new overdue reminders');
    assert.equal(new Set(fresh.map(({ key }) => key)).size, fresh.length);
    assert.equal(first!.delivered.length + second!.delivered.length, fresh.length);
    const earlier = new Set(received.slice(0, before).map(({ key }) => key));
    assert.ok(fresh.every(({ key }) => !earlier.has(key)));
    assert.ok(fresh.some(({ key }) => key.startsWith('pay-gap-publication:') && key.endsWith(':overdue-week-3')));
  });
});

describe('without SMTP settings', () => {
  const logged: string[] = [];
  let run: ReminderRun;
  let mailsBefore: number;

  before(async () => {
    await app.stop();
    app = await startStrapi({ env: { SMTP_HOST: '' } });
    const log = app.strapi.log;
    const info = log.info.bind(log);
    log.info = ((message: unknown, ...rest: unknown[]) => {
      logged.push(String(message));
      return (info as (...args: unknown[]) => typeof log)(message, ...rest);
    }) as typeof log.info;
    mailsBefore = smtp.messages.length;
    run = (await runOn(FIRST_DAY))[0]!;
  });

  it('sends nothing and logs each reminder with its recipient and subject', async () => {
    assert.equal(smtp.messages.length, mailsBefore);
    assert.ok(run.delivered.length > 5);
    for (const { recipient, subject, channel } of run.delivered) {
      assert.equal(channel, 'log');
      assert.ok(logged.some((line) => line.includes(recipient) && line.includes(subject)), `${recipient}: ${subject} logged`);
    }
    assert.ok((await sentRecords()).every(({ channel }) => channel === 'log'));
  });

  it('logs each reminder once, too', async () => {
    const [again] = await runOn(FIRST_DAY);
    assert.equal(again!.delivered.length, 0);
    assert.equal(logged.filter((line) => line.startsWith('Equality reminder to')).length, run.delivered.length);
  });
});
