import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { describeFormula, expectedRequests, naiveRequests } from './formula';

describe('request formula', () => {
  it('is 30 requests for a trust of 100 academies with 25 objectives each, at pages of 100', () => {
    const expected = expectedRequests([
      { type: 'academies', records: 100 },
      { type: 'plans', records: 100 },
      { type: 'objectives', records: 2_500 },
      { type: 'statements', records: 100 },
      { type: 'information', records: 100 },
      { type: 'trust-objectives', records: 5 },
    ], 100);
    assert.equal(expected.total, 30);
    assert.equal(describeFormula(expected), 'academies 1 + plans 1 + objectives 25 + statements 1 + information 1 + trust-objectives 1 = 30');
  });

  it('costs one request for a type with no records, and rounds partial pages up', () => {
    assert.equal(expectedRequests([{ type: 'pay-gap-reports', records: 0 }, { type: 'pay-records', records: 12_001 }], 100).total, 1 + 121);
  });

  it('makes the naive resolvers cost one request per academy-type and per objective: 2,902 at 100 academies', () => {
    assert.equal(naiveRequests(100, 2_500, 100, 1), 1 + 400 + 2_500 + 1);
  });
});
