import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { academicYearOf, addDays, addMonths, addYears, daysBetween } from './dates';

describe('dates', () => {
  it('adds months, clamping to the end of a shorter month', () => {
    assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
    assert.equal(addMonths('2024-03-15', -14), '2023-01-15');
  });

  it('adds years across a leap day', () => {
    assert.equal(addYears('2024-02-29', 4), '2028-02-29');
    assert.equal(addYears('2024-02-29', 1), '2025-02-28');
  });

  it('adds days and counts them', () => {
    assert.equal(addDays('2025-12-31', 1), '2026-01-01');
    assert.equal(daysBetween('2025-03-31', '2026-03-30'), 364);
    assert.equal(daysBetween('2026-03-30', '2025-03-31'), -364);
  });

  it('names the academic year a date falls in (1 September to 31 August)', () => {
    assert.equal(academicYearOf('2024-09-01'), '2024/25');
    assert.equal(academicYearOf('2025-08-31'), '2024/25');
    assert.equal(academicYearOf('2099-10-01'), '2099/00');
  });
});
