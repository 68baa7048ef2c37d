/**
 * The demo trust as seeded: idempotent (this boot ran the seed again over the seeded template), dated
 * relative to DEMO_TODAY, with the API tokens the README lists and no full-access token.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { UID } from '@equality-hub/strapi-plugin-equality/uids';
import { TEST_DEMO_TODAY } from '../helpers/environment';
import { startStrapi, type TestStrapi } from '../helpers/strapi';

let app: TestStrapi;

before(async () => {
  app = await startStrapi();
});

after(() => app?.stop());

describe('the demo trust', () => {
  it('is seeded once, whatever the number of boots', async () => {
    const count = (uid: string, status: 'draft' | 'published') => app.strapi.documents(uid as never).count({ status } as never);
    assert.equal(await count(UID.ACADEMY, 'published'), 4);
    assert.equal(await count(UID.PLAN, 'published'), 4);
    assert.equal(await count(UID.OBJECTIVE, 'published'), 13);
    assert.equal(await count(UID.OBJECTIVE, 'draft'), 13);
    assert.equal(await count(UID.TRUST_OBJECTIVE, 'published'), 5);
    assert.equal(await count(UID.CONTRIBUTION, 'published'), 8);
  });

  it('has one statement overdue for review and one overdue action, relative to DEMO_TODAY', async () => {
    const statements = (await app.strapi.documents(UID.STATEMENT).findMany({ status: 'published' })) as any[];
    const overdue = statements.filter((statement) => statement.nextReviewDue < TEST_DEMO_TODAY);
    assert.deepEqual(overdue.map((statement) => statement.title), ["St George's equality and objectives policy"]);
    const objectives = (await app.strapi.documents(UID.OBJECTIVE).findMany({ status: 'published', populate: { actions: true } })) as any[];
    const overdueActions = objectives.flatMap((objective) => objective.actions).filter((action) => action.state === 'open' && action.dueOn && action.dueOn < TEST_DEMO_TODAY);
    assert.equal(overdueActions.length, 1);
  });

  it('keeps the Read Only token and the aggregator tokens, and no full-access token', async () => {
    const tokens = (await app.strapi.db.query('admin::api-token').findMany({ select: ['name', 'type'] })) as Array<{ name: string; type: string }>;
    assert.deepEqual(tokens.map((token) => `${token.name}:${token.type}`).sort(), ['Read Only:read-only', 'equality-aggregator-restricted:custom', 'equality-aggregator:read-only']);
  });
});
