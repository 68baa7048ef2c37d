import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { employerSize, GENDER_PAY_GAP_THRESHOLD } from './employer-size';
import { many } from './fixtures.test';
import { academyGenderPayGap, genderPayGap } from './gender-pay-gap';
import { govUkCsv, govUkRow } from './gov-uk-csv';
import { DEFAULT_PAY_GAP_METHOD } from './method';

const options = { method: DEFAULT_PAY_GAP_METHOD };

describe('employer size bands', () => {
  it('puts a headcount in the band the service uses', () => {
    assert.equal(employerSize(0), 'Less than 250');
    assert.equal(employerSize(249), 'Less than 250');
    assert.equal(employerSize(GENDER_PAY_GAP_THRESHOLD), '250 to 499');
    assert.equal(employerSize(999), '500 to 999');
    assert.equal(employerSize(1000), '1000 to 4999');
    assert.equal(employerSize(19999), '5000 to 19,999');
    assert.equal(employerSize(20000), '20,000 or more');
    assert.throws(() => employerSize(-1), RangeError);
  });
});

describe('the row of the government service’s public download', () => {
  // 130 men on £20, 10 of them with a bonus of £500; 170 women on £18, none with a bonus. 300 staff.
  const records = [
    ...many(10, 'M', 20, { bonusPay12Months: 500 }),
    ...many(120, 'M', 20),
    ...many(170, 'F', 18),
  ];
  const trust = genderPayGap(records, options);

  it('writes the rounded figures, the quarters and the EmployerSize band', () => {
    // Hourly: (20 − 18) ÷ 20 = 10%. Bonus: no woman received one, so 100% (see BonusGapBasis).
    // Men with a bonus: 10 of 130 = 7.692… → 7.7. Quarters of 75: the 170 women fill the lower two (150)
    // and 20 places of the upper middle; 55 men there → 73.3 men; the top quarter all men.
    const row = govUkRow(trust);
    assert.deepEqual(row, {
      DiffMeanHourlyPercent: '10',
      DiffMedianHourlyPercent: '10',
      DiffMeanBonusPercent: '100',
      DiffMedianBonusPercent: '100',
      MaleBonusPercent: '7.7',
      FemaleBonusPercent: '0',
      MaleLowerQuartile: '0',
      FemaleLowerQuartile: '100',
      MaleLowerMiddleQuartile: '0',
      FemaleLowerMiddleQuartile: '100',
      MaleUpperMiddleQuartile: '73.3',
      FemaleUpperMiddleQuartile: '26.7',
      MaleTopQuartile: '100',
      FemaleTopQuartile: '0',
      EmployerSize: '250 to 499',
    });
  });

  it('is CSV text with a header, blank for a blank figure, quoting a band with a comma', () => {
    const noBonus = genderPayGap([...many(6000, 'M', 20), ...many(4000, 'F', 20)], options);
    const [header, row, end] = govUkCsv(noBonus).split('\r\n');
    assert.equal(header!.split(',')[0], 'DiffMeanHourlyPercent');
    assert.equal(row, '0,0,,,0,0,60,40,60,40,60,40,60,40,"5000 to 19,999"');
    assert.equal(end, '');
  });

  it('takes the Trust’s figures only', () => {
    assert.throws(() => govUkRow(academyGenderPayGap(records.map((r) => ({ ...r, academy: 'oak' })), 'oak', options)), RangeError);
  });
});
