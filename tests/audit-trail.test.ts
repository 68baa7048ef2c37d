/**
 * The audit trail through the real stack: every write path (the admin Content Manager, the payroll and
 * objectives imports, system writes and the demo seed, the retention job) leaves an entry with the
 * right actor and the names of the fields changed; no role or route (super admin, Content Manager,
 * Document Service, query engine, API tokens) changes or deletes an entry; an academy editor reads
 * only their academy's entries; no pay value or employee reference is ever in an entry; the restricted
 * route and the aggregator serve the trail to the Trust executive only.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { AuditEntryRow, parsePayrollCsv } from '@equality-hub/domain';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { adminLogin, contentManager, DEMO_ADMIN } from './helpers/admin';
import { editorOf, TRUST_ADMIN, TRUST_HR } from './helpers/demo-accounts';
import { ROOT } from './helpers/environment';
import { request } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { restrictedToken } from './helpers/tokens';
import { codes, EXECUTIVE, graphql, signIn, startTestAggregator, trustSource } from './aggregator/helpers';
import type { Aggregator } from '../aggregator/src/server';

const OWN = 'st-georges';
const OTHER = 'oakfield-primary';
const RETENTION_DAYS = 30;
const PAYROLL = fs.readFileSync(path.join(ROOT, 'docs', 'samples', 'payroll-sample.csv'), 'utf8');
const OBJECTIVES_FILE = path.join(ROOT, 'plugins/equality/server/src/importers/objectives/fixtures/001_f2729a0636f8cf25.txt');
/** Bookkeeping the Content Manager sends back that is not a field of the form. */
const NOT_FORM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations', 'status'];

type Entry = Record<string, any>;

let app: TestStrapi;
let bootedAt: Date;
const tokens: Record<string, string> = {};

/** Every entry, oldest first, read below the Document Service. */
const allEntries = (where: Record<string, unknown> = {}) =>
  app.strapi.db.query(UID.AUDIT_ENTRY).findMany({ where, orderBy: [{ id: 'asc' }] }) as Promise<Entry[]>;

async function onlyEntry(where: Record<string, unknown>): Promise<Entry> {
  const entries = await allEntries(where);
  assert.equal(entries.length, 1, `one entry for ${JSON.stringify(where)}, found ${JSON.stringify(entries)}`);
  return entries[0]!;
}

async function academyId(slug: string): Promise<string> {
  const academy = await app.strapi.db.query(UID.ACADEMY).findOne({ where: { slug }, select: ['documentId'] });
  return academy.documentId as string;
}

/** The form the admin panel sends back on save: every field as read, relations left untouched. */
function formOf(document: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(document)
      .filter(([name]) => !NOT_FORM_FIELDS.includes(name))
      .map(([name, value]) => {
        const relation = value !== null && typeof value === 'object' && !Array.isArray(value) && 'count' in value;
        return [name, relation ? { connect: [], disconnect: [] } : value];
      }),
  );
}

before(async () => {
  app = await startStrapi({ env: { AUDIT_RETENTION_DAYS: String(RETENTION_DAYS) } });
  bootedAt = new Date();
  for (const [name, account] of Object.entries({ superAdmin: DEMO_ADMIN, trustAdmin: TRUST_ADMIN, hr: TRUST_HR, editor: editorOf(OWN) })) {
    tokens[name] = await adminLogin(app.url, account);
  }
});

after(() => app?.stop());

