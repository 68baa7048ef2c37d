/**
 * How the Content Manager first shows the equality types: each entry titled by what staff recognise it
 * by (an objective by its text, not its first short field) and the list columns that matter. Applied
 * once per type, so that layouts staff change afterwards in the admin are kept.
 */
import type { Core } from '@strapi/strapi';
import { UID, type PluginUid } from '../constants';

const LAYOUTS: Record<PluginUid, { mainField: string; list: string[] }> = {
  [UID.TRUST]: { mainField: 'name', list: ['name'] },
  [UID.ACADEMY]: { mainField: 'name', list: ['name', 'urn', 'phase', 'leftOn'] },
  [UID.PLAN]: { mainField: 'title', list: ['title', 'academy', 'periodStart', 'periodEnd'] },
  [UID.OBJECTIVE]: { mainField: 'objective', list: ['objective', 'academy', 'progressStatus', 'responsible'] },
  [UID.STATEMENT]: { mainField: 'title', list: ['title', 'kind', 'academy', 'nextReviewDue'] },
  [UID.INFORMATION]: { mainField: 'academicYear', list: ['academicYear', 'academy', 'publishedOn'] },
  [UID.TRUST_OBJECTIVE]: { mainField: 'title', list: ['code', 'title', 'owner', 'progressStatus'] },
  [UID.CONTRIBUTION]: { mainField: 'note', list: ['trustObjective', 'academy', 'progressStatus'] },
};

const APPLIED_KEY = 'admin-layouts-applied';

export const createAdminLayoutService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async applyDefaults() {
    const store = strapi.store({ type: 'plugin', name: 'equality' });
    const applied = ((await store.get({ key: APPLIED_KEY })) ?? []) as string[];
    const contentTypes = strapi.plugin('content-manager').service('content-types');
    for (const [uid, layout] of Object.entries(LAYOUTS)) {
      if (applied.includes(uid)) continue;
      const contentType = strapi.getModel(uid as PluginUid);
      const configuration = await contentTypes.findConfiguration(contentType);
      await contentTypes.updateConfiguration(contentType, {
        ...configuration,
        settings: { ...configuration.settings, mainField: layout.mainField, defaultSortBy: layout.mainField },
        layouts: { ...configuration.layouts, list: layout.list },
      });
      applied.push(uid);
    }
    await store.set({ key: APPLIED_KEY, value: applied });
  },
});

export type AdminLayoutService = ReturnType<typeof createAdminLayoutService>;
