/**
 * The objectives importer in a real Strapi, on the seeded demo trust.
 * The service: a preview writes nothing; an import writes the file's plan and objectives as drafts only;
 * a rejected file, an unknown academy or another academy's plan writes nothing; `planDocumentId` appends
 * to an existing plan; and a failure half-way through an import leaves nothing behind.
 * The command line (`npm run import -- objectives …`, a child process on this test's database): the dry
 * run prints the preview alone and writes nothing, a rejected file exits 2, `--plan` appends.
 * The admin routes behind the upload page: an editor is offered, previews and imports into their own
 * academies only; Trust admins into any; users who may not create plans (Trust HR) not at all.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Modules } from '@strapi/strapi';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { reviewNote } from '../plugins/equality/server/src/importers/objectives/documents';
import { ObjectivesPreview } from '../plugins/equality/server/src/importers/objectives/preview';
import type { ObjectivesImportService } from '../plugins/equality/server/src/services/objectives-import';
import { adminLogin } from './helpers/admin';
import { editorOf, TRUST_ADMIN, TRUST_HR } from './helpers/demo-accounts';
import { ROOT } from './helpers/environment';
import { runImportCli } from './helpers/import-cli';
import { startStrapi, type TestStrapi } from './helpers/strapi';

const SEED_FILE = path.join(ROOT, 'plugins/equality/server/src/importers/objectives/fixtures/001_f2729a0636f8cf25.txt');
const SEED = { name: path.basename(SEED_FILE), bytes: fs.readFileSync(SEED_FILE) };
const SEED_OBJECTIVES = 7;
const encode = (text: string) => new TextEncoder().encode(text);

let app: TestStrapi;
let service: ObjectivesImportService;
/** When set, the nth objective created from then on fails. */
let failingObjective: number | null = null;
let objectivesCreated = 0;

/** Every plan and objective, drafts and published versions alike, as a comparable snapshot. */
async function snapshot() {
  const rows = await Promise.all(
    [UID.PLAN, UID.OBJECTIVE].flatMap((uid) =>
      (['draft', 'published'] as const).map((status) => app.strapi.documents(uid as never).findMany({ status, populate: '*' } as never)),
    ),
  );
  return JSON.stringify(rows);
}

async function planOf(slug: string) {
  const plans = (await app.strapi.documents(UID.PLAN).findMany({ filters: { academy: { slug } }, status: 'published' } as never)) as unknown as Array<{
    documentId: string;
    title: string;
  }>;
  return plans[0];
}

const objectivesOfPlan = (planDocumentId: string, status: 'draft' | 'published') =>
  app.strapi.documents(UID.OBJECTIVE).findMany({
    filters: { plan: { documentId: planDocumentId } },
    status,
    populate: ['actions', 'dates', 'milestones', 'academy'],
  } as never) as Promise<any[]>;

before(async () => {
  app = await startStrapi();
  service = app.strapi.plugin('equality').service('objectives-import') as ObjectivesImportService;
  // A failure on the nth objective written, to prove the import is one transaction.
  const failOnNthObjective: Modules.Documents.Middleware.Middleware = async (context, next) => {
    if (context.uid === UID.OBJECTIVE && context.action === 'create' && failingObjective !== null) {
      objectivesCreated += 1;
      if (objectivesCreated === failingObjective) throw new Error('the database went away');
    }
    return next();
  };
  app.strapi.documents.use(failOnNthObjective);
});

after(() => app?.stop());

