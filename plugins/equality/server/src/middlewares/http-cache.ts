/**
 * Lets school websites and CDNs cache public reads: a short `Cache-Control`, an ETag on every body, and
 * `304 Not Modified` when the client already holds the current one.
 */
import conditional from 'koa-conditional-get';
import etag from '@koa/etag';
import type { Context, Next } from 'koa';

/** Seconds a public response may be reused; short, so a publish shows within a minute. */
export const PUBLIC_MAX_AGE_SECONDS = 60;

export default () => {
  const conditionalGet = conditional();
  const withEtag = etag();
  return async (ctx: Context, next: Next) =>
    conditionalGet(ctx, () =>
      withEtag(ctx, async () => {
        await next();
        if (ctx.status === 200) {
          ctx.set('Cache-Control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}, stale-while-revalidate=${PUBLIC_MAX_AGE_SECONDS}`);
        }
      }),
    );
};
