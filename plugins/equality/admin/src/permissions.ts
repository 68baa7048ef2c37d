/** The admin actions behind the plugin's pages (server: constants.ts, ADMIN_ACTION and routes/admin.ts). */
import { UID } from '../../server/src/constants';

const CREATE = 'plugin::content-manager.explorer.create';

export const PERMISSIONS = {
  payImport: [{ action: 'plugin::equality.pay-import', subject: null }],
  // The routes require both; the menu and page show for either, and the server has the last word.
  objectivesImport: [
    { action: CREATE, subject: UID.PLAN },
    { action: CREATE, subject: UID.OBJECTIVE },
  ],
};
