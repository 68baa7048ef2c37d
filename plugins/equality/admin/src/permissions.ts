/** The admin actions behind the plugin's pages (server: constants.ts, ADMIN_ACTION). */
export const PERMISSIONS = {
  payImport: [{ action: 'plugin::equality.pay-import', subject: null }],
};
