import type { Core } from '@strapi/strapi';
import { ADMIN_ACTION, PLUGIN_ID } from './constants';
import { ownAcademyCondition } from './permissions/conditions';
import { scheduleReminders } from './reminders/schedule';
import { embedScriptRoutes } from './routes/embed-script';
import { scheduleAuditRetention } from './services/audit-retention-schedule';
import { getService } from './utils/get-service';

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  const permissions = strapi.service('admin::permission');
  await permissions.conditionProvider.register(ownAcademyCondition(strapi));
  await permissions.actionProvider.registerMany(
    Object.values(ADMIN_ACTION).map(({ uid, displayName }) => ({ section: 'plugins', displayName, uid, pluginName: PLUGIN_ID })),
  );
  await getService(strapi, 'public-access').apply();
  await getService(strapi, 'admin-layout').applyDefaults();
  strapi.server.routes(embedScriptRoutes);
  scheduleReminders(strapi);
  scheduleAuditRetention(strapi);
};
