/**
 * The pay gap and workforce queries (restricted to Trust executives by the SDL): find the snapshot, load
 * its pay records once per request, call the domain calculation, shape. The Trust's figures always come
 * from every record of the snapshot, pooled; an academy's from its own records, suppressed.
 */
import {
  academyGenderPayGap,
  CENTRAL_TEAM,
  ethnicityPayGap,
  genderPayGap,
  genderPayGapChange,
  workforceProfile,
  type GenderPayGap,
  type PaySnapshotRow,
} from '@equality-hub/domain';
import type { AppContext } from '../context';
import { AggregatorError, ErrorCode } from '../errors';
import { computedNode, ethnicityNode, snapshotFacts, workforceNode, type GenderPayGapNode } from '../pay-gap/nodes';
import { snapshotOfYear } from '../pay-gap/snapshots';

/** The Trust (`undefined`), an academy by slug, or the central team (`null`), as the calculations take it. */
type Scope = string | null | undefined;

/** Computed figures remember what they were computed for, so that `change` can compute last year's alike. */
export type ComputedGenderPayGapNode = GenderPayGapNode & { basis?: { scope: Scope; figures: GenderPayGap } };

async function snapshotOf(context: AppContext, year: number): Promise<PaySnapshotRow | null> {
  return snapshotOfYear(await context.loaders.trust.paySnapshots(), year);
}

async function figures(context: AppContext, snapshot: PaySnapshotRow, scope: Scope) {
  const records = await context.loaders.trust.payRecords(snapshot.snapshotDate);
  const options = { method: snapshot.method };
  return { records, figures: scope === undefined ? genderPayGap(records, options) : academyGenderPayGap(records, scope, options) };
}

/** The Trust's or one academy's gender pay gap of a snapshot. */
export async function genderPayGapOf(context: AppContext, snapshot: PaySnapshotRow, scope: Scope): Promise<ComputedGenderPayGapNode> {
  const computed = await figures(context, snapshot, scope);
  return { ...computedNode(snapshot, computed.figures, computed.records.length), basis: { scope, figures: computed.figures } };
}

/** The `academy` argument as a scope: a slug must name an academy of the Trust, or one with pay records. */
async function scopeOf(context: AppContext, snapshot: PaySnapshotRow, slug: string | null | undefined): Promise<Scope> {
  if (slug == null) return undefined;
  if (slug === CENTRAL_TEAM) return null;
  const records = await context.loaders.trust.payRecords(snapshot.snapshotDate);
  const known = records.some((record) => record.academy === slug) ||
    (await context.loaders.academies()).academies.some((owned) => owned.academy.slug === slug);
  if (!known) throw new AggregatorError(ErrorCode.NOT_FOUND, `No academy has the slug "${slug}" (use "${CENTRAL_TEAM}" for the central team)`);
  return slug;
}

export const payGapResolvers = {
  Query: {
    genderPayGap: async (_parent: unknown, args: { snapshotYear: number; academy?: string | null }, context: AppContext) => {
      const snapshot = await snapshotOf(context, args.snapshotYear);
      return snapshot && genderPayGapOf(context, snapshot, await scopeOf(context, snapshot, args.academy));
    },
    ethnicityPayGap: async (_parent: unknown, args: { snapshotYear: number }, context: AppContext) => {
      const snapshot = await snapshotOf(context, args.snapshotYear);
      if (!snapshot) return null;
      const records = await context.loaders.trust.payRecords(snapshot.snapshotDate);
      return ethnicityNode(snapshot, ethnicityPayGap(records, { method: snapshot.method }));
    },
    workforceProfile: async (_parent: unknown, args: { snapshotYear: number }, context: AppContext) => {
      const snapshot = await snapshotOf(context, args.snapshotYear);
      if (!snapshot) return null;
      return workforceNode(snapshotFacts(snapshot), workforceProfile(await context.loaders.trust.payRecords(snapshot.snapshotDate)));
    },
  },
  GenderPayGap: {
    /** Against the previous year's snapshot, for the same academy or the Trust. Published figures have none. */
    change: async (node: ComputedGenderPayGapNode, _args: unknown, context: AppContext) => {
      if (!node.basis) return null;
      const previous = await snapshotOf(context, node.snapshotYear - 1);
      if (!previous) return null;
      const before = await figures(context, previous, node.basis.scope);
      return { comparedWith: previous.snapshotDate, ...genderPayGapChange(before.figures, node.basis.figures) };
    },
  },
};
