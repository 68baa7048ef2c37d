import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mapCharacteristics } from './characteristics';

describe('mapCharacteristics', () => {
  it('reads a list of characteristics, gender identity as gender reassignment', () => {
    assert.deepEqual(mapCharacteristics('Sexual Orientation/Race/Gender identity/Disability/Religion or belief'), {
      values: ['disability', 'gender-reassignment', 'race', 'religion-or-belief', 'sexual-orientation'],
      unmatched: [],
    });
  });

  it('reads "all" however it is written', () => {
    assert.deepEqual(mapCharacteristics('All protected characteristics').values, ['all']);
    assert.deepEqual(mapCharacteristics('Disability/All').values, ['disability', 'all']);
  });

  it('tells sex from sexual orientation, and names joined by "and" apart from names containing it', () => {
    assert.deepEqual(mapCharacteristics('Sex').values, ['sex']);
    assert.deepEqual(mapCharacteristics('Pregnancy and maternity, Marriage and civil partnership and Age').values, [
      'age',
      'marriage-and-civil-partnership',
      'pregnancy-and-maternity',
    ]);
    assert.deepEqual(mapCharacteristics('Race (ethnicity) & Gender').values, ['race', 'sex']);
  });

  it('keeps what is not a characteristic verbatim', () => {
    assert.deepEqual(mapCharacteristics('Other'), { values: [], unmatched: ['Other'] });
    assert.deepEqual(mapCharacteristics('community cohesion'), { values: [], unmatched: ['community cohesion'] });
    assert.deepEqual(mapCharacteristics('Disability and social mobility'), { values: ['disability'], unmatched: ['social mobility'] });
  });
});
