/**
 * Who can do what without signing in. The Public role holds exactly the public routes' find/findOne and
 * users-permissions login; every other content-API route of every plugin refuses an anonymous caller.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { request } from '../helpers/http';
import { startStrapi, type TestStrapi } from '../helpers/strapi';

/** The contract: a later issue that adds a public route adds it here. */
const PUBLIC_ACTIONS = [
  'plugin::equality.academy.find',
  'plugin::equality.academy.findOne',
  'plugin::equality.equality-information.find',
  'plugin::equality.equality-information.findOne',
  'plugin::equality.objective.find',
  'plugin::equality.objective.findOne',
  'plugin::equality.objectives-plan.find',
  'plugin::equality.objectives-plan.findOne',
  'plugin::equality.pay-gap-report.find',
  'plugin::equality.pay-gap-report.findOne',
  'plugin::equality.pay-gap-report.govUkCsv',
  'plugin::equality.plan-export.docx',
  'plugin::equality.plan-export.pdf',
  'plugin::equality.statement.find',
  'plugin::equality.statement.findOne',
  'plugin::equality.trust-objective.find',
  'plugin::equality.trust-objective.findOne',
  'plugin::equality.trust.find',
  'plugin::users-permissions.auth.callback',
].sort();

/** Routes that need no permission at all: the OpenAPI description of the public routes. */
const OPEN_ROUTES = ['GET /api/equality/openapi.json'];

let app: TestStrapi;

before(async () => {
  app = await startStrapi();
});

after(() => app?.stop());

async function roleActions(type: string) {
  const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type }, populate: ['permissions'] });
  return (role.permissions as Array<{ action: string }>).map((permission) => permission.action).sort();
}

describe('the Public role', () => {
  it('holds exactly the public routes and login', async () => {
    assert.deepEqual(await roleActions('public'), PUBLIC_ACTIONS);
  });

  it('leaves the Authenticated role with nothing, and self-registration off', async () => {
    assert.deepEqual(await roleActions('authenticated'), []);
    const advanced = await app.strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' });
    assert.equal((advanced as { allow_register: boolean }).allow_register, false);
    const register = await request(`${app.url}/api/auth/local/register`, {
      method: 'POST',
      body: { username: 'intruder', email: 'intruder@example.com', password: 'Intruder-2026' },
    });
    assert.ok([400, 403].includes(register.status), `register answered ${register.status}`);
    assert.equal(await app.strapi.db.query('plugin::users-permissions.user').count({ where: { email: 'intruder@example.com' } }), 0);
  });

  it('is restored on every boot if someone widened it', async () => {
    const role = await app.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    await app.strapi.db.query('plugin::users-permissions.permission').create({ data: { action: 'plugin::users-permissions.user.find', role: role.id } });
    await app.strapi.plugin('equality').service('public-access').apply();
    assert.deepEqual(await roleActions('public'), PUBLIC_ACTIONS);
  });

  it('lets an anonymous caller reach the public routes and nothing else', async () => {
    const routesByOwner = (await app.strapi.plugin('users-permissions').service('users-permissions').getRoutes()) as Record<
      string,
      Array<{ method: string; path: string; handler: string }>
    >;
    const routes = Object.entries(routesByOwner).flatMap(([owner, list]) => list.map((route) => ({ ...route, action: `${owner}.${route.handler}` })));
    assert.ok(routes.length > 30, `only ${routes.length} content-API routes found`);
    const reached = new Set<string>();
    for (const route of routes) {
      const path = route.path.replace(/:[A-Za-z]+/g, 'x').replace(/\(\.\*\)/g, 'x');
      const response = await fetch(`${app.url}${path}`, {
        method: route.method,
        headers: { 'content-type': 'application/json' },
        body: ['GET', 'HEAD'].includes(route.method) ? undefined : '{}',
        redirect: 'manual',
      });
      const name = `${route.method} ${route.path}`;
      const open = PUBLIC_ACTIONS.includes(route.action) || OPEN_ROUTES.includes(name);
      if (open) {
        assert.ok(![401, 403].includes(response.status), `${name} should be public, answered ${response.status}`);
        if (!OPEN_ROUTES.includes(name)) reached.add(route.action);
      } else {
        assert.ok([401, 403].includes(response.status), `${name} (${route.action}) answered ${response.status} to an anonymous caller`);
      }
    }
    assert.deepEqual([...reached].sort(), PUBLIC_ACTIONS, 'every public action has a route');
  });
});
