/**
 * A Trust objective's pay measure: typed, or one of the six gender pay gap figures over the snapshots.
 * The public values are those of the pay gap reports approved on or before the report's asOf; executives
 * may also ask for the snapshots not yet approved, computed from their pay records (once per request).
 */
import {
  measureProgress,
  payFigureObservations,
  payFigureSeries,
  type MeasureProgress,
  type PayMeasure,
  type SnapshotPayFigures,
} from '@equality-hub/domain';
import type { AppContext } from '../context';
import { typedObservations } from './measure';
import { genderPayGapOf } from './pay-gap';
import type { TrustObjectiveNode } from './trust-objective';

export type PayMeasureNode = PayMeasure & { objective: TrustObjectiveNode };

interface PayEvidence {
  current: number | null;
  series: (ReturnType<typeof payFigureSeries>[number] & { observedOn: string })[];
  progress: MeasureProgress;
}

function evidenceFrom(node: PayMeasureNode, snapshots: readonly SnapshotPayFigures[]): PayEvidence {
  const { objective } = node;
  const line = { ...node, start: objective.periodStart, end: objective.periodEnd };
  if (node.source !== 'evidence' || !node.payFigure) {
    return { current: node.current ?? null, series: [], progress: measureProgress(line, typedObservations(node.current, objective.report.asOf)) };
  }
  const points = payFigureSeries(snapshots, node.payFigure);
  return {
    current: points.at(-1)?.value ?? null,
    series: points.map((point) => ({ ...point, observedOn: point.snapshotDate })),
    progress: measureProgress(line, payFigureObservations(points)),
  };
}

/** The Trust's figures of every snapshot approved for publication on or before asOf, as published. */
async function approvedSnapshots(node: PayMeasureNode, context: AppContext): Promise<SnapshotPayFigures[]> {
  const { asOf } = node.objective.report;
  return (await context.loaders.trust.publications())
    .filter((publication) => publication.approvedOn <= asOf && publication.snapshotDate <= asOf)
    .map((publication) => ({ ...publication.genderPayGap, snapshotDate: publication.snapshotDate, approved: true }));
}

const isTyped = (node: PayMeasureNode) => node.source !== 'evidence';

const publicEvidence = async (node: PayMeasureNode, context: AppContext) =>
  evidenceFrom(node, isTyped(node) ? [] : await approvedSnapshots(node, context));

/** The approved snapshots as published, and every other snapshot dated on or before asOf computed from its records. */
async function allSnapshots(node: PayMeasureNode, context: AppContext): Promise<PayEvidence> {
  if (isTyped(node)) return evidenceFrom(node, []);
  const approved = await approvedSnapshots(node, context);
  const published = new Set(approved.map((snapshot) => snapshot.snapshotDate));
  const others = (await context.loaders.trust.paySnapshots()).filter(
    (snapshot) => snapshot.snapshotDate <= node.objective.report.asOf && !published.has(snapshot.snapshotDate),
  );
  const computed = await Promise.all(others.map((snapshot) => genderPayGapOf(context, snapshot, undefined)));
  return evidenceFrom(node, [...approved, ...computed]);
}

export const payMeasureResolvers = {
  TrustObjective: {
    payMeasure: (objective: TrustObjectiveNode): PayMeasureNode | null => (objective.payMeasure ? { ...objective.payMeasure, objective } : null),
  },
  PayMeasure: {
    source: (node: PayMeasureNode) => node.source ?? 'typed',
    current: async (node: PayMeasureNode, _args: unknown, context: AppContext) => (await publicEvidence(node, context)).current,
    series: async (node: PayMeasureNode, _args: unknown, context: AppContext) => (await publicEvidence(node, context)).series,
    progress: async (node: PayMeasureNode, _args: unknown, context: AppContext) => (await publicEvidence(node, context)).progress,
    includingUnapproved: (node: PayMeasureNode, _args: unknown, context: AppContext) => allSnapshots(node, context),
  },
};
