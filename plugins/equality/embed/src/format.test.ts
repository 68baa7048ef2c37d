import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { datesText, fileDescription, formatDate, formatFigure, formatPercent, isoDay, paragraphs, quarterLabel } from './format';

describe('formatDate', () => {
  it('writes ISO dates the British way, without a time zone shift', () => {
    assert.equal(formatDate('2024-03-31'), '31 March 2024');
    assert.equal(formatDate('2025-01-01'), '1 January 2025');
  });

  it('writes a date-time as its date in the UK', () => {
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    assert.equal(formatDate('2025-06-30T23:30:00.000Z'), '1 July 2025');
    assert.equal(isoDay('2025-06-30T23:30:00.000Z'), '2025-07-01');
    assert.equal(isoDay('2025-12-31T23:30:00.000Z'), '2025-12-31');
    assert.equal(isoDay('2025-12-31'), '2025-12-31');
  });
});

describe('figures', () => {
  it('writes pay gap percentages to one decimal place', () => {
    assert.equal(formatPercent(12.34), '12.3%');
    assert.equal(formatPercent(-3), '-3.0%');
  });

  it('writes equality information in its unit', () => {
    assert.equal(formatFigure(52.4, 'percent'), '52.4%');
    assert.equal(formatFigure(1234, 'count'), '1,234');
    assert.equal(formatFigure(3.14, 'rate-per-thousand'), '3.1 per 1,000');
    assert.equal(formatFigure(1, 'days'), '1 day');
    assert.equal(formatFigure(-0.25, 'score'), '-0.3');
    assert.equal(formatFigure(7, null), '7');
  });

  it('names pay quarters', () => {
    assert.equal(quarterLabel('lower-middle'), 'Lower middle');
    assert.equal(quarterLabel('upper'), 'Upper');
  });
});

describe('datesText', () => {
  it('keeps the words staff wrote', () => {
    assert.equal(datesText({ start: '2020-09-01', ongoing: true, text: 'Sept 2020- ongoing' }), 'Sept 2020- ongoing');
  });

  it('says what the dates say when there are no words', () => {
    assert.equal(datesText({ start: '2024-09-01', end: '2025-07-31', recurrence: 'none' }), 'From 1 September 2024 to 31 July 2025');
    assert.equal(datesText({ start: '2024-09-01', ongoing: true, recurrence: 'annually' }), 'From 1 September 2024, ongoing, annually');
    assert.equal(datesText({ recurrence: 'termly' }), 'Termly');
    assert.equal(datesText(null), '');
  });
});

describe('fileDescription', () => {
  it('says what kind of file a link opens and how large it is', () => {
    assert.equal(fileDescription({ name: 'policy.pdf', mime: 'application/pdf', size: 120.4 }), 'PDF, 120 KB');
    assert.equal(fileDescription({ name: 'plan.docx', mime: null, size: 2048 }), 'DOCX, 2.0 MB');
    assert.equal(fileDescription({ name: 'statement', mime: null, size: null }), 'file');
  });
});

describe('paragraphs', () => {
  it('splits rich text into plain paragraphs', () => {
    assert.deepEqual(paragraphs('## Our duty\nWe **meet** the duty.\n\nSecond   paragraph.\n\n'), ['Our duty We meet the duty.', 'Second paragraph.']);
    assert.deepEqual(paragraphs(null), []);
  });
});
