/**
 * An objective's measure: typed by staff, or tied to its academy's published equality information. The
 * values come from the information and plans this request reads once per source (the academy-records
 * loader), so an evidence-linked measure costs no upstream request of its own. The computed verdict sits
 * beside the objective's progressStatus and never changes it.
 */
import {
  evidenceObservations,
  evidenceSeries,
  isoDate,
  measureProgress,
  Metric,
  type EvidencePoint,
  type Measure,
  type MeasureProgress,
  type MetricValue,
  type Objective,
  type Observation,
} from '@equality-hub/domain';
import type { AppContext } from '../context';

/** A measure with its objective, whose academy and plan its values and line depend on. */
export type MeasureNode = Measure & { objective: Objective };

type EvidenceMeasure = MeasureNode & { metric: MetricValue };

const isEvidence = (node: MeasureNode): node is EvidenceMeasure => node.source === 'evidence' && node.metric != null;

/** A typed current value counts as of `day`: staff typed it as the value now. */
export function typedObservations(current: number | null | undefined, day: string): Observation[] {
  return current == null ? [] : [{ observedOn: day, value: current, label: 'the typed value' }];
}

async function evidenceOf(node: MeasureNode, context: AppContext): Promise<EvidencePoint[]> {
  const urn = node.objective.academy?.urn;
  if (!isEvidence(node) || !urn) return [];
  return evidenceSeries(await context.loaders.academyRecords(urn, 'information'), node);
}

async function progressOf(node: MeasureNode, context: AppContext): Promise<MeasureProgress> {
  const { academy, plan: planRef } = node.objective;
  const plans = academy && planRef ? await context.loaders.academyRecords(academy.urn, 'plans') : [];
  const plan = plans.find((candidate) => candidate.documentId === planRef?.documentId);
  const line = { ...node, start: plan?.periodStart, end: plan?.periodEnd };
  const observations = isEvidence(node) ? evidenceObservations(await evidenceOf(node, context), node) : typedObservations(node.current, isoDate());
  return measureProgress(line, observations);
}

export const measureResolvers = {
  Objective: {
    measure: (objective: Objective): MeasureNode | null => (objective.measure ? { ...objective.measure, objective } : null),
  },
  Measure: {
    source: (node: MeasureNode) => node.source ?? 'typed',
    gap: (node: MeasureNode) => node.gap ?? false,
    unit: (node: MeasureNode) => node.unit ?? (isEvidence(node) ? Metric.unitOf(node.metric) : null),
    current: async (node: MeasureNode, _args: unknown, context: AppContext) =>
      isEvidence(node) ? ((await evidenceOf(node, context)).at(-1)?.value ?? null) : (node.current ?? null),
    series: (node: MeasureNode, _args: unknown, context: AppContext) => evidenceOf(node, context),
    progress: (node: MeasureNode, _args: unknown, context: AppContext) => progressOf(node, context),
  },
};
