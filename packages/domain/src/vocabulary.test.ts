import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CharacteristicChoice, ProtectedCharacteristic, PupilGroup, TargetGroup, toGraphqlEnumName, VOCABULARIES } from './vocabulary';

describe('vocabulary', () => {
  // Sex keeps the one-letter codes of payroll exports and the gender pay gap service (M, F).
  const STATUTORY_CODES: Record<string, RegExp> = { Sex: /^[MF]$/ };
  for (const [name, vocabulary] of Object.entries(VOCABULARIES)) {
    it(`${name}: values are kebab-case, start with a letter, are unique and have labels`, () => {
      const values = vocabulary.terms.map((term) => term.value);
      for (const value of values) assert.match(value, STATUTORY_CODES[name] ?? /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `${name}: ${value}`);
      assert.equal(new Set(values).size, values.length, `${name} repeats a value`);
      for (const term of vocabulary.terms) assert.ok(term.label.trim(), `${name}: ${term.value} has no label`);
    });
  }

  it('names the nine protected characteristics of the Equality Act 2010, s.4', () => {
    assert.equal(ProtectedCharacteristic.values.length, 9);
    assert.deepEqual(CharacteristicChoice.values.slice(0, 9), ProtectedCharacteristic.values);
    assert.equal(CharacteristicChoice.values.at(-1), 'all');
  });

  it('pairs every complementary pupil group both ways', () => {
    for (const value of PupilGroup.values) {
      const complement = PupilGroup.complementOf(value);
      if (complement) assert.equal(PupilGroup.complementOf(complement), value);
    }
  });

  it('knows which target groups are staff, for the age duty', () => {
    assert.equal(TargetGroup.audienceOf('staff'), 'staff');
    assert.equal(TargetGroup.audienceOf('girls'), 'pupils');
  });

  it('turns values into GraphQL enum names', () => {
    assert.equal(toGraphqlEnumName('gender-reassignment'), 'GENDER_REASSIGNMENT');
    assert.equal(toGraphqlEnumName('post-16'), 'POST_16');
  });
});
