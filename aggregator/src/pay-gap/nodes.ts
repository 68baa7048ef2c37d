/**
 * Pay gap figures as GraphQL returns them: the calculations' output (or a published report) with the
 * snapshot it belongs to. Pure shaping; the resolvers load the records and call these.
 */
import {
  CENTRAL_TEAM,
  employerSize,
  type EthnicityPayGap,
  type GenderPayGap,
  type PayGapPublication,
  type PaySnapshotRow,
  type PublishedWorkforceProfile,
  type Suppression,
  type WorkforceProfile,
} from '@equality-hub/domain';

/** Which snapshot figures belong to, and whether Trust HR has approved them for publication. */
export interface SnapshotFacts {
  snapshotDate: string;
  snapshotYear: number;
  approved: boolean;
  approvedOn: string | null;
}

export function snapshotFacts(snapshot: Pick<PaySnapshotRow, 'snapshotDate' | 'approvedOn'>): SnapshotFacts {
  return {
    snapshotDate: snapshot.snapshotDate,
    snapshotYear: Number(snapshot.snapshotDate.slice(0, 4)),
    approved: snapshot.approvedOn !== null,
    approvedOn: snapshot.approvedOn,
  };
}

/** The GraphQL name of a pay record's academy: its slug, or "central-team" for the central team. */
export const academyName = (academy: string | null) => academy ?? CENTRAL_TEAM;

type Figures = Omit<GenderPayGap, 'scope' | 'academy' | 'counts' | 'unrounded'>;

export interface GenderPayGapNode extends SnapshotFacts, Figures {
  /** A slug, "central-team", or null for the Trust. */
  academy: string | null;
  employerSize: string;
  counts: GenderPayGap['counts'] | null;
}

/**
 * Computed figures of one snapshot. The employer size is the Trust's, from all its relevant employees
 * (`trustHeadcount`), whichever academy the figures are for: the Trust is the employer.
 */
export function computedNode(snapshot: PaySnapshotRow, figures: GenderPayGap, trustHeadcount: number): GenderPayGapNode {
  const { scope, academy, unrounded: _unrounded, ...rest } = figures;
  return {
    ...snapshotFacts(snapshot),
    ...rest,
    academy: scope === 'trust' ? null : academyName(academy),
    employerSize: employerSize(trustHeadcount),
  };
}

/** A published report's Trust-level figures: no headcounts beyond the statutory ones. */
export function publishedNode(publication: PayGapPublication): GenderPayGapNode {
  return {
    ...snapshotFacts(publication),
    ...publication.genderPayGap,
    academy: null,
    employerSize: publication.employerSize,
    counts: null,
  };
}

export type EthnicityPayGapNode = SnapshotFacts & Omit<EthnicityPayGap, 'reference'> & { referenceEmployees: number };

export function ethnicityNode(snapshot: PaySnapshotRow, figures: EthnicityPayGap): EthnicityPayGapNode {
  const { reference, ...rest } = figures;
  return { ...snapshotFacts(snapshot), ...rest, referenceEmployees: reference.employees };
}

type Count = number | null;

export interface WorkforceProfileNode extends SnapshotFacts {
  employeeInformationRequired: boolean;
  total: Count;
  bySex: { men: Count; women: Count };
  byEthnicity: readonly { category: string; label: string; count: Count }[];
  /** Each academy's headcounts, "central-team" for the central team. */
  byAcademy: readonly { academy: string; total: Count; men: Count; women: Count }[];
  suppressed: readonly Suppression[];
}

/** A computed profile, or a published one (the same figures, as approved). */
export function workforceNode(facts: SnapshotFacts, profile: WorkforceProfile | PublishedWorkforceProfile): WorkforceProfileNode {
  return { ...facts, ...profile, byAcademy: profile.byAcademy.map((row) => ({ ...row, academy: academyName(row.academy) })) };
}
