/**
 * The computed verdict on one measure: where its latest value stands against the straight line from
 * (plan start, baseline) to (plan end, target).
 *
 * - achieved: the latest value has reached the target (at or beyond it in the good direction);
 * - on track: it lies within 10 % of |target − baseline| of the value expected on its day, or beyond that
 *   value in the good direction;
 * - behind: otherwise;
 * - not enough data: no value observed after the baseline (the plan's start), a latest value that is
 *   withheld or missing (a suppressed figure is never used: the reason says why there is none), or a
 *   measure without baseline, target or plan dates.
 *
 * The verdict sits beside the status staff set and never replaces it. It depends only on the values and
 * their days, never on the clock.
 */
import { daysBetween, type IsoDateString } from './dates';
import { roundHalfAwayFromZero } from './pay-gap/rounding';
import type { MeasureDirectionValue, ProgressVerdictValue } from './vocabulary';

/** How far behind the expected value still counts as on track, as a share of |target − baseline|. */
export const ON_TRACK_TOLERANCE = 0.1;

/** A measure's line: the baseline holds on the plan's first day, the target is due on its last. */
export interface MeasureLine {
  direction?: MeasureDirectionValue | null;
  baseline?: number | null;
  target?: number | null;
  start?: IsoDateString | null;
  end?: IsoDateString | null;
}

/** One value of a measure and the day it describes. A withheld or missing value is null and says why. */
export interface Observation {
  observedOn: IsoDateString;
  value: number | null;
  reason?: string | null;
  /** How reasons name it: `the 2024/25 figure`, `the 2025-03-31 snapshot`, `the typed value`. */
  label: string;
}

export interface MeasureProgress {
  verdict: ProgressVerdictValue;
  /** The value expected on the latest observation's day (two decimals); null when there is none to judge. */
  expected: number | null;
  expectedOn: IsoDateString | null;
  /** Why, in one sentence, with the numbers. */
  reason: string;
}

type CompleteLine = Required<{ [K in keyof MeasureLine]: NonNullable<MeasureLine[K]> }>;

/** Floating-point slack for comparisons (values are published to one or two decimals). */
const EPSILON = 1e-9;

const show = (value: number) => String(roundHalfAwayFromZero(value, 2));

/** The value on the line on `day`: the baseline before the start, the target after the end. */
export function expectedValue(line: Pick<CompleteLine, 'baseline' | 'target' | 'start' | 'end'>, day: IsoDateString): number {
  const length = daysBetween(line.start, line.end);
  const share = length <= 0 ? 1 : Math.min(1, Math.max(0, daysBetween(line.start, day) / length));
  return line.baseline + (line.target - line.baseline) * share;
}

/** The line with the direction worked out from baseline and target when unset, or what it lacks. */
function completeLine(line: MeasureLine): CompleteLine | string {
  const { baseline, target, start, end } = line;
  const missing = [
    baseline == null && 'baseline',
    target == null && 'target',
    start == null && 'start date',
    end == null && 'end date',
  ].filter((part): part is string => part !== false);
  if (missing.length > 0) return `the measure has no ${missing.join(', ').replace(/, ([^,]*)$/, ' or $1')}`;
  const direction = line.direction ?? (target! > baseline! ? 'increase' : target! < baseline! ? 'decrease' : null);
  if (direction === null) return 'the measure has no direction, and its target equals its baseline';
  if (direction === 'increase' ? target! < baseline! : target! > baseline!) {
    return `the target (${show(target!)}) is not an ${direction} on the baseline (${show(baseline!)})`;
  }
  return { direction, baseline: baseline!, target: target!, start: start!, end: end! };
}

const notEnoughData = (reason: string, expected: number | null = null, expectedOn: IsoDateString | null = null): MeasureProgress => ({
  verdict: 'not-enough-data',
  expected: expected === null ? null : roundHalfAwayFromZero(expected, 2),
  expectedOn,
  reason,
});

/** The verdict on the latest of `observations` (in any order) against the measure's line. */
export function measureProgress(measure: MeasureLine, observations: readonly Observation[]): MeasureProgress {
  const line = completeLine(measure);
  if (typeof line === 'string') return notEnoughData(line);

  const latest = observations.reduce<Observation | null>((last, next) => (last === null || next.observedOn > last.observedOn ? next : last), null);
  if (latest === null || latest.observedOn <= line.start) {
    const since = `no value observed after the baseline (${line.start})`;
    return notEnoughData(latest === null ? since : `${since}: the latest is ${latest.label}, of ${latest.observedOn}`);
  }
  const expected = expectedValue(line, latest.observedOn);
  if (latest.value === null) {
    return notEnoughData(`${latest.label} has no value${latest.reason ? `: ${latest.reason}` : ''}`, expected, latest.observedOn);
  }

  const value = latest.value;
  const gain = (from: number) => (line.direction === 'increase' ? value - from : from - value);
  const judged = (verdict: ProgressVerdictValue, reason: string): MeasureProgress => ({
    verdict,
    expected: roundHalfAwayFromZero(expected, 2),
    expectedOn: latest.observedOn,
    reason,
  });
  const against = `${latest.label} is ${show(value)}`;
  if (gain(line.target) >= -EPSILON) return judged('achieved', `${against}, reaching the target of ${show(line.target)}`);

  const tolerance = ON_TRACK_TOLERANCE * Math.abs(line.target - line.baseline);
  const expectation = `${show(expected)} expected on ${latest.observedOn}`;
  if (gain(expected) >= -EPSILON) return judged('on-track', `${against}, at or beyond the ${expectation}`);
  if (-gain(expected) <= tolerance + EPSILON) return judged('on-track', `${against}, within ${show(tolerance)} of the ${expectation}`);
  return judged('behind', `${against}, more than ${show(tolerance)} short of the ${expectation}`);
}
