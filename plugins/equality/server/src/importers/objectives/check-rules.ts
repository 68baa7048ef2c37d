/**
 * Holds the preview to the rules every write must pass (@equality-hub/domain), so that a file is refused
 * with its row named before anything is written, rather than half-way through the import.
 */
import { checkRules, ObjectiveInput, ObjectivesPlanInput, type RuleIssue } from '@equality-hub/domain';
import { columnLabel, type ColumnKey } from './columns';
import { objectiveDocument, planDocument } from './documents';
import { ImportFileError } from './import-error';
import type { PreviewObjective, PreviewPlan } from './preview';
import type { RowLocation } from './source-row';

/** Strapi stores `string` attributes in 255 characters. */
const STRING_LENGTH = 255;

const COLUMN_OF_FIELD: Record<string, ColumnKey> = {
  psedAims: 'psedLink',
  protectedCharacteristics: 'characteristic',
  targetGroups: 'targetGroups',
  aim: 'aim',
  objective: 'objective',
  actions: 'action',
  responsible: 'responsible',
  dates: 'dates',
  milestones: 'milestones',
};

function inColumn(issue: RuleIssue): string {
  const column = COLUMN_OF_FIELD[String(issue.path[0])];
  return column ? `column "${columnLabel(column)}": ${issue.message}` : issue.message;
}

function tooLong(fields: Record<string, string | null>): RuleIssue[] {
  return Object.entries(fields)
    .filter(([, value]) => (value?.length ?? 0) > STRING_LENGTH)
    .map(([field]) => ({ path: field.split('.'), message: `${field} is longer than ${STRING_LENGTH} characters` }));
}

function refuse(at: RowLocation | null, issues: RuleIssue[]): void {
  if (issues.length > 0) throw new ImportFileError(at, issues.map(inColumn).join('; '));
}

export function checkPlan(plan: PreviewPlan, at: RowLocation | null): void {
  refuse(at, [...checkRules(ObjectivesPlanInput, planDocument(plan)), ...tooLong({ title: plan.title })]);
}

export function checkObjective(objective: PreviewObjective, at: RowLocation): void {
  refuse(at, [
    ...checkRules(ObjectiveInput, objectiveDocument(objective)),
    ...tooLong({ responsible: objective.responsible, 'dates.text': objective.dates.text }),
  ]);
}
