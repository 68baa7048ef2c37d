/**
 * Creates academies with a year of published records, in-process through Strapi's Document Service, in
 * dependency order (academy, then its plan, then the plan's objectives).
 */
import type { Core } from '@strapi/strapi';
import { UID, type PluginUid } from '@equality-hub/strapi-plugin-equality/uids';

export interface NewAcademy {
  name: string;
  slug: string;
  urn: string;
}

async function create(strapi: Core.Strapi, uid: PluginUid, data: Record<string, unknown>, publish: boolean): Promise<string> {
  const document = await strapi.documents(uid).create({ data } as never);
  if (publish) await strapi.documents(uid).publish({ documentId: document.documentId } as never);
  return document.documentId as string;
}

/** An academy with a plan in force in 2025/26, `objectives` measured objectives, a statement and information. */
export async function addAcademy(strapi: Core.Strapi, { name, slug, urn }: NewAcademy, objectives = 2): Promise<void> {
  const academy = await create(strapi, UID.ACADEMY, { name, slug, urn, phase: 'primary' }, false);
  const plan = await create(strapi, UID.PLAN, { title: `${name} objectives`, periodStart: '2024-09-01', periodEnd: '2028-08-31', academy }, true);
  for (let index = 1; index <= objectives; index += 1) {
    await create(strapi, UID.OBJECTIVE, {
      academy,
      plan,
      psedAims: ['advance-equality-of-opportunity'],
      protectedCharacteristics: ['disability'],
      targetGroups: ['pupils-with-send'],
      objective: `${name}: objective ${index}`,
      measure: { metric: 'attendance-rate', pupilGroup: 'send', direction: 'increase', baseline: 90, target: 95, unit: 'percent' },
      milestones: [{ date: '2025-12-01', note: 'Reviewed', rag: 'green' }],
      progressStatus: 'on-track',
    }, true);
  }
  await create(strapi, UID.STATEMENT, {
    academy, kind: 'psed-statement', title: `${name} PSED statement`, approvedOn: '2025-09-01', nextReviewDue: '2026-09-01',
  }, true);
  await create(strapi, UID.INFORMATION, { academy, academicYear: '2024/25', publishedOn: '2025-10-01', figures: [] }, true);
}

/** A read-only API token for an instance that was not seeded (the seed creates the aggregator's own). */
export async function createReadOnlyToken(strapi: Core.Strapi, name = 'test-aggregator'): Promise<string> {
  const created = await strapi.service('admin::api-token-content-api').create({ name, description: 'tests', type: 'read-only', lifespan: null });
  return created.accessKey as string;
}
