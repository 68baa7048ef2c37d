/**
 * Writes a synthetic trust into Strapi through the plugin's own Document Service, so every record passes
 * the same validation, tenancy and academyKey middlewares as an editor's. Runs in-process (Strapi loaded,
 * not listening) as `system`, like the seed and the importers. One transaction per academy: an interrupted
 * load leaves whole academies behind, and no marker, so the next run starts that size again.
 */
import type { Core } from '@strapi/strapi';
import { UID, type PluginUid } from '@equality-hub/strapi-plugin-equality/uids';
import { SNAPSHOT_DATE, syntheticAcademy, syntheticTrustRecords } from '../generate/synthetic-trust';

export interface LoadRange {
  seed: number;
  /** The academies to load: `first`, `first + stride`, … up to `last`. */
  first: number;
  last: number;
  stride: number;
  log: (message: string) => void;
}

function writer(strapi: Core.Strapi) {
  // The generated data is checked by the plugin's validation middleware, not by the generated types.
  return async (uid: PluginUid, data: Record<string, unknown>, publish = false): Promise<string> => {
    const documents = strapi.documents(uid as 'plugin::equality.objective');
    const { documentId } = await documents.create({ data } as never);
    if (publish) await documents.publish({ documentId });
    return documentId;
  };
}

async function documentIdOf(strapi: Core.Strapi, uid: PluginUid, filters: Record<string, unknown>): Promise<string> {
  const found = await strapi.documents(uid as 'plugin::equality.objective').findFirst({ filters, fields: ['documentId'] } as never);
  if (!found) throw new Error(`${uid} ${JSON.stringify(filters)} is missing: load this size again without --reuse-db`);
  return found.documentId;
}

/** The Trust record, its objectives and the 31 March pay snapshot, once per database, before any academy. */
export async function loadTrustRecords(strapi: Core.Strapi) {
  const create = writer(strapi);
  const { trust, trustObjectives } = syntheticTrustRecords();
  await strapi.db.transaction(async () => {
    await create(UID.TRUST, trust);
    for (const objective of trustObjectives) await create(UID.TRUST_OBJECTIVE, objective, true);
    await create(UID.PAY_SNAPSHOT, { snapshotDate: SNAPSHOT_DATE, importedOn: `${SNAPSHOT_DATE}T09:00:00.000Z`, sourceFile: 'synthetic payroll' });
  });
}

async function loadAcademy(strapi: Core.Strapi, seed: number, number: number, refs: { snapshot: string; trustObjectives: Map<string, string> }) {
  const create = writer(strapi);
  const entry = syntheticAcademy(seed, number);
  await strapi.db.transaction(async () => {
    const academy = await create(UID.ACADEMY, entry.academy);
    const plan = await create(UID.PLAN, { ...entry.plan, academy }, true);
    for (const objective of entry.objectives) await create(UID.OBJECTIVE, { ...objective, academy, plan }, true);
    await create(UID.STATEMENT, { ...entry.statement, academy }, true);
    await create(UID.INFORMATION, { ...entry.information, academy }, true);
    for (const { code, ...contribution } of entry.contributions) {
      await create(UID.CONTRIBUTION, { ...contribution, academy, trustObjective: refs.trustObjectives.get(code) }, true);
    }
    for (const vacancy of entry.vacancies) await create(UID.VACANCY, { ...vacancy, academy });
    for (const { academy: _slug, ...record } of entry.payRecords) await create(UID.PAY_RECORD, { ...record, academy, snapshot: refs.snapshot });
  });
}

export async function loadAcademies(strapi: Core.Strapi, { seed, first, last, stride, log }: LoadRange): Promise<void> {
  const { trustObjectives } = syntheticTrustRecords();
  const refs = {
    snapshot: await documentIdOf(strapi, UID.PAY_SNAPSHOT, { snapshotDate: SNAPSHOT_DATE }),
    trustObjectives: new Map(
      await Promise.all(trustObjectives.map(async ({ code }) => [code, await documentIdOf(strapi, UID.TRUST_OBJECTIVE, { code })] as const)),
    ),
  };
  const started = Date.now();
  let done = 0;
  for (let number = first; number <= last; number += stride) {
    await loadAcademy(strapi, seed, number, refs);
    done += 1;
    if (done === 1 || number + stride > last || done % 5 === 0) log(`  academy ${number} loaded (${((Date.now() - started) / done / 1000).toFixed(1)} s each in this process)`);
  }
}
