/**
 * The outstanding deadlines of the Trust and of every academy in it on a day, read as `system` (the
 * reminders job has no user; the deadlines route narrows the result to the caller's academies itself).
 * Statutory publications count as published; review dates and actions as last saved.
 */
import {
  academyDeadlines,
  byDueDate,
  inTrustOn,
  trustDeadlines,
  type Academy,
  type AcademyRecords,
  type Deadline,
  type IsoDateString,
  type TrustRecords,
} from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { asSystem } from '../utils/actor';

export interface AcademyContact {
  documentId: string;
  slug: string;
  name: string;
  equalityLeadName: string | null;
  equalityLeadEmail: string | null;
}

export interface TrustContact {
  name: string | null;
  equalityOwnerName: string | null;
  equalityOwnerEmail: string | null;
}

export interface OutstandingDeadlines {
  deadlines: Deadline[];
  /** The academies in the Trust on the day, by slug. */
  academies: Map<string, AcademyContact>;
  trust: TrustContact;
}

/** An entry as read with its academy: the academy's slug, or none for the Trust's own. */
type Owned<T> = T & { academy?: { slug: string } | null };
type Objective = Omit<AcademyRecords['objectives'][number], 'actions'> & { actions?: AcademyRecords['objectives'][number]['actions'] | null };

const ACADEMY = { academy: { fields: ['slug'] } };

export const createDeadlinesService = ({ strapi }: { strapi: Core.Strapi }) => {
  const findMany = <T>(uid: string, params: Record<string, unknown>) =>
    strapi.documents(uid as 'plugin::equality.objective').findMany(params as never) as unknown as Promise<Owned<T>[]>;

  async function load(today: IsoDateString) {
    const [academies, trust, plans, information, statements, objectives, trustObjectives, paySnapshots] = await Promise.all([
      findMany<AcademyContact & Pick<Academy, 'joinedOn' | 'leftOn'>>(UID.ACADEMY, {
        fields: ['slug', 'name', 'joinedOn', 'leftOn', 'equalityLeadName', 'equalityLeadEmail'],
      }),
      strapi.documents(UID.TRUST as 'plugin::equality.objective').findFirst({} as never) as unknown as Promise<TrustContact | null>,
      findMany<AcademyRecords['plans'][number]>(UID.PLAN, { status: 'published', fields: ['title', 'periodStart', 'periodEnd'], populate: ACADEMY }),
      findMany<AcademyRecords['information'][number]>(UID.INFORMATION, { status: 'published', fields: ['academicYear', 'publishedOn'], populate: ACADEMY }),
      findMany<AcademyRecords['statements'][number]>(UID.STATEMENT, {
        status: 'draft',
        fields: ['title', 'nextReviewDue', 'lastReviewedOn', 'approvedOn', 'reviewFrequencyMonths'],
        populate: ACADEMY,
      }),
      findMany<Objective>(UID.OBJECTIVE, { status: 'draft', fields: ['objective', 'progressStatus'], populate: { ...ACADEMY, actions: true } }),
      findMany<TrustRecords['objectives'][number]>(UID.TRUST_OBJECTIVE, { status: 'published', fields: ['title', 'periodStart', 'periodEnd'] }),
      findMany<TrustRecords['paySnapshots'][number]>(UID.PAY_SNAPSHOT, { fields: ['snapshotDate', 'approvedOn'] }),
    ]);
    return {
      academies: academies.filter((academy) => inTrustOn(academy, today)),
      trust,
      owned: { plans, information, statements, objectives },
      trustObjectives,
      paySnapshots,
    };
  }

  return {
    async outstanding(today: IsoDateString): Promise<OutstandingDeadlines> {
      const { academies, trust, owned, trustObjectives, paySnapshots } = await asSystem(() => load(today));
      const of = <T>(entries: Owned<T>[], slug: string | null) => entries.filter((entry) => (entry.academy?.slug ?? null) === slug);

      const deadlines = academies.flatMap(({ slug }) =>
        academyDeadlines({
          slug,
          plans: of(owned.plans, slug),
          information: of(owned.information, slug),
          statements: of(owned.statements, slug),
          objectives: of(owned.objectives, slug).map((objective) => ({ ...objective, actions: objective.actions ?? [] })),
        }),
      );
      deadlines.push(...trustDeadlines({ objectives: trustObjectives, statements: of(owned.statements, null), paySnapshots }));

      return {
        deadlines: deadlines.sort(byDueDate),
        academies: new Map(academies.map((academy) => [academy.slug, academy])),
        trust: {
          name: trust?.name ?? null,
          equalityOwnerName: trust?.equalityOwnerName ?? null,
          equalityOwnerEmail: trust?.equalityOwnerEmail ?? null,
        },
      };
    },
  };
};

export type DeadlinesService = ReturnType<typeof createDeadlinesService>;

/** Where a deadline's reminders go: the academy's equality lead, or the Trust's equality owner. */
export function recipientOf(deadline: Deadline, { academies, trust }: Pick<OutstandingDeadlines, 'academies' | 'trust'>) {
  if (deadline.recipient === 'trust-equality-owner') return { name: trust.equalityOwnerName, email: trust.equalityOwnerEmail };
  const academy = deadline.academy ? academies.get(deadline.academy) : undefined;
  return { name: academy?.equalityLeadName ?? null, email: academy?.equalityLeadEmail ?? null };
}
