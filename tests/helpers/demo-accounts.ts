/** The demo staff accounts the seed creates (cms/src/seed/accounts.ts), for tests that sign in as them. */
const password = process.env.DEMO_STAFF_PASSWORD ?? 'Demo-Staff-2026';

export const editorOf = (slug: string) => ({ email: `editor.${slug}@equality-hub.test`, password });
export const TRUST_ADMIN = { email: 'trust-admin@equality-hub.test', password };
export const TRUST_HR = { email: 'trust-hr@equality-hub.test', password };
export const EXECUTIVE = {
  email: process.env.DEMO_EXECUTIVE_EMAIL ?? 'executive@equality-hub.test',
  password: process.env.DEMO_EXECUTIVE_PASSWORD ?? 'Demo-Executive-2026',
};
