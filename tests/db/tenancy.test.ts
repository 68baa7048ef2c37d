/**
 * Academy tenancy through the admin Content Manager API, with real admin JWTs: each plugin type ×
 * every operation × own academy vs another academy, for an academy editor and a Trust admin, and every
 * hole that conditions alone leave. A refused operation answers 403 (or 404 where the entry is simply
 * invisible) and changes nothing in the other academy.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { adminLogin, contentManager } from '../helpers/admin';
import { editorOf, TRUST_ADMIN, TRUST_HR } from '../helpers/demo-accounts';
import { request } from '../helpers/http';
import { startStrapi, type TestStrapi } from '../helpers/strapi';

const OWN = 'st-georges';
const OTHER = 'oakfield-primary';

type Operation =
  | 'list' | 'read' | 'create' | 'update' | 'publish' | 'unpublish' | 'discard' | 'delete'
  | 'clone' | 'autoClone' | 'bulkPublish' | 'bulkUnpublish' | 'bulkDelete';
const OPERATIONS: Operation[] = ['list', 'read', 'create', 'update', 'publish', 'unpublish', 'discard', 'delete', 'clone', 'autoClone', 'bulkPublish', 'bulkUnpublish', 'bulkDelete'];

/** Expected outcome per role, for the tenant-scoped types (plans, objectives, statements, information, contributions). */
const TENANT_MATRIX: Record<'editor' | 'trustAdmin' | 'trustHr', Record<Operation, { own: boolean; other: boolean }>> = {
  //            operation:   own academy  other academy
  editor: {
    list:          { own: true, other: false },
    read:          { own: true, other: false },
    create:        { own: true, other: false },
    update:        { own: true, other: false },
    publish:       { own: true, other: false },
    unpublish:     { own: true, other: false },
    discard:       { own: true, other: false },
    delete:        { own: true, other: false },
    clone:         { own: true, other: false },
    autoClone:     { own: true, other: false },
    bulkPublish:   { own: true, other: false },
    bulkUnpublish: { own: true, other: false },
    bulkDelete:    { own: true, other: false },
  },
  trustAdmin: Object.fromEntries(OPERATIONS.map((operation) => [operation, { own: true, other: true }])) as any,
  trustHr: Object.fromEntries(OPERATIONS.map((operation) => [operation, { own: ['list', 'read'].includes(operation), other: ['list', 'read'].includes(operation) }])) as any,
};

const TENANT_TYPES = [UID.PLAN, UID.OBJECTIVE, UID.STATEMENT, UID.INFORMATION, UID.CONTRIBUTION] as const;

/**
 * Operations Strapi itself refuses (400) for everyone: a plan's auto-clone, since cloning would take its
 * objectives (a one-to-many relation) away from the original.
 */
const NOT_APPLICABLE: Partial<Record<string, Operation[]>> = { [UID.PLAN]: ['autoClone'] };

let app: TestStrapi;
const tokens: Record<string, string> = {};
const academyId: Record<string, string> = {};
const academyRowId: Record<string, number> = {};
const planOf: Record<string, string> = {};
let trustObjectiveId: string;
let counter = 0;

/** Valid data for a new entry of a type in an academy. */
function dataFor(uid: string, slug: string): Record<string, unknown> {
  counter += 1;
  const academy = academyId[slug];
  switch (uid) {
    case UID.PLAN:
      return { academy, title: `Plan ${counter}`, periodStart: '2025-09-01', periodEnd: '2029-08-31' };
    case UID.OBJECTIVE:
      return { academy, plan: planOf[slug], psedAims: ['foster-good-relations'], protectedCharacteristics: ['race'], objective: `Objective ${counter}` };
    case UID.STATEMENT:
      return { academy, kind: 'psed-statement', title: `Statement ${counter}` };
    case UID.INFORMATION:
      return { academy, academicYear: '2024/25', publishedOn: '2025-07-01', narrative: `Information ${counter}` };
    case UID.CONTRIBUTION:
      return { academy, trustObjective: trustObjectiveId, note: `Contribution ${counter}` };
    default:
      throw new Error(uid);
  }
}

/** A published entry with a newer draft, made as `system` (no request). */
async function fixture(uid: string, slug: string) {
  const documents = app.strapi.documents(uid as 'plugin::equality.objective');
  const created = await documents.create({ data: dataFor(uid, slug) as never });
  await documents.publish({ documentId: created.documentId });
  const changeField = uid === UID.INFORMATION ? 'narrative' : uid === UID.CONTRIBUTION ? 'note' : uid === UID.OBJECTIVE ? 'aim' : 'title';
  await documents.update({ documentId: created.documentId, data: { [changeField]: `changed ${counter}` } as never });
  return created.documentId;
}

