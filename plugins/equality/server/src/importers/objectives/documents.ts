/**
 * The preview as the Document Service writes it: actions and milestones as components, target-group
 * text that maps to no term kept in `otherTargetGroups`, and every flag kept in `reviewNotes` (private,
 * shown in the admin only), so the review the preview asks for can happen on the draft itself.
 * Relations (academy, plan) are the caller's.
 */
import type { ImportFlag, PreviewObjective, PreviewPlan } from './preview';

/** One line per flag: where, what, and the text as written. */
export function reviewNote(flag: ImportFlag): string {
  return `${flag.row ? `${flag.row}: ` : ''}${flag.message}${flag.text ? ` ("${flag.text}")` : ''}`;
}

export function planDocument(plan: PreviewPlan) {
  return { title: plan.title, periodStart: plan.periodStart, periodEnd: plan.periodEnd };
}

export function objectiveDocument(objective: PreviewObjective) {
  const otherTargetGroups = objective.flags.filter((flag) => flag.field === 'targetGroups' && flag.text).map((flag) => flag.text);
  return {
    psedAims: objective.psedAims,
    protectedCharacteristics: objective.protectedCharacteristics,
    targetGroups: objective.targetGroups,
    otherTargetGroups: otherTargetGroups.length > 0 ? otherTargetGroups.join('; ') : null,
    aim: objective.aim,
    objective: objective.objective,
    actions: objective.actions.map((description) => ({ description })),
    responsible: objective.responsible,
    dates: objective.dates,
    milestones: objective.milestones.map((note) => ({ note })),
    reviewNotes: objective.flags.length > 0 ? objective.flags.map(reviewNote).join('\n') : null,
  };
}
