/**
 * The admin API as the admin panel uses it. Admin login allows 5 attempts per 5 minutes, so each test
 * file logs each user in once per Strapi instance and reuses the JWT.
 */
import { request, type JsonResponse } from './http';

export const DEMO_ADMIN = {
  email: process.env.DEMO_ADMIN_EMAIL ?? 'admin@equality-hub.test',
  password: process.env.DEMO_ADMIN_PASSWORD ?? 'Demo-Admin-2026',
};

export async function adminLogin(baseUrl: string, account: { email: string; password: string } = DEMO_ADMIN): Promise<string> {
  const response = await request(`${baseUrl}/admin/login`, { method: 'POST', body: account });
  if (response.status !== 200) throw new Error(`admin login for ${account.email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data.token as string;
}

/** A client for the Content Manager's collection-type routes of one model, as one admin user. */
export function contentManager(baseUrl: string, token: string, uid: string) {
  const base = `${baseUrl}/content-manager/collection-types/${uid}`;
  const call = (method: string, path: string, body?: unknown): Promise<JsonResponse> =>
    request(`${base}${path}`, { method, token, body });
  return {
    list: (query = '') => call('GET', `?${query}`),
    get: (documentId: string) => call('GET', `/${documentId}`),
    create: (data: unknown) => call('POST', '', data),
    createAndPublish: (data: unknown) => call('POST', '/actions/publish', data),
    update: (documentId: string, data: unknown) => call('PUT', `/${documentId}`, data),
    publish: (documentId: string, data: unknown = {}) => call('POST', `/${documentId}/actions/publish`, data),
    unpublish: (documentId: string) => call('POST', `/${documentId}/actions/unpublish`, {}),
    discard: (documentId: string) => call('POST', `/${documentId}/actions/discard`, {}),
    remove: (documentId: string) => call('DELETE', `/${documentId}`),
    clone: (sourceId: string, data: unknown) => call('POST', `/clone/${sourceId}`, data),
    autoClone: (sourceId: string) => call('POST', `/auto-clone/${sourceId}`, {}),
    bulkDelete: (documentIds: string[]) => call('POST', '/actions/bulkDelete', { documentIds }),
    bulkPublish: (documentIds: string[]) => call('POST', '/actions/bulkPublish', { documentIds }),
    bulkUnpublish: (documentIds: string[]) => call('POST', '/actions/bulkUnpublish', { documentIds }),
  };
}
