import type { StrapiApp } from '@strapi/strapi/admin';
import { Calendar, FileCsv, Upload } from '@strapi/icons';
import { PERMISSIONS } from './permissions';
import { PLUGIN_ID } from './pluginId';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Equality' });
    // Shown only to users holding the pay-import action (Trust HR, super admins).
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/pay-import`,
      icon: FileCsv,
      intlLabel: { id: `${PLUGIN_ID}.pay-import.menu`, defaultMessage: 'Payroll import' },
      permissions: PERMISSIONS.payImport,
      Component: () => import('./pages/PayImportPage').then((mod) => ({ default: mod.PayImportPage })),
    });
    // Users who may create plans and objectives: academy editors (for their own academies), Trust admins.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/objectives-import`,
      icon: Upload,
      intlLabel: { id: `${PLUGIN_ID}.objectives-import.menu`, defaultMessage: 'Objectives import' },
      permissions: PERMISSIONS.objectivesImport,
      Component: () => import('./pages/ObjectivesImportPage').then((mod) => ({ default: mod.ObjectivesImportPage })),
    });
    // Every admin user: the route narrows the deadlines to the academies the user works on.
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}/deadlines`,
      icon: Calendar,
      intlLabel: { id: `${PLUGIN_ID}.deadlines.menu`, defaultMessage: 'Equality deadlines' },
      permissions: [],
      Component: () => import('./pages/DeadlinesPage').then((mod) => ({ default: mod.DeadlinesPage })),
    });
  },
};