describe('objectives import service', () => {
  it('previews a file without writing anything', async () => {
    const before = await snapshot();
    const preview = await service.preview({ academySlug: 'st-georges', file: SEED });
    assert.equal(preview.ok, true, JSON.stringify(preview.problems));
    assert.equal(preview.summary!.academy, 'st-georges');
    assert.deepEqual(preview.summary!.plan, { title: 'Equality objectives: 2017 – 2021', periodStart: '2017-09-01', periodEnd: '2021-08-31' });
    assert.equal(preview.summary!.objectives.length, SEED_OBJECTIVES);
    assert.equal(await snapshot(), before);
  });

  it('imports a file as a new draft plan of draft objectives, and publishes nothing', async () => {
    const outcome = await service.importObjectives({ academySlug: 'st-georges', file: SEED });
    assert.equal(outcome.ok, true, JSON.stringify(!outcome.ok && outcome.problems));
    if (!outcome.ok) return;
    const { planDocumentId, planCreated, objectiveDocumentIds } = outcome.result;
    assert.equal(planCreated, true);
    assert.equal(objectiveDocumentIds.length, SEED_OBJECTIVES);

    const plan = (await app.strapi.documents(UID.PLAN).findOne({ documentId: planDocumentId, populate: ['academy'] } as never)) as any;
    assert.equal(plan.title, 'Equality objectives: 2017 – 2021');
    assert.deepEqual([plan.periodStart, plan.periodEnd], ['2017-09-01', '2021-08-31']);
    assert.equal(plan.academy.slug, 'st-georges');
    assert.equal(plan.publishedAt, null);
    assert.equal(await app.strapi.documents(UID.PLAN).findOne({ documentId: planDocumentId, status: 'published' } as never), null);

    const drafts = await objectivesOfPlan(planDocumentId, 'draft');
    assert.deepEqual(drafts.map((objective) => objective.documentId).sort(), [...objectiveDocumentIds].sort());
    assert.deepEqual(await objectivesOfPlan(planDocumentId, 'published'), []);

    const hateIncidents = drafts.find((objective) => objective.aim === 'To prevent and respond to all hate incidents and prejudiced based bullying');
    assert.equal(hateIncidents.academy.slug, 'st-georges');
    assert.equal(hateIncidents.academyKey, hateIncidents.academy.documentId);
    assert.deepEqual(hateIncidents.psedAims, ['eliminate-discrimination']);
    assert.deepEqual(hateIncidents.protectedCharacteristics, ['disability', 'gender-reassignment', 'race', 'religion-or-belief', 'sexual-orientation']);
    assert.deepEqual(hateIncidents.targetGroups, ['whole-school', 'pupils-with-send', 'ethnic-minority-pupils', 'lgbt-pupils']);
    assert.equal(hateIncidents.otherTargetGroups, 'those from a Faith background');
    // Every flag of the preview stays on its draft, as written, for the review it asks for.
    assert.match(hateIncidents.reviewNotes, /\("those from a Faith background"\)/);
    const preview = (await service.preview({ academySlug: 'st-georges', file: SEED })).summary!;
    for (const previewed of preview.objectives) {
      const draft = drafts.find((objective) => objective.objective === previewed.objective);
      assert.equal(draft.reviewNotes, previewed.flags.length > 0 ? previewed.flags.map(reviewNote).join('\n') : null, previewed.objective);
    }
    assert.deepEqual(
      hateIncidents.actions.map((action: any) => [action.description, action.state]),
      [
        ['Access staff training.', 'open'],
        ['Ensure continuing professional development for staff to develop skills in identifying and challenging homophobia and transphobia', 'open'],
        ['Promotion of hate incident recording to students.', 'open'],
      ],
    );
    assert.equal(hateIncidents.responsible, 'SLT, YL, Mental Health Lead');
    assert.deepEqual(hateIncidents.milestones.map((milestone: any) => milestone.note), ['Staff Attended Anti-bullying training']);

    const attendance = drafts.find((objective) => objective.dates.text === 'Sept 2017– July 2018');
    const { id: _id, ...dates } = attendance.dates;
    assert.deepEqual(dates, { start: '2017-09-01', end: '2018-07-31', ongoing: false, recurrence: 'none', text: 'Sept 2017– July 2018' });
  });

  it('appends to an existing plan of the same academy, leaving the plan as it was', async () => {
    const plan = await planOf('st-georges');
    const draftsBefore = (await objectivesOfPlan(plan.documentId, 'draft')).length;
    const publishedBefore = await objectivesOfPlan(plan.documentId, 'published');
    const plansBefore = await app.strapi.documents(UID.PLAN).count({} as never);

    const preview = await service.preview({ academySlug: 'st-georges', planDocumentId: plan.documentId, file: SEED });
    assert.equal(preview.ok, true);
    assert.equal(preview.summary!.plan.title, plan.title, 'the preview shows the plan appended to, not the heading');
    assert.deepEqual(preview.summary!.flags, []);

    const outcome = await service.importObjectives({ academySlug: 'st-georges', planDocumentId: plan.documentId, file: SEED });
    assert.equal(outcome.ok, true);
    if (!outcome.ok) return;
    assert.equal(outcome.result.planDocumentId, plan.documentId);
    assert.equal(outcome.result.planCreated, false);
    assert.equal(await app.strapi.documents(UID.PLAN).count({} as never), plansBefore);
    assert.equal((await objectivesOfPlan(plan.documentId, 'draft')).length, draftsBefore + SEED_OBJECTIVES);
    assert.deepEqual(await objectivesOfPlan(plan.documentId, 'published'), publishedBefore, 'the published objectives are untouched');
    assert.equal((await planOf('st-georges')).title, plan.title);
  });

  it("refuses another academy's plan, an unknown plan and an unknown academy, writing nothing", async () => {
    const before = await snapshot();
    const oakfield = await planOf('oakfield-primary');
    const otherPlan = await service.importObjectives({ academySlug: 'st-georges', planDocumentId: oakfield.documentId, file: SEED });
    assert.equal(otherPlan.ok, false);
    assert.match(!otherPlan.ok ? otherPlan.problems[0].message : '', new RegExp(`^the plan "${oakfield.title}" \\(${oakfield.documentId}\\) belongs to .*Oakfield.*, not to st-georges$`));

    const unknownPlan = await service.importObjectives({ academySlug: 'st-georges', planDocumentId: 'no-such-plan', file: SEED });
    assert.deepEqual(unknownPlan, { ok: false, problems: [{ message: 'no objectives plan has the documentId "no-such-plan"' }] });

    const unknownAcademy = await service.importObjectives({ academySlug: 'st-nowhere', file: SEED });
    assert.deepEqual(unknownAcademy, { ok: false, problems: [{ message: 'no academy has the slug "st-nowhere"' }] });
    assert.deepEqual(await service.preview({ academySlug: 'st-nowhere', file: SEED }), { ok: false, summary: null, problems: [{ message: 'no academy has the slug "st-nowhere"' }] });
    assert.equal(await snapshot(), before);
  });

  it('refuses a malformed file, naming the row, and writes nothing', async () => {
    const before = await snapshot();
    const text = new TextDecoder().decode(SEED.bytes).replace('Advance equality of opportunity\tSex', 'Advance equality of opportunity\tSex\tStray cell');
    const outcome = await service.importObjectives({ academySlug: 'st-georges', file: { name: 'objectives.txt', bytes: encode(text) } });
    assert.deepEqual(outcome, { ok: false, problems: [{ row: 11, message: 'this row has 10 cells but the header row (line 5) has 9 columns' }] });
    const noHeader = await service.importObjectives({ academySlug: 'st-georges', file: { name: 'notes.txt', bytes: encode('Equality objectives\nWe will close the gaps.') } });
    assert.equal(noHeader.ok, false);
    assert.match(!noHeader.ok ? noHeader.problems[0].message : '', /^no header row found/);
    assert.equal(await snapshot(), before);
  });

  it('writes nothing when a write fails half-way through', async () => {
    const before = await snapshot();
    failingObjective = 4;
    objectivesCreated = 0;
    try {
      await assert.rejects(service.importObjectives({ academySlug: 'oakfield-primary', file: SEED }), /the database went away/);
    } finally {
      failingObjective = null;
    }
    assert.equal(await snapshot(), before);
  });
});

