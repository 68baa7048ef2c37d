/**
 * An OpenAPI description of the public routes, for school website developers. Generated from the live
 * route table by Strapi's own generator, then cut down to this plugin's public paths.
 */
import { generate } from '@strapi/openapi';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { RESTRICTED_PATH_PREFIX } from '../constants';
import { PUBLIC_PATH_PREFIX } from '../routes/content-api';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  let cached: unknown;
  const describe = () => {
    const { document } = generate(strapi, { type: 'content-api' });
    const paths = Object.fromEntries(
      Object.entries(document.paths ?? {}).filter(([path]) => path.startsWith(PUBLIC_PATH_PREFIX) && !path.startsWith(RESTRICTED_PATH_PREFIX)),
    );
    return {
      ...document,
      info: {
        ...document.info,
        title: 'Equality Hub public API',
        description:
          'Published equality objectives, statements and information of the Trust and its academies. ' +
          'Read-only and unauthenticated; drafts are never served; figures for cohorts under 10 are withheld.',
      },
      paths,
    };
  };
  return {
    async document(ctx: Context) {
      cached ??= describe();
      ctx.body = cached;
    },
  };
};
