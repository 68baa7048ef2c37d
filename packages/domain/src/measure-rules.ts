/**
 * The rules of a measure, for an objective (a figure of the academy's equality information) and for a
 * Trust objective (a gender pay gap figure). An evidence-linked measure names what it reads and has no
 * typed current value, so that nobody can mistake a typed number for a published one.
 */
import { z } from 'zod';
import { MeasureDirection, MeasureSource, Metric, PayFigure, PupilGroup, Unit } from './vocabulary';

const EVIDENCE_CURRENT = 'leave current empty: an evidence-linked measure takes its current value from the published figures';

const line = {
  source: z.enum(MeasureSource.values).nullish(),
  direction: z.enum(MeasureDirection.values).nullish(),
  baseline: z.number().nullish(),
  target: z.number().nullish(),
  current: z.number().nullish(),
};

export const MeasureInput = z.object({
  ...line,
  metric: z.enum(Metric.values).nullish(),
  pupilGroup: z.enum(PupilGroup.values).nullish(),
  gap: z.boolean().nullish(),
  unit: z.enum(Unit.values).nullish(),
}).superRefine((measure, ctx) => {
  const issue = (field: string, message: string) => ctx.addIssue({ code: 'custom', path: [field], message });
  if (measure.source === 'evidence') {
    if (!measure.metric) issue('metric', 'metric is required when the measure takes its values from the evidence');
    else if (!measure.pupilGroup && !Metric.isWholeSchool(measure.metric)) {
      issue('pupilGroup', `pupilGroup is required: ${Metric.label(measure.metric)} is published by pupil group`);
    }
    if (measure.current != null) issue('current', EVIDENCE_CURRENT);
  }
  if (measure.gap && !(measure.pupilGroup && PupilGroup.complementOf(measure.pupilGroup))) {
    issue('pupilGroup', 'a gap needs a pupil group with a complement to measure it against, such as disadvantaged (against not disadvantaged)');
  }
});

export const PayMeasureInput = z.object({
  ...line,
  payFigure: z.enum(PayFigure.values).nullish(),
}).superRefine((measure, ctx) => {
  if (measure.source !== 'evidence') return;
  if (!measure.payFigure) ctx.addIssue({ code: 'custom', path: ['payFigure'], message: 'payFigure is required when the measure takes its values from the pay gap reports' });
  if (measure.current != null) ctx.addIssue({ code: 'custom', path: ['current'], message: EVIDENCE_CURRENT });
});