describe('npm run import -- objectives', () => {
  it('--dry-run prints the preview alone, as the schema defines it, and writes nothing', async () => {
    const before = await snapshot();
    const run = await runImportCli(['objectives', '--academy', 'st-georges', '--dry-run', SEED_FILE]);
    assert.equal(run.code, 0, run.stderr);
    assert.ok(run.json, `stdout is one JSON document: ${run.stdout}`);
    // Parsing drops keys the schema does not know: equal after parsing means nothing more, nothing less.
    assert.deepEqual(ObjectivesPreview.parse(run.json), run.json);
    assert.deepEqual(run.json, (await service.preview({ academySlug: 'st-georges', file: SEED })).summary);
    assert.equal(await snapshot(), before);
  });

  it('exits 2 for a rejected file, naming the problem, and writes nothing', async () => {
    const before = await snapshot();
    const notes = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'eqhub-objectives-')), 'notes.txt');
    fs.writeFileSync(notes, 'Equality objectives\nWe will close the gaps.\n');
    const run = await runImportCli(['objectives', '--academy', 'st-georges', '--dry-run', notes]);
    assert.equal(run.code, 2, run.stderr);
    assert.equal(run.json.ok, false);
    assert.match(run.json.problems[0].message, /^no header row found/);
    assert.match(run.stderr, /no header row found/);
    assert.equal(await snapshot(), before);
    fs.rmSync(path.dirname(notes), { recursive: true });
  });

  it('--plan appends the file to that plan as drafts', async () => {
    const plan = await planOf('oakfield-primary');
    const drafts = (await objectivesOfPlan(plan.documentId, 'draft')).length;
    const run = await runImportCli(['objectives', '--academy', 'oakfield-primary', '--plan', plan.documentId, SEED_FILE]);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.json.ok, true);
    assert.equal(run.json.result.planDocumentId, plan.documentId);
    assert.equal((await objectivesOfPlan(plan.documentId, 'draft')).length, drafts + SEED_OBJECTIVES);
  });
});

