/**
 * Loads the Strapi app in this process on one of the bench databases, as the command-line
 * tools do (compiled cms/dist; ESM import of Strapi breaks, so it is required after the environment is set).
 */
import type { Core } from '@strapi/strapi';
import { CMS_DIR, CMS_DIST_DIR } from '../../lib/strapi-app';
import { benchStrapiEnv } from './strapi-env';

export async function bootStrapi(databaseUrl: string, extra: Record<string, string> = {}): Promise<Core.Strapi> {
  Object.assign(process.env, await benchStrapiEnv(databaseUrl), extra);
  const { createStrapi } = require('@strapi/strapi') as typeof import('@strapi/strapi');
  return createStrapi({ appDir: CMS_DIR, distDir: CMS_DIST_DIR }).load();
}
