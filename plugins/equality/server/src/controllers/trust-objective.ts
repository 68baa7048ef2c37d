/**
 * The Trust's objectives, each with its academies' published contributions. Contributions have no route
 * of their own, so the Public role cannot populate them: they are attached here, sanitised as what they
 * are.
 */
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { UID } from '../constants';
import { createPublicReadController } from './public-read';

export default ({ strapi }: { strapi: Core.Strapi }) =>
  createPublicReadController(strapi, UID.TRUST_OBJECTIVE, {
    async decorate(records, ctx: Context) {
      const documentIds = records.map((record) => record.documentId as string);
      if (documentIds.length === 0) return records;
      const contributions = await strapi.documents(UID.CONTRIBUTION).findMany({
        status: 'published',
        filters: { trustObjective: { documentId: { $in: documentIds } } },
        populate: { academy: { fields: ['name', 'slug', 'urn'] }, trustObjective: { fields: ['documentId'] } },
        sort: ['createdAt:asc'],
      });
      const sanitised = (await strapi.contentAPI.sanitize.output(contributions, strapi.getModel(UID.CONTRIBUTION), {
        auth: ctx.state.auth,
      })) as Array<Record<string, unknown> & { trustObjective?: { documentId: string } }>;
      return records.map((record) => ({
        ...record,
        contributions: sanitised
          .filter((contribution) => contribution.trustObjective?.documentId === record.documentId)
          .map(({ trustObjective: _parent, ...contribution }) => contribution),
      }));
    },
  });
