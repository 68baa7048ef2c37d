/**
 * An academy's plan for the governors' pack, as DOCX and PDF, through real Strapi over HTTP: the public
 * routes serve the published plan and objectives only; the admin route serves the draft to staff who may
 * read it (an editor only for their own academy). The DOCX is read back by the importer's own reader (and
 * imports again), the PDF by PDF.js.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CharacteristicChoice, PsedAim } from '@equality-hub/domain';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { parseObjectives } from '../plugins/equality/server/src/importers/objectives';
import { readDocx } from '../plugins/equality/server/src/importers/objectives/read-docx';
import { PLAN_COLUMNS } from '../plugins/equality/server/src/plan-export';
import { adminLogin, DEMO_ADMIN } from './helpers/admin';
import { editorOf } from './helpers/demo-accounts';
import { pdfText } from './helpers/pdf-text';
import { startStrapi, type TestStrapi } from './helpers/strapi';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

interface StoredObjective {
  documentId: string;
  objective: string;
  psedAims: string[];
  protectedCharacteristics: string[];
}

let app: TestStrapi;
let plan: { documentId: string; title: string; academy: { name: string } };
let published: StoredObjective[];
let draftPlanId: string;
const tokens: Record<string, string> = {};

const DRAFT_CHANGE = 'DRAFT CHANGE: reading gap closed by half, not yet published';
const DRAFT_PLAN_OBJECTIVE = 'DRAFT PLAN: every pupil with SEND has a reading mentor';

async function download(path: string, token?: string) {
  const response = await fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, bytes: new Uint8Array(await response.arrayBuffer()) };
}

/** The bytes of a 200 answer; anything else fails with the body, which names the problem. */
async function downloaded(path: string, token?: string) {
  const response = await download(path, token);
  assert.equal(response.status, 200, `${path}: ${Buffer.from(response.bytes).toString('utf8').slice(0, 500)}`);
  return response;
}

/** The table rows of a DOCX (after its title paragraphs), each row its cells' text. */
const tableRows = (bytes: Uint8Array) => readDocx(bytes).filter((row) => row.source.startsWith('table')).map((row) => row.cells);

before(async () => {
  app = await startStrapi();
  const { strapi } = app;
  plan = (await strapi.documents(UID.PLAN).findFirst({
    status: 'published',
    filters: { academy: { slug: 'st-georges' } },
    populate: ['academy'],
  } as never)) as unknown as typeof plan;
  published = (await strapi.documents(UID.OBJECTIVE).findMany({
    status: 'published',
    filters: { plan: { documentId: plan.documentId } },
    sort: ['createdAt:asc', 'id:asc'],
  } as never)) as unknown as StoredObjective[];
  assert.ok(published.length >= 2, 'the demo plan has objectives');

  // A change to a published objective that is not yet published, and a plan that is only a draft.
  await strapi.documents(UID.OBJECTIVE).update({ documentId: published[0]!.documentId, data: { objective: DRAFT_CHANGE } } as never);
  const academy = (await strapi.documents(UID.ACADEMY).findFirst({ filters: { slug: 'st-georges' } } as never))!;
  const draftPlan = await strapi.documents(UID.PLAN).create({
    data: { academy: academy.documentId, title: 'Equality objectives 2026–2030 (draft)', periodStart: '2026-09-01', periodEnd: '2030-08-31' },
  } as never);
  draftPlanId = draftPlan.documentId;
  await strapi.documents(UID.OBJECTIVE).create({
    data: { academy: academy.documentId, plan: draftPlanId, psedAims: ['advance-equality-of-opportunity'], protectedCharacteristics: ['disability'], objective: DRAFT_PLAN_OBJECTIVE },
  } as never);

  // Admin login allows five attempts per five minutes: each account signs in once.
  tokens.ownEditor = await adminLogin(app.url, editorOf('st-georges'));
  tokens.otherEditor = await adminLogin(app.url, editorOf('chances-mentoring'));
  tokens.superAdmin = await adminLogin(app.url, DEMO_ADMIN);
});

after(() => app?.stop());

