import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readDates } from './dates';

const read = (text: string) => readDates(text).dates;

describe('readDates', () => {
  it('reads the ways the seed table writes dates', () => {
    assert.deepEqual(read('On-going'), { start: null, end: null, ongoing: true, recurrence: 'none', text: 'On-going' });
    assert.deepEqual(read('on-going'), { start: null, end: null, ongoing: true, recurrence: 'none', text: 'on-going' });
    assert.deepEqual(read('Sept 2017– July 2018'), { start: '2017-09-01', end: '2018-07-31', ongoing: false, recurrence: 'none', text: 'Sept 2017– July 2018' });
  });

  it('reads the other forms the issue names', () => {
    assert.deepEqual(read('Jan 2021 - July 2021'), { start: '2021-01-01', end: '2021-07-31', ongoing: false, recurrence: 'none', text: 'Jan 2021 - July 2021' });
    assert.deepEqual(read('Annually'), { start: null, end: null, ongoing: true, recurrence: 'annually', text: 'Annually' });
    assert.deepEqual(read('Sept 2020- ongoing'), { start: '2020-09-01', end: null, ongoing: true, recurrence: 'none', text: 'Sept 2020- ongoing' });
  });

  it('reads termly work, days, terms and months without a year beside a dated one', () => {
    assert.deepEqual(read('Termly'), { start: null, end: null, ongoing: true, recurrence: 'termly', text: 'Termly' });
    assert.deepEqual(read('1st September 2020 to 31/07/2021'), { start: '2020-09-01', end: '2021-07-31', ongoing: false, recurrence: 'none', text: '1st September 2020 to 31/07/2021' });
    assert.deepEqual(read('Summer term 2019').end, '2019-07-31');
    assert.deepEqual([read('Sept - July 2019').start, read('Sept - July 2019').end], ['2018-09-01', '2019-07-31']);
    assert.deepEqual([read('Feb 2024 – May').start, read('Feb 2024 – May').end], ['2024-02-01', '2024-05-31']);
  });

  it('takes one date as a deadline, unless it says "from" or goes on', () => {
    assert.deepEqual([read('July 2018').start, read('July 2018').end], [null, '2018-07-31']);
    assert.deepEqual([read('From Sept 2019').start, read('From Sept 2019').end], ['2019-09-01', null]);
    assert.deepEqual(read('Annually from Jan 2022'), { start: '2022-01-01', end: null, ongoing: true, recurrence: 'annually', text: 'Annually from Jan 2022' });
  });

  it('counts bare years as academic years', () => {
    assert.deepEqual([read('2017 – 2021').start, read('2017 – 2021').end], ['2017-09-01', '2021-08-31']);
    assert.deepEqual([read('2020/21').start, read('2020/21').end], ['2020-09-01', '2021-08-31']);
    assert.deepEqual([read('2021/22 - 2024/25').start, read('2021/22 - 2024/25').end], ['2021-09-01', '2025-08-31']);
  });

  it('keeps an empty cell empty, with nothing to review', () => {
    assert.deepEqual(readDates('  '), { dates: { start: null, end: null, ongoing: false, recurrence: 'none', text: null }, problem: null });
  });

  it('keeps what it cannot read as written, with the reason, and dates nothing', () => {
    assert.deepEqual(readDates('When the budget allows'), {
      dates: { start: null, end: null, ongoing: false, recurrence: 'none', text: 'When the budget allows' },
      problem: '"when budget allows" is not a date',
    });
    assert.equal(readDates('Sept – July').problem, 'a date without a year, or not a real date');
    assert.equal(readDates('31/02/2020').problem, 'a date without a year, or not a real date');
    assert.equal(readDates('Sept 2019 - Jan 2019').problem, 'it ends (2019-01-31) before it starts (2019-09-01)');
    assert.equal(readDates('Jan 2019, May 2019, July 2019').problem, 'more than two dates');
  });
});
