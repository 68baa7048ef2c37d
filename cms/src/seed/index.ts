/**
 * Seeds the demo trust, idempotently: content is written once, in one transaction, in dependency order
 * (academies, then plans, then objectives), and published so that the public API has something to serve.
 * API tokens and demo accounts are checked on every boot.
 */
import type { Core } from '@strapi/strapi';
import { isoDate } from '@equality-hub/domain';
import { UID, type PluginUid } from '@equality-hub/strapi-plugin-equality/uids';
import { demoTrust } from './demo-trust';
import { ensureDemoAccounts } from './accounts';
import { ensureApiTokens } from './tokens';
import { ensureAggregatorWebhook } from './webhook';


/** The reference day of the demo: DEMO_TODAY, or the day of seeding. */
export function demoToday(): string {
  const pinned = process.env.DEMO_TODAY;
  if (pinned && !/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`DEMO_TODAY must be a date (YYYY-MM-DD), not "${pinned}"`);
  return pinned || isoDate();
}

async function seedContent(strapi: Core.Strapi, today: string) {
  const { trust, academies, trustObjectives, contributions } = demoTrust(today);
  // The demo data is checked by the plugin's validation middleware, not by the generated types.
  const create = async (uid: PluginUid, data: Record<string, unknown>, publish: boolean) => {
    const documents = strapi.documents(uid as 'plugin::equality.objective');
    const document = await documents.create({ data } as never);
    if (publish) await documents.publish({ documentId: document.documentId });
    return document.documentId;
  };

  await strapi.db.transaction(async () => {
    await create(UID.TRUST, trust, false);
    const academyIds: Record<string, string> = {};
    for (const entry of academies) {
      const academy = await create(UID.ACADEMY, entry.academy, false);
      academyIds[entry.key] = academy;
      const plan = await create(UID.PLAN, { ...entry.plan, academy }, true);
      for (const objective of entry.objectives) await create(UID.OBJECTIVE, { ...objective, academy, plan }, true);
      await create(UID.STATEMENT, { ...entry.statement, academy }, true);
      await create(UID.INFORMATION, { ...entry.information, academy }, true);
    }
    const trustObjectiveIds: Record<string, string> = {};
    for (const objective of trustObjectives) trustObjectiveIds[objective.code] = await create(UID.TRUST_OBJECTIVE, objective, true);
    for (const { academy, code, ...contribution } of contributions) {
      await create(UID.CONTRIBUTION, { ...contribution, academy: academyIds[academy], trustObjective: trustObjectiveIds[code] }, true);
    }
  });
  strapi.log.info(`Seeded the demo trust: ${academies.length} academies, reference day ${today}`);
}

export async function seedDemo(strapi: Core.Strapi) {
  const alreadySeeded = (await strapi.documents(UID.ACADEMY).count({})) > 0;
  if (!alreadySeeded) await seedContent(strapi, demoToday());
  await ensureDemoAccounts(strapi);
  await ensureApiTokens(strapi);
  await ensureAggregatorWebhook(strapi);
}