async function stateOf(uid: string, documentId: string) {
  const rows = await Promise.all(
    (['draft', 'published'] as const).map((status) => app.strapi.documents(uid as never).findOne({ documentId, status, populate: '*' } as never)),
  );
  return JSON.stringify(rows);
}

const allowed = (status: number) => status >= 200 && status < 300;
const denied = (status: number) => status === 403 || status === 404;

async function perform(role: string, operation: Operation, uid: string, slug: string) {
  const cm = contentManager(app.url, tokens[role], uid);
  const documentId = operation === 'create' || operation === 'list' ? undefined : await fixture(uid, slug);
  const before = documentId ? await stateOf(uid, documentId) : undefined;
  let response;
  switch (operation) {
    case 'list': {
      await fixture(uid, slug);
      response = await cm.list('page=1&pageSize=100');
      const visible = (response.body.results ?? []).filter((entry: any) => entry.academy?.documentId === academyId[slug] || entry.academy?.id === academyRowId[slug]);
      // A list always answers 200: what matters is whether this academy's entries are in it.
      return { ok: response.status === 200 && visible.length > 0, denied: response.status === 200 && visible.length === 0, changed: false };
    }
    case 'read': response = await cm.get(documentId!); break;
    case 'create': {
      const countBefore = await app.strapi.documents(uid as never).count({ filters: { academy: { documentId: academyId[slug] } } } as never);
      response = await cm.create(dataFor(uid, slug));
      const countAfter = await app.strapi.documents(uid as never).count({ filters: { academy: { documentId: academyId[slug] } } } as never);
      return { ok: response.status === 201, denied: denied(response.status) && countAfter === countBefore, changed: countAfter !== countBefore };
    }
    case 'update': response = await cm.update(documentId!, { ...dataFor(uid, slug), academy: undefined }); break;
    case 'publish': response = await cm.publish(documentId!); break;
    case 'unpublish': response = await cm.unpublish(documentId!); break;
    case 'discard': response = await cm.discard(documentId!); break;
    case 'delete': response = await cm.remove(documentId!); break;
    case 'clone': response = await cm.clone(documentId!, {}); break;
    case 'autoClone': response = await cm.autoClone(documentId!); break;
    case 'bulkPublish': response = await cm.bulkPublish([documentId!]); break;
    case 'bulkUnpublish': response = await cm.bulkUnpublish([documentId!]); break;
    case 'bulkDelete': response = await cm.bulkDelete([documentId!]); break;
  }
  const changed = (await stateOf(uid, documentId!)) !== before;
  const countSuccess = (response.body?.data?.count ?? response.body?.count) !== 0;
  const isBulk = operation.startsWith('bulk');
  return {
    status: response.status,
    ok: allowed(response.status) && (!isBulk || countSuccess),
    denied: (denied(response.status) || (isBulk && allowed(response.status) && !countSuccess)) && !changed,
    changed,
    detail: `${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
  };
}

before(async () => {
  app = await startStrapi();
  const academies = (await app.strapi.documents(UID.ACADEMY).findMany({})) as any[];
  for (const academy of academies) {
    academyId[academy.slug] = academy.documentId;
    academyRowId[academy.slug] = academy.id;
  }
  const plans = (await app.strapi.documents(UID.PLAN).findMany({ populate: { academy: true } })) as any[];
  for (const plan of plans) planOf[plan.academy.slug] = plan.documentId;
  [{ documentId: trustObjectiveId }] = (await app.strapi.documents(UID.TRUST_OBJECTIVE).findMany({ limit: 1 })) as any[];
  tokens.editor = await adminLogin(app.url, editorOf(OWN));
  tokens.trustAdmin = await adminLogin(app.url, TRUST_ADMIN);
  tokens.trustHr = await adminLogin(app.url, TRUST_HR);
});

after(() => app?.stop());

describe('tenancy matrix', () => {
  for (const role of ['editor', 'trustAdmin', 'trustHr'] as const) {
    for (const uid of TENANT_TYPES) {
      it(`${role} on ${uid.split('.')[1]}`, async () => {
        const failures: string[] = [];
        for (const operation of OPERATIONS) {
          for (const [side, slug] of [['own', OWN], ['other', OTHER]] as const) {
            const expected = TENANT_MATRIX[role][operation][side];
            const outcome = await perform(role, operation, uid, slug);
            if (NOT_APPLICABLE[uid]?.includes(operation)) {
              const refused = outcome.status === 400 || (!expected && outcome.status === 403);
              if (!refused || outcome.changed) failures.push(`${operation} ${side}: expected Strapi's refusal, got ${outcome.detail}`);
              continue;
            }
            if (expected && !outcome.ok) failures.push(`${operation} ${side}: expected success, got ${outcome.detail}`);
            if (!expected && !outcome.denied) failures.push(`${operation} ${side}: expected refusal with nothing changed, got ${outcome.detail} (changed: ${outcome.changed})`);
          }
        }
        assert.deepEqual(failures, []);
      });
    }
  }

  it('editor: own academy record read and update only; no create, delete or editor assignment', async () => {
    const cm = contentManager(app.url, tokens.editor, UID.ACADEMY);
    const list = await cm.list('page=1&pageSize=100');
    assert.deepEqual(list.body.results.map((academy: any) => academy.slug), [OWN]);
    assert.equal((await cm.get(academyId[OWN])).status, 200);
    assert.ok(denied((await cm.get(academyId[OTHER])).status));
    assert.equal((await cm.update(academyId[OWN], { linkGovernor: 'New Governor' })).status, 200);
    const before = await stateOf(UID.ACADEMY, academyId[OTHER]);
    assert.ok(denied((await cm.update(academyId[OTHER], { linkGovernor: 'Intruder' })).status));
    assert.equal(await stateOf(UID.ACADEMY, academyId[OTHER]), before);
    assert.ok(denied((await cm.create({ name: 'Rogue Academy', slug: 'rogue', urn: '999999' })).status));
    assert.ok(denied((await cm.remove(academyId[OWN])).status));
    const editorsOf = async () => {
      const academy = (await app.strapi.documents(UID.ACADEMY).findOne({ documentId: academyId[OWN], populate: { editors: { fields: ['id'] } } } as never)) as any;
      return academy.editors.map((editor: { id: number }) => editor.id).sort();
    };
    const editorsBefore = await editorsOf();
    const superAdmin = await app.strapi.db.query('admin::user').findOne({ where: { email: 'admin@equality-hub.test' } });
    await cm.update(academyId[OWN], { editors: { connect: [{ id: superAdmin.id }] } });
    assert.deepEqual(await editorsOf(), editorsBefore, 'an editor cannot change who edits the academy');
  });

  it('editor: Trust-level entries are read-only', async () => {
    const cm = contentManager(app.url, tokens.editor, UID.TRUST_OBJECTIVE);
    const list = await cm.list();
    assert.equal(list.status, 200);
    assert.ok(list.body.results.length >= 5);
    assert.equal((await cm.get(trustObjectiveId)).status, 200);
    const before = await stateOf(UID.TRUST_OBJECTIVE, trustObjectiveId);
    assert.ok(denied((await cm.update(trustObjectiveId, { title: 'Changed by an editor' })).status));
    assert.ok(denied((await cm.publish(trustObjectiveId)).status));
    assert.ok(denied((await cm.remove(trustObjectiveId)).status));
    assert.ok(denied((await cm.create({ code: 'other', title: 'Editor objective' })).status));
    assert.equal(await stateOf(UID.TRUST_OBJECTIVE, trustObjectiveId), before);
    const trust = await request(`${app.url}/content-manager/single-types/${UID.TRUST}`, { token: tokens.editor });
    assert.equal(trust.status, 200);
    const trustWrite = await request(`${app.url}/content-manager/single-types/${UID.TRUST}`, { method: 'PUT', token: tokens.editor, body: { name: 'Renamed' } });
    assert.ok(denied(trustWrite.status));
    const trustStatement = await app.strapi.documents(UID.STATEMENT).create({ data: { kind: 'equality-policy', title: 'Trust equality policy' } as never });
    const statements = contentManager(app.url, tokens.editor, UID.STATEMENT);
    assert.equal((await statements.get(trustStatement.documentId)).status, 200, "the Trust's own statement is readable");
    assert.ok(denied((await statements.update(trustStatement.documentId, { title: 'Edited by an editor' })).status));
  });
});

