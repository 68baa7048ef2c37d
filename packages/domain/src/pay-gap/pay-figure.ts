/**
 * One of the six gender pay gap figures over the snapshots, for a Trust objective measured by it. Each
 * value is dated on its snapshot day. A figure may be blank (no man received bonus pay, so there is no bonus
 * gap) or, for an academy's figures, withheld; either way it has no value, and the reason says why.
 */
import type { IsoDateString } from '../dates';
import type { Observation } from '../measure-progress';
import type { PayFigureValue } from '../vocabulary';
import type { BonusGapBasis, ComparableFigures } from './gender-pay-gap';
import type { Suppression } from './suppression';

/** The field of the published figures each pay figure is. */
export const PAY_FIGURE_FIELDS = {
  'mean-hourly-gap': 'meanHourlyGapPercent',
  'median-hourly-gap': 'medianHourlyGapPercent',
  'mean-bonus-gap': 'meanBonusGapPercent',
  'median-bonus-gap': 'medianBonusGapPercent',
  'male-bonus-share': 'maleBonusPercent',
  'female-bonus-share': 'femaleBonusPercent',
} as const satisfies Record<PayFigureValue, keyof ComparableFigures>;

/** A snapshot's figures, approved for publication or not. */
export interface SnapshotPayFigures extends Omit<ComparableFigures, 'quartiles'> {
  snapshotDate: IsoDateString;
  approved: boolean;
  bonusGapBasis: BonusGapBasis;
  suppressed: readonly Suppression[];
}

export interface PayFigurePoint {
  snapshotDate: IsoDateString;
  approved: boolean;
  value: number | null;
  suppressed: boolean;
  reason: string | null;
}

const BLANK_BONUS_GAP: Partial<Record<BonusGapBasis, string>> = {
  'no-man-received': 'blank, as no man received bonus pay',
  'nobody-received': 'blank, as nobody received bonus pay',
};

/** The figure in each snapshot, oldest first. */
export function payFigureSeries(snapshots: readonly SnapshotPayFigures[], payFigure: PayFigureValue): PayFigurePoint[] {
  const field = PAY_FIGURE_FIELDS[payFigure];
  return [...snapshots]
    .sort((a, b) => a.snapshotDate.localeCompare(b.snapshotDate))
    .map((snapshot) => {
      const value = snapshot[field];
      const withheld = snapshot.suppressed.find((entry) => entry.field === field);
      const reason = value !== null ? null : (withheld?.reason ?? BLANK_BONUS_GAP[snapshot.bonusGapBasis] ?? 'not reported');
      return { snapshotDate: snapshot.snapshotDate, approved: snapshot.approved, value, suppressed: value === null && withheld !== undefined, reason };
    });
}

/** The points as observations for the progress rule ("the 2025-03-31 snapshot"). */
export function payFigureObservations(points: readonly PayFigurePoint[]): Observation[] {
  return points.map((point) => ({ observedOn: point.snapshotDate, value: point.value, reason: point.reason, label: `the ${point.snapshotDate} snapshot` }));
}
