/**
 * The admin routes (mounted under /equality): the payroll import, for holders of its admin action; the
 * objectives import, for users who may create plans and objectives (the controller holds an editor to
 * their own academies); the deadlines, for every admin user (the controller narrows them to the user's
 * academies); a plan's export, for users who may read plans and objectives (tenancy narrows an editor to
 * their own academy).
 */
import { ADMIN_ACTION, UID } from '../constants';

const holding = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [action] } }],
});

const READ = 'plugin::content-manager.explorer.read';
const CREATE = 'plugin::content-manager.explorer.create';
const onPlansAndObjectives = (action: string) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [[action, UID.PLAN], [action, UID.OBJECTIVE]] } }],
});
const readingPlans = onPlansAndObjectives(READ);
const creatingObjectives = onPlansAndObjectives(CREATE);

export default {
  type: 'admin' as const,
  routes: [
    { method: 'POST', path: '/pay-import/preview', handler: 'pay-import.preview', config: holding(ADMIN_ACTION.PAY_IMPORT.id) },
    { method: 'POST', path: '/pay-import', handler: 'pay-import.importSnapshot', config: holding(ADMIN_ACTION.PAY_IMPORT.id) },
    { method: 'GET', path: '/objectives-import/options', handler: 'objectives-import.options', config: creatingObjectives },
    { method: 'POST', path: '/objectives-import/preview', handler: 'objectives-import.preview', config: creatingObjectives },
    { method: 'POST', path: '/objectives-import', handler: 'objectives-import.importObjectives', config: creatingObjectives },
    { method: 'GET', path: '/deadlines', handler: 'deadlines.list', config: { policies: ['admin::isAuthenticatedAdmin'] } },
    { method: 'GET', path: '/plans/:id/export.docx', handler: 'plan-export.adminDocx', config: readingPlans },
    { method: 'GET', path: '/plans/:id/export.pdf', handler: 'plan-export.adminPdf', config: readingPlans },
  ],
};
