import type { Core } from '@strapi/strapi';
import { seedDemo } from './seed';

export default {
  register() {},

  /** Loads the demo trust unless SEED_DEMO=false (imports and tests that bring their own data). */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.SEED_DEMO !== 'false') await seedDemo(strapi);
  },
};
