import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { wrapText } from './wrap';

// Every character is 1 point wide: widths are character counts.
const measure = (text: string) => text.length;

describe('wrapText', () => {
  it('keeps words whole and fills each line', () => {
    assert.deepEqual(wrapText('Close the gap in reading for disadvantaged pupils', 20, measure), [
      'Close the gap in',
      'reading for',
      'disadvantaged pupils',
    ]);
  });

  it('starts a new line at each line break and collapses spaces', () => {
    assert.deepEqual(wrapText('Audit the curriculum\n\nTrain   staff', 30, measure), ['Audit the curriculum', 'Train staff']);
  });

  it('breaks a word wider than the column', () => {
    assert.deepEqual(wrapText('see antidisestablishment', 10, measure), ['see', 'antidisest', 'ablishment']);
  });

  it('may break a word after a slash', () => {
    assert.deepEqual(wrapText('Milestone/progress', 12, measure), ['Milestone/', 'progress']);
    assert.deepEqual(wrapText('Race/Sex', 12, measure), ['Race/Sex']);
  });

  it('gives empty text no line', () => {
    assert.deepEqual(wrapText('  \n ', 10, measure), []);
  });
});
