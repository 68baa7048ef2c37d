/**
 * Which PSED aims and protected characteristics a set of objectives addresses: a grid of aim ×
 * characteristic with the objectives in each cell, and the cells nobody addresses.
 *
 * Three rules from the Equality Act shape the grid. An objective for "all protected characteristics"
 * counts in every cell. Marriage and civil partnership is covered by aim (a) only (s.149(7)), so its
 * other two cells are not applicable rather than gaps. The age duty does not cover pupils' education
 * (Sch 18 para 1), so an age cell counts only objectives aimed at staff, and an objective that names age
 * for pupils is flagged for review (warned, never blocked).
 */
import type { Objective } from './schemas';
import {
  ProtectedCharacteristic,
  PsedAim,
  TargetGroup,
  type ProtectedCharacteristicValue,
  type PsedAimValue,
} from './vocabulary';

export type CoverageObjective = Pick<Objective, 'documentId' | 'psedAims' | 'protectedCharacteristics' | 'targetGroups'> & {
  /** Which academy the objective belongs to (its URN), so cells can count academies. */
  academy: string;
};

export interface CoverageCell {
  aim: PsedAimValue;
  characteristic: ProtectedCharacteristicValue;
  objectiveCount: number;
  academyCount: number;
  notApplicable: boolean;
}

export interface Coverage {
  cells: CoverageCell[];
  /** Applicable cells that no objective addresses. */
  gaps: CoverageCell[];
  /** Objectives that name all protected characteristics (each also counts in every cell). */
  allCount: number;
  /** Objectives that name age and are aimed at pupils, whom the age duty does not cover. */
  agedPupilObjectives: CoverageObjective[];
}

const MARRIAGE: ProtectedCharacteristicValue = 'marriage-and-civil-partnership';
const MARRIAGE_AIM: PsedAimValue = 'eliminate-discrimination';

export function isNotApplicable(aim: PsedAimValue, characteristic: ProtectedCharacteristicValue): boolean {
  return characteristic === MARRIAGE && aim !== MARRIAGE_AIM;
}

const aimedAt = (objective: CoverageObjective, audience: 'pupils' | 'staff') =>
  objective.targetGroups.some((group) => TargetGroup.audienceOf(group) === audience);

function addresses(objective: CoverageObjective, aim: PsedAimValue, characteristic: ProtectedCharacteristicValue): boolean {
  if (!objective.psedAims.includes(aim)) return false;
  const names = objective.protectedCharacteristics.includes('all') || objective.protectedCharacteristics.includes(characteristic);
  if (!names) return false;
  return characteristic === 'age' ? aimedAt(objective, 'staff') : true;
}

export function coverage(objectives: readonly CoverageObjective[]): Coverage {
  const cells: CoverageCell[] = PsedAim.values.flatMap((aim) =>
    ProtectedCharacteristic.values.map((characteristic) => {
      if (isNotApplicable(aim, characteristic)) {
        return { aim, characteristic, objectiveCount: 0, academyCount: 0, notApplicable: true };
      }
      const inCell = objectives.filter((objective) => addresses(objective, aim, characteristic));
      return {
        aim,
        characteristic,
        objectiveCount: inCell.length,
        academyCount: new Set(inCell.map((objective) => objective.academy)).size,
        notApplicable: false,
      };
    }),
  );
  return {
    cells,
    gaps: cells.filter((cell) => !cell.notApplicable && cell.objectiveCount === 0),
    allCount: objectives.filter((objective) => objective.protectedCharacteristics.includes('all')).length,
    agedPupilObjectives: objectives.filter(
      (objective) => objective.protectedCharacteristics.includes('age') && aimedAt(objective, 'pupils'),
    ),
  };
}
