/**
 * Small-number suppression of pay gap figures and workforce counts.
 *
 * In per-academy figures and the workforce profile a count under 10 is withheld, as are a gap when either
 * compared group has fewer than 10 people and a quarter's shares when the quarter has fewer than 10
 * (research-environment practice: counts under 10 blocked; means, medians and percentages need a base of
 * 10). A withheld figure is `null` and carries its reason as data. The Trust's six statutory figures are
 * never withheld: the regulations require them whatever their size.
 */
import { MIN_PUBLISHED_COHORT } from '../suppression';

/** A withheld figure: the field that is `null`, and why. */
export interface Suppression {
  readonly field: string;
  readonly reason: string;
}

/**
 * Decides which counts to withhold. Every count under 10 is withheld (primary suppression). Each equation
 * lists counts that add up (a total and its parts, in any order); when exactly one count of an equation is
 * withheld, the others would give it away, so the smallest shown count of that equation is withheld too
 * (secondary suppression), until no equation gives anything away. Returns the reason for each withheld count.
 */
export function suppressCounts(
  counts: ReadonlyMap<string, number>,
  equations: readonly (readonly string[])[],
): Map<string, string> {
  const withheld = new Map<string, string>();
  for (const [key, count] of counts) {
    if (count < MIN_PUBLISHED_COHORT) withheld.set(key, `a count under ${MIN_PUBLISHED_COHORT}`);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const equation of equations) {
      const hidden = equation.filter((key) => withheld.has(key));
      if (hidden.length !== 1) continue;
      const shown = equation.filter((key) => !withheld.has(key));
      if (shown.length === 0) continue;
      const smallest = shown.reduce((a, b) => ((counts.get(b) ?? 0) < (counts.get(a) ?? 0) ? b : a));
      withheld.set(smallest, `withheld so that ${hidden[0]} cannot be worked out from the other counts`);
      changed = true;
    }
  }
  return withheld;
}
