import type { Core } from '@strapi/strapi';
import { ownAcademyCondition } from './permissions/conditions';
import { getService } from './utils/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  await strapi.service('admin::permission').conditionProvider.register(ownAcademyCondition(strapi));
  await getService(strapi, 'public-access').apply();
  await getService(strapi, 'admin-layout').applyDefaults();
};
