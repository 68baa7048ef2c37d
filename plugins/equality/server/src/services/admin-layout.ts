/**
 * How the Content Manager first shows the equality types: each entry titled by what staff recognise it
 * by (an objective by its text, not its first short field) and the list columns that matter. Applied
 * once per type, so that layouts staff change afterwards in the admin are kept.
 */
import type { Core } from '@strapi/strapi';
import { UID, type PluginUid } from '../constants';

interface Layout {
  mainField: string;
  list: string[];
  sortOrder?: 'ASC' | 'DESC';
  /** Shown with no field editable (the audit trail: the server refuses any change anyway). */
  readOnly?: boolean;
}

const LAYOUTS: Record<PluginUid, Layout> = {
  [UID.TRUST]: { mainField: 'name', list: ['name'] },
  [UID.ACADEMY]: { mainField: 'name', list: ['name', 'urn', 'phase', 'leftOn'] },
  [UID.PLAN]: { mainField: 'title', list: ['title', 'academy', 'periodStart', 'periodEnd'] },
  [UID.OBJECTIVE]: { mainField: 'objective', list: ['objective', 'academy', 'progressStatus', 'responsible'] },
  [UID.STATEMENT]: { mainField: 'title', list: ['title', 'kind', 'academy', 'nextReviewDue'] },
  [UID.INFORMATION]: { mainField: 'academicYear', list: ['academicYear', 'academy', 'publishedOn'] },
  [UID.TRUST_OBJECTIVE]: { mainField: 'title', list: ['code', 'title', 'owner', 'progressStatus'] },
  [UID.CONTRIBUTION]: { mainField: 'note', list: ['trustObjective', 'academy', 'progressStatus'] },
  [UID.VACANCY]: { mainField: 'title', list: ['title', 'academy', 'roleCategory', 'openedOn', 'shortlistingMethod'] },
  [UID.RECRUITMENT_ROLLOUT]: { mainField: 'status', list: ['academy', 'status', 'since', 'leadersTrained'] },
  [UID.PAY_SNAPSHOT]: { mainField: 'snapshotDate', list: ['snapshotDate', 'approvedOn', 'approvedBy', 'importedOn'] },
  [UID.PAY_RECORD]: { mainField: 'employeeRef', list: ['employeeRef', 'snapshot', 'academy', 'sex'] },
  [UID.APPLICANT_BREAKDOWN]: { mainField: 'id', list: ['vacancy'] },
  [UID.AUDIT_ENTRY]: { mainField: 'at', list: ['at', 'action', 'actorName', 'contentType', 'academy', 'targetDocumentId'], sortOrder: 'DESC', readOnly: true },
};

type Metadatas = Record<string, { edit?: Record<string, unknown> }>;

const readOnly = (metadatas: Metadatas): Metadatas =>
  Object.fromEntries(Object.entries(metadatas).map(([name, metadata]) => [name, { ...metadata, edit: { ...metadata.edit, editable: false } }]));

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
        settings: {
          ...configuration.settings,
          mainField: layout.mainField,
          defaultSortBy: layout.mainField,
          ...(layout.sortOrder ? { defaultSortOrder: layout.sortOrder } : {}),
        },
        ...(layout.readOnly ? { metadatas: readOnly(configuration.metadatas) } : {}),
        layouts: { ...configuration.layouts, list: layout.list },
      });
      applied.push(uid);
    }
    await store.set({ key: APPLIED_KEY, value: applied });
  },
});

export type AdminLayoutService = ReturnType<typeof createAdminLayoutService>;
