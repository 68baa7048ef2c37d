import type { Core } from '@strapi/strapi';
import { seedDemo } from './seed';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The admin's roles and actions exist only once its provider has bootstrapped, after the plugins.
    await strapi.plugin('equality').service('roles').ensureRoles();
    // The demo trust, unless SEED_DEMO=false (production, and imports that bring their own data).
    if (process.env.SEED_DEMO !== 'false') await seedDemo(strapi);
  },
};
