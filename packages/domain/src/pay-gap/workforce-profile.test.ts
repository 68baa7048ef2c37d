import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { many } from './fixtures.test';
import { suppressCounts } from './suppression';
import { workforceProfile } from './workforce-profile';

describe('suppressing counts', () => {
  it('withholds counts under 10, and the smallest other count of a total that would give one away', () => {
    const withheld = suppressCounts(new Map([['total', 20], ['a', 3], ['b', 17]]), [['total', 'a', 'b']]);
    assert.deepEqual([...withheld.keys()].sort(), ['a', 'b']);
    assert.match(withheld.get('a')!, /under 10/);
    assert.match(withheld.get('b')!, /worked out/);
  });

  it('leaves a total alone when two or more of its parts are already withheld', () => {
    const withheld = suppressCounts(new Map([['total', 30], ['a', 3], ['b', 4], ['c', 23]]), [['total', 'a', 'b', 'c']]);
    assert.deepEqual([...withheld.keys()].sort(), ['a', 'b']);
  });
});

describe('workforce profile', () => {
  const records = [
    ...many(2, 'M', 20, { academy: 'oak', ethnicity: 'white-british' }),
    ...many(10, 'M', 20, { academy: 'oak', ethnicity: 'asian-indian' }),
    ...many(30, 'F', 20, { academy: 'oak', ethnicity: 'white-british' }),
    ...many(3, 'M', 20, { academy: 'elm', ethnicity: 'black-african' }),
    ...many(20, 'F', 20, { academy: 'elm', ethnicity: 'white-british' }),
    ...many(5, 'F', 20, { academy: 'ash', ethnicity: 'white-british' }),
    ...many(2, 'M', 20, { academy: null, ethnicity: 'white-british' }),
    ...many(12, 'F', 20, { academy: null, ethnicity: 'white-british' }),
  ];
  const profile = workforceProfile(records);

  it('counts relevant employees by sex and by ethnic group, withholding counts under 10', () => {
    // 84 staff: 17 men, 67 women. White British 2 + 30 + 20 + 5 + 2 + 12 = 71, Asian 10, Black 3.
    assert.equal(profile.total, 84);
    assert.equal(profile.employeeInformationRequired, false);
    assert.equal(workforceProfile(many(150, 'F', 20)).employeeInformationRequired, true);
    assert.deepEqual(profile.bySex, { men: 17, women: 67 });
    const byEthnicity = Object.fromEntries(profile.byEthnicity.map((cell) => [cell.category, cell.count]));
    assert.deepEqual(byEthnicity, {
      'white-british': 71,
      'white-other-than-british': null,
      mixed: null,
      asian: 10,
      black: null,
      other: null,
      'not-known': null,
      'prefer-not-to-say': null,
      'not-recorded': null,
    });
  });

  it('withholds academy counts so that none can be worked out from a total, across rows and columns', () => {
    // Elm: 3 men (under 10), so its 20 women would give them away beside its total of 23: both withheld.
    // Ash: 5 in all, 0 men, 5 women: all under 10. The central team: 2 men, so its 12 women go too; then
    // Ash's total is the only one withheld among the academy totals that add up to 84, so the smallest
    // shown, the central team's 14, is withheld as well.
    assert.deepEqual(profile.byAcademy, [
      { academy: 'ash', total: null, men: null, women: null },
      { academy: 'elm', total: 23, men: null, women: null },
      { academy: 'oak', total: 42, men: 12, women: 30 },
      { academy: null, total: null, men: null, women: null },
    ]);
    const fields = profile.suppressed.map((s) => s.field);
    assert.ok(fields.includes('byAcademy.central-team.total'));
    assert.ok(profile.suppressed.every((s) => s.reason.length > 0));
  });
});
