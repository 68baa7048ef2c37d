/**
 * The public API that school websites read: published entries only, whatever the query asks for;
 * filters, populate and pagination as Strapi offers them; small cohorts withheld; cacheable.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { request } from '../helpers/http';
import { startStrapi, type TestStrapi } from '../helpers/strapi';
import { aggregatorToken } from '../helpers/tokens';

let app: TestStrapi;
let draftOnlyId: string;
let changedId: string;
const api = (path: string) => `${app.url}/api/equality${path}`;

before(async () => {
  app = await startStrapi();
  const { strapi } = app;
  const [objective] = (await strapi.documents(UID.OBJECTIVE).findMany({
    filters: { academy: { slug: 'st-georges' } },
    populate: { academy: true, plan: true },
    status: 'published',
    limit: 1,
  })) as any[];
  const draft = await strapi.documents(UID.OBJECTIVE).create({
    data: {
      academy: objective.academy.documentId,
      plan: objective.plan.documentId,
      psedAims: ['foster-good-relations'],
      protectedCharacteristics: ['religion-or-belief'],
      objective: 'DRAFT ONLY: not yet approved by governors',
    },
  } as never);
  draftOnlyId = draft.documentId;
  changedId = objective.documentId;
  await strapi.documents(UID.OBJECTIVE).update({ documentId: changedId, data: { objective: 'DRAFT CHANGE: not yet published' } } as never);
});

after(() => app?.stop());

describe('public API', () => {
  for (const [label, token] of [['anonymously', undefined], ['with the read-only token', 'aggregator']] as const) {
    it(`serves published objectives only, even with ?status=draft, ${label}`, async () => {
      for (const query of ['', '?status=draft', '?status=draft&filters[objective][$startsWith]=DRAFT']) {
        const response = await request(api(`/objectives${query}${query ? '&' : '?'}pagination[pageSize]=100`), {
          token: token && aggregatorToken(),
        });
        assert.equal(response.status, 200, JSON.stringify(response.body));
        const texts = response.body.data.map((objective: { objective: string }) => objective.objective);
        assert.ok(!texts.some((text: string) => text.startsWith('DRAFT')), `${query}: ${texts.join(' | ')}`);
        for (const objective of response.body.data) assert.ok(objective.publishedAt, 'every entry served is published');
      }
      const one = await request(api(`/objectives/${draftOnlyId}?status=draft`), { token: token && aggregatorToken() });
      assert.equal(one.status, 404);
      const changed = await request(api(`/objectives/${changedId}?status=draft`), { token: token && aggregatorToken() });
      assert.equal(changed.status, 200);
      assert.doesNotMatch(changed.body.data.objective, /DRAFT/);
    });
  }

  it('filters objectives by academy slug', async () => {
    const response = await request(api('/objectives?filters[academy][slug][$eq]=st-georges&populate[academy][fields][0]=slug'));
    assert.equal(response.status, 200);
    assert.equal(response.body.meta.pagination.total, 4);
    assert.ok(response.body.data.every((objective: any) => objective.academy.slug === 'st-georges'));
    const none = await request(api('/objectives?filters[academy][slug][$eq]=no-such-academy'));
    assert.equal(none.body.data.length, 0);
  });

  it('populates components and relations a website needs', async () => {
    const response = await request(api('/objectives?filters[academy][slug][$eq]=st-georges&populate=*&sort=id:asc'));
    const [first] = response.body.data;
    assert.ok(Array.isArray(first.actions) && first.actions.length > 0);
    assert.equal(first.measure.metric, 'pupil-voice-participation');
    assert.equal(first.plan.title, "St George's equality objectives");
    assert.equal(first.createdBy, undefined, 'no admin user is ever exposed');
  });

  it('withholds figures for cohorts under 10, with secondary suppression', async () => {
    const response = await request(api('/information?filters[academy][slug][$eq]=chances-mentoring&populate=figures'));
    assert.equal(response.status, 200);
    const figures = response.body.data[0].figures as any[];
    const byGroup = Object.fromEntries(figures.filter((f) => f.metric === 'attendance-rate').map((f) => [f.pupilGroup, f]));
    assert.deepEqual(
      { value: byGroup.girls.value, cohortSize: byGroup.girls.cohortSize, marker: byGroup.girls.marker },
      { value: null, cohortSize: null, marker: 'c' },
    );
    assert.match(byGroup.girls.reason, /fewer than 10/);
    assert.equal(byGroup.boys.value, null, 'boys would reveal girls from the total');
    assert.equal(byGroup['all-pupils'].value, 81.5);
    const populatedFromObjective = await request(api('/information?populate=*&filters[academy][slug][$eq]=st-georges'));
    const looked = populatedFromObjective.body.data[0].figures.find((f: any) => f.pupilGroup === 'looked-after');
    assert.equal(looked.value, null);
  });

  it('caps the page size at 100', async () => {
    const response = await request(api('/objectives?pagination[pageSize]=500'));
    assert.equal(response.status, 200);
    assert.equal(response.body.meta.pagination.pageSize, 100);
  });

  it('answers with Cache-Control and an ETag, and 304 when nothing changed', async () => {
    const first = await request(api('/academies'));
    assert.match(first.headers.get('cache-control') ?? '', /public, max-age=60/);
    const etag = first.headers.get('etag');
    assert.ok(etag);
    // fetch adds `Cache-Control: no-cache` to conditional requests unless told otherwise, as browsers do.
    const again = await fetch(api('/academies'), { headers: { 'if-none-match': etag, 'cache-control': 'max-age=0' } });
    assert.equal(again.status, 304);
  });

  it('serves the trust and its objectives with published contributions', async () => {
    const trust = await request(api('/trust'));
    assert.equal(trust.body.data.name, 'Cidari Learning Trust (demo)');
    const objectives = await request(api('/trust-objectives?sort=id:asc'));
    assert.equal(objectives.body.data.length, 5);
    const attainment = objectives.body.data.find((objective: any) => objective.code === 'attainment-gaps');
    assert.equal(attainment.contributions.length, 4);
    assert.ok(attainment.contributions.every((contribution: any) => contribution.academy?.slug));
  });

  it('serves plans, statements and academies', async () => {
    // St George's has published two years of equality information, the others one.
    for (const [path, count] of [['/plans', 4], ['/statements', 4], ['/academies', 4], ['/information', 5]] as const) {
      const response = await request(api(path));
      assert.equal(response.status, 200, path);
      assert.equal(response.body.meta.pagination.total, count, path);
    }
  });

  it('describes the public routes in OpenAPI', async () => {
    const response = await request(api('/openapi.json'));
    assert.equal(response.status, 200);
    assert.match(response.body.openapi, /^3\./);
    const paths = Object.keys(response.body.paths);
    for (const path of ['/equality/objectives', '/equality/information', '/equality/trust']) {
      assert.ok(paths.some((documented) => documented.startsWith(path)), `${path} in ${paths.join(', ')}`);
    }
    assert.ok(paths.every((documented) => documented.startsWith('/equality/')));
  });

  it('offers no way to write', async () => {
    for (const method of ['POST', 'PUT', 'DELETE']) {
      const response = await request(api(method === 'POST' ? '/objectives' : `/objectives/${changedId}`), {
        method,
        token: aggregatorToken(),
        body: { data: { objective: 'written through the public API' } },
      });
      assert.ok([404, 405].includes(response.status), `${method}: ${response.status}`);
    }
  });
});