describe('the Trust admin on Trust-level types and academies', () => {
  it('creates, updates and deletes academies and Trust objectives, updates the trust, and assigns editors', async () => {
    const academies = contentManager(app.url, tokens.trustAdmin, UID.ACADEMY);
    const created = await academies.create({ name: 'New Academy', slug: 'new-academy', urn: '145678' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const editor = await app.strapi.db.query('admin::user').findOne({ where: { email: editorOf(OWN).email } });
    const assigned = await academies.update(created.body.data.documentId, { editors: { connect: [{ id: editor.id }] } });
    assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
    assert.ok((await app.strapi.plugin('equality').service('tenancy').academiesOf(editor.id)).includes(created.body.data.documentId));
    assert.equal((await academies.remove(created.body.data.documentId)).status, 200);

    const objectives = contentManager(app.url, tokens.trustAdmin, UID.TRUST_OBJECTIVE);
    const objective = await objectives.create({ code: 'other', title: 'Staff networks in every academy' });
    assert.equal(objective.status, 201, JSON.stringify(objective.body));
    assert.equal((await objectives.update(objective.body.data.documentId, { owner: 'CEO' })).status, 200);
    assert.equal((await objectives.publish(objective.body.data.documentId)).status, 200);
    assert.equal((await objectives.remove(objective.body.data.documentId)).status, 200);

    const trust = await request(`${app.url}/content-manager/single-types/${UID.TRUST}`, { method: 'PUT', token: tokens.trustAdmin, body: { name: 'Renamed Trust', companyNumber: '07712345' } });
    assert.equal(trust.status, 200, JSON.stringify(trust.body));
  });
});

describe('the holes conditions alone leave', () => {
  const objectives = () => contentManager(app.url, tokens.editor, UID.OBJECTIVE);
  const base = () => ({ psedAims: ['eliminate-discrimination'], protectedCharacteristics: ['sex'], objective: `Hole ${++counter}` });
  const otherAcademyCount = () => app.strapi.documents(UID.OBJECTIVE).count({ filters: { academy: { documentId: academyId[OTHER] } } } as never);

  it('refuses creating an entry in another academy, with every relation syntax', async () => {
    const syntaxes = {
      'connect by documentId': { connect: [{ documentId: academyId[OTHER] }] },
      'connect by id': { connect: [{ id: academyRowId[OTHER] }] },
      'set by documentId': { set: [{ documentId: academyId[OTHER] }] },
      'set by id': { set: [{ id: academyRowId[OTHER] }] },
      'plain documentId': academyId[OTHER],
      'plain id': academyRowId[OTHER],
    };
    const before = await otherAcademyCount();
    for (const [syntax, academy] of Object.entries(syntaxes)) {
      for (const plan of [planOf[OTHER], planOf[OWN]]) {
        const response = await objectives().create({ ...base(), academy, plan });
        assert.ok([400, 403].includes(response.status), `${syntax}: ${response.status}`);
      }
      const plans = await contentManager(app.url, tokens.editor, UID.PLAN).create({ academy, title: 'Rogue', periodStart: '2025-09-01', periodEnd: '2026-08-31' });
      assert.ok([400, 403].includes(plans.status), `plan, ${syntax}: ${plans.status}`);
    }
    assert.equal(await otherAcademyCount(), before);
  });

  it('refuses moving an own entry to another academy, by update and by publish-with-changes', async () => {
    const documentId = await fixture(UID.OBJECTIVE, OWN);
    const before = await stateOf(UID.OBJECTIVE, documentId);
    const move = { academy: { connect: [{ documentId: academyId[OTHER] }] }, plan: { connect: [{ documentId: planOf[OTHER] }] } };
    assert.equal((await objectives().update(documentId, move)).status, 403);
    assert.equal((await objectives().publish(documentId, move)).status, 403);
    assert.equal(await stateOf(UID.OBJECTIVE, documentId), before);
  });

  it("refuses cloning another academy's entry, and cloning an own entry into another academy", async () => {
    const theirs = await fixture(UID.OBJECTIVE, OTHER);
    const before = await otherAcademyCount();
    assert.ok(denied((await objectives().clone(theirs, {})).status));
    assert.ok(denied((await objectives().autoClone(theirs)).status));
    const mine = await fixture(UID.OBJECTIVE, OWN);
    const cloned = await objectives().clone(mine, { academy: { connect: [{ documentId: academyId[OTHER] }] }, plan: { connect: [{ documentId: planOf[OTHER] }] } });
    assert.equal(cloned.status, 403);
    assert.equal(await otherAcademyCount(), before);
  });

  it("refuses linking an own objective to another academy's plan, on create and on update", async () => {
    const created = await objectives().create({ ...base(), academy: { connect: [{ documentId: academyId[OWN] }] }, plan: { connect: [{ documentId: planOf[OTHER] }] } });
    assert.equal(created.status, 403);
    const documentId = await fixture(UID.OBJECTIVE, OWN);
    const updated = await objectives().update(documentId, { plan: { connect: [{ documentId: planOf[OTHER] }] } });
    assert.equal(updated.status, 403);
  });

  it("never shows another academy's plan through populate", async () => {
    const list = await objectives().list('page=1&pageSize=100');
    for (const objective of list.body.results) {
      if (objective.plan) assert.notEqual(objective.plan.documentId, planOf[OTHER]);
      if (objective.academy) assert.equal(objective.academy.documentId, academyId[OWN]);
    }
  });

  it("lists only the editor's own academy and plans in the relation pickers", async () => {
    const academies = await request(`${app.url}/content-manager/relations/${UID.OBJECTIVE}/academy`, { token: tokens.editor });
    assert.equal(academies.status, 200, JSON.stringify(academies.body));
    assert.deepEqual(academies.body.results.map((academy: any) => academy.documentId), [academyId[OWN]]);
    const plans = await request(`${app.url}/content-manager/relations/${UID.OBJECTIVE}/plan`, { token: tokens.editor });
    assert.ok(plans.body.results.length > 0);
    assert.ok(plans.body.results.every((plan: any) => plan.documentId !== planOf[OTHER]), JSON.stringify(plans.body.results));
  });

  it("closes the home widgets, bulkFindForValidation and countDraftRelations to other academies", async () => {
    const theirs = await fixture(UID.OBJECTIVE, OTHER);
    const recent = await request(`${app.url}/content-manager/homepage/recent-documents?action=update`, { token: tokens.editor });
    assert.equal(recent.status, 200);
    assert.ok(!JSON.stringify(recent.body).includes(theirs), 'recent documents show another academy');
    const editorCounts = await request(`${app.url}/content-manager/homepage/count-documents`, { token: tokens.editor });
    const adminCounts = await request(`${app.url}/content-manager/homepage/count-documents`, { token: tokens.trustAdmin });
    const total = (counts: any) => counts.body.data.draft + counts.body.data.published + counts.body.data.modified;
    assert.ok(total(editorCounts) < total(adminCounts), `editor sees ${total(editorCounts)} of ${total(adminCounts)}`);
    const validation = await request(`${app.url}/content-manager/collection-types/${UID.OBJECTIVE}/actions/bulkFindForValidation`, {
      method: 'POST',
      token: tokens.editor,
      body: { documentIds: [theirs] },
    });
    assert.ok(denied(validation.status) || validation.body.results.length === 0, JSON.stringify(validation.body));
    const drafts = await request(`${app.url}/content-manager/collection-types/${UID.OBJECTIVE}/${theirs}/actions/countDraftRelations`, { token: tokens.editor });
    assert.ok(denied(drafts.status), `countDraftRelations: ${drafts.status}`);
  });

  it('refuses create-and-publish in another academy, and lets an editor publish an own entry with relations', async () => {
    const before = await otherAcademyCount();
    const other = await objectives().createAndPublish({ ...base(), academy: { connect: [{ documentId: academyId[OTHER] }] }, plan: { connect: [{ documentId: planOf[OTHER] }] } });
    assert.equal(other.status, 403);
    assert.equal(await otherAcademyCount(), before);
    const own = await objectives().createAndPublish({ ...base(), academy: { connect: [{ documentId: academyId[OWN] }] }, plan: { connect: [{ documentId: planOf[OWN] }] } });
    assert.ok([200, 201].includes(own.status), JSON.stringify(own.body));
    assert.equal(own.body.data.status, 'published');
    const documentId = await fixture(UID.OBJECTIVE, OWN);
    const counted = await request(`${app.url}/content-manager/collection-types/${UID.OBJECTIVE}/${documentId}/actions/countDraftRelations`, { token: tokens.editor });
    assert.equal(counted.status, 200, 'countDraftRelations works for an editor (Strapi 5.34+ regression)');
    assert.equal((await objectives().publish(documentId)).status, 200);
  });
});

describe('who writes', () => {
  it('runs a write with no request as system', async () => {
    const documentId = await fixture(UID.OBJECTIVE, OTHER);
    assert.ok(documentId);
  });

  it('refuses a write inside a content-API request (a token or the public, never an admin user)', async () => {
    for (const strategy of ['api-token', 'users-permissions']) {
      const ctx = { state: { auth: { strategy: { name: strategy } } } };
      await assert.rejects(
        app.strapi.requestContext.run(ctx as never, async () => {
          await app.strapi.documents(UID.OBJECTIVE).create({ data: dataFor(UID.OBJECTIVE, OWN) as never });
        }),
        (error: Error) => error.name === 'ForbiddenError',
      );
    }
  });
});
