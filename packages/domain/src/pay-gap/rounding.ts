/**
 * Rounding of published pay gap figures.
 *
 * The government service takes figures as whole numbers or to one decimal place (GOV.UK "Making your
 * calculations"), and a figure that sits exactly half way is rounded away from zero on its decimal value:
 * 2.25 → 2.3 and −2.25 → −2.3. Neither `Math.round` (which takes −2.5 to −2) nor `toFixed` (which rounds
 * the binary value, so 1.005 → "1.00") does that, so the rounding here works on decimal digits.
 */

/**
 * Significant digits a figure is read to before it is rounded. Gaps are quotients of sums of pay, and
 * floating point leaves noise in the last bits (a true 2.25 can arrive as 2.2499999999999996); twelve
 * digits drop that noise while keeping far more precision than any published figure needs.
 */
const SIGNIFICANT_DIGITS = 12;

/** Writes a `toPrecision` result without an exponent: "1.5e-7" → "0.00000015", "1.2e+21" → "1200…0". */
function plainDecimal(text: string): string {
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const digits = match[1]! + (match[2] ?? '');
  const point = 1 + Number(match[3]);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return digits + '0'.repeat(point - digits.length);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * Rounds half away from zero on the decimal value, to `decimals` places (one by default, as the
 * government service requires). Never returns −0.
 */
export function roundHalfAwayFromZero(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) throw new RangeError(`cannot round ${value}`);
  const [whole, fraction = ''] = plainDecimal(Math.abs(value).toPrecision(SIGNIFICANT_DIGITS)).split('.');
  const padded = fraction.padEnd(decimals + 1, '0');
  const kept = BigInt(whole! + padded.slice(0, decimals)) + (padded[decimals]! >= '5' ? 1n : 0n);
  // Dividing an exact integer by an exact power of ten gives the double nearest the decimal result.
  const magnitude = Number(kept) / 10 ** decimals;
  return magnitude === 0 ? 0 : value < 0 ? -magnitude : magnitude;
}

/** Rounds, or passes `null` (a blank or suppressed figure) through. */
export function roundFigure(value: number | null): number | null {
  return value === null ? null : roundHalfAwayFromZero(value);
}

/**
 * `a − b` for two figures already rounded to one decimal place, exact in tenths (0.3 − 0.1 is 0.2, not
 * 0.19999999999999998). Scaling a one-decimal figure by ten lands within a hair of an integer, so
 * `Math.round` there only removes representation error and never meets a half.
 */
export function subtractTenths(a: number, b: number): number {
  const tenths = Math.round(a * 10) - Math.round(b * 10);
  return tenths === 0 ? 0 : tenths / 10;
}
