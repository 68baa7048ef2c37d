/**
 * Every write to an equality type is held to the rules, whichever way it comes: here through the admin
 * Content Manager API with a real admin JWT. A rejected write answers 400 naming the field and leaves the
 * database exactly as it was.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { adminLogin, contentManager } from '../helpers/admin';
import { startStrapi, type TestStrapi } from '../helpers/strapi';

let app: TestStrapi;
let token: string;
let stGeorges: { documentId: string; id: number };
let oakfield: { documentId: string; id: number };
let stGeorgesPlan: string;
let oakfieldPlan: string;

/** Every row of a type, drafts and published versions alike, as a comparable snapshot. */
async function snapshot(uid: string) {
  const rows = await Promise.all(
    (['draft', 'published'] as const).map((status) => app.strapi.documents(uid as never).findMany({ status, populate: '*' } as never)),
  );
  return JSON.stringify(rows);
}

async function rejected(uid: string, attempt: () => Promise<{ status: number; body: any }>, field: string) {
  const before = await snapshot(uid);
  const response = await attempt();
  assert.equal(response.status, 400, JSON.stringify(response.body));
  const paths = (response.body.error.details?.errors ?? []).map((error: { path: string[] }) => error.path.join('.'));
  assert.ok(paths.includes(field), `expected ${field} among ${paths.join(', ')}: ${response.body.error.message}`);
  assert.match(response.body.error.message, new RegExp(field.split('.')[0]));
  assert.equal(await snapshot(uid), before, 'the database changed');
}

const objective = (overrides: Record<string, unknown> = {}) => ({
  academy: { connect: [{ documentId: stGeorges.documentId }] },
  plan: { connect: [{ documentId: stGeorgesPlan }] },
  psedAims: ['advance-equality-of-opportunity'],
  protectedCharacteristics: ['disability'],
  objective: 'Narrow the gap in attendance',
  ...overrides,
});

before(async () => {
  app = await startStrapi();
  token = await adminLogin(app.url);
  const academies = (await app.strapi.documents(UID.ACADEMY).findMany({})) as any[];
  stGeorges = academies.find((academy) => academy.slug === 'st-georges');
  oakfield = academies.find((academy) => academy.slug === 'oakfield-primary');
  const plans = (await app.strapi.documents(UID.PLAN).findMany({ populate: { academy: true } })) as any[];
  stGeorgesPlan = plans.find((plan) => plan.academy.slug === 'st-georges').documentId;
  oakfieldPlan = plans.find((plan) => plan.academy.slug === 'oakfield-primary').documentId;
});

after(() => app?.stop());

describe('validation of writes', () => {
  const objectives = () => contentManager(app.url, token, UID.OBJECTIVE);

  it('accepts a valid objective (the baseline the cases below break)', async () => {
    const response = await objectives().create(objective());
    assert.equal(response.status, 201, JSON.stringify(response.body));
  });

  it('refuses an objective without its text', () => rejected(UID.OBJECTIVE, () => objectives().create(objective({ objective: '' })), 'objective'));

  it('refuses an objective without a PSED aim', () => rejected(UID.OBJECTIVE, () => objectives().create(objective({ psedAims: [] })), 'psedAims'));

  it('refuses an objective naming no characteristic or target group', () =>
    rejected(UID.OBJECTIVE, () => objectives().create(objective({ protectedCharacteristics: [], targetGroups: [] })), 'protectedCharacteristics'));

  it('refuses an unknown vocabulary value', () =>
    rejected(UID.OBJECTIVE, () => objectives().create(objective({ protectedCharacteristics: ['height'] })), 'protectedCharacteristics.0'));

  it('refuses dates that end before they start', () =>
    rejected(UID.OBJECTIVE, () => objectives().create(objective({ dates: { start: '2025-09-01', end: '2025-01-31' } })), 'dates.end'));

  it('refuses an objective without an academy or a plan', async () => {
    await rejected(UID.OBJECTIVE, () => objectives().create(objective({ academy: undefined })), 'academy');
    await rejected(UID.OBJECTIVE, () => objectives().create(objective({ plan: undefined })), 'plan');
  });

  it("refuses an objective whose academy differs from its plan's", async () => {
    await rejected(UID.OBJECTIVE, () => objectives().create(objective({ plan: { connect: [{ documentId: oakfieldPlan }] } })), 'plan');
    await rejected(UID.OBJECTIVE, () => objectives().create(objective({ academy: { connect: [{ id: oakfield.id }] } })), 'plan');
  });

  it('refuses an update that would break a rule, leaving the entry as it was', async () => {
    const [existing] = (await app.strapi.documents(UID.OBJECTIVE).findMany({ filters: { academy: { slug: 'st-georges' } }, limit: 1 })) as any[];
    await rejected(UID.OBJECTIVE, () => objectives().update(existing.documentId, { psedAims: ['not-an-aim'] }), 'psedAims.0');
    await rejected(UID.OBJECTIVE, () => objectives().update(existing.documentId, { plan: { connect: [{ documentId: oakfieldPlan }] } }), 'plan');
  });

  it('refuses a plan longer than four years, or ending before it starts', async () => {
    const plans = contentManager(app.url, token, UID.PLAN);
    const plan = { academy: { connect: [{ documentId: stGeorges.documentId }] }, title: 'Too long' };
    await rejected(UID.PLAN, () => plans.create({ ...plan, periodStart: '2024-09-01', periodEnd: '2028-09-02' }), 'periodEnd');
    await rejected(UID.PLAN, () => plans.create({ ...plan, periodStart: '2024-09-01', periodEnd: '2024-08-01' }), 'periodEnd');
    const fourYears = await plans.create({ ...plan, title: 'Exactly four years', periodStart: '2024-09-01', periodEnd: '2028-09-01' });
    assert.equal(fourYears.status, 201, JSON.stringify(fourYears.body));
  });

  it('refuses a statement whose next review falls before its approval', () =>
    rejected(
      UID.STATEMENT,
      () => contentManager(app.url, token, UID.STATEMENT).create({ kind: 'equality-policy', title: 'Policy', approvedOn: '2025-09-01', nextReviewDue: '2025-06-01' }),
      'nextReviewDue',
    ));

  it('refuses a malformed URN', () =>
    rejected(UID.ACADEMY, () => contentManager(app.url, token, UID.ACADEMY).create({ name: 'New Academy', slug: 'new-academy', urn: '12345' }), 'urn'));

  it('refuses to publish an objective whose plan has no published version, naming the relation', async () => {
    const plans = contentManager(app.url, token, UID.PLAN);
    const draftPlan = await plans.create({ academy: { connect: [{ documentId: stGeorges.documentId }] }, title: 'Draft plan', periodStart: '2025-09-01', periodEnd: '2029-08-31' });
    assert.equal(draftPlan.status, 201);
    const created = await objectives().create(objective({ plan: { connect: [{ documentId: draftPlan.body.data.documentId }] } }));
    assert.equal(created.status, 201);
    await rejected(UID.OBJECTIVE, () => objectives().publish(created.body.data.documentId), 'plan');
    assert.equal((await plans.publish(draftPlan.body.data.documentId)).status, 200);
    assert.equal((await objectives().publish(created.body.data.documentId)).status, 200);
  });
});
