/**
 * The typed client against a real Strapi: every call's records pass the domain's schemas, drafts never
 * appear, suppressed figures stay suppressed, and failures say what went wrong.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createEqualityClient, EqualityApiError, type EqualityClient } from '@equality-hub/client';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { request } from './helpers/http';
import { startStrapi, type TestStrapi } from './helpers/strapi';
import { addUnpublishedChanges, attachStatementPdf, DRAFT_CHANGE_TEXT, type UnpublishedChanges } from './helpers/unpublished-changes';

let app: TestStrapi;
let client: EqualityClient;
let changes: UnpublishedChanges;
let pdf: { url: string; title: string };

before(async () => {
  app = await startStrapi();
  changes = await addUnpublishedChanges(app.strapi, 'st-georges');
  pdf = await attachStatementPdf(app.strapi, 'st-georges');
  client = createEqualityClient({ baseUrl: `${app.url}/` });
});

after(() => app?.stop());

describe('the typed client', () => {
  it("returns St George's published objectives, and no drafts", async () => {
    const objectives = await client.objectives({ academy: 'st-georges' });
    const published = (await app.strapi.documents(UID.OBJECTIVE).findMany({
      filters: { academy: { slug: 'st-georges' } },
      status: 'published',
    })) as any[];
    assert.ok(published.length >= 4);
    assert.deepEqual(objectives.map((objective) => objective.documentId).sort(), published.map((objective) => objective.documentId).sort());
    assert.ok(!objectives.some((objective) => objective.documentId === changes.draftId), 'the draft objective is not served');
    const changed = objectives.find((objective) => objective.documentId === changes.changedId)!;
    assert.equal(changed.objective, changes.changedPublishedText);
    assert.ok(!objectives.some((objective) => objective.objective === DRAFT_CHANGE_TEXT));
    for (const objective of objectives) {
      assert.equal(objective.academy?.slug, 'st-georges');
      assert.ok(objective.publishedAt);
      assert.ok(objective.plan?.title, 'the plan is populated');
    }
    assert.ok(objectives.some((objective) => objective.actions.length > 0 && objective.milestones.length > 0), 'components are populated');
    assert.equal((await client.objectives({ plan: objectives[0]!.plan!.documentId })).length, objectives.length);
  });

  it('finds academies by slug', async () => {
    const academies = await client.academies();
    assert.deepEqual(academies.map((academy) => academy.slug).sort(), ['brook-and-meadow', 'chances-mentoring', 'oakfield-primary', 'st-georges']);
    assert.equal((await client.academyBySlug('st-georges'))?.urn, academies.find((academy) => academy.slug === 'st-georges')!.urn);
    assert.equal(await client.academyBySlug('no-such-academy'), null);
  });

  it('gives the statement in force with an absolute link to its PDF', async () => {
    const statement = await client.currentStatement('st-georges');
    assert.equal(statement?.title, pdf.title);
    assert.deepEqual(statement?.document, { url: `${app.url}${pdf.url}`, name: 'equality-policy.pdf', mime: 'application/pdf', size: 120.4 });
    assert.equal(await client.currentStatement('st-georges', { kind: 'accessibility-plan' }), null);
  });

  it('gives the latest equality information with small cohorts withheld', async () => {
    const information = await client.latestInformation('st-georges');
    const lookedAfter = information?.figures.find((figure) => figure.pupilGroup === 'looked-after');
    assert.ok(lookedAfter, 'the looked-after figure is listed');
    assert.equal(lookedAfter.value, null);
    assert.equal(lookedAfter.cohortSize, null);
    assert.equal(lookedAfter.marker, 'c');
    assert.match(lookedAfter.reason ?? '', /fewer than 10 pupils/);
  });

  it('gives the approved pay gap reports exactly as the public API serves them', async () => {
    const reports = await client.payGapReports();
    const raw = await request(`${app.url}/api/equality/pay-gap-reports`);
    assert.deepEqual(reports, raw.body.data);
    assert.deepEqual(reports.map((report) => report.snapshotYear), [2024]);
  });

  it("puts an academy's page together, and says when there is no such academy", async () => {
    const page = await client.academyEquality('st-georges');
    assert.equal(page.academy.slug, 'st-georges');
    assert.equal(page.plans.flatMap((group) => group.objectives).length, (await client.objectives({ academy: 'st-georges' })).length);
    assert.ok(page.plans.every((group) => group.plan !== null));
    assert.equal(page.statement?.title, pdf.title);
    assert.ok(page.lastUpdated && page.lastUpdated >= page.statement!.publishedAt!, 'the republished statement dates the page');

    const missing = await client.academyEquality('no-such-academy').catch((error: unknown) => error);
    assert.ok(missing instanceof EqualityApiError);
    assert.equal(missing.kind, 'not-found');
    assert.match(missing.message, /No academy has the slug "no-such-academy"/);
  });

  it('reports a server it cannot reach', async () => {
    const closed = createEqualityClient({ baseUrl: 'http://127.0.0.1:9', timeoutMs: 2000 });
    const error = await closed.academies().catch((caught: unknown) => caught);
    assert.ok(error instanceof EqualityApiError);
    assert.equal(error.kind, 'network');
    assert.match(error.message, /^Could not reach http:\/\/127\.0\.0\.1:9\/api\/equality\/academies\?/);
  });
});
