/**
 * Read-only, published-only controllers for the public API that school websites use.
 *
 * Strapi 5 lets the Public role and read-only tokens ask for drafts with `?status=draft`
 * (strapi/strapi#25326), so the status is forced here whatever the query says. Queries are validated
 * and sanitised against the caller's permissions, so `populate` and `filters` reach only what the
 * caller may read.
 */
import type { Core, UID as StrapiUid } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { capPageSize, suppressPublishedFigures } from '../utils/public-output';

type ContentTypeUid = StrapiUid.ContentType;

interface PublicReadOptions {
  /** Extra work on the sanitised records, e.g. attaching related records the caller may not populate. */
  decorate?: (records: Record<string, unknown>[], ctx: Context) => Promise<Record<string, unknown>[]>;
}

function publishedQuery(ctx: Context) {
  return capPageSize({ ...(ctx.query as Record<string, unknown>), status: 'published' });
}

async function sanitisedQuery(strapi: Core.Strapi, uid: ContentTypeUid, ctx: Context) {
  const schema = strapi.getModel(uid);
  const auth = ctx.state.auth;
  const query = publishedQuery(ctx);
  await strapi.contentAPI.validate.query(query, schema, { auth });
  return strapi.contentAPI.sanitize.query(query, schema, { auth }) as Promise<Record<string, unknown>>;
}

async function sanitisedOutput(strapi: Core.Strapi, uid: ContentTypeUid, ctx: Context, data: unknown) {
  const output = await strapi.contentAPI.sanitize.output(data, strapi.getModel(uid), { auth: ctx.state.auth });
  return suppressPublishedFigures(output) as Record<string, unknown> | Record<string, unknown>[];
}

export function createPublicReadController(strapi: Core.Strapi, uid: ContentTypeUid, options: PublicReadOptions = {}) {
  const decorate = options.decorate ?? (async (records) => records);
  const service = () => strapi.service(uid as never) as unknown as Core.CoreAPI.Service.CollectionType;

  return {
    async find(ctx: Context) {
      const query = await sanitisedQuery(strapi, uid, ctx);
      const { results, pagination } = await service().find(query);
      const data = (await sanitisedOutput(strapi, uid, ctx, results)) as Record<string, unknown>[];
      ctx.body = { data: await decorate(data, ctx), meta: { pagination } };
    },

    async findOne(ctx: Context) {
      const query = await sanitisedQuery(strapi, uid, ctx);
      const record = await service().findOne(ctx.params.id, query);
      if (!record) throw new errors.NotFoundError('No published record with that id');
      const data = (await sanitisedOutput(strapi, uid, ctx, record)) as Record<string, unknown>;
      const [decorated] = await decorate([data], ctx);
      ctx.body = { data: decorated, meta: {} };
    },
  };
}

/** The single-type variant: one record, no pagination. */
export function createPublicSingleController(strapi: Core.Strapi, uid: ContentTypeUid) {
  return {
    async find(ctx: Context) {
      const query = await sanitisedQuery(strapi, uid, ctx);
      const record = await strapi.documents(uid).findFirst(query);
      if (!record) throw new errors.NotFoundError('Nothing has been published here yet');
      ctx.body = { data: await sanitisedOutput(strapi, uid, ctx, record), meta: {} };
    },
  };
}
