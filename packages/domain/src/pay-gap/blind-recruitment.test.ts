import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { relativeLikelihoodOfAppointment, whiteAndEthnicMinorityOutcomes } from './blind-recruitment';

describe('relative likelihood of appointment from shortlisting (WRES indicator 2)', () => {
  it('divides the White appointment rate by the ethnic-minority one', () => {
    // White: 30 of 100 shortlisted appointed = 0.3; ethnic minorities: 10 of 50 = 0.2. 0.3 ÷ 0.2 = 1.5.
    assert.deepEqual(relativeLikelihoodOfAppointment({ shortlisted: 100, appointed: 30 }, { shortlisted: 50, appointed: 10 }), {
      value: 1.5,
      unrounded: 1.4999999999999998,
    });
    // 2 of 3 against 1 of 4: 0.6667 ÷ 0.25 = 2.6667 → 2.67.
    assert.equal(relativeLikelihoodOfAppointment({ shortlisted: 3, appointed: 2 }, { shortlisted: 4, appointed: 1 }).value, 2.67);
  });

  it('is undefined when a group had nobody shortlisted or no ethnic-minority applicant was appointed', () => {
    assert.equal(relativeLikelihoodOfAppointment({ shortlisted: 0, appointed: 0 }, { shortlisted: 5, appointed: 1 }).value, null);
    assert.equal(relativeLikelihoodOfAppointment({ shortlisted: 5, appointed: 1 }, { shortlisted: 5, appointed: 0 }).value, null);
    assert.throws(() => relativeLikelihoodOfAppointment({ shortlisted: 1, appointed: 2 }, { shortlisted: 5, appointed: 1 }), RangeError);
  });

  it('counts every White group as White and leaves out those with no recorded ethnicity', () => {
    const outcomes = whiteAndEthnicMinorityOutcomes([
      { ethnicity: 'white-british', shortlisted: 10, appointed: 3 },
      { ethnicity: 'white-irish', shortlisted: 2, appointed: 1 },
      { ethnicity: 'asian-indian', shortlisted: 4, appointed: 1 },
      { ethnicity: 'black-african', shortlisted: 3, appointed: 0 },
      { ethnicity: 'prefer-not-to-say', shortlisted: 5, appointed: 5 },
      { ethnicity: null, shortlisted: 1, appointed: 1 },
    ]);
    assert.deepEqual(outcomes, { white: { shortlisted: 12, appointed: 4 }, ethnicMinority: { shortlisted: 7, appointed: 1 } });
  });
});
