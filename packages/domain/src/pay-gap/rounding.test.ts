import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { roundFigure, roundHalfAwayFromZero, subtractTenths } from './rounding';

describe('rounding to one decimal place, half away from zero', () => {
  it('rounds halves away from zero on both sides', () => {
    assert.equal(roundHalfAwayFromZero(2.25), 2.3);
    assert.equal(roundHalfAwayFromZero(-2.25), -2.3);
    assert.equal(roundHalfAwayFromZero(-0.05), -0.1);
    assert.equal(roundHalfAwayFromZero(0.05), 0.1);
    // Math.round(-2.5) is −2; here −2.5 at 0 places is −3.
    assert.equal(roundHalfAwayFromZero(-2.5, 0), -3);
  });

  it('works on the decimal value, not the binary one', () => {
    // 0.15 is 0.1499999999999999944… in binary, and (0.15).toFixed(1) is "0.1".
    assert.equal(roundHalfAwayFromZero(0.15), 0.2);
    assert.equal(roundHalfAwayFromZero(-0.15), -0.2);
    // 1.005 is 1.00499999999999989… in binary; (1.005).toFixed(2) is "1.00".
    assert.equal(roundHalfAwayFromZero(1.005, 2), 1.01);
    // Floating-point noise of a computed 2.25: (20 − 20.45) ÷ 20 × 100.
    assert.equal(((20 - 20.45) / 20) * 100, -2.2499999999999964);
    assert.equal(roundHalfAwayFromZero(((20 - 20.45) / 20) * 100), -2.3);
  });

  it('leaves other values to the nearest tenth and never returns −0', () => {
    assert.equal(roundHalfAwayFromZero(17.777777), 17.8);
    assert.equal(roundHalfAwayFromZero(-17.74), -17.7);
    assert.equal(roundHalfAwayFromZero(100), 100);
    assert.ok(Object.is(roundHalfAwayFromZero(-0.04), 0));
    assert.ok(Object.is(roundHalfAwayFromZero(-0), 0));
  });

  it('handles very small and very large values written with an exponent', () => {
    assert.equal(roundHalfAwayFromZero(1.5e-7), 0);
    assert.ok(Object.is(roundHalfAwayFromZero(-0.000000049, 7), 0));
    assert.equal(roundHalfAwayFromZero(5e-8, 7), 1e-7);
    assert.equal(roundHalfAwayFromZero(1.25e21), 1.25e21);
  });

  it('passes blanks through and subtracts rounded figures exactly', () => {
    assert.equal(roundFigure(null), null);
    assert.equal(subtractTenths(100, 36.7), 63.3);
    assert.equal(subtractTenths(0.3, 0.1), 0.2);
    assert.equal(subtractTenths(10, -2.3), 12.3);
    assert.ok(Object.is(subtractTenths(1.1, 1.1), 0));
  });

  it('rejects values that are not numbers', () => {
    assert.throws(() => roundHalfAwayFromZero(Number.NaN), RangeError);
    assert.throws(() => roundHalfAwayFromZero(Infinity), RangeError);
  });
});
