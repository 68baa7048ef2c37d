/**
 * The admin home page's document counts are computed by Strapi with raw SQL over whole tables, which
 * would tell an academy editor how much every other academy holds. For a user scoped to some academies
 * the answer is recomputed over what that user can see, through the Document Service (and so tenancy).
 */
import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { isRestrictedUid, PLUGIN_UIDS } from '../constants';
import type { AdminUser } from '../utils/actor';
import { getService } from '../utils/get-service';

export const COUNT_DOCUMENTS_PATH = '/content-manager/homepage/count-documents';

type Version = { documentId: string; updatedAt: string };

async function scopedCounts(strapi: Core.Strapi) {
  const counts = { draft: 0, published: 0, modified: 0 };
  // A scoped user never reaches restricted data, so it is not theirs to count.
  for (const uid of PLUGIN_UIDS.filter((uid) => !isRestrictedUid(uid))) {
    const documents = strapi.documents(uid as 'plugin::equality.objective');
    if (!strapi.getModel(uid).options?.draftAndPublish) {
      counts.published += await documents.count({});
      continue;
    }
    const [drafts, published] = (await Promise.all(
      (['draft', 'published'] as const).map((status) => documents.findMany({ status, fields: ['updatedAt'] })),
    )) as unknown as [Version[], Version[]];
    const publishedAt = new Map(published.map((version) => [version.documentId, version.updatedAt]));
    for (const draft of drafts) {
      const live = publishedAt.get(draft.documentId);
      if (live === undefined) counts.draft += 1;
      else if (live === draft.updatedAt) counts.published += 1;
      else counts.modified += 1;
    }
  }
  return counts;
}

export default ({ strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    await next();
    if (ctx.method !== 'GET' || ctx.path !== COUNT_DOCUMENTS_PATH || ctx.status !== 200) return;
    const user = ctx.state.user as AdminUser | undefined;
    if (!user || (await getService(strapi, 'tenancy').scopeOf(user)) === 'all') return;
    ctx.body = { data: await scopedCounts(strapi) };
  };
