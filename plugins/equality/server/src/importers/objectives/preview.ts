/**
 * What the objectives importer shows before it writes anything: the plan and its objectives exactly as
 * they will be created as drafts, with everything a reviewer should look at flagged. This schema is the
 * single source of truth for the CLI's `--dry-run` output and for the admin upload page.
 */
import { CharacteristicChoice, PsedAim, Recurrence, TargetGroup } from '@equality-hub/domain';
import { z } from 'zod';

const isoDate = z.iso.date();

/** Something the importer could not read with confidence, kept verbatim for a person to review. */
export const ImportFlag = z.object({
  /** Where in the file: "line 11", "table 1, row 4"; null for the file as a whole. */
  row: z.string().nullable(),
  /** The field it concerns: `protectedCharacteristics`, `dates`, `plan.title` … */
  field: z.string(),
  /** The text as written, when there is some. */
  text: z.string().nullable(),
  message: z.string(),
});
export type ImportFlag = z.infer<typeof ImportFlag>;

export const PreviewDates = z.object({
  start: isoDate.nullable(),
  end: isoDate.nullable(),
  ongoing: z.boolean(),
  recurrence: z.enum(Recurrence.values),
  /** The Dates cell as written. */
  text: z.string().nullable(),
});
export type PreviewDates = z.infer<typeof PreviewDates>;

export const PreviewObjective = z.object({
  psedAims: z.array(z.enum(PsedAim.values)).min(1),
  protectedCharacteristics: z.array(z.enum(CharacteristicChoice.values)),
  targetGroups: z.array(z.enum(TargetGroup.values)),
  aim: z.string().nullable(),
  objective: z.string().min(1),
  /** One entry per paragraph or bullet of the Action cell. */
  actions: z.array(z.string().min(1)),
  responsible: z.string().nullable(),
  dates: PreviewDates,
  /** One entry per paragraph or bullet of the Milestone/progress cell. */
  milestones: z.array(z.string().min(1)),
  flags: z.array(ImportFlag),
});
export type PreviewObjective = z.infer<typeof PreviewObjective>;

export const PreviewPlan = z.object({
  title: z.string().min(1),
  periodStart: isoDate,
  periodEnd: isoDate,
});
export type PreviewPlan = z.infer<typeof PreviewPlan>;

export const ObjectivesPreview = z.object({
  /** The academy's slug. */
  academy: z.string(),
  plan: PreviewPlan,
  objectives: z.array(PreviewObjective),
  /** Flags about the file as a whole (no heading, a column not recognised, text outside the table). */
  flags: z.array(ImportFlag),
});
export type ObjectivesPreview = z.infer<typeof ObjectivesPreview>;