describe('every write path leaves an entry with the right actor', () => {
  it('the demo seed: one import entry by system with its counts, not one per document', async () => {
    const seeded = await allEntries({ at: { $lt: bootedAt } });
    for (const entry of seeded) assert.equal(entry.actorType, 'system');
    const [seed, ...others] = seeded;
    // Then the demo accounts: each academy editor assigned to their academy.
    assert.deepEqual(
      others.map((entry) => [entry.action, entry.contentType, entry.changedFields]),
      others.map(() => ['update', UID.ACADEMY, ['editors']]),
    );
    assert.ok(others.length > 0);
    assert.equal(seed!.actorName, 'system');
    assert.equal(seed!.action, 'import');
    const counts = new Map((seed!.counts as Entry[]).map((count) => [`${count.contentType} ${count.action}`, count.count]));
    assert.equal(counts.get(`${UID.ACADEMY} create`), await app.strapi.db.query(UID.ACADEMY).count());
    assert.equal(counts.get(`${UID.PAY_RECORD} create`), await app.strapi.db.query(UID.PAY_RECORD).count());
  });

  it('a write with no request: system, and only the field that changed', async () => {
    const objective = await app.strapi.documents(UID.OBJECTIVE).findFirst({ filters: { academy: { slug: OTHER } } } as never);
    await app.strapi.documents(UID.OBJECTIVE).update({ documentId: objective!.documentId, data: { responsible: 'Head of year 9' } } as never);
    const entry = await onlyEntry({ targetDocumentId: objective!.documentId, action: 'update' });
    assert.deepEqual(
      { actorType: entry.actorType, actorId: entry.actorId, actorName: entry.actorName, contentType: entry.contentType, academy: entry.academy, changedFields: entry.changedFields },
      { actorType: 'system', actorId: null, actorName: 'system', contentType: UID.OBJECTIVE, academy: OTHER, changedFields: ['responsible'] },
    );
  });

  it("an academy's own entries name it, its deletion included", async () => {
    const cm = contentManager(app.url, tokens.trustAdmin!, UID.ACADEMY);
    const created = await cm.create({ name: 'Audit Academy', slug: 'audit-academy', urn: '145679' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal((await cm.remove(created.body.data.documentId)).status, 200);
    const entries = await allEntries({ targetDocumentId: created.body.data.documentId });
    assert.deepEqual(
      entries.map((entry) => [entry.action, entry.academy, entry.actorName]),
      [['create', 'audit-academy', TRUST_ADMIN.email], ['delete', 'audit-academy', TRUST_ADMIN.email]],
    );
  });

  it('the Content Manager: create, update, publish, unpublish, discard, duplicate and delete, each by the editor, with the academy', async () => {
    const cm = contentManager(app.url, tokens.editor!, UID.OBJECTIVE);
    const academy = await academyId(OWN);
    const plan = await app.strapi.db.query(UID.PLAN).findOne({ where: { academyKey: academy }, select: ['documentId'] });
    const created = await cm.create({ academy, plan: plan.documentId, psedAims: ['foster-good-relations'], protectedCharacteristics: ['race'], objective: 'Audit me' });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const documentId = created.body.data.documentId as string;

    const read = await cm.get(documentId);
    const updated = await cm.update(documentId, { ...formOf(read.body.data), responsible: 'Deputy head' });
    assert.equal(updated.status, 200, JSON.stringify(updated.body));
    // The admin panel saves the whole form before it publishes: that save changes nothing and is no entry.
    assert.equal((await cm.publish(documentId, formOf((await cm.get(documentId)).body.data))).status, 200);
    assert.equal((await cm.update(documentId, { ...formOf((await cm.get(documentId)).body.data), aim: 'A clearer aim' })).status, 200);
    assert.equal((await cm.discard(documentId)).status, 200);
    assert.equal((await cm.unpublish(documentId)).status, 200);
    const cloned = await cm.clone(documentId, { ...formOf((await cm.get(documentId)).body.data), objective: 'Audit me too' });
    assert.equal(cloned.status, 200, JSON.stringify(cloned.body));
    assert.equal((await cm.remove(documentId)).status, 200);

    const entries = await allEntries({ targetDocumentId: documentId });
    assert.deepEqual(
      entries.map((entry) => [entry.action, entry.changedFields]),
      [
        ['create', ['academy', 'objective', 'plan', 'protectedCharacteristics', 'psedAims']],
        ['update', ['responsible']],
        ['publish', []],
        ['update', ['aim']],
        ['discard-draft', []],
        ['unpublish', []],
        ['delete', []],
      ],
    );
    for (const entry of entries) {
      assert.equal(entry.actorType, 'admin');
      assert.equal(entry.actorName, editorOf(OWN).email);
      assert.equal(entry.academy, OWN);
      assert.equal(entry.academyKey, academy);
    }
    const clone = await onlyEntry({ targetDocumentId: cloned.body.data.documentId, action: 'clone' });
    assert.deepEqual(clone.changedFields, ['objective']);
    assert.equal(clone.note, `Duplicated from ${documentId}`);
  });

  it('a refused write leaves no entry', async () => {
    const objective = await app.strapi.documents(UID.OBJECTIVE).findFirst({ filters: { academy: { slug: OTHER } } } as never);
    const before = (await allEntries()).length;
    const refused = await contentManager(app.url, tokens.editor!, UID.OBJECTIVE).update(objective!.documentId, { responsible: 'Not mine' });
    assert.equal(refused.status, 403);
    assert.equal((await allEntries()).length, before);
  });

  it('the payroll import: one import entry by Trust HR with counts and field names, no entry per record, no pay', async () => {
    const before = await allEntries();
    const form = new FormData();
    form.append('file', new Blob([PAYROLL], { type: 'text/csv' }), 'payroll-audit.csv');
    form.append('snapshotDate', '2021-03-31');
    const response = await fetch(`${app.url}/equality/pay-import`, { method: 'POST', headers: { authorization: `Bearer ${tokens.hr}` }, body: form });
    const body = (await response.json()) as any;
    assert.equal(response.status, 200, JSON.stringify(body));

    const added = (await allEntries()).slice(before.length);
    assert.equal(added.length, 1, 'one entry for the whole import');
    const [entry] = added;
    assert.equal(entry!.action, 'import');
    assert.equal(entry!.actorType, 'admin');
    assert.equal(entry!.actorName, TRUST_HR.email);
    assert.equal(entry!.contentType, UID.PAY_SNAPSHOT);
    assert.equal(entry!.targetDocumentId, body.snapshotDocumentId);
    assert.equal(entry!.academy, null);
    assert.deepEqual(entry!.counts, [
      { contentType: UID.PAY_SNAPSHOT, action: 'create', count: 1 },
      { contentType: UID.PAY_RECORD, action: 'create', count: body.rows },
    ]);
    assert.ok(entry!.changedFields.includes('sourceFile'));
  });

  it('the payroll import as a service with no request, and a pay record edited in the admin: names only', async () => {
    const service = app.strapi.plugin('equality').service('pay-import');
    const outcome = await service.importSnapshot({ csv: PAYROLL, snapshotDate: '2022-03-31', sourceFile: 'by-hand.csv' });
    assert.equal(outcome.ok, true);
    const imported = await onlyEntry({ targetDocumentId: outcome.result.snapshotDocumentId, action: 'import' });
    assert.equal(imported.actorType, 'system');

    const record = await app.strapi.db.query(UID.PAY_RECORD).findOne({ where: { snapshot: { documentId: outcome.result.snapshotDocumentId } } });
    const cm = contentManager(app.url, tokens.hr!, UID.PAY_RECORD);
    const read = await cm.get(record.documentId);
    assert.equal((await cm.update(record.documentId, { ...formOf(read.body.data), ordinaryPay: 98765.43 })).status, 200);
    const edited = await onlyEntry({ targetDocumentId: record.documentId, action: 'update' });
    assert.deepEqual(edited.changedFields, ['ordinaryPay']);
    assert.equal(edited.actorName, TRUST_HR.email);
  });

  it('the objectives import: one import entry with counts, in the academy', async () => {
    const before = (await allEntries()).length;
    const service = app.strapi.plugin('equality').service('objectives-import');
    const outcome = await service.importObjectives({ academySlug: OWN, file: { name: path.basename(OBJECTIVES_FILE), bytes: fs.readFileSync(OBJECTIVES_FILE) } });
    assert.equal(outcome.ok, true, JSON.stringify(outcome.problems));
    assert.equal((await allEntries()).length, before + 1);
    const entry = await onlyEntry({ targetDocumentId: outcome.result.planDocumentId, action: 'import' });
    assert.equal(entry.actorType, 'system');
    assert.equal(entry.contentType, UID.PLAN);
    assert.equal(entry.academy, OWN);
    assert.deepEqual(entry.counts, [
      { contentType: UID.PLAN, action: 'create', count: 1 },
      { contentType: UID.OBJECTIVE, action: 'create', count: outcome.result.objectiveDocumentIds.length },
    ]);
  });

  it('keeps every pay value and employee reference out of every entry', async () => {
    const parsed = parsePayrollCsv(PAYROLL, { academies: ['st-georges', 'chances-mentoring', 'brook-and-meadow', 'oakfield-primary'] });
    assert.ok(parsed.ok);
    // Amounts of three digits or more cannot be mistaken for parts of a timestamp or a count.
    const amounts = parsed.records.flatMap((record) => [record.ordinaryPay, record.bonusPayInPeriod, record.bonusPay12Months]).filter((amount) => amount >= 100);
    assert.ok(amounts.length >= 30, `${amounts.length} amounts to look for`);
    const spellings = new Set([...amounts.flatMap((amount) => [String(amount), amount.toFixed(2)]), '98765.43', ...parsed.records.map((record) => record.employeeRef)]);
    const text = JSON.stringify(await allEntries());
    for (const spelling of spellings) assert.ok(!text.includes(spelling), `an entry holds ${spelling}`);
  });
});

describe('the trail is append-only', () => {
  let entry: Entry;

  before(async () => {
    [entry] = await allEntries({ contentType: UID.OBJECTIVE, academy: OWN });
  });

  const unchanged = async () => assert.deepEqual(await app.strapi.db.query(UID.AUDIT_ENTRY).findOne({ where: { id: entry.id } }), entry);

  it('refuses the Content Manager to everyone, the super admin included', async () => {
    for (const who of ['superAdmin', 'trustAdmin', 'hr', 'editor']) {
      const cm = contentManager(app.url, tokens[who]!, UID.AUDIT_ENTRY);
      const attempts = {
        update: await cm.update(entry.documentId, { actorName: 'someone else', changedFields: [] }),
        delete: await cm.remove(entry.documentId),
        bulkDelete: await cm.bulkDelete([entry.documentId]),
        create: await cm.create({ at: new Date().toISOString(), actorType: 'system', actorName: 'forged', action: 'delete' }),
        clone: await cm.clone(entry.documentId, { actorName: 'forged' }),
      };
      for (const [attempt, response] of Object.entries(attempts)) {
        assert.ok([403, 404, 405].includes(response.status), `${who} ${attempt}: ${response.status} ${JSON.stringify(response.body)}`);
      }
    }
    await unchanged();
    assert.equal((await allEntries({ actorName: 'forged' })).length, 0);
  });

  it('refuses the Document Service and the query engine, even as system', async () => {
    const documents = app.strapi.documents(UID.AUDIT_ENTRY as 'plugin::equality.objective');
    await assert.rejects(documents.update({ documentId: entry.documentId, data: { actorName: 'x' } } as never), /append-only/);
    await assert.rejects(documents.delete({ documentId: entry.documentId }), /append-only/);
    await assert.rejects(documents.create({ data: { actorName: 'forged' } } as never), /append-only/);
    const query = app.strapi.db.query(UID.AUDIT_ENTRY);
    await assert.rejects(query.update({ where: { id: entry.id }, data: { actorName: 'x' } }), /append-only/);
    await assert.rejects(query.updateMany({ where: {}, data: { note: 'x' } }), /append-only/);
    await assert.rejects(query.delete({ where: { id: entry.id } }), /append-only/);
    await assert.rejects(query.deleteMany({ where: {} }), /append-only/);
    await unchanged();
  });

  it('offers no content-API route that writes to it, whatever the token', async () => {
    const fullAccess = await app.strapi.service('admin::api-token-content-api').create({ name: 'audit-full-access', type: 'full-access', lifespan: null });
    const api = `${app.url}/api/equality`;
    for (const token of [fullAccess.accessKey, restrictedToken()]) {
      for (const [method, url] of [
        ['GET', `${api}/audit-entries`],
        ['PUT', `${api}/audit-entries/${entry.documentId}`],
        ['DELETE', `${api}/audit-entries/${entry.documentId}`],
        ['POST', `${api}/restricted/audit-trail`],
        ['DELETE', `${api}/restricted/audit-trail`],
      ] as const) {
        const response = await request(url, { method, token, body: method === 'GET' || method === 'DELETE' ? undefined : { data: { actorName: 'x' } } });
        assert.ok([403, 404, 405].includes(response.status), `${method} ${url}: ${response.status}`);
      }
    }
    await unchanged();
  });
});

describe('reading the trail in the admin', () => {
  const list = (who: string, query = '') => contentManager(app.url, tokens[who]!, UID.AUDIT_ENTRY).list(`pageSize=100&${query}`);

  it('shows a Trust admin every academy, filtered by academy, actor, type and date', async () => {
    const all = await list('trustAdmin');
    assert.equal(all.status, 200, JSON.stringify(all.body));
    assert.equal(all.body.pagination.total, (await allEntries()).length);
    const academies = new Set(all.body.results.map((entry: Entry) => entry.academy));
    assert.ok(academies.has(OWN) && academies.has(OTHER) && academies.has(null));

    const filtered = await list('trustAdmin', `filters[academy][$eq]=${OWN}&filters[actorName][$eq]=${encodeURIComponent(editorOf(OWN).email)}&filters[contentType][$eq]=${UID.OBJECTIVE}&filters[at][$gte]=${bootedAt.toISOString()}`);
    assert.equal(filtered.status, 200);
    assert.ok(filtered.body.results.length >= 7);
    for (const entry of filtered.body.results) assert.equal(entry.academy, OWN);
    assert.equal((await list('hr')).body.pagination.total, all.body.pagination.total);
  });

  it("shows an academy editor their own academy's entries only", async () => {
    const own = await list('editor');
    assert.equal(own.status, 200, JSON.stringify(own.body));
    assert.ok(own.body.results.length > 0);
    for (const entry of own.body.results) assert.equal(entry.academy, OWN);
    assert.equal(own.body.pagination.total, (await allEntries({ academy: OWN })).length);

    const [other] = await allEntries({ academy: OTHER });
    const refused = await contentManager(app.url, tokens.editor!, UID.AUDIT_ENTRY).get(other!.documentId);
    assert.ok([403, 404].includes(refused.status), `another academy's entry: ${refused.status}`);
    const [trustLevel] = await allEntries({ academy: { $null: true } });
    assert.ok([403, 404].includes((await contentManager(app.url, tokens.editor!, UID.AUDIT_ENTRY).get(trustLevel!.documentId)).status));
  });
});

describe('the restricted route and the aggregator', () => {
  let aggregator: Aggregator;

  before(async () => {
    aggregator = await startTestAggregator([trustSource(app.url)]);
  });
  after(() => aggregator?.stop());

  it('serves the trail to the restricted token, filtered, in the shared wire format', async () => {
    const url = `${app.url}/api/equality/restricted/audit-trail?academy=${OWN}&type=objective&actor=${encodeURIComponent(editorOf(OWN).email.toUpperCase())}&pageSize=100`;
    const { status, body } = await request(url, { token: restrictedToken() });
    assert.equal(status, 200, JSON.stringify(body));
    const rows = body.data.map((row: unknown) => AuditEntryRow.parse(row));
    assert.ok(rows.length >= 7);
    for (const row of rows) assert.deepEqual([row.academy, row.contentType, row.actorName], [OWN, UID.OBJECTIVE, editorOf(OWN).email]);

    const today = bootedAt.toISOString().slice(0, 10);
    const none = await request(`${app.url}/api/equality/restricted/audit-trail?to=2000-01-01`, { token: restrictedToken() });
    assert.equal(none.body.meta.pagination.total, 0);
    const sinceToday = await request(`${app.url}/api/equality/restricted/audit-trail?from=${today}&to=${today}&pageSize=1`, { token: restrictedToken() });
    assert.equal(sinceToday.body.meta.pagination.total, (await allEntries({ at: { $gte: new Date(`${today}T00:00:00Z`) } })).length);

    const bad = await request(`${app.url}/api/equality/restricted/audit-trail?from=15-01-2026`, { token: restrictedToken() });
    assert.equal(bad.status, 400);
    assert.match(JSON.stringify(bad.body), /from/);
  });

  it('answers auditTrail to the executive, and refuses anonymous callers', async () => {
    const query = `query($academy: String, $type: String) {
      auditTrail(academy: $academy, type: $type) { id at actorType actorName action contentType documentId academy changedFields counts { contentType action count } note }
    }`;
    const executive = await signIn(app.url, EXECUTIVE.identifier, EXECUTIVE.password);
    const answered = await graphql(aggregator.url, query, { token: executive, variables: { academy: OWN, type: 'objective' } });
    assert.equal(answered.status, 200);
    assert.equal(answered.body.errors, undefined, JSON.stringify(answered.body.errors));
    const entries = answered.body.data.auditTrail as Entry[];
    assert.equal(entries.length, (await allEntries({ academy: OWN, contentType: UID.OBJECTIVE })).length);
    assert.ok(entries.some((entry) => entry.action === 'DISCARD_DRAFT' && entry.actorType === 'ADMIN'));

    const anonymous = await graphql(aggregator.url, query);
    assert.equal(anonymous.body.data?.auditTrail ?? null, null);
    assert.deepEqual(codes(anonymous.body), ['UNAUTHENTICATED']);
  });
});

describe('the retention job', () => {
  it('deletes entries past AUDIT_RETENTION_DAYS as system, records that deletion, and nothing more', async () => {
    const before = await allEntries();
    const old = before.filter((entry) => new Date(entry.at) < bootedAt);
    assert.ok(old.length > 0, 'the seed entry is older than this boot');
    const retention = app.strapi.plugin('equality').service('audit-retention');
    const clock = new Date(bootedAt.getTime() + RETENTION_DAYS * 86_400_000);

    const outcome = await retention.purge(clock);
    assert.deepEqual(outcome, { deleted: old.length, cutoff: bootedAt.toISOString() });
    const after = await allEntries();
    assert.deepEqual(after.slice(0, -1).map((entry) => entry.id), before.filter((entry) => !old.includes(entry)).map((entry) => entry.id));
    const recorded = after.at(-1)!;
    assert.deepEqual(
      { actorType: recorded.actorType, actorName: recorded.actorName, action: recorded.action, at: new Date(recorded.at).toISOString(), counts: recorded.counts },
      { actorType: 'system', actorName: 'system', action: 'retention-delete', at: clock.toISOString(), counts: [{ contentType: UID.AUDIT_ENTRY, action: 'delete', count: old.length }] },
    );

    assert.deepEqual(await retention.purge(clock), { deleted: 0, cutoff: bootedAt.toISOString() });
    assert.equal((await allEntries()).length, after.length, 'nothing deleted, nothing recorded');
  });
});
