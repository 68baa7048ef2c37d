/**
 * The restricted routes: pay records, pay snapshots, vacancies with their applicant breakdowns,
 * blind-recruitment rollouts and the audit trail, for the aggregator's restricted token only. Their
 * action names are not find/findOne, which Strapi's read-only tokens would pass. Strapi has checked the token's scopes before
 * these run; they then read as `system` and shape every row to the wire schemas of
 * @equality-hub/domain (restricted.ts), so no stored field leaves by accident.
 */
import {
  AuditTrailQuery,
  PaySnapshotRow,
  RecruitmentRolloutRow,
  VacancyRow,
  type PayRecord,
} from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { z } from 'zod';
import { UID } from '../constants';
import { asSystem } from '../utils/actor';
import { getService } from '../utils/get-service';
import { MAX_PAGE_SIZE } from '../utils/public-output';

const Paging = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(MAX_PAGE_SIZE),
});

function pagingOf(ctx: Context, extra: z.ZodRawShape = {}) {
  const parsed = Paging.extend(extra).safeParse(ctx.query);
  if (!parsed.success) {
    throw new errors.ValidationError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
  }
  return parsed.data as z.infer<typeof Paging> & Record<string, unknown>;
}

function page<T>(ctx: Context, data: T[], paging: { page: number; pageSize: number }, total: number) {
  ctx.body = {
    data,
    meta: { pagination: { page: paging.page, pageSize: paging.pageSize, pageCount: Math.ceil(total / paging.pageSize), total } },
  };
}

const academyFields = { fields: ['documentId', 'name', 'slug', 'urn'] };

async function pagedDocuments(strapi: Core.Strapi, uid: string, paging: { page: number; pageSize: number }, query: Record<string, unknown>) {
  const documents = strapi.documents(uid as typeof UID.VACANCY);
  const start = (paging.page - 1) * paging.pageSize;
  return asSystem(async () => {
    const [rows, total] = await Promise.all([
      documents.findMany({ ...query, sort: ['id:asc'], start, limit: paging.pageSize } as never),
      documents.count({ filters: query.filters } as never),
    ]);
    return { rows: rows as unknown as Record<string, any>[], total };
  });
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /restricted/pay-snapshots */
  async listPaySnapshots(ctx: Context) {
    const paging = pagingOf(ctx);
    const { rows, total } = await pagedDocuments(strapi, UID.PAY_SNAPSHOT, paging, { fields: ['snapshotDate', 'approvedOn', 'approvedBy'] });
    const method = await getService(strapi, 'pay-figures').method();
    const data = await Promise.all(
      rows.map(async (row) =>
        PaySnapshotRow.parse({
          ...row,
          recordCount: await asSystem(() => strapi.documents(UID.PAY_RECORD).count({ filters: { snapshot: { documentId: row.documentId } } } as never)),
          method,
        }),
      ),
    );
    page(ctx, data, paging, total);
  },

  /** GET /restricted/pay-records?snapshot=YYYY-MM-DD */
  async listPayRecords(ctx: Context) {
    const paging = pagingOf(ctx, { snapshot: z.iso.date({ error: 'snapshot must be a date (YYYY-MM-DD)' }) });
    const snapshot = (await asSystem(() =>
      strapi.documents(UID.PAY_SNAPSHOT).findFirst({ filters: { snapshotDate: paging.snapshot }, fields: ['documentId'] } as never),
    )) as { documentId: string } | null;
    if (!snapshot) throw new errors.NotFoundError(`No pay snapshot dated ${paging.snapshot}`);
    const { records, total } = await getService(strapi, 'pay-figures').recordsPage(snapshot.documentId, (paging.page - 1) * paging.pageSize, paging.pageSize);
    page<PayRecord>(ctx, records, paging, total);
  },

  /** GET /restricted/vacancies */
  async listVacancies(ctx: Context) {
    const paging = pagingOf(ctx);
    const { rows, total } = await pagedDocuments(strapi, UID.VACANCY, paging, { populate: { academy: academyFields } });
    const breakdowns = (await asSystem(() =>
      strapi.documents(UID.APPLICANT_BREAKDOWN).findMany({
        filters: { vacancy: { documentId: { $in: rows.map((row) => row.documentId) } } },
        populate: { vacancy: { fields: ['documentId'] }, bySex: true, byEthnicity: true },
      } as never),
    )) as unknown as Array<{ vacancy: { documentId: string } | null; bySex: unknown[]; byEthnicity: unknown[] }>;
    const byVacancy = new Map(breakdowns.filter((row) => row.vacancy).map((row) => [row.vacancy!.documentId, row]));
    const data = rows.map((row) => {
      const breakdown = byVacancy.get(row.documentId);
      return VacancyRow.parse({
        ...row,
        applicants: row.applicants ?? 0,
        shortlisted: row.shortlisted ?? 0,
        appointed: row.appointed ?? 0,
        panelTrained: row.panelTrained ?? false,
        anonymisedUntil: row.anonymisedUntil ?? 'after-shortlisting',
        applicantBreakdown: breakdown
          ? { bySex: breakdown.bySex ?? [], byEthnicity: (breakdown.byEthnicity ?? []).map((item: any) => ({ ...item, ethnicity: item.ethnicity ?? null })) }
          : null,
      });
    });
    page(ctx, data, paging, total);
  },

  /** GET /restricted/recruitment-rollouts */
  async listRecruitmentRollouts(ctx: Context) {
    const paging = pagingOf(ctx);
    const { rows, total } = await pagedDocuments(strapi, UID.RECRUITMENT_ROLLOUT, paging, { populate: { academy: academyFields } });
    page(ctx, rows.map((row) => RecruitmentRolloutRow.parse(row)), paging, total);
  },

  /** GET /restricted/audit-trail?from&to&academy&type&actor: the audit trail, oldest first. */
  async listAuditTrail(ctx: Context) {
    const paging = pagingOf(ctx, AuditTrailQuery.shape);
    const { rows, total } = await getService(strapi, 'audit').list(paging as AuditTrailQuery, paging);
    page(ctx, rows, paging, total);
  },
});