describe('the public plan export', () => {
  it('serves the published plan as a Word table with vocabulary labels, readable by the importer', async () => {
    const { headers, bytes } = await downloaded(`/api/equality/plans/${plan.documentId}/export.docx`);
    assert.equal(headers.get('content-type'), DOCX_TYPE);
    assert.match(headers.get('content-disposition') ?? '', /attachment; filename="st-georges-equality-objectives-\d{4}-\d{4}\.docx"/);

    const paragraphs = readDocx(bytes).filter((row) => row.source.startsWith('paragraph')).map((row) => row.cells.join(''));
    assert.ok(paragraphs.includes(plan.title), 'the title heads the document');
    assert.ok(paragraphs.includes(plan.academy.name));
    assert.ok(paragraphs.some((line) => /^Period: \d+ \w+ \d{4} to \d+ \w+ \d{4}$/.test(line)));
    assert.ok(paragraphs.some((line) => /^Approved|^Not yet approved/.test(line)));

    const [header, ...rows] = tableRows(bytes);
    assert.deepEqual(header, PLAN_COLUMNS.map((column) => column.title));
    assert.equal(rows.length, published.length);
    rows.forEach((cells, index) => {
      const objective = published[index]!;
      assert.deepEqual(cells[0]!.split('\n'), objective.psedAims.map((aim) => PsedAim.label(aim as never)));
      assert.deepEqual(cells[1]!.split('\n'), objective.protectedCharacteristics.map((value) => CharacteristicChoice.label(value as never)));
      assert.equal(cells[3]!.split('\n')[0], objective.objective.split('\n')[0], 'the published text, not the draft change');
    });
    assert.ok(!rows.flat().some((cell) => cell.includes('DRAFT')));

    // The importer reads the export back to the same aims and characteristics.
    const preview = parseObjectives({ name: 'export.docx', bytes }, { academy: 'st-georges', today: '2026-01-15' });
    const sorted = (objective: { psedAims: readonly string[]; protectedCharacteristics: readonly string[] }) =>
      [[...objective.psedAims].sort(), [...objective.protectedCharacteristics].sort()];
    assert.deepEqual(preview.objectives.map(sorted), published.map(sorted));
  });

  it('serves the published plan as a PDF with its title and objectives', async () => {
    const { headers, bytes } = await downloaded(`/api/equality/plans/${plan.documentId}/export.pdf`);
    assert.equal(headers.get('content-type'), 'application/pdf');
    assert.equal(Buffer.from(bytes.subarray(0, 5)).toString('latin1'), '%PDF-');
    const text = await pdfText(bytes);
    assert.ok(text.includes(plan.title), 'the title');
    assert.ok(text.includes(plan.academy.name), 'the academy');
    for (const { title } of PLAN_COLUMNS) assert.ok(text.includes(title), `the column ${title}`);
    for (const objective of published) assert.ok(text.includes(objective.objective.replace(/\s+/g, ' ')), `the objective "${objective.objective}"`);
    assert.ok(!text.includes('DRAFT'));
  });

  it('does not serve a plan that is only a draft, nor an unknown one', async () => {
    for (const format of ['docx', 'pdf']) {
      assert.equal((await download(`/api/equality/plans/${draftPlanId}/export.${format}`)).status, 404);
      assert.equal((await download(`/api/equality/plans/no-such-plan/export.${format}`)).status, 404);
    }
  });
});

describe('the admin plan export', () => {
  it("serves the draft to the academy's own editor", async () => {
    const docx = await downloaded(`/equality/plans/${plan.documentId}/export.docx?status=draft`, tokens.ownEditor);
    const [, first] = tableRows(docx.bytes);
    assert.equal(first![3]!.split('\n')[0], DRAFT_CHANGE);
    assert.ok(readDocx(docx.bytes).some((row) => row.cells.join('') === 'DRAFT — not published'), 'a draft says so');

    const pdf = await downloaded(`/equality/plans/${draftPlanId}/export.pdf?status=draft`, tokens.ownEditor);
    const text = await pdfText(pdf.bytes);
    assert.ok(text.includes('Equality objectives 2026–2030 (draft)'));
    assert.ok(text.includes(DRAFT_PLAN_OBJECTIVE));

    // Without ?status=draft the admin route serves the published version, like the public one.
    const publishedExport = await downloaded(`/equality/plans/${plan.documentId}/export.docx`, tokens.ownEditor);
    assert.equal(tableRows(publishedExport.bytes)[1]![3]!.split('\n')[0], published[0]!.objective.split('\n')[0]);
  });

  it("refuses another academy's editor, anyone signed out, and a bad status", async () => {
    const other = await download(`/equality/plans/${plan.documentId}/export.docx?status=draft`, tokens.otherEditor);
    assert.equal(other.status, 403);
    assert.equal((await download(`/equality/plans/${draftPlanId}/export.pdf?status=draft`, tokens.otherEditor)).status, 403);
    assert.equal((await download(`/equality/plans/${plan.documentId}/export.docx?status=draft`)).status, 401);
    const bad = await download(`/equality/plans/${plan.documentId}/export.docx?status=everything`, tokens.superAdmin);
    assert.equal(bad.status, 400);
    assert.equal(JSON.parse(Buffer.from(bad.bytes).toString('utf8')).error.message, 'status must be "published" or "draft"');
  });

  it('serves any academy\'s draft to a super admin', async () => {
    const { bytes } = await downloaded(`/equality/plans/${draftPlanId}/export.docx?status=draft`, tokens.superAdmin);
    assert.equal(tableRows(bytes)[1]![3], DRAFT_PLAN_OBJECTIVE);
  });
});