describe('the admin routes of the upload page', () => {
  let editorToken: string;
  let trustAdminToken: string;

  before(async () => {
    editorToken = await adminLogin(app.url, editorOf('st-georges'));
    trustAdminToken = await adminLogin(app.url, TRUST_ADMIN);
  });

  /** A multipart upload, as the admin page sends it. */
  async function upload(route: string, token: string, fields: Record<string, string>, file = SEED) {
    const form = new FormData();
    form.append('file', new Blob([file.bytes]), file.name);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    const response = await fetch(`${app.url}/equality/${route}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { status: response.status, body: (await response.json()) as any };
  }

  const options = async (token: string) => {
    const response = await fetch(`${app.url}/equality/objectives-import/options`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as any };
  };

  it("offers an editor their own academy alone, with its plans and the vocabulary's labels", async () => {
    const { status, body } = await options(editorToken);
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(body.academies.map((academy: any) => academy.slug), ['st-georges']);
    const plan = await planOf('st-georges');
    assert.ok(body.academies[0].plans.some((offered: any) => offered.documentId === plan.documentId && offered.title === plan.title));
    assert.equal(body.labels.psedAims['advance-equality-of-opportunity'], 'Advance equality of opportunity');
    assert.equal(body.labels.protectedCharacteristics['gender-reassignment'], 'Gender reassignment');

    const trustWide = await options(trustAdminToken);
    assert.ok(trustWide.body.academies.length > 1, 'a Trust admin is offered every academy');
  });

  it('previews for an editor exactly what the service previews, writing nothing', async () => {
    const before = await snapshot();
    const { status, body } = await upload('objectives-import/preview', editorToken, { academy: 'st-georges', plan: '' });
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(body, await service.preview({ academySlug: 'st-georges', file: SEED }));
    assert.equal(body.summary!.objectives.length, SEED_OBJECTIVES);
    assert.equal(await snapshot(), before);
  });

  it("refuses an editor another academy's import with 403, and Trust HR (who may not create plans) any", async () => {
    const before = await snapshot();
    for (const route of ['objectives-import/preview', 'objectives-import']) {
      const other = await upload(route, editorToken, { academy: 'oakfield-primary' });
      assert.equal(other.status, 403, JSON.stringify(other.body));
      assert.match(other.body.error.message, /"oakfield-primary" is not one of them/);
    }
    const hrToken = await adminLogin(app.url, TRUST_HR);
    assert.equal((await upload('objectives-import', hrToken, { academy: 'st-georges' })).status, 403);
    assert.equal((await options(hrToken)).status, 403);
    assert.equal(await snapshot(), before);
  });

  it('answers 400 naming the field when the academy is missing, and the problem when the file is rejected', async () => {
    const missing = await upload('objectives-import/preview', editorToken, {});
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /academy/);
    const notes = { name: 'notes.txt', bytes: Buffer.from('Equality objectives\nWe will close the gaps.\n') };
    const rejected = await upload('objectives-import', editorToken, { academy: 'st-georges' }, notes);
    assert.equal(rejected.status, 400);
    assert.match(rejected.body.error.details.problems[0].message, /^no header row found/);
  });

  it("imports an editor's file into their academy as a new draft plan, as their own write", async () => {
    const { status, body } = await upload('objectives-import', editorToken, { academy: 'st-georges', plan: '' });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.planCreated, true);
    assert.equal(body.objectiveDocumentIds.length, SEED_OBJECTIVES);
    const drafts = await objectivesOfPlan(body.planDocumentId, 'draft');
    assert.equal(drafts.length, SEED_OBJECTIVES);
    assert.ok(drafts.every((objective) => objective.academy?.slug === 'st-georges'));
    assert.equal((await objectivesOfPlan(body.planDocumentId, 'published')).length, 0, 'nothing is published');
    const audit = (await app.strapi.documents(UID.AUDIT_ENTRY).findMany({ filters: { action: 'import', targetDocumentId: body.planDocumentId } } as never)) as any[];
    assert.equal(audit.length, 1);
    assert.equal(audit[0].actorType, 'admin', 'the import is recorded as the editor');
    assert.equal(audit[0].actorName, editorOf('st-georges').email);
  });
});

describe('review notes', () => {
  it('are never published: the public API leaves them out of a published objective', async () => {
    const plan = await planOf('st-georges');
    const [published] = await objectivesOfPlan(plan.documentId, 'published');
    const objectives = app.strapi.documents(UID.OBJECTIVE);
    await objectives.update({ documentId: published.documentId, data: { reviewNotes: 'line 9: not mapped ("community cohesion")' } } as never);
    await objectives.publish({ documentId: published.documentId } as never);
    const stored = (await objectives.findOne({ documentId: published.documentId, status: 'published' } as never)) as any;
    assert.equal(stored.reviewNotes, 'line 9: not mapped ("community cohesion")');
    const response = await fetch(`${app.url}/api/equality/objectives/${published.documentId}`);
    assert.equal(response.status, 200);
    const text = await response.text();
    assert.doesNotMatch(text, /reviewNotes|community cohesion/);
  });
});
