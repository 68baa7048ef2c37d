/**
 * The statutory publication of the Trust's gender pay gap: every approved snapshot's six figures, quarters
 * and suppressed workforce profile (public, kept while the snapshot is kept; the regulations ask for three
 * years), and the same figures as a row for the government's gender pay gap service.
 */
import { govUkCsv, PayGapPublication } from '@equality-hub/domain';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../utils/get-service';
import { capPageSize } from '../utils/public-output';

async function publicationFor(strapi: Core.Strapi, year: string) {
  const publication = (await getService(strapi, 'pay-figures').publications()).find((item) => String(item.snapshotYear) === year);
  if (!publication) throw new errors.NotFoundError(`No approved pay gap report for the snapshot of 31 March ${year}`);
  return publication;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /pay-gap-reports: newest first. */
  async find(ctx: Context) {
    const publications = (await getService(strapi, 'pay-figures').publications()).map((item) => PayGapPublication.parse(item));
    const { pagination } = capPageSize({ pagination: { page: 1, pageSize: 25, ...((ctx.query.pagination as object) ?? {}) } }) as {
      pagination: { page: number | string; pageSize: number | string };
    };
    const pageNumber = Math.max(1, Number(pagination.page) || 1);
    const pageSize = Math.max(1, Number(pagination.pageSize) || 25);
    ctx.body = {
      data: publications.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
      meta: { pagination: { page: pageNumber, pageSize, pageCount: Math.ceil(publications.length / pageSize), total: publications.length } },
    };
  },

  /** GET /pay-gap-reports/:id, where id is the snapshot year (2025 for 31 March 2025). */
  async findOne(ctx: Context) {
    ctx.body = { data: PayGapPublication.parse(await publicationFor(strapi, ctx.params.id)), meta: {} };
  },

  /** GET /pay-gap-reports/:id/gov-uk.csv: the figures in the column layout of the service's public download. */
  async govUkCsv(ctx: Context) {
    const snapshots = await getService(strapi, 'pay-figures').approvedSnapshots();
    const snapshot = snapshots.find((item) => item.snapshotDate.startsWith(`${ctx.params.id}-`) && item.figures);
    if (!snapshot?.figures) throw new errors.NotFoundError(`No approved pay gap report for the snapshot of 31 March ${ctx.params.id}`);
    ctx.type = 'text/csv; charset=utf-8';
    ctx.attachment(`gender-pay-gap-${ctx.params.id}.csv`);
    ctx.body = govUkCsv(snapshot.figures.genderPayGap.trust);
  },
});
