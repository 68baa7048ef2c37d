/**
 * Seeds the demo trust, idempotently: content is written once, in one transaction, in dependency order
 * (academies, then plans, then objectives), and published so that the public API has something to serve.
 * API tokens and demo accounts are checked on every boot.
 */
import type { Core } from '@strapi/strapi';
import { isoDate } from '@equality-hub/domain';
import { UID, type PluginUid } from '@equality-hub/strapi-plugin-equality/uids';
import { demoTrust } from './demo-trust';
import { demoBreakdown, demoRecruitment, demoSnapshots } from './demo-workforce';
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

  // One audit entry for the whole demo, with its counts, rather than one per document.
  await strapi.db.transaction(() =>
    strapi.plugin('equality').service('audit').batch(
      async () => {
        await create(UID.TRUST, trust, false);
        const academyIds: Record<string, string> = {};
        for (const entry of academies) {
          const academy = await create(UID.ACADEMY, entry.academy, false);
          academyIds[entry.key] = academy;
          const plan = await create(UID.PLAN, { ...entry.plan, academy }, true);
          for (const objective of entry.objectives) await create(UID.OBJECTIVE, { ...objective, academy, plan }, true);
          await create(UID.STATEMENT, { ...entry.statement, academy }, true);
          for (const information of entry.information) await create(UID.INFORMATION, { ...information, academy }, true);
        }
        const trustObjectiveIds: Record<string, string> = {};
        for (const objective of trustObjectives) trustObjectiveIds[objective.code] = await create(UID.TRUST_OBJECTIVE, objective, true);
        for (const { academy, code, ...contribution } of contributions) {
          await create(UID.CONTRIBUTION, { ...contribution, academy: academyIds[academy], trustObjective: trustObjectiveIds[code] }, true);
        }
        await seedWorkforce(strapi, today, academyIds, create);
      },
      () => ({ contentType: null, documentId: null, academyKey: null, note: 'The demo trust, seeded' }),
    ),
  );
  strapi.log.info(`Seeded the demo trust: ${academies.length} academies, reference day ${today}`);
}

type Create = (uid: PluginUid, data: Record<string, unknown>, publish: boolean) => Promise<string>;

/** Pay snapshots (the older one approved, which computes its figures), vacancies and rollouts. */
async function seedWorkforce(strapi: Core.Strapi, today: string, academyIds: Record<string, string>, create: Create) {
  for (const { records, approvedOn, approvedBy, snapshotDate } of demoSnapshots(today)) {
    const snapshot = await create(UID.PAY_SNAPSHOT, { snapshotDate, importedOn: `${snapshotDate}T09:00:00.000Z`, sourceFile: 'demo payroll' }, false);
    for (const { academy, ...record } of records) {
      await create(UID.PAY_RECORD, { ...record, snapshot, academy: academy ? academyIds[academy] : null }, false);
    }
    if (approvedOn) {
      await strapi.documents(UID.PAY_SNAPSHOT as 'plugin::equality.objective').update({ documentId: snapshot, data: { approvedOn, approvedBy } } as never);
    }
  }
  const { vacancies, rollouts } = demoRecruitment(today);
  for (const [index, { academy, data }] of vacancies.entries()) {
    const vacancy = await create(UID.VACANCY, { ...data, academy: academyIds[academy] }, false);
    if (data.shortlistingMethod !== 'named') await create(UID.APPLICANT_BREAKDOWN, { ...demoBreakdown(data, index + 1), vacancy }, false);
  }
  for (const { academy, data } of rollouts) await create(UID.RECRUITMENT_ROLLOUT, { ...data, academy: academyIds[academy] }, false);
}

export async function seedDemo(strapi: Core.Strapi) {
  const alreadySeeded = (await strapi.documents(UID.ACADEMY).count({})) > 0;
  if (!alreadySeeded) await seedContent(strapi, demoToday());
  await ensureDemoAccounts(strapi);
  await ensureApiTokens(strapi);
  await ensureAggregatorWebhook(strapi);
}
